package org.framelens.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.framelens.text.Span;

/**
 * The span-identification measure of SemEval-2020 Task 11 (Da San Martino et al.), with partial
 * credit: precision = Σ over predicted s and gold t of |s∩t| / |s|, divided by the number of
 * predicted spans; recall = Σ |s∩t| / |t| divided by the number of gold spans; F1 their harmonic
 * mean. Sums run over a whole corpus; spans of one article are merged where they overlap first.
 * Accumulates article by article; not thread-safe.
 */
public final class SpanScore {

  private double precisionSum;
  private double recallSum;
  private long predicted;
  private long gold;

  /** Adds one article's spans (offsets in any consistent unit, e.g. code points). */
  public void add(List<Span> predictedSpans, List<Span> goldSpans) {
    List<Span> p = merge(predictedSpans);
    List<Span> g = merge(goldSpans);
    predicted += p.size();
    gold += g.size();
    for (Span s : p) {
      for (Span t : g) {
        int inter = Math.min(s.end(), t.end()) - Math.max(s.start(), t.start());
        if (inter > 0) {
          precisionSum += (double) inter / s.length();
          recallSum += (double) inter / t.length();
        }
      }
    }
  }

  public double precision() {
    return predicted == 0 ? 0 : precisionSum / predicted;
  }

  public double recall() {
    return gold == 0 ? 0 : recallSum / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public long predictedSpans() {
    return predicted;
  }

  public long goldSpans() {
    return gold;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "span_f1=%.3f precision=%.3f recall=%.3f", f1(), precision(),
        recall());
  }

  /** Overlapping spans (not merely touching ones) merged into one; empty spans dropped; sorted. */
  public static List<Span> merge(List<Span> spans) {
    List<Span> sorted = new ArrayList<>(spans);
    sorted.removeIf(Span::isEmpty);
    sorted.sort(Comparator.naturalOrder());
    List<Span> out = new ArrayList<>();
    for (Span s : sorted) {
      if (!out.isEmpty() && s.start() < out.get(out.size() - 1).end()) {
        Span last = out.remove(out.size() - 1);
        out.add(new Span(last.start(), Math.max(last.end(), s.end())));
      } else {
        out.add(s);
      }
    }
    return out;
  }
}
