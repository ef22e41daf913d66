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
 * @param removed      the removed lines, in order
 * @param dateline     the dateline text (such as {@code KIEV}), empty if none
 * @param datelineSpan where the dateline (with its separator) is, or null
 */
public record CleanArticle(Article article, List<Paragraph> paragraphs, List<Removal> removed,
    String dateline, Span datelineSpan) {

  public CleanArticle {
    paragraphs = List.copyOf(paragraphs);
    removed = List.copyOf(removed);
  }
}
