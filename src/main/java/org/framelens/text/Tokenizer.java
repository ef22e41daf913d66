package org.framelens.text;

import java.util.List;

/**
 * Splits a span of text into tokens with exact offsets.
 *
 * <p>Words keep inner hyphens, soft hyphens and apostrophes ({@code large-scale},
 * {@code S-400}); English
 * clitics are separate tokens ({@code Russia} + {@code ’s}, {@code do} + {@code n't}); numbers
 * keep thousands separators and decimals ({@code 8,500}, {@code 3.5}); abbreviations keep their
 * dots ({@code U.S.}, {@code Feb.}); dashes, quotes and other punctuation are tokens of their
 * own; URLs and e-mail addresses are single tokens. Stateless and thread-safe.
 *
 * <p>The work is done on a {@code char[]}: {@link #tokenize(char[], Span)} reads the chars of
 * the whole text, copied once per article; {@link #tokenize(CharSequence, Span)} copies the
 * span.
 */
public final class Tokenizer {

  /**
   * U+00AD SOFT HYPHEN, an invisible hyphenation point (HTML {@code &shy;}): inside a word it
   * joins the word, and every lookup of a word ignores it ({@code re\u00ADgime} is "regime").
   */
  public static final char SOFT_HYPHEN = '\u00AD';

  private final Abbreviations abbreviations;

  public Tokenizer(Abbreviations abbreviations) {
    this.abbreviations = abbreviations;
  }

  /** The tokens inside {@code span} of {@code text}, in order. */
  public List<Token> tokenize(CharSequence text, Span span) {
    int start = span.start();
    // the char after the span too: a surrogate pair across the span's end is one code point
    char[] window = Chars.copy(text, start, Math.min(text.length(), span.end() + 1));
    TokenList tokens = tokenize(window, new Span(0, span.length()));
    if (start == 0) {
      return tokens;
    }
    TokenList out = new TokenList(tokens.size());
    for (Token t : tokens) {
      out.reserve(1);
      out.add(t.start() + start, t.end() + start, t.kind());
    }
    return out;
  }

  /**
   * The tokens inside {@code span} of the text whose chars are {@code text} (all of them, as
   * {@link String#toCharArray()} gives), in order: the same as
   * {@link #tokenize(CharSequence, Span)} on that text. The list knows its word count.
   */
  public TokenList tokenize(char[] text, Span span) {
    return tokenize(text, span, indexOf(text, '@', span.start(), span.end()));
  }

  /**
   * {@link #tokenize(char[], Span)}, told where the first {@code '@'} of the text at or after
   * the span's start is ({@code firstAt}, or -1 for none): what a caller that tokenizes the
   * sentences of a whole text in order can find once, with {@link String#indexOf(int, int)}.
   */
  public TokenList tokenize(char[] text, Span span, int firstAt) {
    int i = span.start();
    int end = span.end();
    TokenList out = new TokenList(Math.max(10, (end - i) / 4));
    // A token is looked at as an e-mail address when an '@' follows it inside its run of
    // characters that a URL or e-mail could span. Kept: the next '@' of the span, and the end of
    // the current run (worked out only when an '@' is ahead), so that no text is rescanned per
    // token, even a long run without spaces (a data dump).
    int nextAt = firstAt < end ? firstAt : -1;
    int runEnd = -1;
    while (i < end) {
      char c = text[i];
      if (Chars.isBlank(c)) {
        i++;
        continue;
      }
      out.reserve(2); // what one step below adds at most: a word and its clitic
      if (nextAt >= 0 && nextAt < i) {
        nextAt = indexOf(text, '@', i, end);
      }
      boolean atAhead = false;
      if (nextAt > i) {
        if (i >= runEnd) {
          runEnd = runEnd(text, i, end);
        }
        atAhead = nextAt < runEnd;
      }
      if (atAhead || mayStartUrl(c) && startsWithUrlScheme(text, i, end)) {
        int j = address(text, i, end, out);
        if (j > i) {
          i = j;
          continue;
        }
      }
      i = Chars.isLetterOrDigit(c) ? word(text, i, end, out) : punctuation(text, i, end, out);
    }
    return out;
  }

  /** Reads a URL or e-mail address at {@code i}, if one starts there; returns its end or i. */
  private static int address(char[] text, int i, int end, TokenList out) {
    int j = urlOrEmailEnd(text, i, end);
    if (j > i) {
      boolean email = indexOf(text, '@', i, j) >= 0 && !startsWithUrlScheme(text, i, end);
      out.add(i, j, email ? Token.Kind.EMAIL : Token.Kind.URL);
    }
    return j;
  }

  /**
   * Reads the punctuation mark or symbol at {@code i} (an ellipsis {@code ...} and a double
   * hyphen {@code --} are one token); adds it; returns its end.
   */
  private static int punctuation(char[] text, int i, int end, TokenList out) {
    char c = text[i];
    if (c == '.' && i + 2 < end && text[i + 1] == '.' && text[i + 2] == '.') {
      out.add(i, i + 3, Token.Kind.PUNCT);
      return i + 3;
    }
    if (c == '-' && i + 1 < end && text[i + 1] == '-') {
      out.add(i, i + 2, Token.Kind.PUNCT);
      return i + 2;
    }
    if (c < 128) {
      out.add(i, i + 1, ASCII_KINDS[c]);
      return i + 1;
    }
    return otherPunctuation(text, i, end, out);
  }

  /** The kind of each ASCII char that is no letter or digit: a symbol or punctuation. */
  private static final Token.Kind[] ASCII_KINDS = new Token.Kind[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_KINDS[c] = isSymbol(Character.getType(c)) ? Token.Kind.SYMBOL : Token.Kind.PUNCT;
    }
  }

  /** {@link #punctuation} for a char beyond ASCII: a code point, which may be two chars. */
  private static int otherPunctuation(char[] text, int i, int end, TokenList out) {
    int cp = Character.codePointAt(text, i);
    int len = Character.charCount(cp);
    out.add(i, Math.min(end, i + len),
        isSymbol(Character.getType(cp)) ? Token.Kind.SYMBOL : Token.Kind.PUNCT);
    return i + len;
  }

  private static boolean isSymbol(int type) {
    return type == Character.MATH_SYMBOL || type == Character.CURRENCY_SYMBOL
        || type == Character.MODIFIER_SYMBOL || type == Character.OTHER_SYMBOL;
  }

  /** Reads a word or number starting at {@code i}; adds one or two tokens; returns the end. */
  private int word(char[] text, int i, int end, TokenList out) {
    int j = wordEnd(text, i, end);
    // Apostrophes: clitics become their own token, inner apostrophes (O'Brien) stay.
    if (j + 1 < end && isApostrophe(text[j]) && Chars.isLetter(text[j + 1])) {
      int k = clitic(text, i, j, end, out);
      if (k > 0) {
        return k;
      }
      return dotsAndAdd(text, i, elidedWordEnd(text, j, end), end, false, out);
    }
    return dotsAndAdd(text, i, j, end, isNumber(text, i, j), out);
  }

  /**
   * The end of the word or number at {@code i}: letters, digits, marks and surrogates, joined
   * by an inner hyphen ({@code Su-35}), by a thousands separator or decimal point inside a
   * number ({@code 8,500}, {@code 3.5}), or by an ampersand between capitals ({@code AT&T}).
   */
  static int wordEnd(char[] text, int i, int end) {
    int j = i;
    while (true) {
      j = wordCharsEnd(text, j, end);
      if (j >= end || !joins(text, i, j, end)) {
        return j;
      }
      j++;
    }
  }

  /** The end of the run of {@link Chars#isWordChar word chars} from {@code j}. */
  private static int wordCharsEnd(char[] text, int j, int end) {
    while (j < end && Chars.isWordChar(text[j])) {
      j++;
    }
    return j;
  }

  /** Whether the char at {@code j} (after word chars from {@code i}) joins the word. */
  private static boolean joins(char[] text, int i, int j, int end) {
    char c = text[j];
    if (c == '-' || c == '\u2011') {
      return j + 1 < end && (Chars.isLetterOrDigit(text[j + 1])
          || text[j + 1] == SOFT_HYPHEN && j + 2 < end && Chars.isLetterOrDigit(text[j + 2]));
    }
    if (c == SOFT_HYPHEN) {
      // an invisible hyphenation point (HTML &shy;) inside a word: re\u00ADgime is one word
      return j + 1 < end && Chars.isLetterOrDigit(text[j + 1]);
    }
    if (c == ',' || c == '.') {
      return j + 1 < end && Chars.isDigit(text[j + 1]) && Chars.isDigit(text[j - 1])
          && isNumber(text, i, j);
    }
    if (c == '&') {
      return j + 1 < end && Chars.isLetterOrDigit(text[j + 1])
          && Chars.isUpperCase(text[j - 1]) && Chars.isUpperCase(text[j + 1]);
    }
    return false;
  }

  /** Whether {@code text[i, j)} is all digits, thousands separators and decimal points. */
  private static boolean isNumber(char[] text, int i, int j) {
    for (int k = i; k < j; k++) {
      if (!isNumberChar(text[k])) {
        return false;
      }
    }
    return true;
  }

  /** A digit, thousands separator or decimal point (a test of its own: see {@link Chars}). */
  private static boolean isNumberChar(char c) {
    return Chars.isDigit(c) || c == ',' || c == '.';
  }

  /**
   * At an apostrophe {@code j} followed by a letter: if the letters after it are a clitic
   * ({@code ’s}, {@code n't}, ...), adds the word and the clitic and returns the end; else 0.
   */
  private static int clitic(char[] text, int i, int j, int end, TokenList out) {
    int k = j + 1;
    while (k < end && Chars.isLetter(text[k])) {
      k++;
    }
    if (k == j + 2 && Character.toLowerCase(text[j + 1]) == 't' && j - 1 > i
        && Character.toLowerCase(text[j - 1]) == 'n') {
      // do|n't
      add(out, i, j - 1, isNumber(text, i, j));
      out.add(j - 1, k, Token.Kind.WORD);
      return k;
    }
    if (isClitic(text, j + 1, k)) {
      add(out, i, j, isNumber(text, i, j));
      out.add(j, k, Token.Kind.WORD);
      return k;
    }
    return 0;
  }

  /** Whether {@code text[a, b)}, lower-cased, is one of s, re, ll, ve, d, m. */
  static boolean isClitic(char[] text, int a, int b) {
    if (b - a == 1) {
      char c = Character.toLowerCase(text[a]);
      return c == 's' || c == 'd' || c == 'm';
    }
    if (b - a == 2) {
      char c = Character.toLowerCase(text[a]);
      char d = Character.toLowerCase(text[a + 1]);
      return c == 'r' && d == 'e' || c == 'l' && d == 'l' || c == 'v' && d == 'e';
    }
    return false;
  }

  /** The end of a word with an inner apostrophe at {@code j}: O'Brien, Côte d'Ivoire. */
  private static int elidedWordEnd(char[] text, int j, int end) {
    int k = j + 1;
    while (k < end && Chars.isLetter(text[k])) {
      k++;
    }
    while (k < end && (Chars.isLetterOrDigit(text[k])
        || (text[k] == '-' && k + 1 < end && Chars.isLetter(text[k + 1])))) {
      k++;
    }
    return k;
  }

  /**
   * Adds the word {@code text[i, j)}, taking a following dot into it when it is an
   * abbreviation (U.S., Feb., Mr.); returns the end.
   */
  private int dotsAndAdd(char[] text, int i, int j, int end, boolean numeric, TokenList out) {
    if (j < end && text[j] == '.') {
      int k = dottedEnd(text, i, end);
      if (k > j) {
        add(out, i, k, false);
        return k;
      }
      if (abbreviations.kind(text, i, j) != null) {
        add(out, i, j + 1, false);
        return j + 1;
      }
    }
    add(out, i, j, numeric);
    return j;
  }

  /** End of an initialism with dots such as {@code U.S.} or {@code a.m.}, or -1. */
  static int dottedEnd(char[] text, int i, int end) {
    int j = i;
    while (j + 1 < end && text[j + 1] == '.' && Chars.isLetter(text[j])) {
      j += 2;
    }
    return j - i >= 4 ? j : -1;
  }

  private static void add(TokenList out, int a, int b, boolean numeric) {
    if (b > a) {
      out.add(a, b, numeric ? Token.Kind.NUMBER : Token.Kind.WORD);
    }
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  private static int indexOf(char[] t, char c, int a, int b) {
    for (int k = a; k < b; k++) {
      if (t[k] == c) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Whether a URL scheme can start with {@code c}: h or w, either case (no other char is h or w
   * lower-cased).
   */
  private static boolean mayStartUrl(char c) {
    return (c | 0x20) == 'h' || (c | 0x20) == 'w';
  }

  private static boolean startsWithUrlScheme(char[] t, int i, int end) {
    if (!mayStartUrl(t[i]) || i + 1 >= end
        || ((t[i + 1] | 0x20) != 't' && (t[i + 1] | 0x20) != 'w')) {
      return false; // what all three schemes below would say: ht..., ww...
    }
    return regionLower(t, i, end, "http://") || regionLower(t, i, end, "https://")
        || regionLower(t, i, end, "www.");
  }

  /** Whether {@code t[i..end)} starts with the lower-case {@code p}, ignoring case. */
  static boolean regionLower(char[] t, int i, int end, String p) {
    if (i + p.length() > end) {
      return false;
    }
    for (int k = 0; k < p.length(); k++) {
      if (Character.toLowerCase(t[i + k]) != p.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** The end of the run from {@code i} that holds no white space, quotation mark or bracket. */
  private static int runEnd(char[] t, int i, int end) {
    int j = i;
    while (j < end && !isRunBreak(t[j])) {
      j++;
    }
    return j;
  }

  /** White space, a quotation mark or a bracket: what ends a run that an address could span. */
  static boolean isRunBreak(char c) {
    switch (c) {
      case '"', '\u201C', '\u201D', '\u2018', '\u2019', '(', ')', '<', '>', '[', ']', '{', '}':
        return true;
      default:
        return Chars.isWhitespace(c);
    }
  }

  /** The end of a URL or e-mail address starting at {@code i}, or {@code i} if none starts. */
  static int urlOrEmailEnd(char[] t, int i, int end) {
    int j = runEnd(t, i, end);
    // trailing punctuation is not part of the address
    while (j > i && ".,;:!?'".indexOf(t[j - 1]) >= 0) {
      j--;
    }
    if (j <= i) {
      return i;
    }
    if (startsWithUrlScheme(t, i, end) && j - i > 7) {
      return j;
    }
    int at = indexOf(t, '@', i, j);
    if (at > i && at < j - 3 && indexOf(t, '.', at, j) > at + 1
        && Chars.isLetterOrDigit(t[i]) && Chars.isLetter(t[j - 1])) {
      return j;
    }
    return i;
  }
}
