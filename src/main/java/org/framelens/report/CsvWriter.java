package org.framelens.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.MalformedInputException;

/**
 * Writes one CSV file in the dialect of {@link Csv} straight to UTF-8 bytes, cell by cell: the
 * same bytes as a Commons CSV {@code CSVPrinter} with {@link Csv#format} printing the cells
 * {@link Csv#cell} makes, without a {@code String} per cell or a character encoder. Quoting is
 * Commons CSV's minimal quoting: a cell is quoted when it starts with a character up to
 * {@code #}, contains a line break, a comma or a double quote, or ends with a character up to a
 * space, and an empty cell is quoted only first in its record; inside quotes a double quote is
 * doubled.
 *
 * <p>A writer made by {@link #rows} writes into memory instead of a file: the rows of one article,
 * encoded on the thread that analysed it, then {@link #append appended} to the file's writer in
 * reading order. Not thread-safe.
 */
final class CsvWriter implements Closeable {

  /** Where the bytes go; null for rows kept in memory ({@link #rows}). */
  private final OutputStream out;
  private final boolean raw;
  private byte[] buf;
  /** The chars of the cell being written. */
  private char[] chars = new char[0];
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
    this.buf = new byte[1 << 16];
    for (String h : header) {
      string(h, 0, h.length(), false, true);
    }
    endRecord();
  }

  private CsvWriter(boolean raw, int capacity) {
    this.out = null;
    this.raw = raw;
    this.buf = new byte[Math.max(capacity, 64)];
  }

  /**
   * A writer of whole records into memory, in the dialect of this writer (its {@code raw}), with
   * room for about {@code capacity} bytes before it grows: see {@link #chunk} and
   * {@link #append}.
   */
  CsvWriter rows(int capacity) {
    return new CsvWriter(raw, capacity);
  }

  /** Records encoded into memory by a {@link #rows} writer: {@code bytes[0, length)}. */
  record Chunk(byte[] bytes, int length) {
  }

  /** What this in-memory writer holds (its buffer, not a copy: write no more to it). */
  Chunk chunk() {
    if (out != null || !newRecord) {
      throw new IllegalStateException("not a writer of whole records into memory");
    }
    return new Chunk(buf, n);
  }

  /** Writes records encoded by a {@link #rows} writer of this writer, as if written here. */
  void append(Chunk rows) throws IOException {
    if (rows.length() == 0) {
      return;
    }
    if (rows.length() >= buf.length / 2) {
      flushBuffer();
      out.write(rows.bytes(), 0, rows.length());
      return;
    }
    ensure(rows.length());
    System.arraycopy(rows.bytes(), 0, buf, n, rows.length());
    n += rows.length();
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
    string(s, from, to, !raw && Csv.isFormula(s, from, to), false);
    return this;
  }

  /**
   * {@link #text(String, int, int)} of the string whose characters are {@code a}: for many
   * cells cut from one text, copied out of its string once.
   */
  CsvWriter text(char[] a, int from, int to) throws IOException {
    if (startCell(to - from)) {
      n = encode(a, from, to, !raw && formula(a, from, to), false, buf, n);
    }
    return this;
  }

  /**
   * Starts a string cell of {@code len} characters: room for it, the delimiter, and an empty
   * cell written out ({@code ""} when it is a record's only cell, as Commons CSV writes it).
   *
   * @return whether the cell has characters left to encode
   */
  private boolean startCell(int len) throws IOException {
    ensure(3 * len + 4);
    boolean first = newRecord;
    delimiter();
    if (len == 0) {
      if (first) {
        buf[n++] = '"';
        buf[n++] = '"';
      }
      return false;
    }
    return true;
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
      return ascii(org.framelens.text.Decimals.format(v, 3, false));
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
    flushBuffer();
    out.flush();
  }

  private void flushBuffer() throws IOException {
    if (n > 0) {
      out.write(buf, 0, n);
      n = 0;
    }
  }

  /** Flushes and closes the stream (a failing flush leaves the stream to its owner to close). */
  @Override
  public void close() throws IOException {
    if (out == null) {
      return;
    }
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
    if (!startCell(len)) {
      return;
    }
    if (chars.length < len) {
      chars = new char[Math.max(Math.max(len, 64), 2 * chars.length)];
    }
    s.getChars(from, to, chars, 0);
    n = encode(chars, 0, len, apostrophe, strict, buf, n);
  }

  /**
   * A non-empty cell already encoded, as {@link #text} would write it (see {@link #prepare}):
   * for a value that repeats on many rows, such as an article's title on each of its sentences.
   */
  CsvWriter prepared(Prepared cell) throws IOException {
    byte[] bytes = cell.bytes;
    if (bytes == null) {
      return empty(false);
    }
    if (bytes.length == 0) {
      return empty(true);
    }
    ensure(bytes.length);
    delimiter();
    System.arraycopy(bytes, 0, buf, n, bytes.length);
    n += bytes.length;
    return this;
  }

  /** {@link Csv#isFormula} of {@code a[from, to)} ({@code from < to}). */
  private static boolean formula(char[] a, int from, int to) {
    return Csv.isFormulaStart(a[from])
        && Csv.isFormula(java.nio.CharBuffer.wrap(a), from, to);
  }

  /** A text cell encoded once (with this writer's {@code raw}), to be written by {@link #prepared}. */
  Prepared prepare(String s) throws IOException {
    if (s == null) {
      return Prepared.NULL;
    }
    int len = s.length();
    if (len == 0) {
      return Prepared.EMPTY;
    }
    char[] a = new char[len];
    s.getChars(0, len, a, 0);
    byte[] b = new byte[3 * len + 3];
    int end = encode(a, 0, len, !raw && formula(a, 0, len), false, b, 0);
    return new Prepared(java.util.Arrays.copyOf(b, end));
  }

  /** A text cell's bytes, encoded once by {@link #prepare}; null bytes for a null value. */
  static final class Prepared {
    static final Prepared NULL = new Prepared(null);
    static final Prepared EMPTY = new Prepared(new byte[0]);

    private final byte[] bytes;

    private Prepared(byte[] bytes) {
      this.bytes = bytes;
    }

    /** The bytes the cell takes (without its delimiter). */
    int length() {
      return bytes == null ? 0 : Math.max(bytes.length, 2);
    }
  }

  /**
   * Encodes the cell {@code a[from, to)} ({@code from < to}) at {@code b[at]} (room for
   * {@code 3 * (to - from) + 3} bytes) and returns the end. One pass: the text goes one byte
   * after {@code at}, where an opening quote would stand, while the pass notes whether the cell
   * needs quotes; without, it moves back by one byte.
   */
  private static int encode(char[] a, int from, int to, boolean apostrophe, boolean strict,
      byte[] b, int at) throws MalformedInputException {
    int p = at + 1;
    if (apostrophe) {
      b[p++] = '\'';
    }
    boolean special = false;
    for (int i = from; i < to; i++) {
      char c = a[i];
      if (c < 0x80) {
        special |= c == '"' | c == ',' | c == '\n' | c == '\r';
        if (c == '"') {
          b[p++] = '"'; // a double quote always makes the cell quoted, and doubles inside
        }
        b[p++] = (byte) c;
      } else if (c < 0x800) {
        b[p++] = (byte) (0xc0 | (c >> 6));
        b[p++] = (byte) (0x80 | (c & 0x3f));
      } else if (!Character.isSurrogate(c)) {
        b[p++] = (byte) (0xe0 | (c >> 12));
        b[p++] = (byte) (0x80 | ((c >> 6) & 0x3f));
        b[p++] = (byte) (0x80 | (c & 0x3f));
      } else if (Character.isHighSurrogate(c) && i + 1 < to
          && Character.isLowSurrogate(a[i + 1])) {
        p = codePoint(Character.toCodePoint(c, a[++i]), b, p);
      } else if (strict) {
        throw new MalformedInputException(1);
      } else {
        b[p++] = (byte) 0xef; // U+FFFD
        b[p++] = (byte) 0xbf;
        b[p++] = (byte) 0xbd;
      }
    }
    // Commons CSV's minimal quoting (an apostrophe in front is never a reason to quote)
    if (special || !apostrophe && a[from] <= '#' || a[to - 1] <= ' ') {
      b[at] = '"';
      b[p++] = '"';
      return p;
    }
    System.arraycopy(b, at + 1, b, at, p - at - 1);
    return p - 1;
  }

  /** A supplementary code point in four UTF-8 bytes at {@code b[p]}; returns the end. */
  private static int codePoint(int cp, byte[] b, int p) {
    b[p] = (byte) (0xf0 | (cp >> 18));
    b[p + 1] = (byte) (0x80 | ((cp >> 12) & 0x3f));
    b[p + 2] = (byte) (0x80 | ((cp >> 6) & 0x3f));
    b[p + 3] = (byte) (0x80 | (cp & 0x3f));
    return p + 4;
  }

  /** Room for {@code bytes} more bytes (and a delimiter), flushing or growing the buffer. */
  private void ensure(int bytes) throws IOException {
    if (n + bytes + 1 > buf.length) {
      if (out == null) {
        buf = java.util.Arrays.copyOf(buf, Math.max(n + bytes + 1, 2 * buf.length));
        return;
      }
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
