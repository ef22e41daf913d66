package org.framelens.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which fields of a JSONL or CSV record hold the text and the metadata. Each entry is a list of
 * candidate names; the first one present in a record wins (exact name first, then ignoring
 * case and spaces around the name). The defaults read the AllSides/ABP corpus ({@code content_original}, {@code title},
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
  static String lookup(List<String> candidates, Map<String, String> record) {
    for (String c : candidates) {
      String v = record.get(c);
      if (v != null) {
        return v;
      }
    }
    for (String c : candidates) {
      for (Map.Entry<String, String> e : record.entrySet()) {
        if (e.getKey().strip().toLowerCase(Locale.ROOT).equals(c.toLowerCase(Locale.ROOT))) {
          return e.getValue();
        }
      }
    }
    return null;
  }

  Metadata metadata(Map<String, String> record) {
    return new Metadata(lookup(title, record), lookup(source, record), lookup(date, record),
        lookup(url, record), lookup(topic, record));
  }
}
