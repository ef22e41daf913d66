package org.framelens.text;

import java.util.Arrays;
import java.util.List;

/**
 * The quotations of one document, answering "is this character quoted?" in O(log n).
 */
public final class QuoteMap {

  private final List<Quote> quotes;
  /** Sorted, merged spans of all quotation pieces (the union of depth >= 1). */
  private final int[] starts;
  private final int[] ends;

  QuoteMap(List<Quote> quotes) {
    this.quotes = List.copyOf(quotes);
    int n = this.quotes.size();
    int[] s = new int[n];
    int[] e = new int[n];
    int merged = 0;
    for (int k = 0; k < n; k++) {
      Span span = this.quotes.get(k).span();
      if (merged > 0 && span.start() <= e[merged - 1]) {
        e[merged - 1] = Math.max(e[merged - 1], span.end());
      } else {
        s[merged] = span.start();
        e[merged] = span.end();
        merged++;
      }
    }
    starts = merged == n ? s : Arrays.copyOf(s, merged);
    ends = merged == n ? e : Arrays.copyOf(e, merged);
  }

  public static QuoteMap empty() {
    return new QuoteMap(List.of());
  }

  /** Every quotation piece, sorted by span, outer before inner. */
  public List<Quote> quotes() {
    return quotes;
  }

  /** Whether the character at {@code offset} lies inside a quotation (marks included). */
  public boolean isQuoted(int offset) {
    int lo = 0;
    int hi = starts.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (offset < starts[mid]) {
        hi = mid - 1;
      } else if (offset >= ends[mid]) {
        lo = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }

  /**
   * The share of non-whitespace characters of {@code span} that are quoted, 0 for a span
   * without any.
   */
  public double quotedShare(CharSequence text, Span span) {
    return share(text, span).value();
  }

  /**
   * How many non-whitespace characters of {@code span} there are and how many of them are
   * quoted: one pass over the span, piece by piece between the merged quotation spans' ends.
   */
  public Share share(CharSequence text, Span span) {
    return share(Chars.copy(text, span.start(), span.end()), span.start(), span);
  }

  /**
   * {@link #share(CharSequence, Span)} of the text whose chars are {@code text} (all of them, as
   * {@link String#toCharArray()} gives).
   */
  public Share share(char[] text, Span span) {
    return share(text, 0, span);
  }

  /** {@link #share(char[], Span)} where {@code text[k]} is the char at {@code base + k}. */
  private Share share(char[] text, int base, Span span) {
    int i = span.start();
    int end = span.end();
    int k = Span.firstEndingAfter(ends, i);
    int total = 0;
    int quoted = 0;
    while (i < end) {
      // the piece [i, b) lies wholly inside merged span k or wholly outside all spans
      boolean inside = k < starts.length && starts[k] <= i;
      int b = Math.min(end, inside ? ends[k] : k < starts.length ? starts[k] : end);
      int n = Chars.countNonWhitespace(text, i - base, b - base);
      total += n;
      if (inside) {
        quoted += n;
        k++;
      }
      i = b;
    }
    return new Share(quoted, total);
  }

  /**
   * Quoted and all non-whitespace characters of a span.
   *
   * @param quoted        non-whitespace characters inside a quotation (marks included)
   * @param nonWhitespace all non-whitespace characters
   */
  public record Share(int quoted, int nonWhitespace) {

    public Share {
      if (quoted < 0 || quoted > nonWhitespace) {
        throw new IllegalArgumentException("quoted " + quoted + " of " + nonWhitespace);
      }
    }

    /** {@code quoted / nonWhitespace}, 0 when there are no non-whitespace characters. */
    public double value() {
      return nonWhitespace == 0 ? 0.0 : (double) quoted / nonWhitespace;
    }
  }
}
