package org.framelens.ingest;

/** Where a format reader puts what it reads from one file: articles and bad records. */
interface RecordSink {

  /** An article read from {@code line} of the file. */
  void article(Article article);

  /** A record that could not be read, with the line it starts at. */
  void badRecord(int line, String message);

  /** A warning about the whole file that does not lose any record. */
  void warning(String message);

  /**
   * The record at {@code line} held HTML in its text field, whose text was extracted
   * ({@link HtmlReader#fieldText}).
   */
  default void htmlRecord(int line) {
  }

  /**
   * The record at {@code line} ended in NewsAPI's truncation marker ({@code [+2000 chars]}),
   * which was taken off: its text is an excerpt, not the article.
   */
  default void truncatedRecord(int line) {
  }
}
