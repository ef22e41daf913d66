package org.framelens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Decimals} prints exactly what {@code String.format} printed in the explanations, except
 * that a value that rounds to zero has no minus sign.
 */
class DecimalsTest {

  /** {@code Formatter}'s text without the minus sign of a zero ("-0.000" → "0.000", "+0.000"). */
  static String withoutNegativeZero(String formatted, boolean plus) {
    if (formatted.matches("-0\\.0+")) {
      return (plus ? "+" : "") + formatted.substring(1);
    }
    return formatted;
  }

  private static void check(double v) {
    for (int decimals = 1; decimals <= 3; decimals++) {
      for (boolean plus : new boolean[] {false, true}) {
        String pattern = (plus ? "%+." : "%.") + decimals + "f";
        String expected = withoutNegativeZero(String.format(Locale.ROOT, pattern, v), plus);
        String actual = Decimals.append(new StringBuilder("x"), v, decimals, plus).toString();
        assertEquals("x" + expected, actual,
            () -> pattern + " of " + v + " (" + Double.toHexString(v) + ")");
      }
    }
  }

  @Test
  void edgesAndTiesAreWhatFormatterPrints() {
    double[] edges = {0, -0.0, 0.05, -0.05, 0.15, 0.25, 0.005, 0.015, 0.125, 0.0005, 0.9995,
        0.995, 0.95, -0.95, -0.04, 0.04, 9.95, 99.995, 1048575.95, 1048576, 1048576.05,
        -1048576.05, 1e-300, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE,
        -Double.MAX_VALUE, 1e7, 123456789.125, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, Double.NaN, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 0.5, 4.35, 8.345,
        1.2345, 0.0001, -0.0001};
    for (double v : edges) {
      for (double w : new double[] {v, Math.nextUp(v), Math.nextDown(v)}) {
        check(w);
      }
    }
    // near every tie k + 0.5 thousandths (and so every hundredth and tenth tie), and between
    for (int k = 0; k < 2_000_000; k += k < 20_000 ? 1 : 997) {
      double tie = (k + 0.5) / 1000;
      check(tie);
      check(Math.nextUp(tie));
      check(Math.nextDown(tie));
      check(-tie);
      check(k / 1000.0);
    }
  }

  @Test
  void randomValuesAreWhatFormatterPrints() {
    Random r = new Random(5);
    for (int i = 0; i < 20_000; i++) {
      check(r.nextDouble()); // probabilities
      check(r.nextGaussian() * 3); // driver contributions
      check((r.nextInt(2_000) + 0.5) / 100.0 * (r.nextBoolean() ? 1 : -1));
      check(Double.longBitsToDouble(r.nextLong()));
      check(Math.scalb(r.nextDouble(), r.nextInt(60) - 40));
      check((double) r.nextFloat());
    }
  }

  /** Found in axes.csv and articles.csv: "-0.000" for a bias that rounds to zero. */
  @Test
  void aValueThatRoundsToZeroHasNoMinusSign() {
    assertEquals("0.000", Decimals.append(new StringBuilder(), -0.0, 3, false).toString());
    assertEquals("0.000", Decimals.append(new StringBuilder(), -0.0004, 3, false).toString());
    assertEquals("0.0", Decimals.append(new StringBuilder(), -0.04, 1, false).toString());
    assertEquals("+0.0", Decimals.append(new StringBuilder(), -0.04, 1, true).toString());
    assertEquals("+0.00", Decimals.append(new StringBuilder(), -1e-9, 2, true).toString());
    // next to a rounding tie, where String.format prints it
    double nearTie = -Math.nextDown(0.0005);
    assertEquals("0.000", Decimals.append(new StringBuilder(), nearTie, 3, false).toString());
    assertEquals("0.000", Decimals.format(nearTie, 3, false));
    assertEquals("+0.0", Decimals.format(-0.0, 1, true));
    // a value that does not round to zero keeps its sign
    assertEquals("-0.001", Decimals.append(new StringBuilder(), -0.0005, 3, false).toString());
    assertEquals("-0.1", Decimals.append(new StringBuilder(), -0.05, 1, true).toString());
    assertEquals("-Infinity", Decimals.format(Double.NEGATIVE_INFINITY, 3, false));
  }

  @Test
  void onlyOneToThreeDecimals() {
    assertThrows(IllegalArgumentException.class, () -> Decimals.append(new StringBuilder(), 1, 0,
        false));
    assertThrows(IllegalArgumentException.class, () -> Decimals.append(new StringBuilder(), 1, 4,
        false));
  }
}
