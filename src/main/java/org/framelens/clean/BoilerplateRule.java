package org.framelens.clean;

import java.util.regex.Pattern;

/**
 * One boilerplate rule from {@code boilerplate.tsv}: a pattern that a whole line must match.
 *
 * @param id          stable rule id
 * @param category    {@code chrome}, {@code author} or {@code caption}
 * @param pattern     Java regular expression matched against the whole trimmed line
 * @param reason      plain-language sentence shown in reports
 * @param exampleHit  a line the rule must remove
 * @param exampleMiss a line the rule must keep (may be empty)
 */
public record BoilerplateRule(String id, String category, Pattern pattern, String reason,
    String exampleHit, String exampleMiss) {

  public boolean matches(String line) {
    return pattern.matcher(line).matches();
  }

  /** Whether the whole of {@code text[start, end)} matches, as {@link #matches(String)} would. */
  public boolean matches(CharSequence text, int start, int end) {
    // default bounds (anchoring, opaque) make the region behave as the substring alone
    return pattern.matcher(text).region(start, end).matches();
  }
}
