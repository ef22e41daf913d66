package org.framelens.cues;

import java.util.Locale;

/**
 * Fixed-point numbers in explanations, printed as {@code String.format(Locale.ROOT, "%.2f", v)}
 * (or {@code "%+.1f"}, ...) would print them, without a {@link java.util.Formatter} per number.
 * Stateless.
 */
final class Decimals {

  /** Below this magnitude the fast path is exact (see {@link #append}). */
  private static final double FAST_LIMIT = 1 << 20;
  /** How near to a rounding tie (in units of the last digit) the fast path defers to Formatter. */
  private static final double TIE_MARGIN = 1e-6;
  private static final long[] SCALE = {1, 10, 100, 1000};

  private Decimals() {
  }

  /**
   * Appends {@code v} with {@code decimals} digits after the point (1 to 3), and a {@code +} before
   * a value that is not negative when {@code plus}: exactly what {@code String.format(Locale.ROOT,
   * plus ? "%+.<decimals>f" : "%.<decimals>f", v)} gives.
   *
   * <p>Why it is exact: {@code Formatter} rounds half-up the shortest decimal digits of {@code v}
   * (a decimal within half an ulp of {@code v}). Below 2<sup>20</sup>, {@code |v| × 10^decimals}
   * computed in double is within 4·10<sup>-7</sup> of those digits × 10^decimals, so away from a
   * tie both round to the same integer; within 10<sup>-6</sup> of a tie, and for huge or
   * non-finite values, this defers to {@code String.format}. The sign is printed as
   * {@code Formatter} does: a minus for every negative value and negative zero, even when it
   * rounds to zero ("-0.0").
   */
  static StringBuilder append(StringBuilder sb, double v, int decimals, boolean plus) {
    if (decimals < 1 || decimals >= SCALE.length) {
      throw new IllegalArgumentException("1 to 3 decimals, not " + decimals);
    }
    double a = Math.abs(v);
    if (a < FAST_LIMIT) { // false for NaN and infinities
      long scale = SCALE[decimals];
      double x = a * scale;
      double floor = Math.floor(x);
      double frac = x - floor;
      if (Math.abs(frac - 0.5) >= TIE_MARGIN) {
        long n = (long) floor + (frac > 0.5 ? 1 : 0);
        if (Double.doubleToRawLongBits(v) < 0) {
          sb.append('-');
        } else if (plus) {
          sb.append('+');
        }
        sb.append(n / scale).append('.');
        long digits = n % scale;
        for (long p = scale / 10; p > 0; p /= 10) {
          sb.append((char) ('0' + digits / p % 10));
        }
        return sb;
      }
    }
    return sb.append(String.format(Locale.ROOT, (plus ? "%+." : "%.") + decimals + "f", v));
  }
}
