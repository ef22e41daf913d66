package org.framelens.eval;

import java.util.List;
import java.util.Locale;
import org.framelens.text.Span;

/**
 * Precision, recall and F1 by overlap: a predicted span is correct when it overlaps a gold span,
 * a gold span is found when a predicted span overlaps it. Accumulates over a corpus.
 */
public final class MatchScore {

  private long predicted;
  private long predictedMatched;
  private long gold;
  private long goldMatched;

  public void add(List<Span> pred, List<Span> goldSpans) {
    predicted += pred.size();
    gold += goldSpans.size();
    for (Span p : pred) {
      if (goldSpans.stream().anyMatch(g -> g.overlaps(p))) {
        predictedMatched++;
      }
    }
    for (Span g : goldSpans) {
      if (pred.stream().anyMatch(p -> p.overlaps(g))) {
        goldMatched++;
      }
    }
  }

  public double precision() {
    return predicted == 0 ? 0 : (double) predictedMatched / predicted;
  }

  public double recall() {
    return gold == 0 ? 0 : (double) goldMatched / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public long predicted() {
    return predicted;
  }

  public long gold() {
    return gold;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "P=%.3f R=%.3f F1=%.3f (%d predicted, %d gold)",
        precision(), recall(), f1(), predicted, gold);
  }
}
