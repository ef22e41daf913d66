package org.framelens.report;

import java.util.Locale;
import org.apache.commons.csv.CSVFormat;

/** The one CSV dialect FrameLens writes: RFC 4180 quoting, {@code \n} line ends, UTF-8. */
final class Csv {

  private Csv() {
  }

  static CSVFormat format(String... header) {
    return CSVFormat.DEFAULT.builder().setRecordSeparator("\n").setHeader(header).get();
  }

  /** A share or rate with three decimals, locale-independent; empty for NaN (undefined). */
  static String decimal(double v) {
    if (Double.isNaN(v)) {
      return "";
    }
    return String.format(Locale.ROOT, "%.3f", v);
  }
}
