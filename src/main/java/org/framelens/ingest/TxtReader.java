package org.framelens.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plain-text ({@code .txt}) or Markdown ({@code .md}) article: one file, one article.
 *
 * <p>A leading {@code date YYYY-MM-DD} marker is metadata. The first line is the title when it
 * looks like one: more text follows, it is at most 200 characters and 25 words, it does not end
 * in {@code , ; :} and does not start with a dateline, and either it has no final punctuation or
 * it is a short sentence (at most 12 words) followed by a blank line. In Markdown a first line
 * {@code # Title} is the title. Markdown markup is otherwise left in the text.
 */
final class TxtReader {

  static final Pattern DATE_MARKER = Pattern.compile("\\A[ \\t]*date[ \\t]+(\\d{4}-\\d{2}-\\d{2})[ \\t]+");
  private static final Pattern DATELINE_START = Pattern.compile("\\A\\p{Lu}[\\p{Lu} .'’-]{1,30}(,[^:]{0,30})?:\\s");

  private TxtReader() {
  }

  static Article read(SourceFile f, String format) {
    String text = f.text();
    Metadata meta = Metadata.empty();
    int body = 0;
    Matcher dm = DATE_MARKER.matcher(text);
    if (dm.find()) {
      meta = meta.withDate(dm.group(1));
      body = dm.end();
    } else {
      int lineEnd = lineEnd(text, 0);
      String first = text.substring(0, lineEnd).strip();
      int next = skipLineBreak(text, lineEnd);
      boolean blankAfter = next < text.length() && isBlankLine(text, next);
      boolean moreText = !text.substring(Math.min(next, text.length())).isBlank();
      if ("md".equals(format) && first.startsWith("# ") && moreText) {
        meta = meta.withTitle(first.substring(2).strip());
        body = next;
      } else if (moreText && looksLikeTitle(first, blankAfter)) {
        meta = meta.withTitle(first);
        body = next;
      }
    }
    return new Article(f.idBase(), f.displayPath(), 1, format, meta, text, body);
  }

  static boolean looksLikeTitle(String line, boolean blankAfter) {
    if (line.isEmpty() || line.length() > 200 || DATELINE_START.matcher(line + " ").find()) {
      return false;
    }
    int words = line.split("\\s+").length;
    char last = line.charAt(line.length() - 1);
    if (words > 25 || ",;:".indexOf(last) >= 0) {
      return false;
    }
    boolean terminal = ".!?".indexOf(last) >= 0;
    return !terminal || (blankAfter && words <= 12);
  }

  static int lineEnd(String t, int from) {
    int i = from;
    while (i < t.length() && t.charAt(i) != '\n' && t.charAt(i) != '\r') {
      i++;
    }
    return i;
  }

  static int skipLineBreak(String t, int i) {
    if (i < t.length() && t.charAt(i) == '\r') {
      i++;
    }
    if (i < t.length() && t.charAt(i) == '\n') {
      i++;
    }
    return i;
  }

  private static boolean isBlankLine(String t, int from) {
    int e = lineEnd(t, from);
    return t.substring(from, e).isBlank();
  }
}
