package org.framelens.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.framelens.ingest.Article;
import org.framelens.text.Span;

/**
 * The clean stage: splits an article body into paragraphs, removes lines that are not the
 * article's own prose (by {@link BoilerplateRules}), and takes the dateline off the first
 * paragraph. Nothing is copied or rewritten: paragraphs are spans of the original text.
 * Stateless and thread-safe.
 *
 * <p>Paragraphs: a blank line always separates paragraphs, and so does a single line break,
 * unless the text is hard-wrapped there (the line does not end in {@code . ! ? : ; ”} and the
 * next line starts with a lower-case letter), in which case the lines are joined. Lines longer
 * than {@value #MAX_BOILERPLATE_CHARS} characters are never boilerplate.
 */
public final class Cleaner {

  static final int MAX_BOILERPLATE_CHARS = 600;

  /**
   * A dateline: a place in capitals ({@code KIEV}, {@code LAS VEGAS}), optionally its state or
   * country ({@code , Ukraine}, {@code , N.C.}, {@code , New Hampshire}: up to three capitalised
   * words), a date ({@code , Feb. 10}), the agency ({@code (AP)}, {@code (Reuters)}), and a colon
   * or dash before the text. Group {@code place} is what is kept: the place with its state or
   * country ({@code KYIV, Ukraine}); group {@code city} the capitals alone.
   */
  static final Pattern DATELINE = Pattern.compile(
      "\\A(?<place>(?<city>\\p{Lu}[\\p{Lu}'’.-]+(?: \\p{Lu}[\\p{Lu}'’.-]+){0,3})"
          + "(?:, \\p{Lu}[\\p{L}.'’-]{0,14}(?: \\p{Lu}[\\p{L}.'’-]{0,14}){0,2})?)"
          + "(?:, \\p{Lu}[\\p{L}.]{1,9} \\d{1,2}(?:, \\d{4})?)?"
          + "(?: \\([\\p{L} ]{2,25}\\))?"
          + " ?(?::|—|–|--| -) ?(?=[\\p{Lu}“\"‘'\\d])");
  private static final Set<String> NOT_DATELINES = Set.of("UPDATE", "UPDATED", "BREAKING",
      "EXCLUSIVE", "WATCH", "ANALYSIS", "OPINION", "EDITORIAL", "LIVE", "VIDEO", "PHOTOS", "NOTE",
      "CORRECTION", "FACT CHECK", "READ");

  private final BoilerplateRules rules;

  public Cleaner(BoilerplateRules rules) {
    this.rules = rules;
  }

  public static Cleaner defaults() {
    return new Cleaner(BoilerplateRules.defaults());
  }

  public CleanArticle clean(Article article) {
    String t = article.text();
    // the text's chars, copied once: paragraphs, prefilter and headings scan this array, and the
    // parts that inline rules cut are blanked in it
    char[] chars = t.toCharArray();
    List<int[]> paras = paragraphs(chars, article.bodyStart()); // {start, end, firstLine}
    List<Paragraph> kept = new ArrayList<>(paras.size());
    List<Removal> removed = new ArrayList<>();
    String dateline = "";
    Span datelineSpan = null;
    CharSequence text = t; // the text as analysed: t until an inline rule cuts something
    List<int[]> cuts = new ArrayList<>();
    for (int[] p : paras) {
      Span span = new Span(p[0], p[1]);
      BoilerplateRule rule = span.length() <= MAX_BOILERPLATE_CHARS
          ? rules.firstMatch(text, chars, 0, span.start(), span.end()) : null;
      if (rule != null) {
        removed.add(new Removal(span, p[2], rule.id(), rule.category(), rule.reason()));
        continue;
      }
      cuts.clear();
      if (rules.cut(chars, span.start(), span.end(), cuts)) {
        if (text == t) {
          text = java.nio.CharBuffer.wrap(chars);
        }
        cuts.sort((a, b) -> Integer.compare(a[0], b[0]));
        for (int[] c : cuts) {
          BoilerplateRule r = rules.inlineRules().get(c[2]);
          removed.add(new Removal(new Span(c[0], c[1]),
              p[2] + lineBreaks(chars, span.start(), c[0]), r.id(), r.category(), r.reason()));
        }
        span = span.trim(chars);
        if (span.isEmpty()) {
          continue;
        }
        // what is left may be a boilerplate line itself ("Image caption" after a cut widget)
        rule = span.length() <= MAX_BOILERPLATE_CHARS
            ? rules.firstMatch(text, chars, 0, span.start(), span.end()) : null;
        if (rule != null) {
          removed.add(new Removal(span, p[2] + lineBreaks(chars, p[0], span.start()), rule.id(),
              rule.category(), rule.reason()));
          continue;
        }
      }
      if (kept.isEmpty() && dateline.isEmpty()) {
        Matcher m = dateline(text, span);
        if (m != null) {
          dateline = m.group("place");
          datelineSpan = new Span(span.start(), m.end()).trim(chars);
          span = new Span(m.end(), span.end()).trim(chars);
          if (span.isEmpty()) {
            continue;
          }
        }
      }
      kept.add(new Paragraph(kept.size(), span, isHeading(chars, span)));
    }
    if (text != t) {
      removed.sort((a, b) -> a.span().compareTo(b.span()));
    }
    return new CleanArticle(article, kept, removed, dateline, datelineSpan,
        text == t ? t : new String(chars));
  }

  /** The match of a dateline at the start of {@code span}, or null. */
  static Matcher dateline(CharSequence t, Span span) {
    Matcher m = DATELINE.matcher(t).region(span.start(), span.end());
    return m.lookingAt() && !NOT_DATELINES.contains(m.group("city")) ? m : null;
  }

  /** A short line without final punctuation: a sub-heading such as "Erdogan in Kiev". */
  static boolean isHeading(char[] t, Span s) {
    if (s.length() > 80 || s.isEmpty()) {
      return false;
    }
    char last = t[s.end() - 1];
    if (".!?:;,".indexOf(last) >= 0) {
      return false;
    }
    if (s.length() > 1 && "”\"’'".indexOf(last) >= 0 && ".!?,".indexOf(t[s.end() - 2]) >= 0) {
      return false;
    }
    return !Character.isLowerCase(Character.codePointAt(t, s.start(), s.end()))
        && words(t, s.start(), s.end()) <= 8;
  }

  /**
   * The number of words of a trimmed line, as {@code line.split("\\s+").length} counts them:
   * one more than its runs of ASCII white space ({@code \\s}: space, tab, line feed, vertical
   * tab, form feed, carriage return).
   */
  static int words(char[] t, int start, int end) {
    int words = 1;
    boolean inSpace = false;
    for (int i = start; i < end; i++) {
      char c = t[i];
      boolean space = c == ' ' || c >= '\t' && c <= '\r';
      if (space && !inSpace) {
        words++;
      }
      inSpace = space;
    }
    return words;
  }

  /** Paragraphs of {@code t} from {@code from}: {start, end, 1-based first line}. */
  static List<int[]> paragraphs(char[] t, int from) {
    List<int[]> out = new ArrayList<>();
    int lineNo = 1 + lineBreaks(t, from);
    int i = from;
    int[] open = null;
    char lastChar = 0;
    while (i <= t.length) {
      int e = lineEnd(t, i);
      Span line = new Span(i, e).trim(t);
      if (line.isEmpty()) {
        open = close(open, out);
      } else {
        boolean join = open != null && !endsSentenceOrClause(lastChar)
            && Character.isLowerCase(Character.codePointAt(t, line.start()));
        if (join) {
          open[1] = line.end();
        } else {
          close(open, out);
          open = new int[] {line.start(), line.end(), lineNo};
        }
        lastChar = t[line.end() - 1];
      }
      if (e >= t.length) {
        break;
      }
      i = e + (t[e] == '\r' && e + 1 < t.length && t[e + 1] == '\n' ? 2 : 1);
      lineNo++;
    }
    close(open, out);
    return out;
  }

  /** The line breaks ({@code \n}, {@code \r\n} or a lone {@code \r}) before {@code to}. */
  private static int lineBreaks(char[] t, int to) {
    return lineBreaks(t, 0, to);
  }

  /** The line breaks in {@code t[from, to)}, counted as {@link #lineBreaks(char[], int)} does. */
  private static int lineBreaks(char[] t, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (t[i] == '\n' || (t[i] == '\r' && (i + 1 >= t.length || t[i + 1] != '\n'))) {
        n++;
      }
    }
    return n;
  }

  /** The end of the line from {@code i}: the next {@code \n} or {@code \r}, or the text end. */
  private static int lineEnd(char[] t, int i) {
    int e = i;
    while (e < t.length && t[e] != '\n' && t[e] != '\r') {
      e++;
    }
    return e;
  }

  private static int[] close(int[] open, List<int[]> out) {
    if (open != null) {
      out.add(open);
    }
    return null;
  }

  private static boolean endsSentenceOrClause(char c) {
    return ".!?:;”\"’'".indexOf(c) >= 0;
  }
}
