package org.framelens.compare;

import java.util.Arrays;

/**
 * Percentile bootstrap intervals over articles for pooled ratio measures (Σ numerator /
 * Σ denominator × scale, such as hits per 1,000 words): the articles of a source are resampled
 * with replacement {@value #REPLICATES} times and the 2.5th and 97.5th percentiles of the pooled
 * measure form the 95% interval. The seed is fixed (derived from the source name and measure),
 * so intervals are reproducible. With fewer than two articles there is no interval.
 */
public final class Bootstrap {

  public static final int REPLICATES = 1000;

  private static final long MULTIPLIER = 0x5DEECE66DL;
  private static final long ADDEND = 0xBL;
  private static final long MASK = (1L << 48) - 1;

  private Bootstrap() {
  }

  /** {low, high}, or null with fewer than two articles. */
  public static double[] interval(double[] numerator, double[] denominator, double scale,
      String seedName) {
    int n = numerator.length;
    if (n < 2) {
      return null;
    }
    // java.util.Random's generator, inlined (its algorithm is specified, so the resamples are
    // the ones new Random(seed).nextInt(n) draws)
    long seed = ((42L * 1_000_003 + seedName.hashCode()) ^ MULTIPLIER) & MASK;
    boolean powerOfTwo = (n & (n - 1)) == 0;
    double[] values = new double[REPLICATES];
    for (int b = 0; b < REPLICATES; b++) {
      double num = 0;
      double den = 0;
      for (int i = 0; i < n; i++) {
        seed = (seed * MULTIPLIER + ADDEND) & MASK;
        int r = (int) (seed >>> 17);
        int k;
        if (powerOfTwo) {
          k = (int) ((n * (long) r) >> 31);
        } else {
          for (int u = r; u - (k = u % n) + (n - 1) < 0; u = (int) (seed >>> 17)) {
            seed = (seed * MULTIPLIER + ADDEND) & MASK;
          }
        }
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
