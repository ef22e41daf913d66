package org.framelens.ingest;

/**
 * Descriptive metadata of an article. Empty strings mean "unknown"; never null.
 *
 * @param title  headline
 * @param source outlet label, as given by a manifest or the corpus
 * @param date   publication date, ISO {@code YYYY-MM-DD} where it could be parsed, else as given
 * @param url    address of the original article
 * @param topic  topic label from the corpus
 */
public record Metadata(String title, String source, String date, String url, String topic) {

  public Metadata {
    title = clean(title);
    source = clean(source);
    date = Dates.normalise(clean(date));
    url = clean(url);
    topic = clean(topic);
  }

  public static Metadata empty() {
    return new Metadata("", "", "", "", "");
  }

  /** This metadata with every non-empty field of {@code override} taking precedence. */
  public Metadata overriddenBy(Metadata override) {
    if (override.equals(EMPTY)) {
      return this; // nothing to override (the usual case)
    }
    return new Metadata(
        pick(override.title, title), pick(override.source, source), pick(override.date, date),
        pick(override.url, url), pick(override.topic, topic));
  }

  public Metadata withTitle(String t) {
    return new Metadata(t, source, date, url, topic);
  }

  public Metadata withDate(String d) {
    return new Metadata(title, source, d, url, topic);
  }

  private static String pick(String preferred, String fallback) {
    return preferred.isEmpty() ? fallback : preferred;
  }

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
  private static final Metadata EMPTY = new Metadata("", "", "", "", "");

  private static String clean(String s) {
    if (s == null) {
      return "";
    }
    return org.framelens.text.Utf16.wellFormed(isClean(s) ? s
        : SPACES.matcher(s.strip()).replaceAll(" "));
  }

  /**
   * Whether {@code s.strip().replaceAll("\\s+", " ")} is {@code s} itself: no white space at
   * either end, and no run of {@code \\s} (space, tab, line breaks, vertical tab, form feed)
   * other than a single space.
   */
  static boolean isClean(String s) {
    int n = s.length();
    if (n == 0) {
      return true;
    }
    if (Character.isWhitespace(s.codePointAt(0))
        || Character.isWhitespace(s.codePointBefore(n))) {
      return false;
    }
    boolean space = false;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == ' ') {
        if (space) {
          return false;
        }
        space = true;
      } else if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        return false;
      } else {
        space = false;
      }
    }
    return true;
  }
}
