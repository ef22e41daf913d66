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

  private static String clean(String s) {
    return s == null ? "" : org.framelens.text.Utf16.wellFormed(s.strip().replaceAll("\\s+", " "));
  }
}
