package org.framelens.clean;

import org.framelens.text.Span;

/**
 * A paragraph of an article body: a span of the original text with no leading or trailing
 * whitespace. A paragraph is one line, or several lines joined when the text is hard-wrapped.
 *
 * @param index   0-based position among the article's kept paragraphs
 * @param span    where it is in the article's original text
 * @param heading true for a short line without final punctuation inside the body (a sub-heading)
 */
public record Paragraph(int index, Span span, boolean heading) {
}
