package org.framelens.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plain-text ({@code .txt}) or Markdown ({@code .md}) article: one file, one article.
 *
 * <p>A leading {@code date YYYY-MM-DD} marker is metadata. The first line is the title when it
 * looks like one: more text follows, it has a letter or digit (a {@code ---} rule is no title), it is at most 200 characters and 25 words, it does not end
 * in {@code , ; :} and does not start with a dateline, and either it has no final punctuation or
 * it is a short sentence (at most 12 words) followed by a blank line. In Markdown a first line
 * {@code # Title} is the title. Markdown markup is otherwise left in the text.
 *
 * <p>Markdown YAML front matter (Hugo, Jekyll, scrapers that write Markdown): a first line
 * {@code ---} and a closing {@code ---} or {@code ...} line within the first 100 lines. Its
 * {@code key: value} lines give the metadata ({@code title}/{@code headline}, {@code source}/
 * {@code publisher}/{@code outlet}/{@code site}, {@code date}/{@code published}, {@code url}/
 * {@code link}, {@code topic}/{@code category}; quotation marks around a value taken off, other
 * keys ignored) and the whole block is metadata, not text; the title rules above then apply to
 * the first line after it, a front-matter title winning over a {@code # Title} line.
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
    int fm = "md".equals(format) ? frontMatterEnd(text) : -1;
    if (fm >= 0) {
      Metadata front = frontMatter(text.substring(0, fm));
      int start = fm;
      while (start < text.length() && isBlankLine(text, start) && lineEnd(text, start) < text.length()) {
        start = skipLineBreak(text, lineEnd(text, start));
      }
      int lineEnd = lineEnd(text, start);
      String first = text.substring(start, lineEnd).strip();
      int next = skipLineBreak(text, lineEnd);
      boolean moreText = !text.substring(Math.min(next, text.length())).isBlank();
      body = start;
      if (first.startsWith("# ") && moreText) {
        meta = meta.withTitle(first.substring(2).strip());
        body = next;
      }
      return new Article(f.idBase(), f.displayPath(), 1, format, meta.overriddenBy(front), text,
          body);
    }
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

  private static final Pattern FENCE = Pattern.compile("\\A---[ \\t]*\\R");
  private static final Pattern CLOSE = Pattern.compile("^(?:---|\\.\\.\\.)[ \\t]*$",
      Pattern.MULTILINE);
  private static final Pattern KEY_VALUE = Pattern.compile(
      "^([A-Za-z_][\\w-]*)[ \\t]*:[ \\t]*(.*?)[ \\t]*$", Pattern.MULTILINE);

  /** Where the front matter (with its closing fence line and line break) ends, or -1. */
  static int frontMatterEnd(String text) {
    Matcher open = FENCE.matcher(text);
    if (!open.find()) {
      return -1;
    }
    Matcher close = CLOSE.matcher(text);
    if (!close.find(open.end())) {
      return -1;
    }
    if (text.substring(open.end(), close.start()).lines().count() > 100) {
      return -1;
    }
    return skipLineBreak(text, close.end());
  }

  private static Metadata frontMatter(String block) {
    java.util.Map<String, String> v = new java.util.HashMap<>();
    Matcher m = KEY_VALUE.matcher(block);
    while (m.find()) {
      String val = m.group(2);
      if (val.length() >= 2 && (val.startsWith("\"") && val.endsWith("\"")
          || val.startsWith("'") && val.endsWith("'"))) {
        val = val.substring(1, val.length() - 1);
      }
      v.putIfAbsent(m.group(1).toLowerCase(java.util.Locale.ROOT), val);
    }
    return new Metadata(any(v, "title", "headline"), any(v, "source", "publisher", "outlet",
        "site"), any(v, "date", "published", "publishdate"), any(v, "url", "link"),
        any(v, "topic", "category"));
  }

  private static String any(java.util.Map<String, String> v, String... keys) {
    for (String k : keys) {
      String s = v.get(k);
      if (s != null && !s.isBlank()) {
        return s;
      }
    }
    return "";
  }

  static boolean looksLikeTitle(String line, boolean blankAfter) {
    if (line.isEmpty() || line.length() > 200 || DATELINE_START.matcher(line + " ").find()
        || line.codePoints().noneMatch(Character::isLetterOrDigit)) {
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
