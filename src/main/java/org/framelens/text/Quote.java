package org.framelens.text;

/**
 * One piece of a quotation: the span from its opening mark to its closing mark, both included.
 *
 * <p>A quotation that runs over a paragraph break (the next paragraph reopens it) is split into
 * one piece per paragraph sharing the same {@code id}. Nested quotations have {@code depth} 2 or
 * more. {@code closed} is false for a piece cut off by a paragraph end with no reopening mark.
 */
public record Quote(int id, Span span, int depth, boolean closed) {

  public Quote {
    if (depth < 1) {
      throw new IllegalArgumentException("depth must be >= 1: " + depth);
    }
  }
}
