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
    int[] ends = orderedEnds(sentences);
    if (ends == null) {
      return byScan(sentences, quotes);
    }
    Quote[][] out = new Quote[ends.length][];
    java.util.Arrays.fill(out, NONE);
    for (int k = 0; k < quotes.size(); k++) {
      add(out, sentences, ends, quotes.get(k));
    }
    return out;
  }

  /** The sentences' ends, or null when they are not sorted and apart. */
  private static int[] orderedEnds(List<Sentence> sentences) {
    int[] ends = new int[sentences.size()];
    int last = 0;
    for (int i = 0; i < ends.length; i++) {
      Span s = sentences.get(i).span();
      if (s.start() < last) {
        return null;
      }
      ends[i] = s.end();
      last = s.end();
    }
    return ends;
  }

  /** Adds {@code q} to the sentences it overlaps: from the first ending after its start. */
  private static void add(Quote[][] out, List<Sentence> sentences, int[] ends, Quote q) {
    Span span = q.span();
    for (int i = Span.firstEndingAfter(ends, span.start());
        i < ends.length && sentences.get(i).span().start() < span.end(); i++) {
      Quote[] mine = java.util.Arrays.copyOf(out[i], out[i].length + 1);
      mine[mine.length - 1] = q;
      out[i] = mine;
    }
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
