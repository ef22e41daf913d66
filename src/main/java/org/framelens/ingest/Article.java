package org.framelens.ingest;

import java.util.Objects;

/**
 * One article as read from an input: its text and metadata. Immutable.
 *
 * <p>{@code text} is the article's original text: the whole decoded file for {@code .txt} and
 * {@code .md} (a UTF-8 byte-order mark dropped, line ends kept as they are), the extracted text
 * for {@code .html}, and the text field for {@code .jsonl} and {@code .csv} records. Every
 * offset FrameLens reports counts UTF-16 code units in this text. The article body starts at
 * {@code bodyStart}; what comes before it (a title line, a {@code date} marker) is metadata.
 *
 * @param id        stable identifier, unique within a run (file stem, relative path or
 *                  {@code file:line})
 * @param path      the input file it came from, as given on the command line
 * @param line      the line of that file where the record starts (1 for whole-file formats)
 * @param format    {@code txt}, {@code md}, {@code html}, {@code jsonl} or {@code csv}
 * @param metadata  title, source, date, url, topic
 * @param text      the original text
 * @param bodyStart where the body starts in {@code text}
 */
public record Article(String id, String path, int line, String format, Metadata metadata,
    String text, int bodyStart) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(text, "text");
    id = org.framelens.text.Utf16.wellFormed(id);
    text = org.framelens.text.Utf16.wellFormed(text);
    if (bodyStart < 0 || bodyStart > text.length()) {
      throw new IllegalArgumentException("bodyStart " + bodyStart + " outside text of length "
          + text.length());
    }
  }

  public Article withMetadata(Metadata m) {
    return new Article(id, path, line, format, m, text, bodyStart);
  }

  public Article withId(String newId) {
    return new Article(newId, path, line, format, metadata, text, bodyStart);
  }
}
