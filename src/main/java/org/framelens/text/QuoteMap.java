package org.framelens.text;

import java.util.ArrayList;
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
    List<int[]> merged = new ArrayList<>();
    for (Quote q : this.quotes) {
      Span s = q.span();
      if (!merged.isEmpty() && s.start() <= merged.get(merged.size() - 1)[1]) {
        int[] last = merged.get(merged.size() - 1);
        last[1] = Math.max(last[1], s.end());
      } else {
        merged.add(new int[] {s.start(), s.end()});
      }
    }
    starts = new int[merged.size()];
    ends = new int[merged.size()];
    for (int k = 0; k < merged.size(); k++) {
      starts[k] = merged.get(k)[0];
      ends[k] = merged.get(k)[1];
    }
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
    int total = 0;
    int quoted = 0;
    for (int i = span.start(); i < span.end(); i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        continue;
      }
      total++;
      if (isQuoted(i)) {
        quoted++;
      }
    }
    return total == 0 ? 0.0 : (double) quoted / total;
  }
}
