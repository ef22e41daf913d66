package org.framelens.ingest;

import static org.framelens.text.TextInvariants.check;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link RecordSink} for the reader fuzz tests that checks, as records arrive, what every
 * format reader promises: records come in file order with line numbers inside the file, every
 * article has an id and its body start inside its text, and a record reader never hands on an
 * article with blank text.
 */
final class RecordCheck implements RecordSink {

  final List<Article> articles = new ArrayList<>();
  final List<String> bad = new ArrayList<>();
  private final int lines;
  private final boolean strictlyIncreasing;
  private int lastLine;

  /**
   * @param fileText           the decoded file
   * @param strictlyIncreasing whether each record must start on a later line than the last
   */
  RecordCheck(String fileText, boolean strictlyIncreasing) {
    this.lines = lineCount(fileText);
    this.strictlyIncreasing = strictlyIncreasing;
  }

  /** Lines of {@code t}: 1 + the number of line ends (LF, CRLF or a lone CR). */
  static int lineCount(String t) {
    int n = 1;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= t.length() || t.charAt(i + 1) != '\n'))) {
        n++;
      }
    }
    return n;
  }

  private void line(int line, String what) {
    check(line >= 1 && line <= lines, what + " at line " + line + " outside 1.." + lines);
    check(strictlyIncreasing ? line > lastLine : line >= lastLine, what + " at line " + line
        + " comes after a record at line " + lastLine);
    lastLine = line;
  }

  @Override
  public void article(Article a) {
    line(a.line(), "article");
    check(!a.id().isBlank(), "blank article id");
    check(!a.text().isBlank(), "article with blank text at line " + a.line());
    check(a.bodyStart() >= 0 && a.bodyStart() <= a.text().length(), "bodyStart " + a.bodyStart());
    // everything a record carries must be writable as UTF-8 (no unpaired surrogate)
    for (String field : new String[] {a.id(), a.text(), a.metadata().title(),
        a.metadata().source(), a.metadata().date(), a.metadata().url(), a.metadata().topic()}) {
      check(org.framelens.text.Utf16.wellFormed(field) == field,
          "unpaired surrogate in a record at line " + a.line());
    }
    articles.add(a);
  }

  @Override
  public void badRecord(int line, String message) {
    line(line, "bad record '" + message + "'");
    check(message != null && !message.isBlank(), "bad record without a message");
    bad.add(message);
  }

  @Override
  public void warning(String message) {
    check(message != null && !message.isBlank(), "warning without a message");
  }

  /** The documented rejection: a {@link BadInputException} with a line inside the file. */
  void rejected(BadInputException e, int minLine) {
    check(e.line() >= minLine && e.line() <= lines, "BadInputException line " + e.line()
        + " outside " + minLine + ".." + lines + ": " + e.getMessage());
    check(e.getMessage() != null && !e.getMessage().isBlank(), "BadInputException without message");
  }
}
