package org.framelens.compare;

import java.util.Arrays;
import java.util.Random;

/**
 * Percentile bootstrap intervals over articles for pooled ratio measures (Σ numerator /
 * Σ denominator × scale, such as hits per 1,000 words): the articles of a source are resampled
 * with replacement {@value #REPLICATES} times and the 2.5th and 97.5th percentiles of the pooled
 * measure form the 95% interval. The seed is fixed (derived from the source name and measure),
 * so intervals are reproducible. With fewer than two articles there is no interval.
 */
public final class Bootstrap {

  public static final int REPLICATES = 1000;

  private Bootstrap() {
  }

  /** {low, high}, or null with fewer than two articles. */
  public static double[] interval(double[] numerator, double[] denominator, double scale,
      String seedName) {
    int n = numerator.length;
    if (n < 2) {
      return null;
    }
    Random random = new Random(42L * 1_000_003 + seedName.hashCode());
    double[] values = new double[REPLICATES];
    for (int b = 0; b < REPLICATES; b++) {
      double num = 0;
      double den = 0;
      for (int i = 0; i < n; i++) {
        int k = random.nextInt(n);
        num += numerator[k];
        den += denominator[k];
      }
      values[b] = den == 0 ? 0 : scale * num / den;
    }
    Arrays.sort(values);
    return new double[] {values[(int) Math.floor(0.025 * (REPLICATES - 1))],
        values[(int) Math.ceil(0.975 * (REPLICATES - 1))]};
  }
}
