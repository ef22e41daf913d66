package org.framelens.analyze;

import java.util.List;
import org.framelens.clean.CleanArticle;
import org.framelens.ingest.Article;
import org.framelens.text.QuoteMap;

/**
 * An article after the text stage: its clean paragraphs, sentences with tokens, and quotations.
 * Later stages (embedding, cues, comparison) take this as their input.
 *
 * @param clean       the cleaned article (paragraphs, removed lines, dateline)
 * @param sentences   its sentences, in order
 * @param quotes      its quotations
 * @param quotedShare share of its sentences' non-whitespace characters that are quoted, 0 to 1
 *                    (worked out once when the article is analysed, as reports ask often)
 */
public record AnalyzedArticle(CleanArticle clean, List<Sentence> sentences, QuoteMap quotes,
    double quotedShare) {

  public AnalyzedArticle {
    sentences = List.copyOf(sentences);
    if (!(quotedShare >= 0 && quotedShare <= 1)) {
      throw new IllegalArgumentException("quotedShare out of [0,1]: " + quotedShare);
    }
  }

  /** An analysed article whose quoted share is worked out from its sentences and quotations. */
  public AnalyzedArticle(CleanArticle clean, List<Sentence> sentences, QuoteMap quotes) {
    this(clean, sentences, quotes, quotedShare(clean.text(), sentences, quotes));
  }

  public Article article() {
    return clean.article();
  }

  /**
   * The text as analysed: the original, but for the parts that inline boilerplate rules cut
   * inside paragraphs, which are spaces here ({@link CleanArticle#text()}); offsets are the same.
   */
  public String text() {
    return clean.text();
  }

  /** Number of word and number tokens in all sentences. */
  public int wordCount() {
    int n = 0;
    for (int k = 0, size = sentences.size(); k < size; k++) {
      n += sentences.get(k).wordCount();
    }
    return n;
  }

  /** Share of the non-whitespace characters of {@code sentences} that are quoted, 0 to 1. */
  static double quotedShare(String text, List<Sentence> sentences, QuoteMap quotes) {
    long total = 0;
    long quoted = 0;
    for (Sentence s : sentences) {
      QuoteMap.Share share = quotes.share(text, s.span());
      total += share.nonWhitespace();
      quoted += share.quoted();
    }
    return share(quoted, total);
  }

  /** {@code quoted / total}, 0 when total is 0. */
  static double share(long quoted, long total) {
    return total == 0 ? 0 : (double) quoted / total;
  }
}
