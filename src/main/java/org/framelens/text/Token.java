package org.framelens.text;

/**
 * A token: a word, number, punctuation mark, symbol, URL or e-mail address, with its span
 * in the original text. Immutable, with the value semantics of a record of its span and kind.
 *
 * <p>The tokenizer makes one small object per token: the offsets are kept as ints, and a
 * {@link Span} is made only when {@link #span()} is asked for (rarely: the stages read
 * {@link #start()} and {@link #end()}).
 */
public final class Token {

  /** What a token is. */
  public enum Kind {
    WORD, NUMBER, PUNCT, SYMBOL, URL, EMAIL;

    /** Whether the token counts as a word in word counts (words and numbers). */
    public boolean isWordLike() {
      return this == WORD || this == NUMBER;
    }
  }

  private final int start;
  private final int end;
  private final Kind kind;

  public Token(Span span, Kind kind) {
    this(span.start(), span.end(), kind);
  }

  /**
   * The token {@code [start, end)} of the given kind (offsets checked as {@link Span} does).
   * Small enough for the compiler to inline where the tokenizer makes one.
   */
  Token(int start, int end, Kind kind) {
    if (start < 0 || end <= start) {
      throw invalid(start, end);
    }
    this.start = start;
    this.end = end;
    this.kind = kind;
  }

  private static IllegalArgumentException invalid(int start, int end) {
    return new IllegalArgumentException(start < 0 || end < start
        ? "invalid span [" + start + ", " + end + ")" : "empty token at [" + start + ", " + end + ")");
  }

  /** Where the token is in the text (a new, equal span on every call). */
  public Span span() {
    return new Span(start, end);
  }

  public Kind kind() {
    return kind;
  }

  public int start() {
    return start;
  }

  public int end() {
    return end;
  }

  public String text(CharSequence s) {
    return s.subSequence(start, end).toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Token t && t.start == start && t.end == end && t.kind == kind;
  }

  @Override
  public int hashCode() {
    return 31 * (31 * start + end) + java.util.Objects.hashCode(kind);
  }

  @Override
  public String toString() {
    return "Token[span=[" + start + ", " + end + "), kind=" + kind + "]";
  }
}
