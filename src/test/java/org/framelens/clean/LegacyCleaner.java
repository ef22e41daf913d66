package org.framelens.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.framelens.ingest.Article;
import org.framelens.text.Span;

/**
 * The clean stage as it was before it read a char[] (on String.charAt, headings counted with
 * String.split): the reference that {@link CleanerCharArrayTest} compares {@link Cleaner} with.
 */
final class LegacyCleaner {

  private final BoilerplateRules rules;

  LegacyCleaner(BoilerplateRules rules) {
    this.rules = rules;
  }

  public CleanArticle clean(Article article) {
    String t = article.text();
    List<int[]> paras = paragraphs(t, article.bodyStart()); // {start, end, firstLine}
    List<Paragraph> kept = new ArrayList<>();
    List<Removal> removed = new ArrayList<>();
    String dateline = "";
    Span datelineSpan = null;
    for (int[] p : paras) {
      Span span = new Span(p[0], p[1]);
      BoilerplateRule rule = span.length() <= Cleaner.MAX_BOILERPLATE_CHARS
          ? rules.firstMatch(t, span.start(), span.end()) : null;
      if (rule != null) {
        removed.add(new Removal(span, p[2], rule.id(), rule.category(), rule.reason()));
        continue;
      }
      if (kept.isEmpty() && dateline.isEmpty()) {
        Matcher m = Cleaner.dateline(t, span); // the same pattern: not what the char[] port changed
        if (m != null) {
          dateline = m.group("place");
          datelineSpan = new Span(span.start(), m.end()).trim(t);
          span = new Span(m.end(), span.end()).trim(t);
          if (span.isEmpty()) {
            continue;
          }
        }
      }
      kept.add(new Paragraph(kept.size(), span, isHeading(t, span)));
    }
    return new CleanArticle(article, kept, removed, dateline, datelineSpan);
  }

  /** A short line without final punctuation: a sub-heading such as "Erdogan in Kiev". */
  static boolean isHeading(String t, Span s) {
    if (s.length() > 80 || s.isEmpty()) {
      return false;
    }
    String line = s.text(t);
    char last = line.charAt(line.length() - 1);
    if (".!?:;,".indexOf(last) >= 0) {
      return false;
    }
    if (line.length() > 1 && "”\"’'".indexOf(last) >= 0
        && ".!?,".indexOf(line.charAt(line.length() - 2)) >= 0) {
      return false;
    }
    int first = line.codePointAt(0);
    return !Character.isLowerCase(first) && line.split("\\s+").length <= 8;
  }

  /** Paragraphs of {@code t} from {@code from}: {start, end, 1-based first line}. */
  static List<int[]> paragraphs(String t, int from) {
    List<int[]> out = new ArrayList<>();
    int lineNo = 1;
    for (int i = 0; i < from; i++) {
      if (t.charAt(i) == '\n' || (t.charAt(i) == '\r' && (i + 1 >= t.length() || t.charAt(i + 1) != '\n'))) {
        lineNo++;
      }
    }
    int i = from;
    int[] open = null;
    char lastChar = 0;
    while (i <= t.length()) {
      int e = i;
      while (e < t.length() && t.charAt(e) != '\n' && t.charAt(e) != '\r') {
        e++;
      }
      Span line = new Span(i, e).trim(t);
      if (line.isEmpty()) {
        open = close(open, out);
      } else {
        boolean join = open != null && !endsSentenceOrClause(lastChar)
            && Character.isLowerCase(t.codePointAt(line.start()));
        if (join) {
          open[1] = line.end();
        } else {
          close(open, out);
          open = new int[] {line.start(), line.end(), lineNo};
        }
        lastChar = t.charAt(line.end() - 1);
      }
      if (e >= t.length()) {
        break;
      }
      i = e + (t.charAt(e) == '\r' && e + 1 < t.length() && t.charAt(e + 1) == '\n' ? 2 : 1);
      lineNo++;
    }
    close(open, out);
    return out;
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
