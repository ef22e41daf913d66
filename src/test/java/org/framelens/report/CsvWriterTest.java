package org.framelens.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

/**
 * {@link CsvWriter} writes the very bytes a Commons CSV printer with {@link Csv#format} writes for
 * {@link Csv#cell} values, and {@link Csv#decimal} prints what {@code String.format("%.3f")} does
 * (but {@code 0.000} for its {@code -0.000}).
 */
class CsvWriterTest {

  private static final String ALPHABET = "ab Z09=+-@#!\"',;\t\r\n\u0000\u001f\u00e9\u0915\u2014"
      + "\ud83d\ude00\ud800\udc00\uFFFD'.";

  private static String randomText(Random r) {
    int len = r.nextInt(4) == 0 ? 0 : r.nextInt(12);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < len; i++) {
      b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }

  private static Object randomValue(Random r) {
    return switch (r.nextInt(8)) {
      case 0 -> null;
      case 1 -> r.nextInt(2000) - 1000;
      case 2 -> (long) r.nextInt() * r.nextInt();
      case 3 -> Csv.decimal(r.nextInt(3) == 0 ? Double.NaN : r.nextGaussian() * 100);
      default -> randomText(r);
    };
  }

  private static byte[] withCommons(String[] header, List<List<Object>> rows, boolean raw)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8.newEncoder());
    CSVPrinter p = new CSVPrinter(w, Csv.format(header));
    for (List<Object> row : rows) {
      List<Object> safe = new ArrayList<>();
      for (Object v : row) {
        safe.add(Csv.cell(v, raw));
      }
      p.printRecord(safe);
    }
    p.flush();
    return bytes.toByteArray();
  }

  private static byte[] withCsvWriter(String[] header, List<List<Object>> rows, boolean raw,
      boolean typed) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (CsvWriter w = new CsvWriter(bytes, raw, header)) {
      for (List<Object> row : rows) {
        for (Object v : row) {
          if (typed && v instanceof Csv.Num num && !num.text().isEmpty()) {
            w.decimal(Double.parseDouble(num.text()));
          } else if (typed && v instanceof Csv.Num) {
            w.decimal(Double.NaN);
          } else {
            w.cell(v);
          }
        }
        w.endRecord();
      }
    }
    return bytes.toByteArray();
  }

  @Test
  void rowsAreByteIdenticalWithCommonsCsv() throws IOException {
    Random r = new Random(7);
    for (int round = 0; round < 3000; round++) {
      String[] header = {"a", "b_c", "d"};
      List<List<Object>> rows = new ArrayList<>();
      int n = r.nextInt(5);
      for (int i = 0; i < n; i++) {
        List<Object> row = new ArrayList<>();
        int cells = 1 + r.nextInt(5);
        for (int k = 0; k < cells; k++) {
          row.add(randomValue(r));
        }
        rows.add(row);
      }
      for (boolean raw : new boolean[] {false, true}) {
        byte[] expected = withCommons(header, rows, raw);
        assertArrayEquals(expected, withCsvWriter(header, rows, raw, false), rows.toString());
        assertArrayEquals(expected, withCsvWriter(header, rows, raw, true), rows.toString());
      }
    }
  }

  @Test
  void longCellsGrowTheBuffer() throws IOException {
    String big = "x\u0915\"".repeat(100_000);
    List<List<Object>> rows = List.of(List.of("=" + big, 5), List.of("", big + " "));
    assertArrayEquals(withCommons(new String[] {"a"}, rows, false),
        withCsvWriter(new String[] {"a"}, rows, false, false));
  }

  @Test
  void typedCellsMatchTheirStringForms() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (CsvWriter w = new CsvWriter(bytes, false, "h")) {
      w.num(Long.MIN_VALUE).num(-7).num(0).flag(true).flag(false).decimal(-0.0)
          .decimal(Double.POSITIVE_INFINITY).decimal(1e300).decimal(Double.NaN).endRecord();
      w.decimal(Double.NaN).text(null).endRecord();
    }
    assertEquals("h\n" + Long.MIN_VALUE + ",-7,0,1,0,0.000,Infinity,"
        + String.format(Locale.ROOT, "%.3f", 1e300) + ",\n\"\",\n",
        bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aLoneSurrogateInAHeaderFailsAsTheEncoderDid() {
    assertThrows(MalformedInputException.class,
        () -> new CsvWriter(new ByteArrayOutputStream(), false, "a\ud800"));
  }

  /** {@code Formatter}'s "-0.000" is written "0.000" (a value that rounds to zero has no sign). */
  private static String withoutNegativeZero(String formatted) {
    return formatted.matches("-0\\.0+") ? formatted.substring(1) : formatted;
  }

  /** Found in axes.csv and articles.csv: "-0.000" for a bias that rounds to zero. */
  @Test
  void aDecimalThatRoundsToZeroIsWrittenWithoutAMinusSign() throws IOException {
    double nearTie = -Math.nextDown(0.0005); // String.format's slow path
    for (double v : new double[] {-0.0, -0.0004, -1e-12, nearTie}) {
      assertEquals("0.000", Csv.decimal(v).text(), "for " + v);
      assertEquals("0.0", Csv.format(v, 1), "for " + v);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (CsvWriter w = new CsvWriter(out, false, "a", "b")) {
        w.decimal(v).decimal(-0.0005).endRecord();
      }
      assertEquals("a,b\n0.000,-0.001\n", out.toString(StandardCharsets.UTF_8), "for " + v);
    }
  }

  private static void assertDecimal(double v) {
    if (Double.isNaN(v)) {
      return; // an empty cell, checked below
    }
    String expected = withoutNegativeZero(String.format(Locale.ROOT, "%.3f", v));
    assertEquals(expected, Csv.decimal(v).text(), () -> "for " + v + " (" + Double.toHexString(v) + ")");
  }

  @Test
  void decimalsAreExactlyWhatFormatterPrints() {
    double[] edges = {0, -0.0, 0.0005, -0.0005, 0.0015, 0.0025, 1.0005, 2.0005, 0.1235, 0.9995,
        -0.9995, 999.9995, 1048575.9995, 1048576, 1048576.0005, -1048576.0005, 1e-300,
        Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, 1e7, 123456789.125,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 0.4995,
        0.00049999999999999, 0.5, 0.125, 0.0625, 100.0625, 4.35, 8.345, 1.2345, 0.0001, -0.0001};
    for (double v : edges) {
      for (double w : new double[] {v, Math.nextUp(v), Math.nextDown(v)}) {
        assertDecimal(w);
      }
    }
    // near every tie k + 0.5 thousandths up to 10,000, and away from them
    for (int k = 0; k < 10_000_000; k += k < 100_000 ? 1 : 997) {
      double tie = (k + 0.5) / 1000;
      assertDecimal(tie);
      assertDecimal(Math.nextUp(tie));
      assertDecimal(Math.nextDown(tie));
      assertDecimal(-tie);
      assertDecimal(k / 1000.0);
    }
    Random r = new Random(11);
    for (int i = 0; i < 1_000_000; i++) {
      assertDecimal(r.nextDouble());
      assertDecimal(r.nextGaussian() * 1000);
      assertDecimal(r.nextInt(2_000_000) / 1000.0 - 1000);
      assertDecimal((r.nextInt(20_000) + 0.5) / 1000.0 * (r.nextBoolean() ? 1 : -1));
      assertDecimal(Double.longBitsToDouble(r.nextLong()));
      assertDecimal(Math.scalb(r.nextDouble(), r.nextInt(60) - 40));
      assertDecimal((double) r.nextFloat());
    }
    assertEquals("", Csv.decimal(Double.NaN).text());
  }

  @Test
  void aRegionIsWrittenAsItsSubstring() throws IOException {
    Random r = new Random(13);
    for (int i = 0; i < 20_000; i++) {
      String s = randomText(r) + randomText(r);
      int from = r.nextInt(s.length() + 1);
      int to = from + r.nextInt(s.length() - from + 1);
      for (boolean raw : new boolean[] {false, true}) {
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (CsvWriter w = new CsvWriter(a, raw, "h"); CsvWriter v = new CsvWriter(b, raw, "h")) {
          w.text(s, from, to).text(s, from, to).endRecord();
          v.text(s.substring(from, to)).text(s.substring(from, to)).endRecord();
        }
        assertArrayEquals(b.toByteArray(), a.toByteArray(), s + " " + from + " " + to);
      }
    }
  }

  @Test
  void preparedCellsAreWrittenAsTheirText() throws IOException {
    Random r = new Random(17);
    for (int i = 0; i < 20_000; i++) {
      String s = r.nextInt(10) == 0 ? null : randomText(r);
      boolean first = r.nextBoolean();
      for (boolean raw : new boolean[] {false, true}) {
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (CsvWriter w = new CsvWriter(a, raw, "h"); CsvWriter v = new CsvWriter(b, raw, "h")) {
          CsvWriter.Prepared cell = w.prepare(s);
          if (!first) {
            w.num(1);
            v.num(1);
          }
          w.prepared(cell).prepared(cell).endRecord();
          v.text(s).text(s).endRecord();
        }
        assertArrayEquals(b.toByteArray(), a.toByteArray(), s + " raw " + raw);
      }
    }
  }

  private static void assertPlaces(double v, int places) {
    String expected = withoutNegativeZero(String.format(Locale.ROOT, "%." + places + "f", v));
    assertEquals(expected, Csv.format(v, places),
        () -> "for " + v + " (" + Double.toHexString(v) + ") with " + places);
  }

  @Test
  void oneTwoAndThreeDecimalsAreExactlyWhatFormatterPrints() {
    Random r = new Random(19);
    for (int places = 1; places <= 3; places++) {
      double step = Math.pow(10, -places);
      for (int k = 0; k < 2_000_000; k += k < 20_000 ? 1 : 991) {
        double tie = (k + 0.5) * step;
        for (double v : new double[] {tie, Math.nextUp(tie), Math.nextDown(tie), -tie,
            k * step, Math.nextUp(k * step)}) {
          assertPlaces(v, places);
        }
      }
      for (double v : new double[] {0, -0.0, 1048575.95, 1048576, -1048576.05, 1e300,
          Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, 0.05, 0.25, 9.95}) {
        assertPlaces(v, places);
      }
      for (int i = 0; i < 300_000; i++) {
        assertPlaces(r.nextDouble() * 100, places);
        assertPlaces(r.nextGaussian() * 1000, places);
        assertPlaces(r.nextInt(2_000_000) / 1000.0 - 1000, places);
        assertPlaces(Double.longBitsToDouble(r.nextLong()), places);
        assertPlaces(Math.scalb(r.nextDouble(), r.nextInt(60) - 40), places);
      }
    }
  }

  @Test
  void aRegionOfACharArrayIsWrittenAsTheRegionOfItsString() throws IOException {
    Random r = new Random(23);
    for (int i = 0; i < 20_000; i++) {
      String s = randomText(r) + randomText(r);
      char[] chars = s.toCharArray();
      int from = r.nextInt(s.length() + 1);
      int to = from + r.nextInt(s.length() - from + 1);
      for (boolean raw : new boolean[] {false, true}) {
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (CsvWriter w = new CsvWriter(a, raw, "h"); CsvWriter v = new CsvWriter(b, raw, "h")) {
          w.text(chars, from, to).num(1).text(chars, from, to).endRecord();
          v.text(s, from, to).num(1).text(s, from, to).endRecord();
        }
        assertArrayEquals(b.toByteArray(), a.toByteArray(), s + " " + from + " " + to);
      }
    }
  }

  /**
   * Rows encoded into memory chunks (small and past the file buffer's size) and appended give
   * the bytes of the same rows written to the file's writer directly.
   */
  @Test
  void rowsEncodedInMemoryAndAppendedAreTheRowsWrittenDirectly() throws IOException {
    Random r = new Random(29);
    for (int round = 0; round < 300; round++) {
      List<List<List<Object>>> chunks = new ArrayList<>();
      int n = 1 + r.nextInt(6);
      for (int c = 0; c < n; c++) {
        List<List<Object>> rows = new ArrayList<>();
        int records = r.nextInt(4) == 0 ? 0 : r.nextInt(round % 50 == 0 ? 3000 : 8);
        for (int i = 0; i < records; i++) {
          List<Object> row = new ArrayList<>();
          int cells = 1 + r.nextInt(5);
          for (int k = 0; k < cells; k++) {
            row.add(randomValue(r));
          }
          rows.add(row);
        }
        chunks.add(rows);
      }
      for (boolean raw : new boolean[] {false, true}) {
        ByteArrayOutputStream direct = new ByteArrayOutputStream();
        ByteArrayOutputStream appended = new ByteArrayOutputStream();
        try (CsvWriter d = new CsvWriter(direct, raw, "h");
            CsvWriter a = new CsvWriter(appended, raw, "h")) {
          for (List<List<Object>> rows : chunks) {
            CsvWriter m = a.rows(r.nextInt(100));
            for (List<Object> row : rows) {
              for (Object v : row) {
                d.cell(v);
                m.cell(v);
              }
              d.endRecord();
              m.endRecord();
            }
            a.append(m.chunk());
          }
        }
        assertArrayEquals(direct.toByteArray(), appended.toByteArray(), chunks.toString());
      }
    }
  }
}
