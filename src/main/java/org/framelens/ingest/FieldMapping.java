package org.framelens.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which fields of a JSONL or CSV record hold the text and the metadata. Each entry is a list of
 * candidate names; the first one present in a record wins (exact name first, then ignoring
 * case and spaces around the name), even when its value is empty or a JSON {@code null}: a
 * {@code null} metadata field is unknown, a {@code null} text field a bad record. The defaults read the AllSides/ABP corpus ({@code content_original}, {@code title},
 * {@code source}, {@code date}, {@code url}, {@code topic}) and most other news corpora.
 */
public record FieldMapping(List<String> text, List<String> title, List<String> source,
    List<String> date, List<String> url, List<String> topic, List<String> id) {

  public FieldMapping {
    text = List.copyOf(text);
    title = List.copyOf(title);
    source = List.copyOf(source);
    date = List.copyOf(date);
    url = List.copyOf(url);
    topic = List.copyOf(topic);
    id = List.copyOf(id);
  }

  public static FieldMapping defaults() {
    return new FieldMapping(
        List.of("content_original", "content", "text", "body", "article", "maintext",
            "body-paragraphs"),
        List.of("title", "headline"),
        List.of("source", "outlet", "publisher", "media", "source_domain"),
        List.of("date", "published", "publish_date", "published_at", "publishedAt",
            "date_publish", "pubDate"),
        List.of("url", "link", "news_link"),
        List.of("topic", "category"),
        List.of("id", "article_id"));
  }

  /** The value of the first candidate field present in {@code record}, or null if none is. */
  static <V> V lookup(List<String> candidates, Map<String, V> record) {
    for (String c : candidates) {
      V v = record.get(c);
      if (v != null) {
        return v;
      }
    }
    String k = keyIgnoringCase(candidates, record);
    return k == null ? null : record.get(k);
  }

  /**
   * The name, as {@code record} spells it, of the first candidate field present in it (exact
   * name first, then ignoring case and spaces around the name), or null if none is.
   */
  static String key(List<String> candidates, Map<String, ?> record) {
    for (String c : candidates) {
      if (record.get(c) != null) {
        return c;
      }
    }
    return keyIgnoringCase(candidates, record);
  }

  private static String keyIgnoringCase(List<String> candidates, Map<String, ?> record) {
    for (String c : candidates) {
      for (String k : record.keySet()) {
        if (k.strip().toLowerCase(Locale.ROOT).equals(c.toLowerCase(Locale.ROOT))) {
          return k;
        }
      }
    }
    return null;
  }

  /**
   * The metadata of a record whose values are strings or, for JSON, {@link JsonScalar}s: a JSON
   * {@code null} is unknown (empty), as a missing or empty field is; a number or boolean is read
   * as written.
   */
  Metadata metadata(Map<String, ?> record) {
    return new Metadata(text(title, record), text(source, record), text(date, record),
        text(url, record), text(topic, record));
  }

  private static String text(List<String> candidates, Map<String, ?> record) {
    return JsonScalar.asText(lookup(candidates, record));
  }
}
