package org.framelens.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The rule-based splitter as it was before it read a char[]: the reference that {@link
 * CharArrayTextTest} compares {@link RuleSentenceSplitter} with. Rules added since (spaced
 * ellipses, list numbers, a stop after an e-mail address or URL, German closing “ and ‘,
 * punctuation-only pieces
 * joined to a sentence) are written here again over {@code charAt}, independently.
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
      while (k < end && (isCloser(text.charAt(k)) || text.charAt(k) == '\u201C'
          || text.charAt(k) == '\u2018')) {
        k++;
      }
      while (k + 1 < end && (text.charAt(k) == ' ' || text.charAt(k) == '\u00A0')
          && isTerminal(text.charAt(k + 1))) {
        int r = k + 1;
        while (r < end && isTerminal(text.charAt(r))) {
          r++;
        }
        int q = r;
        while (q < end && (isCloser(text.charAt(q)) || text.charAt(q) == '\u201C'
            || text.charAt(q) == '\u2018')) {
          q++;
        }
        if (q < end && !TextInvariants.isSpace(text.charAt(q))) {
          break;
        }
        runEnd = r;
        k = q;
      }
      if (k < end && !TextInvariants.isSpace(text.charAt(k))) {
        i = runEnd; // "twitter.com", "3.5", "U.S" inside a word: no boundary
        continue;
      }
      int m = k;
      while (m < end && TextInvariants.isSpace(text.charAt(m))) {
        m++;
      }
      if (m >= end || isBoundary(text, start, i, runEnd, m)) {
        addSentence(text, start, k, out);
        start = m;
      }
      i = Math.max(runEnd, k);
    }
    if (start < end) {
      addSentence(text, start, end, out);
    }
    // punctuation-only pieces: joined to the sentence before, or after at the paragraph start
    if (out.size() < 2) {
      return out;
    }
    List<Span> joined = new ArrayList<>();
    Span pending = null;
    for (Span s : out) {
      if (pending != null) {
        if (s.end() - pending.start() <= MAX_SENTENCE_CHARS) {
          s = new Span(pending.start(), s.end());
        } else {
          joined.add(pending);
        }
        pending = null;
      }
      boolean punctuation = true;
      for (int k = s.start(); k < s.end(); k++) {
        char c = text.charAt(k);
        punctuation &= TextInvariants.isSpace(c) || isPunctuation(Character.getType(c));
      }
      if (punctuation && joined.isEmpty()) {
        pending = s;
        continue;
      }
      if (punctuation) {
        Span last = joined.get(joined.size() - 1);
        if (s.end() - last.start() <= MAX_SENTENCE_CHARS) {
          joined.set(joined.size() - 1, new Span(last.start(), s.end()));
          continue;
        }
      }
      joined.add(s);
    }
    if (pending != null) {
      joined.add(pending);
    }
    return joined;
  }

  private static boolean isPunctuation(int type) {
    return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
        || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
        || type == Character.INITIAL_QUOTE_PUNCTUATION
        || type == Character.FINAL_QUOTE_PUNCTUATION || type == Character.OTHER_PUNCTUATION;
  }

  /** Whether the terminal run {@code [dot, runEnd)} ends a sentence, given the next start m. */
  private boolean isBoundary(CharSequence text, int start, int dot, int runEnd, int m) {
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
    if (Character.isUpperCase(next)) {
      int a = dot;
      while (a > start && !TextInvariants.isSpace(text.charAt(a - 1))
          && "\"\u201C\u201D\u2018\u2019()<>[]{}".indexOf(text.charAt(a - 1)) < 0) {
        a--;
      }
      if (a < dot && LegacyTokenizer.urlOrEmailEnd(text, a, dot + 1) == dot) {
        return true;
      }
    }
    if (w == start && word.matches("[0-9]{1,3}")) {
      return false;
    }
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
