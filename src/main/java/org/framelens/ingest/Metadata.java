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

  private static final Metadata EMPTY = new Metadata("", "", "", "", "");

  /**
   * The field with white space cleaned: none at either end, every run of it inside one space.
   * White space is Java's ({@link Character#isWhitespace}) and Unicode's space separators
   * ({@link Character#isSpaceChar}: the no-break space U+00A0, U+2007, U+202F, common in
   * scraped HTML), and the zero-width space and byte-order mark: so "BBC\u00a0" is "BBC".
   */
  private static String clean(String s) {
    if (s == null) {
      return "";
    }
    if (isClean(s)) {
      return org.framelens.text.Utf16.wellFormed(s);
    }
    return org.framelens.text.Utf16.wellFormed(
        org.framelens.text.Chars.collapse(s, c -> isSpace((char) c)));
  }

  /** Whether {@code c} is white space for {@link #clean} (every such character is in the BMP). */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B'
        || c == '\uFEFF';
  }

  /**
   * Whether {@link #clean} leaves {@code s} as it is: no white space ({@link #isSpace}) at either
   * end, and none inside other than single spaces.
   */
  static boolean isClean(String s) {
    int n = s.length();
    if (n == 0) {
      return true;
    }
    if (isSpace(s.charAt(0)) || isSpace(s.charAt(n - 1))) {
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
      } else if (c < 0x80 ? c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
          || (c >= 0x1C && c <= 0x1F) : isSpace(c)) {
        return false;
      } else {
        space = false;
      }
    }
    return true;
  }
}
