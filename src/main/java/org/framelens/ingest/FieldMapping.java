package org.framelens.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which fields of a JSONL or CSV record hold the text and the metadata. Each entry is a list of
 * candidate names; the first one in a record that holds a value wins (exact name first, then
 * ignoring case and spaces around the name): a field that is empty, only white space or a JSON
 * {@code null} is passed over for the next candidate ({@code "source": null} with
 * {@code "source_domain": "bbc.co.uk"} gives {@code bbc.co.uk}; an empty {@code content} column
 * beside a {@code text} column gives the {@code text}). A record with no candidate holding a
 * value has unknown metadata, and no text (a bad record). The defaults read the AllSides/ABP corpus ({@code content_original}, {@code title},
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
   * The value of the first candidate field in {@code record} that holds one: not an empty or
   * blank string and not a JSON {@code null} (exact names first, then ignoring case and spaces
   * around the name); null if none does.
   */
  static <V> V firstValue(List<String> candidates, Map<String, V> record) {
    for (String c : candidates) {
      V v = record.get(c);
      if (hasValue(v)) {
        return v;
      }
    }
    for (String c : candidates) {
      for (Map.Entry<String, V> e : record.entrySet()) {
        if (hasValue(e.getValue())
            && e.getKey().strip().toLowerCase(Locale.ROOT).equals(c.toLowerCase(Locale.ROOT))) {
          return e.getValue();
        }
      }
    }
    return null;
  }

  /** The name of the field {@link #firstValue} takes, or null. */
  static String firstValueKey(List<String> candidates, Map<String, ?> record) {
    for (String c : candidates) {
      if (hasValue(record.get(c))) {
        return c;
      }
    }
    for (String c : candidates) {
      for (Map.Entry<String, ?> e : record.entrySet()) {
        if (hasValue(e.getValue())
            && e.getKey().strip().toLowerCase(Locale.ROOT).equals(c.toLowerCase(Locale.ROOT))) {
          return e.getKey();
        }
      }
    }
    return null;
  }

  private static boolean hasValue(Object v) {
    if (v == null) {
      return false;
    }
    if (v instanceof JsonScalar s) {
      return s.kind() != JsonScalar.Kind.NULL && s.kind() != JsonScalar.Kind.OBJECT;
    }
    return !(v instanceof String str) || !str.isBlank();
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
    return JsonScalar.asText(firstValue(candidates, record));
  }
}
