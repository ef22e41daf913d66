package org.framelens.pipeline;

import java.io.IOException;
import org.framelens.analyze.AnalyzedArticle;

/** Receives each analysed article as soon as it is ready (reports are streamed, not held). */
public interface ArticleSink {

  void accept(AnalyzedArticle article) throws IOException;
}
