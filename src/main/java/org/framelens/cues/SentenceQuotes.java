package org.framelens.cues;

import java.util.List;
import org.framelens.analyze.Sentence;
import org.framelens.text.Quote;
import org.framelens.text.Span;

/**
 * Which quotation pieces overlap each sentence of an article, found in one pass over the quotes
 * (a binary search for each quote's first sentence) rather than by trying every quote for every
 * sentence. Stateless.
 */
final class SentenceQuotes {

  private static final Quote[] NONE = {};

  private SentenceQuotes() {
  }

  /**
   * For each sentence (in order), the quotation pieces whose span overlaps its span
   * ({@link Span#overlaps}), in the order of {@code quotes}. Sentences are expected sorted and
   * not overlapping, as the sentence splitter makes them; any others are matched quote by quote.
   */
  static Quote[][] of(List<Sentence> sentences, List<Quote> quotes) {
    int n = sentences.size();
    Quote[][] out = new Quote[n][];
    if (quotes.isEmpty()) {
      java.util.Arrays.fill(out, NONE);
      return out;
    }
    int[] starts = new int[n];
    int[] ends = new int[n];
    boolean ordered = true;
    for (int i = 0; i < n; i++) {
      Span s = sentences.get(i).span();
      starts[i] = s.start();
      ends[i] = s.end();
      ordered &= i == 0 || ends[i - 1] <= starts[i];
    }
    if (!ordered) {
      return byScan(sentences, quotes);
    }
    int[] count = new int[n];
    int[] first = new int[quotes.size()];
    for (int k = 0; k < quotes.size(); k++) {
      Span q = quotes.get(k).span();
      first[k] = firstEndingAfter(ends, q.start());
      for (int i = first[k]; i < n && starts[i] < q.end(); i++) {
        count[i]++;
      }
    }
    for (int i = 0; i < n; i++) {
      out[i] = count[i] == 0 ? NONE : new Quote[count[i]];
      count[i] = 0;
    }
    for (int k = 0; k < quotes.size(); k++) {
      Quote q = quotes.get(k);
      for (int i = first[k]; i < n && starts[i] < q.span().end(); i++) {
        out[i][count[i]++] = q;
      }
    }
    return out;
  }

  /** Index of the first sentence ending after {@code offset} (ends ascending), or their count. */
  private static int firstEndingAfter(int[] ends, int offset) {
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

  /** As {@link #of}, trying every quote for every sentence. */
  static Quote[][] byScan(List<Sentence> sentences, List<Quote> quotes) {
    Quote[][] out = new Quote[sentences.size()][];
    for (int i = 0; i < out.length; i++) {
      Span s = sentences.get(i).span();
      List<Quote> mine = new java.util.ArrayList<>();
      for (Quote q : quotes) {
        if (q.span().overlaps(s)) {
          mine.add(q);
        }
      }
      out[i] = mine.toArray(NONE);
    }
    return out;
  }
}
