package org.framelens.report;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.framelens.axes.ArticleAxes;
import org.framelens.compare.Comparison;

/**
 * Each article's semantic-axes sums, kept in a temporary file beside the reports until the run
 * ends (the article rows of {@code axes.csv} need the corpus baseline), with the corpus and
 * per-source sums pooled in memory. The file is binary (texts as UTF-16 units, doubles as their
 * bits), so the rows read back are exactly the values written. Not thread-safe.
 */
final class AxesSpill implements Closeable {

  /** One article's axes, read back. */
  record Row(String id, String source, ArticleAxes axes) {
  }

  private final Path file;
  private final java.io.OutputStream raw;
  private final DataOutputStream out;
  private ArticleAxes corpus = ArticleAxes.none();
  private final Map<String, ArticleAxes> bySource = new TreeMap<>();
  private int count;

  AxesSpill(Path outDir) throws IOException {
    Files.createDirectories(outDir);
    this.file = outDir.resolve(".axes." + ProcessHandle.current().pid() + ".part");
    this.raw = Files.newOutputStream(file);
    this.out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16));
  }

  /**
   * One article's axes as {@link #add(Entry)} spills them: the row's bytes, encoded by
   * {@link #entry} on any thread, and the sums to pool.
   */
  record Entry(String source, ArticleAxes axes, byte[] bytes) {
  }

  void add(String id, String source, ArticleAxes a) throws IOException {
    add(entry(id, source, a));
  }

  /** Encodes an article's row of the spill file (pure). */
  static Entry entry(String id, String source, ArticleAxes a) {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(256);
    DataOutputStream out = new DataOutputStream(bytes);
    try {
      writeText(out, id);
      writeText(out, source);
      List<String> ids = a.axisIds();
      out.writeInt(ids.size());
      for (int k = 0; k < ids.size(); k++) {
        writeText(out, ids.get(k));
        out.writeDouble(a.weight(k));
        out.writeDouble(a.sum()[k]);
        out.writeDouble(a.squares()[k]);
        writeText(out, a.topWords().get(k));
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // into memory: cannot happen
    }
    return new Entry(source, a, bytes.toByteArray());
  }

  /** Spills an article's row and pools its sums (in reading order). */
  void add(Entry e) throws IOException {
    out.write(e.bytes());
    count++;
    corpus = corpus.plus(e.axes());
    bySource.merge(e.source(), e.axes(), ArticleAxes::plus);
  }

  private static void writeText(DataOutputStream out, String s) throws IOException {
    out.writeInt(s.length());
    out.writeChars(s);
  }

  boolean isEmpty() {
    return count == 0;
  }

  ArticleAxes corpus() {
    return corpus;
  }

  Map<String, ArticleAxes> bySource() {
    return bySource;
  }

  /** Reads the articles back, in the order they were added. */
  Reader read() throws IOException {
    out.close();
    return new Reader(new DataInputStream(new BufferedInputStream(Files.newInputStream(file),
        1 << 16)), count);
  }

  /** The rows written, one at a time. */
  static final class Reader implements Closeable {
    private final DataInputStream in;
    private int left;
    private char[] chars = new char[64];
    private byte[] bytes = new byte[128];

    private Reader(DataInputStream in, int rows) {
      this.in = in;
      this.left = rows;
    }

    /** The next row, or null at the end. */
    Row next() throws IOException {
      if (left == 0) {
        return null;
      }
      left--;
      String id = readText();
      String source = readText();
      int n = in.readInt();
      List<String> ids = new ArrayList<>(n);
      double[] w = new double[n];
      double[] s = new double[n];
      double[] q = new double[n];
      List<String> top = new ArrayList<>(n);
      for (int k = 0; k < n; k++) {
        ids.add(readText());
        w[k] = in.readDouble();
        s[k] = in.readDouble();
        q[k] = in.readDouble();
        top.add(readText());
      }
      return new Row(id, source, new ArticleAxes(ids, w, s, q, top));
    }

    /** A text as {@code writeChars} wrote it: big-endian UTF-16 units, read in one go. */
    private String readText() throws IOException {
      int len = in.readInt();
      if (chars.length < len) {
        chars = new char[Math.max(len, 2 * chars.length)];
        bytes = new byte[2 * chars.length];
      }
      in.readFully(bytes, 0, 2 * len);
      for (int i = 0; i < len; i++) {
        chars[i] = (char) ((bytes[2 * i] & 0xff) << 8 | (bytes[2 * i + 1] & 0xff));
      }
      return new String(chars, 0, len);
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /** Deletes the temporary file. */
  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException ignored) {
      // a failing flush (full disk): the file itself is closed below
    }
    try {
      raw.close();
    } catch (IOException ignored) {
      // best effort
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // best effort
    }
  }
}
