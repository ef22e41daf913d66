package org.framelens.pipeline;

import java.io.IOException;

/**
 * Receives each article's results as soon as they are ready (reports are streamed, not held).
 *
 * <p>A sink's work on an article comes in two steps: {@link #prepare}, a pure function of the
 * article that the pipeline runs on the analysis thread right after the article is analysed
 * (encoding its rows, counting its statistics), and the {@link Append} it returns, which the
 * pipeline runs on the reading thread, in reading order, and which only writes what was prepared
 * and folds it into the run's totals. A sink that does not override {@code prepare} does all its
 * work in {@link #accept}, in order, on the reading thread.
 */
public interface ArticleSink {

  /** Takes one article, in reading order: the same as {@code prepare(result).append()}. */
  void accept(ArticleResult result) throws IOException;

  /**
   * The order-free part of this sink's work on {@code result}; must be safe to call from any
   * thread, for several articles at once, and must not change the sink. The default does
   * nothing and leaves everything to {@link #accept}.
   */
  default Append prepare(ArticleResult result) {
    return () -> accept(result);
  }

  /** The in-order rest of a sink's work on one article: called once, in reading order. */
  @FunctionalInterface
  interface Append {

    void append() throws IOException;
  }

  /** This sink, then {@code next}. */
  default ArticleSink andThen(ArticleSink next) {
    ArticleSink first = this;
    return new ArticleSink() {
      @Override
      public void accept(ArticleResult r) throws IOException {
        first.accept(r);
        next.accept(r);
      }

      @Override
      public Append prepare(ArticleResult r) {
        Append a = first.prepare(r);
        Append b = next.prepare(r);
        return () -> {
          a.append();
          b.append();
        };
      }
    };
  }
}
