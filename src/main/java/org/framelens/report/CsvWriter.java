package org.framelens.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.MalformedInputException;
import java.util.Locale;

/**
 * Writes one CSV file in the dialect of {@link Csv} straight to UTF-8 bytes, cell by cell: the
 * same bytes as a Commons CSV {@code CSVPrinter} with {@link Csv#format} printing the cells
 * {@link Csv#cell} makes, without a {@code String} per cell or a character encoder. Quoting is
 * Commons CSV's minimal quoting: a cell is quoted when it starts with a character up to
 * {@code #}, contains a line break, a comma or a double quote, or ends with a character up to a
 * space, and an empty cell is quoted only first in its record; inside quotes a double quote is
 * doubled. Not thread-safe.
 */
final class CsvWriter implements Closeable {

  private final OutputStream out;
  private final boolean raw;
  private byte[] buf = new byte[1 << 16];
  /** The chars of the cell being written. */
  private char[] chars = new char[1 << 10];
  private int n;
  private boolean newRecord = true;

  /**
   * @param out    where the bytes go (closed by {@link #close})
   * @param raw    true to write text cells exactly (no spreadsheet-formula neutralising)
   * @param header the header record
   */
  CsvWriter(OutputStream out, boolean raw, String... header) throws IOException {
    this.out = out;
    this.raw = raw;
    for (String h : header) {
      string(h, 0, h.length(), false, true);
    }
    endRecord();
  }

  /**
   * A text cell as {@link Csv#cell(Object, boolean)} makes it: a lone surrogate written as
   * U+FFFD, and (unless raw) a leading apostrophe before a formula-like start.
   */
  CsvWriter text(String s) throws IOException {
    if (s == null) {
      return empty(false);
    }
    return text(s, 0, s.length());
  }

  /** {@link #text(String)} of {@code s.substring(from, to)}, without making that string. */
  CsvWriter text(String s, int from, int to) throws IOException {
    string(s, from, to, !raw && from < to && Csv.isFormulaStart(s.charAt(from)), false);
    return this;
  }

  /** A whole number. */
  CsvWriter num(long v) throws IOException {
    ensure(21);
    delimiter();
    if (v < 0) {
      if (v == Long.MIN_VALUE) {
        return ascii(Long.toString(v));
      }
      buf[n++] = '-';
      v = -v;
    }
    int digits = 1;
    for (long w = v / 10; w > 0; w /= 10) {
      digits++;
    }
    for (int i = n + digits - 1; i >= n; i--) {
      buf[i] = (byte) ('0' + v % 10);
      v /= 10;
    }
    n += digits;
    return this;
  }

  /** {@link Csv#decimal(double)}: three decimals, an empty cell for NaN. */
  CsvWriter decimal(double v) throws IOException {
    if (Double.isNaN(v)) {
      return empty(true);
    }
    ensure(Csv.DECIMAL_BYTES + 1);
    delimiter();
    int end = Csv.decimal(v, buf, n);
    if (end < 0) {
      return ascii(String.format(Locale.ROOT, "%.3f", v));
    }
    n = end;
    return this;
  }

  /** {@code "1"} or {@code "0"}. */
  CsvWriter flag(boolean b) throws IOException {
    ensure(2);
    delimiter();
    buf[n++] = (byte) (b ? '1' : '0');
    return this;
  }

  /**
   * Any value as {@code CSVPrinter} prints {@code Csv.cell(value, raw)}: a {@code String} as
   * {@link #text}, null as an empty cell never quoted, anything else by its {@code toString()}
   * (quoted by the same rules, never neutralised).
   */
  CsvWriter cell(Object value) throws IOException {
    if (value instanceof String s) {
      return text(s);
    }
    if (value == null) {
      return empty(false);
    }
    if (value instanceof Integer || value instanceof Long) {
      return num(((Number) value).longValue());
    }
    String text = value.toString();
    string(text, 0, text.length(), false, false);
    return this;
  }

  /** Ends the record ({@code \n}). */
  void endRecord() throws IOException {
    ensure(1);
    buf[n++] = '\n';
    newRecord = true;
  }

  /** Writes out what is buffered. */
  void flush() throws IOException {
    if (n > 0) {
      out.write(buf, 0, n);
      n = 0;
    }
    out.flush();
  }

  /** Flushes and closes the stream (a failing flush leaves the stream to its owner to close). */
  @Override
  public void close() throws IOException {
    flush();
    out.close();
  }

  /** An empty cell; {@code quoteFirst}: quoted when first in its record (an empty string). */
  private CsvWriter empty(boolean quoteFirst) throws IOException {
    ensure(3);
    if (newRecord && quoteFirst) {
      delimiter();
      buf[n++] = '"';
      buf[n++] = '"';
    } else {
      delimiter();
    }
    return this;
  }

  /** A cell known to be ASCII that needs no quoting (a number). */
  private CsvWriter ascii(String s) throws IOException {
    ensure(s.length());
    for (int i = 0; i < s.length(); i++) {
      buf[n++] = (byte) s.charAt(i);
    }
    return this;
  }

  private void delimiter() {
    if (!newRecord) {
      buf[n++] = ',';
    }
    newRecord = false;
  }

  /**
   * A string cell ({@code s} from {@code from} to {@code to}), after an apostrophe when
   * {@code apostrophe}; with {@code strict} a lone surrogate fails as a UTF-8 encoder fails,
   * otherwise it is written as U+FFFD.
   */
  private void string(String s, int from, int to, boolean apostrophe, boolean strict)
      throws IOException {
    int len = to - from;
    ensure(3 * len + 4);
    boolean first = newRecord;
    delimiter();
    if (len == 0) {
      if (first) {
        buf[n++] = '"';
        buf[n++] = '"';
      }
      return;
    }
    if (chars.length < len) {
      chars = new char[Math.max(len, 2 * chars.length)];
    }
    char[] a = chars;
    s.getChars(from, to, a, 0);
    // Commons CSV's minimal quoting (an apostrophe in front is never a reason to quote)
    boolean quote = !apostrophe && a[0] <= '#' || a[len - 1] <= ' ';
    for (int i = 0; i < len && !quote; i++) {
      char c = a[i];
      quote = c == '\n' || c == '\r' || c == '"' || c == ',';
    }
    byte[] b = buf;
    int p = n;
    if (quote) {
      b[p++] = '"';
    }
    if (apostrophe) {
      b[p++] = '\'';
    }
    for (int i = 0; i < len; i++) {
      char c = a[i];
      if (c < 0x80) {
        if (c == '"' && quote) {
          b[p++] = '"';
        }
        b[p++] = (byte) c;
      } else if (c < 0x800) {
        b[p++] = (byte) (0xc0 | (c >> 6));
        b[p++] = (byte) (0x80 | (c & 0x3f));
      } else if (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE) {
        b[p++] = (byte) (0xe0 | (c >> 12));
        b[p++] = (byte) (0x80 | ((c >> 6) & 0x3f));
        b[p++] = (byte) (0x80 | (c & 0x3f));
      } else if (Character.isHighSurrogate(c) && i + 1 < len
          && Character.isLowSurrogate(a[i + 1])) {
        int cp = Character.toCodePoint(c, a[++i]);
        b[p++] = (byte) (0xf0 | (cp >> 18));
        b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
        b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
        b[p++] = (byte) (0x80 | (cp & 0x3f));
      } else if (strict) {
        n = p;
        throw new MalformedInputException(1);
      } else {
        b[p++] = (byte) 0xef; // U+FFFD
        b[p++] = (byte) 0xbf;
        b[p++] = (byte) 0xbd;
      }
    }
    if (quote) {
      b[p++] = '"';
    }
    n = p;
  }

  /** Room for {@code bytes} more bytes (and a delimiter), flushing or growing the buffer. */
  private void ensure(int bytes) throws IOException {
    if (n + bytes + 1 > buf.length) {
      if (n > 0) {
        out.write(buf, 0, n);
        n = 0;
      }
      if (bytes + 1 > buf.length) {
        buf = new byte[Math.max(bytes + 1, 2 * buf.length)];
      }
    }
  }
}
