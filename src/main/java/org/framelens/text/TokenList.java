package org.framelens.text;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * The tokens of one span as the tokenizer returns them: an unmodifiable list over the array it
 * filled (no copy), which also knows how many of its tokens are words or numbers, so that a
 * sentence need not copy or count them again. Immutable once built.
 */
public final class TokenList extends AbstractList<Token> implements RandomAccess {

  private static final Token[] NONE = new Token[0];

  private Token[] tokens;
  private int size;
  private int words;

  /** An empty list to be filled by {@link #add}, with room for about {@code capacity} tokens. */
  TokenList(int capacity) {
    tokens = capacity == 0 ? NONE : new Token[capacity];
  }

  /** Adds a token while the tokenizer fills the list (never after it returned it). */
  void add(int start, int end, Token.Kind kind) {
    if (size == tokens.length) {
      tokens = Arrays.copyOf(tokens, Math.max(8, size + (size >> 1)));
    }
    tokens[size++] = new Token(start, end, kind);
    if (kind.isWordLike()) {
      words++;
    }
  }

  @Override
  public Token get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + size);
    }
    return tokens[index];
  }

  @Override
  public int size() {
    return size;
  }

  /** The number of word and number tokens ({@link Token.Kind#isWordLike()}). */
  public int wordCount() {
    return words;
  }
}
