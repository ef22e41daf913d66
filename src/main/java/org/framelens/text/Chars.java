package org.framelens.text;

/**
 * Character tests for the text stage's per-character loops: the same answers as
 * {@link Character}'s, with the common ASCII cases decided without a table lookup.
 */
final class Chars {

  private Chars() {
  }

  /** {@link Character#isWhitespace(char)}. */
  static boolean isWhitespace(char c) {
    return c <= ' ' ? Character.isWhitespace(c) : c >= 0x80 && Character.isWhitespace(c);
  }
}
