package org.framelens.pipeline;

import java.util.Objects;
import org.framelens.analyze.AnalyzedArticle;
import org.framelens.axes.ArticleAxes;
import org.framelens.cues.ArticleCues;
import org.framelens.embed.SentenceEmbeddings;

/**
 * Everything the pipeline knows about one article: the output of each stage.
 *
 * @param analyzed   sentences, tokens, quotations (and, through it, the article and its cleaning)
 * @param embeddings SIF sentence vectors and OOV rates, or {@link SentenceEmbeddings#none()}
 * @param cues       framing cues with evidence, or {@link ArticleCues#none()}
 * @param axes       semantic-axis sums, or {@link ArticleAxes#none()}
 */
public record ArticleResult(AnalyzedArticle analyzed, SentenceEmbeddings embeddings,
    ArticleCues cues, ArticleAxes axes) {

  public ArticleResult {
    Objects.requireNonNull(analyzed);
    Objects.requireNonNull(embeddings);
    Objects.requireNonNull(cues);
    Objects.requireNonNull(axes);
  }

  public ArticleResult(AnalyzedArticle analyzed, SentenceEmbeddings embeddings, ArticleCues cues) {
    this(analyzed, embeddings, cues, ArticleAxes.none());
  }
}
