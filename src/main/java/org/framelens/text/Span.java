package org.framelens.text;

/**
 * A half-open character range {@code [start, end)} in a document's text.
 *
 * <p>Offsets are UTF-16 code unit indices (Java {@code char} positions) into the
 * original text of the article, never into a cleaned copy, so a report can highlight them.
 *
 * @param start first character, inclusive, {@code >= 0}
 * @param end   last character, exclusive, {@code >= start}
 */
public record Span(int start, int end) implements Comparable<Span> {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
  }

  public static Span of(int start, int end) {
    return new Span(start, end);
  }

  public int length() {
    return end - start;
  }

  public boolean isEmpty() {
    return end == start;
  }

  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }

  public boolean contains(Span other) {
    return other.start >= start && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** The covered text. */
  public String text(CharSequence s) {
    return s.subSequence(start, end).toString();
  }

  /** This span without leading and trailing whitespace (possibly empty, at the old start). */
  public Span trim(CharSequence s) {
    int a = start;
    int b = end;
    while (a < b && Chars.isWhitespace(s.charAt(a))) {
      a++;
    }
    while (b > a && Chars.isWhitespace(s.charAt(b - 1))) {
      b--;
    }
    return new Span(a, b);
  }

  /** {@link #trim(CharSequence)} of the text whose chars are {@code s}. */
  public Span trim(char[] s) {
    int a = start;
    int b = end;
    while (a < b && Chars.isWhitespace(s[a])) {
      a++;
    }
    while (b > a && Chars.isWhitespace(s[b - 1])) {
      b--;
    }
    return a == start && b == end ? this : new Span(a, b);
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }

  /**
   * Index of the first of {@code ends} (span ends, ascending) greater than {@code offset}, or
   * {@code ends.length}: the first of a run of sorted spans that ends after {@code offset}.
   */
  public static int firstEndingAfter(int[] ends, int offset) {
    int lo = 0;
    int hi = ends.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ends[mid] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
