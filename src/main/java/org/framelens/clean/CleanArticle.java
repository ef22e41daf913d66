package org.framelens.clean;

import java.util.List;
import org.framelens.ingest.Article;
import org.framelens.text.Span;

/**
 * An article after the clean stage: the paragraphs of its own prose, what was removed and
 * why, and its dateline. Offsets still point into {@code article.text()}.
 *
 * @param article      the article as read
 * @param paragraphs   the kept paragraphs, in order
 * @param removed      the removed lines and inline cuts, in text order
 * @param dateline     the dateline text (such as {@code KIEV}), empty if none
 * @param datelineSpan where the dateline (with its separator) is, or null
 * @param text         the text the later stages analyse: {@code article.text()} itself, or, when
 *                     an inline rule cut part of a paragraph (a widget inside a sentence), a copy
 *                     of it of the same length with each cut char but line breaks made a space,
 *                     so that every offset means the same in both
 */
public record CleanArticle(Article article, List<Paragraph> paragraphs, List<Removal> removed,
    String dateline, Span datelineSpan, String text) {

  public CleanArticle {
    paragraphs = List.copyOf(paragraphs);
    removed = List.copyOf(removed);
    if (text.length() != article.text().length()) {
      throw new IllegalArgumentException("the analysed text must keep the original's offsets");
    }
  }

  /** A clean article with nothing cut inside a paragraph: the text analysed is the original. */
  public CleanArticle(Article article, List<Paragraph> paragraphs, List<Removal> removed,
      String dateline, Span datelineSpan) {
    this(article, paragraphs, removed, dateline, datelineSpan, article.text());
  }
}
