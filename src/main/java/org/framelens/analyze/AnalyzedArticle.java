package org.framelens.analyze;

import java.util.List;
import org.framelens.clean.CleanArticle;
import org.framelens.ingest.Article;
import org.framelens.text.QuoteMap;

/**
 * An article after the text stage: its clean paragraphs, sentences with tokens, and quotations.
 * Later stages (embedding, cues, comparison) take this as their input.
 *
 * @param clean     the cleaned article (paragraphs, removed lines, dateline)
 * @param sentences its sentences, in order
 * @param quotes    its quotations
 */
public record AnalyzedArticle(CleanArticle clean, List<Sentence> sentences, QuoteMap quotes) {

  public AnalyzedArticle {
    sentences = List.copyOf(sentences);
  }

  public Article article() {
    return clean.article();
  }

  public String text() {
    return clean.article().text();
  }

  public int wordCount() {
    return sentences.stream().mapToInt(Sentence::wordCount).sum();
  }

  /** Share of the body's non-whitespace characters that are quoted, 0 to 1. */
  public double quotedShare() {
    long total = 0;
    long quoted = 0;
    String t = text();
    for (Sentence s : sentences) {
      for (int i = s.span().start(); i < s.span().end(); i++) {
        if (!Character.isWhitespace(t.charAt(i))) {
          total++;
          if (quotes.isQuoted(i)) {
            quoted++;
          }
        }
      }
    }
    return total == 0 ? 0 : (double) quoted / total;
  }
}
