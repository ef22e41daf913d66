package org.framelens.clean;

import java.util.regex.Pattern;

/**
 * One boilerplate rule from {@code boilerplate.tsv}: a pattern that a whole line must match, or,
 * for an {@code inline} rule, a pattern found anywhere in a paragraph, which cuts out only what
 * it matched (its group {@code cut} when it has one) and keeps the rest of the paragraph.
 *
 * @param id          stable rule id
 * @param category    {@code chrome}, {@code author} or {@code caption}
 * @param pattern     Java regular expression: matched against the whole trimmed line, or found
 *                    in a paragraph when {@code inline}
 * @param reason      plain-language sentence shown in reports
 * @param exampleHit  a line the rule must remove; for an inline rule a paragraph with each part
 *                    to cut in {@code ⟦ ⟧}
 * @param exampleMiss a line the rule must keep (may be empty)
 * @param inline      whether the rule cuts parts of a paragraph rather than whole lines
 */
public record BoilerplateRule(String id, String category, Pattern pattern, String reason,
    String exampleHit, String exampleMiss, boolean inline) {

  /** The example marks around the part an inline rule cuts. */
  public static final char CUT_OPEN = '⟦';
  public static final char CUT_CLOSE = '⟧';

  /** A whole-line rule. */
  public BoilerplateRule(String id, String category, Pattern pattern, String reason,
      String exampleHit, String exampleMiss) {
    this(id, category, pattern, reason, exampleHit, exampleMiss, false);
  }

  public boolean matches(String line) {
    return pattern.matcher(line).matches();
  }

  /** Whether the whole of {@code text[start, end)} matches, as {@link #matches(String)} would. */
  public boolean matches(CharSequence text, int start, int end) {
    // default bounds (anchoring, opaque) make the region behave as the substring alone
    return pattern.matcher(text).region(start, end).matches();
  }

  /** Whether the pattern has a group named {@code cut}: then only that group is cut. */
  boolean hasCutGroup() {
    return pattern.pattern().contains("(?<cut>");
  }
}
