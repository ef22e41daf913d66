package org.framelens.text;

/**
 * A token: a word, number, punctuation mark, symbol, URL or e-mail address, with its span
 * in the original text.
 */
public record Token(Span span, Kind kind) {

  /** What a token is. */
  public enum Kind {
    WORD, NUMBER, PUNCT, SYMBOL, URL, EMAIL;

    /** Whether the token counts as a word in word counts (words and numbers). */
    public boolean isWordLike() {
      return this == WORD || this == NUMBER;
    }
  }

  public Token {
    if (span.isEmpty()) {
      throw new IllegalArgumentException("empty token at " + span);
    }
  }

  public int start() {
    return span.start();
  }

  public int end() {
    return span.end();
  }

  public String text(CharSequence s) {
    return span.text(s);
  }
}
