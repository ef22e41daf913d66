package org.framelens.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Full-batch logistic regression: fits separable data, is deterministic, honours use[]. */
class LogisticRegressionTest {

  /** Separable data: label = 3 * a - b > 1 with a margin, features on unlike scales and means. */
  private record Data(float[][] x, boolean[] y) {
  }

  private static Data separable(long seed, int n) {
    Random r = new Random(seed);
    float[][] x = new float[n][];
    boolean[] y = new boolean[n];
    int i = 0;
    while (i < n) {
      double a = r.nextGaussian();
      double b = r.nextGaussian();
      double m = 3 * a - b - 1;
      if (Math.abs(m) < 0.3) {
        continue; // keep a margin
      }
      // scaled and shifted so the standardisation matters
      x[i] = new float[] {(float) (100 + 50 * a), (float) (-0.01 * b)};
      y[i] = m > 0;
      i++;
    }
    return new Data(x, y);
  }

  private static boolean[] all(int n) {
    boolean[] u = new boolean[n];
    Arrays.fill(u, true);
    return u;
  }

  private static double accuracy(LogisticRegression.Model m, Data d) {
    int right = 0;
    for (int i = 0; i < d.x().length; i++) {
      if ((m.probability(d.x()[i]) >= 0.5) == d.y()[i]) {
        right++;
      }
    }
    return (double) right / d.x().length;
  }

  @Test
  void fitsSeparableDataAlmostPerfectly() {
    Data train = separable(42, 400);
    Data test = separable(43, 400);
    LogisticRegression.Model m = new LogisticRegression(0.001, 300, 0.05)
        .fit(train.x(), train.y(), all(400));
    assertTrue(accuracy(m, train) > 0.95, "train accuracy " + accuracy(m, train));
    assertTrue(accuracy(m, test) > 0.95, "test accuracy " + accuracy(m, test));
    // the learned direction: positive on the first feature, negative on the second
    assertTrue(m.weights()[0] > 0, Arrays.toString(m.weights()));
    assertTrue(m.weights()[1] > 0, Arrays.toString(m.weights())); // b enters as -0.01 * b
  }

  @Test
  void standardisationStatisticsAreThoseOfTheUsedRows() {
    float[][] x = {{1, 10}, {5, 10}, {100, -5}};
    boolean[] y = {true, false, true};
    LogisticRegression.Model m = new LogisticRegression(0, 1, 0.1)
        .fit(x, y, new boolean[] {true, true, false});
    assertArrayEquals(new double[] {3, 10}, m.mean(), 1e-12);
    // population standard deviation; the constant feature gets scale 1, not 0
    assertArrayEquals(new double[] {2, 1}, m.scale(), 1e-12);
  }

  @Test
  void twoFitsGiveIdenticalModels() {
    Data d = separable(7, 300);
    LogisticRegression lr = new LogisticRegression(0.001, 150, 0.05);
    LogisticRegression.Model a = lr.fit(d.x(), d.y(), all(300));
    LogisticRegression.Model b = lr.fit(d.x(), d.y(), all(300));
    assertEquals(a.bias(), b.bias(), 0.0);
    assertArrayEquals(a.weights(), b.weights(), 0.0);
    for (float[] row : d.x()) {
      assertEquals(a.probability(row), b.probability(row), 0.0);
    }
  }

  @Test
  void unusedRowsDoNotInfluenceTheFit() {
    Data d = separable(11, 200);
    int extra = 100;
    float[][] x = new float[d.x().length + extra][];
    boolean[] y = new boolean[x.length];
    boolean[] use = new boolean[x.length];
    Random r = new Random(5);
    // unused rows interleaved with the used ones: wild values and inverted labels
    int k = 0;
    int used = 0;
    for (int i = 0; i < x.length; i++) {
      if (i % 3 == 2 && i / 3 < extra) {
        x[i] = new float[] {(float) (1e4 * r.nextGaussian()), (float) (1e3 * r.nextGaussian())};
        y[i] = x[i][0] < 0;
        use[i] = false;
      } else {
        x[i] = d.x()[used];
        y[i] = d.y()[used];
        use[i] = true;
        used++;
      }
      k++;
    }
    assertEquals(d.x().length, used);
    assertEquals(x.length, k);
    LogisticRegression lr = new LogisticRegression(0.001, 200, 0.05);
    LogisticRegression.Model masked = lr.fit(x, y, use);
    LogisticRegression.Model subset = lr.fit(d.x(), d.y(), all(d.x().length));
    assertEquals(subset.bias(), masked.bias(), 0.0);
    assertArrayEquals(subset.weights(), masked.weights(), 0.0);
    assertArrayEquals(subset.mean(), masked.mean(), 0.0);
    assertArrayEquals(subset.scale(), masked.scale(), 0.0);
  }

  @Test
  void probabilityOfTheUntrainedModelIsOneHalf() {
    LogisticRegression.Model m = new LogisticRegression(0, 0, 0.1)
        .fit(new float[][] {{1, 2}, {3, 4}}, new boolean[] {true, false}, all(2));
    assertEquals(0.5, m.probability(new float[] {5, -5}), 0.0);
  }
}
