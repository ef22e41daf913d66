package org.framelens.report;

import java.util.Locale;
import org.apache.commons.csv.CSVFormat;

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
    return new Num(String.format(Locale.ROOT, "%.3f", v));
  }

  /**
   * A text cell made safe for spreadsheets (OWASP CSV injection): a text starting with
   * {@code = + - @}, a tab or a carriage return gets a leading apostrophe, so a spreadsheet shows
   * it instead of running it as a formula. Numbers pass unchanged; {@code raw} turns this off.
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
    char c = s.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
  }
}
