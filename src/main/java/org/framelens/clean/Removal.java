package org.framelens.clean;

import org.framelens.text.Span;

/**
 * A line removed from an article body because it is not the article's own prose, or a part of a
 * paragraph cut by an inline rule (a widget inside a sentence), with the rule that removed it.
 * Removals are reported, never silently dropped.
 *
 * @param span     the removed line or part in the original text
 * @param line     1-based line number in the original text (where the part starts)
 * @param ruleId   stable id of the boilerplate rule (see {@code boilerplate.tsv})
 * @param category {@code chrome}, {@code author} or {@code caption}
 * @param reason   a plain-language sentence saying why it was removed
 */
public record Removal(Span span, int line, String ruleId, String category, String reason) {
}
