package org.framelens.eval;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Rank statistics used by the evaluations: ROC AUC and Spearman's rho, ties averaged. */
public final class Stats {

  private Stats() {
  }

  /** Average ranks (1-based) of {@code v}, ties sharing the mean of their ranks. */
  static double[] ranks(double[] v) {
    Integer[] idx = IntStream.range(0, v.length).boxed().toArray(Integer[]::new);
    Arrays.sort(idx, Comparator.comparingDouble(i -> v[i]));
    double[] r = new double[v.length];
    int i = 0;
    while (i < idx.length) {
      int j = i;
      while (j + 1 < idx.length && v[idx[j + 1]] == v[idx[i]]) {
        j++;
      }
      double avg = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        r[idx[k]] = avg;
      }
      i = j + 1;
    }
    return r;
  }

  /**
   * Area under the ROC curve of {@code score} for the positives in {@code positive}, by the
   * Mann-Whitney statistic (ties count one half); NaN without both classes.
   */
  public static double auc(double[] score, boolean[] positive) {
    double[] r = ranks(score);
    long pos = 0;
    double sum = 0;
    for (int i = 0; i < score.length; i++) {
      if (positive[i]) {
        pos++;
        sum += r[i];
      }
    }
    long neg = score.length - pos;
    if (pos == 0 || neg == 0) {
      return Double.NaN;
    }
    return (sum - pos * (pos + 1) / 2.0) / ((double) pos * neg);
  }

  /** Spearman's rank correlation; NaN for fewer than two points or a constant variable. */
  public static double spearman(double[] a, double[] b) {
    if (a.length < 2) {
      return Double.NaN;
    }
    double[] ra = ranks(a);
    double[] rb = ranks(b);
    double ma = Arrays.stream(ra).average().orElse(0);
    double mb = Arrays.stream(rb).average().orElse(0);
    double num = 0;
    double da = 0;
    double db = 0;
    for (int i = 0; i < a.length; i++) {
      num += (ra[i] - ma) * (rb[i] - mb);
      da += (ra[i] - ma) * (ra[i] - ma);
      db += (rb[i] - mb) * (rb[i] - mb);
    }
    return da == 0 || db == 0 ? Double.NaN : num / Math.sqrt(da * db);
  }
}
