package org.framelens.text;

/**
 * Character tests for the text stage's per-character loops: the same answers as
 * {@link Character}'s (white space also takes in the no-break and zero-width spaces, see
 * {@link #isWhitespace}), with ASCII decided by one lookup in a 128-entry table (no call, no
 * branch on the character's block) and only other characters asked of {@link Character}.
 */
public final class Chars {

  private static final int WHITESPACE = 1;
  private static final int CONTROL = 1 << 1;
  private static final int LETTER = 1 << 2;
  private static final int DIGIT = 1 << 3;
  private static final int UPPER = 1 << 4;
  private static final int LOWER = 1 << 5;

  /** The properties of each ASCII character, as the bits above. */
  private static final byte[] ASCII = new byte[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII[c] = (byte) ((Character.isWhitespace(c) ? WHITESPACE : 0)
          | (Character.isISOControl(c) ? CONTROL : 0)
          | (Character.isLetter(c) ? LETTER : 0)
          | (Character.isDigit(c) ? DIGIT : 0)
          | (Character.isUpperCase(c) ? UPPER : 0)
          | (Character.isLowerCase(c) ? LOWER : 0));
    }
  }

  /**
   * The general categories of a word character for the tokenizer: letters, decimal digits,
   * non-spacing marks, and surrogates (the halves of a supplementary character).
   */
  private static final int WORD_TYPES = 1 << Character.UPPERCASE_LETTER
      | 1 << Character.LOWERCASE_LETTER | 1 << Character.TITLECASE_LETTER
      | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER
      | 1 << Character.DECIMAL_DIGIT_NUMBER | 1 << Character.NON_SPACING_MARK
      | 1 << Character.SURROGATE;

  private Chars() {
  }

  /**
   * White space between words: {@link Character#isWhitespace(char)}, and also the no-break
   * spaces it leaves out (U+00A0, which scraped HTML's {@code &nbsp;} becomes, U+2007, U+202F;
   * {@link Character#isSpaceChar(char)}), the zero-width space U+200B and the zero-width no-break
   * space U+FEFF (a byte-order mark left inside the text when files are joined). Without them
   * "under&amp;nbsp;the&amp;nbsp;pretext" was not the phrase "under the pretext", and a sentence
   * ending in a full stop and a no-break space (or a byte-order mark) was not split there.
   */
  public static boolean isWhitespace(char c) {
    return c < 128 ? (ASCII[c] & WHITESPACE) != 0 : isSpaceBeyondAscii(c);
  }

  /**
   * {@link #isWhitespace} of a char beyond ASCII. The tests here ask {@link Character} only in
   * methods of their own, so that each test itself stays within the bytecode size that the
   * compiler inlines into a hot loop ({@code -XX:FreqInlineSize} of the launcher).
   */
  private static boolean isSpaceBeyondAscii(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B'
        || c == '\uFEFF';
  }

  /** {@link #isWhitespace} or {@link Character#isISOControl(char)}. */
  static boolean isBlank(char c) {
    return c < 128 ? (ASCII[c] & (WHITESPACE | CONTROL)) != 0 : isBlankBeyondAscii(c);
  }

  /** {@link #isBlank} of a char beyond ASCII. */
  private static boolean isBlankBeyondAscii(char c) {
    return c <= 0x9F || isSpaceBeyondAscii(c);
  }

  /** {@link Character#isLetterOrDigit(char)}. */
  public static boolean isLetterOrDigit(char c) {
    return c < 128 ? (ASCII[c] & (LETTER | DIGIT)) != 0 : Character.isLetterOrDigit(c);
  }

  /** {@link Character#isLetter(char)}. */
  public static boolean isLetter(char c) {
    return c < 128 ? (ASCII[c] & LETTER) != 0 : Character.isLetter(c);
  }

  /** {@link Character#isDigit(char)}. */
  public static boolean isDigit(char c) {
    return c < 128 ? (ASCII[c] & DIGIT) != 0 : Character.isDigit(c);
  }

  /** {@link Character#isUpperCase(char)}. */
  public static boolean isUpperCase(char c) {
    return c < 128 ? (ASCII[c] & UPPER) != 0 : Character.isUpperCase(c);
  }

  /** {@link Character#isLowerCase(char)}. */
  public static boolean isLowerCase(char c) {
    return c < 128 ? (ASCII[c] & LOWER) != 0 : Character.isLowerCase(c);
  }

  /**
   * What the tokenizer takes into a word: {@link Character#isLetterOrDigit(char)},
   * {@link Character#isSurrogate(char)}, or a {@link Character#NON_SPACING_MARK}.
   */
  static boolean isWordChar(char c) {
    return c < 128 ? (ASCII[c] & (LETTER | DIGIT)) != 0 : isWordCharBeyondAscii(c);
  }

  /** {@link #isWordChar} of a char beyond ASCII. */
  private static boolean isWordCharBeyondAscii(char c) {
    return (WORD_TYPES >>> Character.getType(c) & 1) != 0;
  }

  /** Bit {@code c} is set for each char {@code c} below 64 that is white space. */
  private static final long WHITESPACE_BELOW_64;

  static {
    long mask = 0;
    for (char c = 0; c < 64; c++) {
      if (Character.isWhitespace(c)) {
        mask |= 1L << c;
      }
    }
    WHITESPACE_BELOW_64 = mask;
  }

  /**
   * How many chars of {@code text[from, to)} are not {@link #isWhitespace white space}: counted
   * without a branch on the common chars (white space is looked up in a 64-bit mask; only chars
   * beyond ASCII are asked of {@link Character}).
   */
  public static int countNonWhitespace(char[] text, int from, int to) {
    int white = 0;
    for (int a = from; a < to; a++) {
      int c = text[a];
      // the mask's bit c when c < 64, else 0 (a shift by c uses only its low six bits)
      white += (int) (WHITESPACE_BELOW_64 >>> c) & (c - 64) >>> 31;
      if (c >= 128 && isSpaceBeyondAscii((char) c)) {
        white++;
      }
    }
    return to - from - white;
  }

  /**
   * The chars of {@code text[from, to)}, copied once so that a scan reads a plain array (a
   * {@code String}'s {@code charAt} checks its coder and bounds on every call).
   */
  public static char[] copy(CharSequence text, int from, int to) {
    char[] a = new char[to - from];
    if (text instanceof String s) {
      s.getChars(from, to, a, 0);
    } else {
      for (int k = from; k < to; k++) {
        a[k - from] = text.charAt(k);
      }
    }
    return a;
  }

  /**
   * {@code s} with white space as {@code space} tells it taken off both ends and every run of it
   * inside made one space ({@code "  a \n b "} is {@code "a b"}).
   */
  public static String collapse(String s, java.util.function.IntPredicate space) {
    StringBuilder b = new StringBuilder(s.length());
    boolean pending = false;
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (space.test(c)) {
        pending = b.length() > 0;
      } else {
        if (pending) {
          b.append(' ');
          pending = false;
        }
        b.append(c);
      }
    }
    return b.toString();
  }
}
