package org.framelens.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokenizer as it was before it read a char[] (on CharSequence.charAt): the reference that
 * {@link CharArrayTextTest} compares {@link Tokenizer} with.
 */
final class LegacyTokenizer {

  private final Abbreviations abbreviations;

  LegacyTokenizer(Abbreviations abbreviations) {
    this.abbreviations = abbreviations;
  }

  /** The tokens inside {@code span} of {@code text}, in order. */
  public List<Token> tokenize(CharSequence text, Span span) {
    int i = span.start();
    int end = span.end();
    List<Token> out = new ArrayList<>(Math.max(10, (end - i) / 5));
    // A token is looked at as an e-mail address when an '@' follows it inside its run of
    // characters that a URL or e-mail could span. Kept: the next '@' of the span, and the end of
    // the current run (worked out only when an '@' is ahead), so that no text is rescanned per
    // token, even a long run without spaces (a data dump).
    int nextAt = indexOf(text, '@', i, end);
    int runEnd = -1;
    while (i < end) {
      char c = text.charAt(i);
      if (TextInvariants.isSpace(c) || Character.isISOControl(c)) {
        i++;
        continue;
      }
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
      int j = atAhead || startsWithUrlScheme(text, i, end) ? urlOrEmailEnd(text, i, end) : i;
      if (j > i) {
        boolean email = indexOf(text, '@', i, j) >= 0 && !startsWithUrlScheme(text, i, end);
        out.add(new Token(new Span(i, j), email ? Token.Kind.EMAIL : Token.Kind.URL));
        i = j;
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        i = word(text, i, end, out);
        continue;
      }
      if (c == '.' && i + 2 < end && text.charAt(i + 1) == '.' && text.charAt(i + 2) == '.') {
        out.add(new Token(new Span(i, i + 3), Token.Kind.PUNCT));
        i += 3;
        continue;
      }
      if (c == '-' && i + 1 < end && text.charAt(i + 1) == '-') {
        out.add(new Token(new Span(i, i + 2), Token.Kind.PUNCT));
        i += 2;
        continue;
      }
      int len = Character.charCount(Character.codePointAt(text, i));
      int type = Character.getType(Character.codePointAt(text, i));
      boolean symbol = type == Character.MATH_SYMBOL || type == Character.CURRENCY_SYMBOL
          || type == Character.MODIFIER_SYMBOL || type == Character.OTHER_SYMBOL;
      out.add(new Token(new Span(i, Math.min(end, i + len)),
          symbol ? Token.Kind.SYMBOL : Token.Kind.PUNCT));
      i += len;
    }
    return out;
  }

  /** Reads a word or number starting at {@code i}; adds one or two tokens; returns the end. */
  private int word(CharSequence text, int i, int end, List<Token> out) {
    int j = i;
    boolean numeric = true;
    while (j < end) {
      char c = text.charAt(j);
      if (c < 0x80) {
        if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
          numeric = false;
          j++;
          continue;
        }
        if (c >= '0' && c <= '9') {
          j++;
          continue;
        }
        // other ASCII characters are no letter, digit, surrogate or mark
      } else if (Character.isLetterOrDigit(c) || Character.isSurrogate(c)
          || Character.getType(c) == Character.NON_SPACING_MARK) {
        if (!Character.isDigit(c)) {
          numeric = false;
        }
        j++;
        continue;
      }
      boolean nextAlnum = j + 1 < end && Character.isLetterOrDigit(text.charAt(j + 1));
      boolean prevDigit = Character.isDigit(text.charAt(j - 1));
      boolean nextDigit = j + 1 < end && Character.isDigit(text.charAt(j + 1));
      boolean nextSoftHyphenAlnum = j + 2 < end && text.charAt(j + 1) == '\u00AD'
          && Character.isLetterOrDigit(text.charAt(j + 2));
      if ((c == '-' || c == '\u2011') && (nextAlnum || nextSoftHyphenAlnum)) {
        numeric = false;
        j++;
      } else if (c == '\u00AD' && nextAlnum) {
        numeric = false;
        j++; // a soft hyphen inside a word: re\u00ADgime
      } else if ((c == ',' || c == '.') && prevDigit && nextDigit && numeric) {
        j++; // 8,500 and 3.5
      } else if (c == '&' && nextAlnum && j + 2 <= end && Character.isUpperCase(text.charAt(j - 1))
          && Character.isUpperCase(text.charAt(j + 1))) {
        numeric = false;
        j++; // AT&T
      } else {
        break;
      }
    }
    // Apostrophes: clitics become their own token, inner apostrophes (O'Brien) stay.
    if (j < end && isApostrophe(text.charAt(j)) && j + 1 < end
        && Character.isLetter(text.charAt(j + 1))) {
      int k = j + 1;
      while (k < end && Character.isLetter(text.charAt(k))) {
        k++;
      }
      String tail = lower(text, j + 1, k);
      if (tail.equals("t") && j - 1 > i && Character.toLowerCase(text.charAt(j - 1)) == 'n') {
        // do|n't
        add(out, i, j - 1, numeric);
        out.add(new Token(new Span(j - 1, k), Token.Kind.WORD));
        return k;
      }
      if (CLITICS.contains(tail)) {
        add(out, i, j, numeric);
        out.add(new Token(new Span(j, k), Token.Kind.WORD));
        return k;
      }
      // O'Brien, Côte d'Ivoire: one word
      numeric = false;
      j = k;
      while (j < end && (Character.isLetterOrDigit(text.charAt(j))
          || (text.charAt(j) == '-' && j + 1 < end && Character.isLetter(text.charAt(j + 1))))) {
        j++;
      }
    }
    // Abbreviation dots: U.S., Feb., Mr.
    if (j < end && text.charAt(j) == '.') {
      int k = dottedEnd(text, i, end);
      if (k > j) {
        add(out, i, k, false);
        return k;
      }
      if (abbreviations.isAbbreviation(text.subSequence(i, j).toString())) {
        add(out, i, j + 1, false);
        return j + 1;
      }
    }
    add(out, i, j, numeric);
    return j;
  }

  /** End of an initialism with dots such as {@code U.S.} or {@code a.m.}, or -1. */
  static int dottedEnd(CharSequence text, int i, int end) {
    int j = i;
    int letters = 0;
    while (j + 1 < end && Character.isLetter(text.charAt(j)) && text.charAt(j + 1) == '.') {
      letters++;
      j += 2;
    }
    return letters >= 2 ? j : -1;
  }

  private static void add(List<Token> out, int a, int b, boolean numeric) {
    if (b > a) {
      out.add(new Token(new Span(a, b), numeric ? Token.Kind.NUMBER : Token.Kind.WORD));
    }
  }

  private static final java.util.Set<String> CLITICS =
      java.util.Set.of("s", "re", "ll", "ve", "d", "m");

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  private static String lower(CharSequence t, int a, int b) {
    return t.subSequence(a, b).toString().toLowerCase(java.util.Locale.ROOT);
  }

  private static int indexOf(CharSequence t, char c, int a, int b) {
    for (int k = a; k < b; k++) {
      if (t.charAt(k) == c) {
        return k;
      }
    }
    return -1;
  }

  private static boolean startsWithUrlScheme(CharSequence t, int i, int end) {
    if (i >= end) {
      return false;
    }
    char first = Character.toLowerCase(t.charAt(i));
    if (first != 'h' && first != 'w') {
      return false; // what all three schemes below would say
    }
    return regionLower(t, i, end, "http://") || regionLower(t, i, end, "https://")
        || regionLower(t, i, end, "www.");
  }

  /** Whether {@code t[i..end)} starts with the lower-case {@code p}, ignoring case. */
  static boolean regionLower(CharSequence t, int i, int end, String p) {
    if (i + p.length() > end) {
      return false;
    }
    for (int k = 0; k < p.length(); k++) {
      if (Character.toLowerCase(t.charAt(i + k)) != p.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** The end of the run from {@code i} that holds no white space, quotation mark or bracket. */
  private static int runEnd(CharSequence t, int i, int end) {
    int j = i;
    while (j < end && !isRunBreak(t.charAt(j))) {
      j++;
    }
    return j;
  }

  /** White space, a quotation mark or a bracket: what ends a run that an address could span. */
  private static boolean isRunBreak(char c) {
    switch (c) {
      case '"', '\u201C', '\u201D', '\u2018', '\u2019', '(', ')', '<', '>', '[', ']', '{', '}':
        return true;
      default:
        return TextInvariants.isSpace(c);
    }
  }

  /** The end of a URL or e-mail address starting at {@code i}, or {@code i} if none starts. */
  static int urlOrEmailEnd(CharSequence t, int i, int end) {
    int j = runEnd(t, i, end);
    // trailing punctuation is not part of the address
    while (j > i && ".,;:!?'".indexOf(t.charAt(j - 1)) >= 0) {
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
        && Character.isLetterOrDigit(t.charAt(i)) && Character.isLetter(t.charAt(j - 1))) {
      return j;
    }
    return i;
  }
}
