package org.framelens.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The bootstrap's inlined generator draws the resamples {@code java.util.Random} draws. */
class BootstrapTest {

  /**
   * The interval as computed with {@code java.util.Random} itself, over the articles in their
   * canonical order (by numerator, then denominator).
   */
  private static double[] reference(double[] numerator, double[] denominator, double scale,
      String seedName) {
    int n = numerator.length;
    double[][] pairs = new double[n][];
    for (int i = 0; i < n; i++) {
      pairs[i] = new double[] {numerator[i], denominator[i]};
    }
    Arrays.sort(pairs, (a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0])
        : Double.compare(a[1], b[1]));
    numerator = new double[n];
    denominator = new double[n];
    for (int i = 0; i < n; i++) {
      numerator[i] = pairs[i][0];
      denominator[i] = pairs[i][1];
    }
    Random random = new Random(42L * 1_000_003 + seedName.hashCode());
    int defined = 0;
    for (double d : denominator) {
      defined += d > 0 ? 1 : 0;
    }
    if (defined < 2) {
      return null;
    }
    double[] values = new double[Bootstrap.REPLICATES];
    int m = 0;
    for (int b = 0; b < Bootstrap.REPLICATES; b++) {
      double num = 0;
      double den = 0;
      for (int i = 0; i < n; i++) {
        int k = random.nextInt(n);
        num += numerator[k];
        den += denominator[k];
      }
      if (den > 0) { // an undefined resample is left out
        values[m++] = scale * num / den;
      }
    }
    Arrays.sort(values, 0, m);
    return new double[] {values[(int) Math.floor(0.025 * (m - 1))],
        values[(int) Math.ceil(0.975 * (m - 1))]};
  }

  @Test
  void intervalsAreThoseOfJavaUtilRandom() {
    Random data = new Random(3);
    // powers of two and not; the larger sizes also reach nextInt's rejection of biased draws
    for (int n : new int[] {2, 3, 4, 5, 7, 8, 64, 100, 1000, 1024, 3001, 4999, 5000, 8192}) {
      double[] num = new double[n];
      double[] den = new double[n];
      for (int i = 0; i < n; i++) {
        num[i] = data.nextInt(20);
        den[i] = data.nextInt(3) == 0 ? 0 : 1 + data.nextInt(900);
      }
      for (String seed : new String[] {"", "NYT/attributed_share", "Fox News/loaded", "\u0915"}) {
        assertArrayEquals(reference(num, den, 1000, seed), Bootstrap.interval(num, den, 1000, seed),
            n + " " + seed);
      }
    }
    assertNull(Bootstrap.interval(new double[1], new double[1], 1, "x"));
  }

  @Test
  void undefinedResamplesAreLeftOutNotScoredZero() {
    // every sentence attributed in two articles, a third all boilerplate (no sentence): each
    // resample that has a sentence gives 1.0; those drawing only the third are undefined
    double[] ci = Bootstrap.interval(new double[] {1, 1, 0}, new double[] {1, 1, 0}, 1, "S/a");
    assertArrayEquals(new double[] {1, 1}, ci);
    // per 1,000 words with zero-word articles mixed in: the interval stays within the values
    // the defined articles can give
    ci = Bootstrap.interval(new double[] {2, 4, 0, 0}, new double[] {100, 100, 0, 0}, 1000, "T/w");
    assertTrue(ci[0] >= 20 && ci[1] <= 40, ci[0] + " " + ci[1]);
    // no article with a denominator, or only one: no interval (the estimate is empty or rests
    // on one article)
    assertNull(Bootstrap.interval(new double[2], new double[2], 1, "T/a"));
    assertNull(Bootstrap.interval(new double[] {3, 0}, new double[] {9, 0}, 1, "T/a"));
  }

  @Test
  void theIntervalDoesNotDependOnTheOrderOfTheArticles() {
    Random data = new Random(5);
    for (int n : new int[] {2, 3, 17, 64, 250}) {
      double[] num = new double[n];
      double[] den = new double[n];
      for (int i = 0; i < n; i++) {
        num[i] = data.nextInt(8);
        den[i] = 1 + data.nextInt(900);
      }
      double[] ci = Bootstrap.interval(num, den, 1000, "ABC News/loaded");
      for (int shuffle = 0; shuffle < 5; shuffle++) {
        for (int i = n - 1; i > 0; i--) { // Fisher-Yates, both arrays alike
          int j = data.nextInt(i + 1);
          double t = num[i];
          num[i] = num[j];
          num[j] = t;
          t = den[i];
          den[i] = den[j];
          den[j] = t;
        }
        assertArrayEquals(ci, Bootstrap.interval(num, den, 1000, "ABC News/loaded"), "n=" + n);
      }
    }
  }

  @Test
  void remainderWithoutDivisionIsTheRemainder() {
    Random r = new Random(41);
    int[] edges = {1, 2, 3, 7, 1000, 4999, 5000, 65_537, 1 << 20, (1 << 30) - 1, 1 << 30,
        (1 << 30) + 1, Integer.MAX_VALUE - 1, Integer.MAX_VALUE};
    for (int i = 0; i < 3_000_000; i++) {
      int n = i % 3 == 0 ? edges[r.nextInt(edges.length)] : 1 + r.nextInt(i % 2 == 0 ? 10_000
          : Integer.MAX_VALUE);
      int u = switch (i % 4) {
        case 0 -> r.nextInt(Integer.MAX_VALUE);
        case 1 -> Integer.MAX_VALUE - r.nextInt(1000);
        case 2 -> (int) Math.min(Integer.MAX_VALUE, (long) n * r.nextInt(Integer.MAX_VALUE / n));
        default -> Math.max(0, (int) Math.min(Integer.MAX_VALUE,
            (long) n * r.nextInt(Integer.MAX_VALUE / n) - 1));
      };
      assertEquals(u % n, Bootstrap.remainder(u, n, 1.0 / n), u + " % " + n);
    }
  }
}
