package org.framelens.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The default sentence splitter: punctuation rules with an abbreviation lexicon.
 *
 * <p>A sentence ends at {@code . ! ? …} (or a run of them), after any closing quotation marks
 * and brackets, when whitespace and a sentence start follow. It does not end before a
 * lower-case word or a comma, after a title abbreviation (Mr., Gen.), after an initial (F.),
 * after Feb./No. before a number, inside numbers (8,500; 3.5), or after a dotted initialism
 * such as U.S. unless a typical sentence opener follows, or after a list number that starts the
 * sentence ("1. Russia withdraws."). It does end after an e-mail address or URL before a
 * capital. A German “ or ‘ right after the stops closes the quotation („Das ist gut.“ Dann…). A spaced ellipsis (". . .") is one run of stops, like "...". A paragraph end always
 * ends a sentence, so headlines without final punctuation stand alone. A piece that is only
 * punctuation ("." after "HUNT!!!” ", "…", "[…]") is no sentence of its own: it joins the
 * sentence before it, or the one after it at the start of a paragraph (a paragraph of nothing
 * but punctuation stays one sentence). A run-on sentence longer than
 * {@link #MAX_SENTENCE_CHARS} is cut at the last space before the limit so that no report cell
 * grows without bound.
 */
public final class RuleSentenceSplitter implements SentenceSplitter {

  /** Longest sentence kept whole; longer ones are cut (documented in reports/README.md). */
  public static final int MAX_SENTENCE_CHARS = 5_000;

  private final Abbreviations abbreviations;

  public RuleSentenceSplitter(Abbreviations abbreviations) {
    this.abbreviations = abbreviations;
  }

  public static RuleSentenceSplitter english() {
    return new RuleSentenceSplitter(Abbreviations.english());
  }

  @Override
  public List<Span> split(CharSequence text, Span paragraph) {
    return split(Chars.copy(text, 0, text.length()), paragraph);
  }

  @Override
  public List<Span> split(char[] text, Span paragraph) {
    List<Span> out = new ArrayList<>();
    int end = paragraph.end();
    int start = paragraph.start();
    int i = start;
    while ((i = nextTerminal(text, i, end)) < end) {
      int runEnd = i;
      while (runEnd < end && isTerminal(text[runEnd])) {
        runEnd++;
      }
      int k = closersEnd(text, runEnd, end);
      // a spaced ellipsis ". . ." (or "!!!” ."): stops after one space go on with the run
      while (k + 1 < end && (text[k] == ' ' || text[k] == '\u00A0') && isTerminal(text[k + 1])) {
        int r = k + 1;
        while (r < end && isTerminal(text[r])) {
          r++;
        }
        int c = closersEnd(text, r, end);
        if (c < end && !Chars.isWhitespace(text[c])) {
          break; // "…And": an ellipsis that opens the next word
        }
        runEnd = r;
        k = c;
      }
      if (k < end && !Chars.isWhitespace(text[k])) {
        i = runEnd; // "twitter.com", "3.5", "U.S" inside a word: no boundary
        continue;
      }
      int m = k;
      while (m < end && Chars.isWhitespace(text[m])) {
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
    return joinPunctuation(text, out);
  }

  /**
   * The end of the closing marks after a run of stops at {@code k}; there “ and ‘ close too, as
   * in German („Das ist gut.“ Dann…), where English would never put an opening mark right after
   * a stop.
   */
  private static int closersEnd(char[] text, int k, int end) {
    while (k < end && (isCloser(text[k]) || text[k] == '\u201C' || text[k] == '\u2018')) {
      k++;
    }
    return k;
  }

  /**
   * {@code sentences} (of one paragraph) with each one that is only punctuation joined to the
   * sentence before it, or, when none is before it, to the one after it; never making a sentence
   * longer than {@link #MAX_SENTENCE_CHARS}.
   */
  private static List<Span> joinPunctuation(char[] text, List<Span> sentences) {
    int n = sentences.size();
    if (n < 2) {
      return sentences;
    }
    List<Span> out = new ArrayList<>(n);
    Span pending = null; // punctuation at the paragraph start, waiting for a sentence
    for (int k = 0; k < n; k++) {
      Span s = sentences.get(k);
      if (pending != null) {
        if (s.end() - pending.start() <= MAX_SENTENCE_CHARS) {
          s = new Span(pending.start(), s.end());
        } else {
          out.add(pending);
        }
        pending = null;
      }
      if (isPunctuationOnly(text, s)) {
        if (out.isEmpty()) {
          pending = s;
          continue;
        }
        Span last = out.get(out.size() - 1);
        if (s.end() - last.start() <= MAX_SENTENCE_CHARS) {
          out.set(out.size() - 1, new Span(last.start(), s.end()));
          continue;
        }
      }
      out.add(s);
    }
    if (pending != null) {
      out.add(pending);
    }
    return out;
  }

  /** Whether every char of {@code s} that is not white space is punctuation (Unicode P*). */
  static boolean isPunctuationOnly(char[] text, Span s) {
    for (int k = s.start(); k < s.end(); k++) {
      char c = text[k];
      if (Chars.isWhitespace(c)) {
        continue;
      }
      switch (Character.getType(c)) {
        case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION,
            Character.START_PUNCTUATION, Character.END_PUNCTUATION,
            Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
            Character.OTHER_PUNCTUATION:
          break;
        default:
          return false;
      }
    }
    return true;
  }

  /** The first sentence-ending char at or after {@code i}, before {@code end}; else end. */
  private static int nextTerminal(char[] text, int i, int end) {
    for (; i < end; i++) {
      if (isTerminal(text[i])) {
        return i;
      }
    }
    return end;
  }

  /**
   * Whether the terminal run {@code [dot, runEnd)} ends a sentence, given the next start m and
   * the start of the sentence it would end.
   */
  private boolean isBoundary(char[] text, int start, int dot, int runEnd, int m) {
    char next = text[m];
    if (Chars.isLowerCase(next) || ",;:)]}".indexOf(next) >= 0
        || next == '-' || next == '\u2013' || next == '\u2014') {
      return false;
    }
    boolean singleDot = runEnd - dot == 1 && text[dot] == '.';
    if (!singleDot) {
      return true; // ! ? … and "..." before a capital
    }
    int w = dot;
    while (w > 0 && (Chars.isLetterOrDigit(text[w - 1]) || text[w - 1] == '.')) {
      w--;
    }
    if (w == dot) {
      return true; // "." after a quote or bracket: ")." "”."
    }
    boolean dotted = hasDot(text, w, dot);
    if ((dotted || w > start && !Chars.isWhitespace(text[w - 1])) && Chars.isUpperCase(next)
        && endsAddress(text, start, dot)) {
      return true; // "info@nato.int. Officials", "https://nato.int/news. The"
    }
    if (w == start && isListNumber(text, w, dot)) {
      return false; // "1. Russia withdraws."
    }
    if (dotted || Tokenizer.dottedEnd(text, w, dot + 1) == dot + 1) {
      // a dotted initialism: U.S. / a.m.
      return startsWithOpener(text, m);
    }
    if (dot - w == 1 && Chars.isUpperCase(text[w])) {
      return false; // an initial: John F. Kennedy
    }
    Abbreviations.Kind kind = abbreviations.kind(text, w, dot);
    if (kind == null) {
      return true;
    }
    switch (kind) {
      case TITLE:
      case INNER:
        return false;
      case NUMBER:
      case MONTH:
        return !Chars.isDigit(next);
      default:
        return startsWithOpener(text, m);
    }
  }

  /** Whether {@code text[w, dot)} is a list number: one to three ASCII digits. */
  private static boolean isListNumber(char[] text, int w, int dot) {
    if (dot - w > 3) {
      return false;
    }
    for (int k = w; k < dot; k++) {
      if (text[k] < '0' || text[k] > '9') {
        return false;
      }
    }
    return true;
  }

  /** Whether an e-mail address or URL (as the tokenizer reads one) ends at {@code dot}. */
  private static boolean endsAddress(char[] text, int start, int dot) {
    int a = dot;
    while (a > start && !Tokenizer.isRunBreak(text[a - 1])) {
      a--;
    }
    return a < dot && Tokenizer.urlOrEmailEnd(text, a, dot + 1) == dot;
  }

  private static boolean hasDot(char[] text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (text[k] == '.') {
        return true;
      }
    }
    return false;
  }

  private boolean startsWithOpener(char[] text, int m) {
    int e = m;
    while (e < text.length && Chars.isLetter(text[e])) {
      e++;
    }
    return e > m && abbreviations.isSentenceStarter(new String(text, m, e - m));
  }

  private static void addSentence(char[] text, int a, int b, List<Span> out) {
    Span s = new Span(a, b).trim(text);
    while (s.length() > MAX_SENTENCE_CHARS) {
      int limit = s.start() + MAX_SENTENCE_CHARS;
      int cut = limit;
      while (cut > s.start() + MAX_SENTENCE_CHARS / 2 && !Chars.isWhitespace(text[cut])) {
        cut--;
      }
      if (!Chars.isWhitespace(text[cut])) {
        cut = limit;
      }
      if (Character.isLowSurrogate(text[cut])) {
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
