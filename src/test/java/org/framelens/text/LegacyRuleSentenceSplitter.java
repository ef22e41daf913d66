package org.framelens.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The rule-based splitter as it was before it read a char[]: the reference that {@link
 * CharArrayTextTest} compares {@link RuleSentenceSplitter} with.
 */
final class LegacyRuleSentenceSplitter {

  /** Longest sentence kept whole; longer ones are cut (documented in reports/README.md). */
  public static final int MAX_SENTENCE_CHARS = 5_000;

  private final Abbreviations abbreviations;

  LegacyRuleSentenceSplitter(Abbreviations abbreviations) {
    this.abbreviations = abbreviations;
  }

  
  public List<Span> split(CharSequence text, Span paragraph) {
    List<Span> out = new ArrayList<>();
    int end = paragraph.end();
    int start = paragraph.start();
    int i = start;
    while (i < end) {
      char c = text.charAt(i);
      if (!isTerminal(c)) {
        i++;
        continue;
      }
      int runEnd = i;
      while (runEnd < end && isTerminal(text.charAt(runEnd))) {
        runEnd++;
      }
      int k = runEnd;
      while (k < end && isCloser(text.charAt(k))) {
        k++;
      }
      if (k < end && !TextInvariants.isSpace(text.charAt(k))) {
        i = runEnd; // "twitter.com", "3.5", "U.S" inside a word: no boundary
        continue;
      }
      int m = k;
      while (m < end && TextInvariants.isSpace(text.charAt(m))) {
        m++;
      }
      if (m >= end || isBoundary(text, i, runEnd, m)) {
        addSentence(text, start, k, out);
        start = m;
      }
      i = Math.max(runEnd, k);
    }
    if (start < end) {
      addSentence(text, start, end, out);
    }
    return out;
  }

  /** Whether the terminal run {@code [dot, runEnd)} ends a sentence, given the next start m. */
  private boolean isBoundary(CharSequence text, int dot, int runEnd, int m) {
    char next = text.charAt(m);
    if (Character.isLowerCase(next) || ",;:)]}".indexOf(next) >= 0
        || next == '-' || next == '\u2013' || next == '\u2014') {
      return false;
    }
    boolean singleDot = runEnd - dot == 1 && text.charAt(dot) == '.';
    if (!singleDot) {
      return true; // ! ? … and "..." before a capital
    }
    int w = dot;
    while (w > 0 && (Character.isLetterOrDigit(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
      w--;
    }
    if (w == dot) {
      return true; // "." after a quote or bracket: ")." "”."
    }
    String word = text.subSequence(w, dot).toString();
    if (word.indexOf('.') >= 0 || LegacyTokenizer.dottedEnd(text, w, dot + 1) == dot + 1) {
      // a dotted initialism: U.S. / a.m.
      return startsWithOpener(text, m);
    }
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return false; // an initial: John F. Kennedy
    }
    Abbreviations.Kind kind = abbreviations.kind(word);
    if (kind == null) {
      return true;
    }
    switch (kind) {
      case TITLE:
      case INNER:
        return false;
      case NUMBER:
      case MONTH:
        return !Character.isDigit(next);
      default:
        return startsWithOpener(text, m);
    }
  }

  private boolean startsWithOpener(CharSequence text, int m) {
    int e = m;
    while (e < text.length() && Character.isLetter(text.charAt(e))) {
      e++;
    }
    return e > m && abbreviations.isSentenceStarter(text.subSequence(m, e).toString());
  }

  private static void addSentence(CharSequence text, int a, int b, List<Span> out) {
    Span s = new Span(a, b).trim(text);
    while (s.length() > MAX_SENTENCE_CHARS) {
      int limit = s.start() + MAX_SENTENCE_CHARS;
      int cut = limit;
      while (cut > s.start() + MAX_SENTENCE_CHARS / 2 && !TextInvariants.isSpace(text.charAt(cut))) {
        cut--;
      }
      if (!TextInvariants.isSpace(text.charAt(cut))) {
        cut = limit;
      }
      if (Character.isLowSurrogate(text.charAt(cut))) {
        cut--;
      }
      Span head = new Span(s.start(), cut).trim(text);
      if (!head.isEmpty()) {
        out.add(head);
      }
      s = new Span(cut, s.end()).trim(text);
    }
    if (!s.isEmpty()) {
      out.add(s);
    }
  }

  static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\u2026';
  }

  static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == '\u00BB'
        || c == ')' || c == ']' || c == '}';
  }
}
