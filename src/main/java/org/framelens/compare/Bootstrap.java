package org.framelens.compare;

import java.util.Arrays;

/**
 * Percentile bootstrap intervals over articles for pooled ratio measures (Σ numerator /
 * Σ denominator × scale, such as hits per 1,000 words): the articles of a source are resampled
 * with replacement {@value #REPLICATES} times and the 2.5th and 97.5th percentiles of the pooled
 * measure form the 95% interval. The seed is fixed (derived from the source name and measure),
 * and the articles are put in a canonical order (by their numerator, then denominator) before
 * resampling, so an interval depends only on the source's articles, not on the order they were
 * read in. A resample whose denominator is zero (it drew only articles without sentences, or
 * without words) has no value: it is left out, never scored 0, and the percentiles are taken over
 * the resamples that have one. With fewer than two articles that have a denominator there is no
 * interval (the pooled measure itself is then undefined or rests on one article).
 */
public final class Bootstrap {

  public static final int REPLICATES = 1000;

  private static final long MULTIPLIER = 0x5DEECE66DL;
  private static final long ADDEND = 0xBL;
  private static final long MASK = (1L << 48) - 1;

  private Bootstrap() {
  }

  /**
   * {low, high}, or null with fewer than two articles whose denominator is above zero.
   */
  public static double[] interval(double[] numerator, double[] denominator, double scale,
      String seedName) {
    int n = numerator.length;
    int defined = 0;
    for (double d : denominator) {
      if (d > 0) {
        defined++;
      }
    }
    if (defined < 2) {
      return null;
    }
    double[][] sorted = canonical(numerator, denominator);
    numerator = sorted[0];
    denominator = sorted[1];
    // java.util.Random's generator, inlined (its algorithm is specified, so the resamples are
    // the ones new Random(seed).nextInt(n) draws)
    long seed = ((42L * 1_000_003 + seedName.hashCode()) ^ MULTIPLIER) & MASK;
    double[] values = new double[REPLICATES];
    double[] sums = new double[2];
    int m = 0;
    for (int b = 0; b < REPLICATES; b++) {
      seed = (n & (n - 1)) == 0 ? resamplePowerOfTwo(numerator, denominator, seed, sums)
          : resample(numerator, denominator, seed, sums);
      double num = sums[0];
      double den = sums[1];
      if (den > 0) {
        values[m++] = scale * num / den;
      }
    }
    Arrays.sort(values, 0, m);
    return new double[] {values[(int) Math.floor(0.025 * (m - 1))],
        values[(int) Math.ceil(0.975 * (m - 1))]};
  }

  /**
   * The pairs (numerator[i], denominator[i]) sorted by numerator, then denominator: the same
   * arrays whatever order the articles came in.
   */
  static double[][] canonical(double[] numerator, double[] denominator) {
    int n = numerator.length;
    Integer[] idx = new Integer[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    Arrays.sort(idx, (a, b) -> {
      int c = Double.compare(numerator[a], numerator[b]);
      return c != 0 ? c : Double.compare(denominator[a], denominator[b]);
    });
    double[] num = new double[n];
    double[] den = new double[n];
    for (int i = 0; i < n; i++) {
      num[i] = numerator[idx[i]];
      den[i] = denominator[idx[i]];
    }
    return new double[][] {num, den};
  }

  /**
   * One resample of n articles ({@code Random.nextInt(n)} for n not a power of two): sums the
   * drawn numerators and denominators into {@code sums}; returns the generator's next seed.
   */
  private static long resample(double[] numerator, double[] denominator, long seed,
      double[] sums) {
    int n = numerator.length;
    double inverse = 1.0 / n;
    double num = 0;
    double den = 0;
    for (int i = 0; i < n; i++) {
      seed = (seed * MULTIPLIER + ADDEND) & MASK;
      int k;
      for (int u = (int) (seed >>> 17); u - (k = remainder(u, n, inverse)) + (n - 1) < 0;
          u = (int) (seed >>> 17)) {
        seed = (seed * MULTIPLIER + ADDEND) & MASK;
      }
      num += numerator[k];
      den += denominator[k];
    }
    sums[0] = num;
    sums[1] = den;
    return seed;
  }

  /**
   * {@code u % n} for {@code u >= 0} and {@code n >= 1}, given {@code inverse = 1.0 / n}, without
   * a division: the quotient estimated in double precision is off by at most one for any
   * {@code u} below 2<sup>31</sup> (its error is below 2<sup>-21</sup>), which one comparison
   * corrects.
   */
  static int remainder(int u, int n, double inverse) {
    int k = u - (int) (u * inverse) * n;
    return k < 0 ? k + n : k >= n ? k - n : k;
  }

  /** {@link #resample} for n a power of two ({@code Random.nextInt(n)} takes the high bits). */
  private static long resamplePowerOfTwo(double[] numerator, double[] denominator, long seed,
      double[] sums) {
    int n = numerator.length;
    double num = 0;
    double den = 0;
    for (int i = 0; i < n; i++) {
      seed = (seed * MULTIPLIER + ADDEND) & MASK;
      int k = (int) ((n * (long) (int) (seed >>> 17)) >> 31);
      num += numerator[k];
      den += denominator[k];
    }
    sums[0] = num;
    sums[1] = den;
    return seed;
  }
}
