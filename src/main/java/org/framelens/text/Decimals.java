package org.framelens.text;

import java.util.Locale;

/**
 * Fixed-point numbers with 1 to 3 decimals exactly as {@code String.format(Locale.ROOT, "%.2f",
 * v)} (or {@code "%+.1f"}, {@code "%.3f"}, ...) prints them, except that a value that rounds to
 * zero has no minus sign ({@code 0.000}, {@code +0.0}; {@code Formatter} prints {@code -0.000}
 * for negative zero and for small negative values), without a {@link java.util.Formatter} per
 * number: for the explanations, the axes' top words and the CSV reports, which print millions of
 * them. One rounding rule for all of them ({@link #scaled}); stateless.
 */
public final class Decimals {

  /** Below this magnitude the fast path is exact (see {@link #scaled}). */
  private static final double FAST_LIMIT = 1 << 20;
  /** How near to a rounding tie (in units of the last digit) the fast path defers to Formatter. */
  private static final double TIE_MARGIN = 1e-6;
  private static final long[] SCALE = {1, 10, 100, 1000};

  private Decimals() {
  }

  /**
   * {@code |v| × 10^places} rounded as {@code Formatter} rounds {@code v} to {@code places}
   * decimals (1 to 3), or -1 when this cannot be sure and the caller must use
   * {@code String.format}: {@code v} not finite, {@code |v| ≥ 2^20}, or within 10<sup>-6</sup>
   * (in units of the last digit) of a rounding tie.
   *
   * <p>Why it is exact: {@code Formatter} rounds half-up the shortest decimal digits of {@code v}
   * (a decimal within half an ulp of {@code v}). Below 2<sup>20</sup>, {@code |v| × 10^places}
   * computed in double is within 4·10<sup>-7</sup> of those digits × 10^places, so away from a
   * tie both round to the same integer.
   */
  public static long scaled(double v, int places) {
    if (places < 1 || places >= SCALE.length) {
      throw new IllegalArgumentException("1 to 3 decimals, not " + places);
    }
    double a = Math.abs(v);
    if (!(a < FAST_LIMIT)) { // also NaN and infinities
      return -1;
    }
    double x = a * SCALE[places];
    double floor = Math.floor(x);
    double frac = x - floor;
    if (Math.abs(frac - 0.5) < TIE_MARGIN) {
      return -1;
    }
    return (long) floor + (frac > 0.5 ? 1 : 0);
  }

  /** {@code 10^places}: {@link #scaled} values are whole units of {@code 1 / power(places)}. */
  public static long power(int places) {
    return SCALE[places];
  }

  /**
   * Whether a minus sign is printed before {@code v}, whose {@link #scaled} value is
   * {@code scaled} (not -1): for a negative value that does not round to zero. A value that
   * rounds to zero, and negative zero, are printed without one ({@code 0.000}, not the
   * {@code -0.000} of {@code Formatter}).
   */
  public static boolean minus(double v, long scaled) {
    return scaled > 0 && v < 0;
  }

  /**
   * {@code String.format(Locale.ROOT, plus ? "%+.<decimals>f" : "%.<decimals>f", v)} without the
   * minus sign of a value that rounds to zero ({@code 0.000}, or {@code +0.000} with
   * {@code plus}): the slow path of {@link #append} and the report writers, where {@link #scaled}
   * cannot be sure.
   */
  public static String format(double v, int decimals, boolean plus) {
    String s = String.format(Locale.ROOT, (plus ? "%+." : "%.") + decimals + "f", v);
    if (s.charAt(0) == '-' && roundsToZero(s)) {
      return (plus ? "+" : "") + s.substring(1);
    }
    return s;
  }

  /** Whether {@code s}, after its sign, is a zero ({@code 0.000}). */
  private static boolean roundsToZero(String s) {
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '0' && c != '.') {
        return false;
      }
    }
    return true;
  }

  /**
   * Appends {@code v} with {@code decimals} digits after the point (1 to 3), and a {@code +} before
   * a value that is not negative when {@code plus}: what {@code String.format(Locale.ROOT,
   * plus ? "%+.<decimals>f" : "%.<decimals>f", v)} gives (which it calls where {@link #scaled}
   * cannot be sure), except that a value that rounds to zero has no minus sign ({@link #format}).
   */
  public static StringBuilder append(StringBuilder sb, double v, int decimals, boolean plus) {
    long n = scaled(v, decimals);
    if (n < 0) {
      return sb.append(format(v, decimals, plus));
    }
    if (minus(v, n)) {
      sb.append('-');
    } else if (plus) {
      sb.append('+');
    }
    long scale = SCALE[decimals];
    sb.append(n / scale).append('.');
    long digits = n % scale;
    for (long p = scale / 10; p > 0; p /= 10) {
      sb.append((char) ('0' + digits / p % 10));
    }
    return sb;
  }
}
