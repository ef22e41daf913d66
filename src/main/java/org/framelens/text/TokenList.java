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
  /** The number of word and number tokens, counted when first asked for; -1 before. */
  private int words = -1;

  /** An empty list to be filled by {@link #add}, with room for about {@code capacity} tokens. */
  TokenList(int capacity) {
    tokens = capacity == 0 ? NONE : new Token[capacity];
  }

  /**
   * Makes room for {@code n} more tokens: what the tokenizer does before each {@link #add}
   * (so that the adding, which it does once a token, stays small enough to be inlined).
   */
  void reserve(int n) {
    if (size + n > tokens.length) {
      grow(n);
    }
  }

  private void grow(int n) {
    tokens = Arrays.copyOf(tokens, Math.max(size + n, size + (size >> 1)));
  }

  /** Adds a token, for which room was {@link #reserve reserved}, while the tokenizer fills the list. */
  void add(int start, int end, Token.Kind kind) {
    tokens[size++] = new Token(start, end, kind);
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
    int n = words;
    if (n < 0) {
      n = 0;
      for (int k = 0; k < size; k++) {
        if (tokens[k].kind().isWordLike()) {
          n++;
        }
      }
      words = n; // a benign race: every thread counts the same
    }
    return n;
  }
}
