package org.framelens.pipeline;

import java.io.IOException;

/** Receives each article's results as soon as they are ready (reports are streamed, not held). */
public interface ArticleSink {

  void accept(ArticleResult result) throws IOException;

  /** This sink, then {@code next}. */
  default ArticleSink andThen(ArticleSink next) {
    return r -> {
      accept(r);
      next.accept(r);
    };
  }
}
