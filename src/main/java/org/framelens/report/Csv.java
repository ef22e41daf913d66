package org.framelens.report;

import org.apache.commons.csv.CSVFormat;
import org.framelens.text.Decimals;

/**
 * The one CSV dialect FrameLens writes: RFC 4180 quoting, {@code \n} line ends, UTF-8 (public
 * for the exercise writer, which must neutralise formulas the same way).
 */
public final class Csv {

  private Csv() {
  }

  public static CSVFormat format(String... header) {
    return CSVFormat.DEFAULT.builder().setRecordSeparator("\n").setHeader(header).get();
  }

  /** A number already formatted: never neutralised as a formula. */
  public record Num(String text) {
    @Override
    public String toString() {
      return text;
    }
  }

  /** A share or rate with three decimals, locale-independent; empty for NaN (undefined). */
  public static Num decimal(double v) {
    if (Double.isNaN(v)) {
      return new Num("");
    }
    byte[] b = new byte[DECIMAL_BYTES];
    int n = decimal(v, b, 0);
    return new Num(n < 0 ? Decimals.format(v, 3, false)
        : new String(b, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1));
  }

  /** Room {@link #decimal(double, byte[], int)} needs. */
  static final int DECIMAL_BYTES = 16;

  /**
   * Writes {@code v} as {@code String.format(Locale.ROOT, "%.3f", v)} would, in ASCII, at
   * {@code out[at]}, and returns the end; or returns -1 (writing nothing) where
   * {@link Decimals#scaled} cannot be sure of the rounding (not finite, not small, next to a tie),
   * where the caller falls back to {@link Decimals#format}. A value that rounds to zero, and
   * negative zero, are written {@code 0.000}, without the minus sign {@code Formatter} prints
   * ({@link Decimals#minus(double, long)}).
   */
  static int decimal(double v, byte[] out, int at) {
    return decimal(v, 3, out, at);
  }

  /**
   * {@link #decimal(double, byte[], int)} with {@code places} decimals (1 to 3): as
   * {@code String.format(Locale.ROOT, "%." + places + "f", v)} (without the minus sign of a value
   * that rounds to zero), or -1.
   */
  static int decimal(double v, int places, byte[] out, int at) {
    long n = Decimals.scaled(v, places);
    if (n < 0) {
      return -1;
    }
    long scale = Decimals.power(places);
    int p = at;
    if (Decimals.minus(v, n)) {
      out[p++] = '-';
    }
    long whole = n / scale;
    int part = (int) (n - whole * scale);
    if (whole == 0) {
      out[p++] = '0';
    } else {
      int digits = 0;
      for (long w = whole; w > 0; w /= 10) {
        digits++;
      }
      for (int i = p + digits - 1; i >= p; i--) {
        out[i] = (byte) ('0' + whole % 10);
        whole /= 10;
      }
      p += digits;
    }
    out[p++] = '.';
    for (int i = p + places - 1; i >= p; i--) {
      out[i] = (byte) ('0' + part % 10);
      part /= 10;
    }
    return p + places;
  }

  /**
   * {@code String.format(Locale.ROOT, "%." + places + "f", v)} for 1 to 3 {@code places}, without
   * the minus sign of a value that rounds to zero.
   */
  static String format(double v, int places) {
    byte[] b = new byte[DECIMAL_BYTES];
    int n = decimal(v, places, b, 0);
    return n < 0 ? Decimals.format(v, places, false)
        : new String(b, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  /**
   * A text cell made safe for spreadsheets (OWASP CSV injection): a text starting with
   * {@code = + - @}, a tab or a carriage return gets a leading apostrophe, so a spreadsheet shows
   * it instead of running it as a formula; a text that is a number ({@code -5}, {@code -0.25},
   * {@code +3e-2}, see {@link #isNumber}) is no formula and passes unchanged, as numbers do;
   * {@code raw} turns this off.
   */
  public static Object cell(Object value, boolean raw) {
    if (!(value instanceof String str) || str.isEmpty()) {
      return value;
    }
    // a lone surrogate cannot be written as UTF-8 (it would fail the whole report)
    String s = org.framelens.text.Utf16.wellFormed(str);
    if (raw) {
      return s;
    }
    return isFormula(s, 0, s.length()) ? "'" + s : s;
  }

  /**
   * Whether the cell {@code s[from, to)} gets the leading apostrophe of {@link #cell}: it starts
   * with a formula character and is not a number.
   */
  static boolean isFormula(CharSequence s, int from, int to) {
    return from < to && isFormulaStart(s.charAt(from)) && !isNumber(s, from, to);
  }

  /** Whether a text starting with {@code c} may get the leading apostrophe of {@link #cell}. */
  static boolean isFormulaStart(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /**
   * Whether {@code s[from, to)} is a plain decimal number: an optional sign, ASCII digits with at
   * most one decimal point (at least one digit), and an optional exponent ({@code e}, an optional
   * sign, digits). A spreadsheet reads such a cell as that number, never as a formula.
   */
  static boolean isNumber(CharSequence s, int from, int to) {
    int i = from;
    if (i < to && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
      i++;
    }
    int digits = 0;
    boolean point = false;
    for (; i < to; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '.' && !point) {
        point = true;
      } else {
        break;
      }
    }
    if (digits == 0) {
      return false;
    }
    if (i < to && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < to && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
        i++;
      }
      int exp = 0;
      for (; i < to && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
        exp++;
      }
      if (exp == 0) {
        return false;
      }
    }
    return i == to;
  }
}
