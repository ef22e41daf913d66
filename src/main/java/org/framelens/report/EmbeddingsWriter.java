package org.framelens.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.apache.commons.csv.CSVPrinter;
import org.framelens.analyze.AnalyzedArticle;
import org.framelens.analyze.Sentence;
import org.framelens.embed.PrincipalComponent;
import org.framelens.embed.SentenceEmbeddings;
import org.framelens.pipeline.ArticleResult;
import org.framelens.pipeline.ArticleSink;

/**
 * Writes every sentence vector to a NumPy {@code .npy} file (float32, shape
 * {@code (sentences, dimensions)}, C order; {@code numpy.load(path)}) with a row index CSV
 * beside it ({@code NAME.index.csv}: {@code row, article_id, sentence_index, start, end}), its
 * cells encoded as in the other reports ({@link Csv#cell}), so that it joins them.
 *
 * <p>Vectors are SIF vectors with the corpus's first principal component removed: rows are
 * streamed to the file as articles arrive while {@code XᵀX} is accumulated, and at the end the
 * component is computed and subtracted from every row in place, so memory does not grow with
 * the corpus. Both files appear atomically on {@link #finish()}.
 */
public final class EmbeddingsWriter implements ArticleSink, AutoCloseable {

  /** Bytes reserved for the .npy magic, version, length and header dict (a multiple of 64). */
  private static final int HEADER = 128;

  private final Path npy;
  private final Path index;
  private final Path npyTmp;
  private final Path indexTmp;
  private final int dim;
  private final RandomAccessFile raf;
  private final FileChannel channel;
  private final CSVPrinter rows;
  private final PrincipalComponent pc;
  private final ByteBuffer buf;
  private long count;
  private boolean done;
  private boolean abandoned;
  private final Thread onExit;
  /** Whether text cells are written exactly ({@code --raw-csv}), as in the other reports. */
  private final boolean raw;

  /** The columns of the index file. */
  static final String[] INDEX_COLUMNS = {"row", "article_id", "sentence_index", "start", "end"};

  /** The index written beside {@code npy}: {@code NAME.index.csv} for {@code NAME.npy}. */
  public static Path indexFile(Path npy) {
    String name = npy.getFileName().toString();
    String base = name.endsWith(".npy") ? name.substring(0, name.length() - 4) : name;
    return npy.resolveSibling(base + ".index.csv");
  }

  /** As {@link #EmbeddingsWriter(Path, int, boolean)}, text cells neutralised. */
  public EmbeddingsWriter(Path npy, int dimensions) throws IOException {
    this(npy, dimensions, false);
  }

  /**
   * @param raw true to write the index's text cells exactly ({@code --raw-csv}); else an
   *            {@code article_id} a spreadsheet would run as a formula gets its apostrophe, as in
   *            {@code sentences.csv}
   */
  public EmbeddingsWriter(Path npy, int dimensions, boolean raw) throws IOException {
    this.raw = raw;
    this.npy = npy;
    String name = npy.getFileName().toString();
    this.index = indexFile(npy);
    Path dir = npy.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    long pid = ProcessHandle.current().pid();
    this.npyTmp = dir.resolve("." + name + "." + pid + ".tmp");
    this.indexTmp = dir.resolve("." + index.getFileName() + "." + pid + ".tmp");
    this.dim = dimensions;
    this.raf = new RandomAccessFile(npyTmp.toFile(), "rw");
    raf.setLength(0);
    this.channel = raf.getChannel();
    channel.position(HEADER);
    BufferedWriter w = Files.newBufferedWriter(indexTmp, StandardCharsets.UTF_8);
    this.rows = new CSVPrinter(w, Csv.format(INDEX_COLUMNS));
    this.pc = new PrincipalComponent(dimensions);
    this.buf = ByteBuffer.allocate(dimensions * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    this.onExit = ExitHooks.add("framelens-abandon-embeddings", this::abandon);
  }

  /** The row index CSV written beside the .npy file. */
  public Path indexPath() {
    return index;
  }

  @Override
  public void accept(ArticleResult result) throws IOException {
    SentenceEmbeddings e = result.embeddings();
    AnalyzedArticle a = result.analyzed();
    if (e.isEmpty()) {
      return;
    }
    for (Sentence s : a.sentences()) {
      float[] v = e.vector(s.index());
      pc.add(v);
      buf.clear();
      for (float f : v) {
        buf.putFloat(f);
      }
      buf.flip();
      while (buf.hasRemaining()) {
        channel.write(buf);
      }
      rows.printRecord(count, Csv.cell(a.article().id(), raw), s.index(), s.span().start(), s.span().end());
      count++;
    }
  }

  /** Removes the common component, writes the header and moves both files into place. */
  public void finish() throws IOException {
    float[] u = pc.component();
    long bytes = count * dim * Float.BYTES;
    if (u != null && bytes > 0) {
      float[] v = new float[dim];
      long chunkRows = Math.max(1, (256L << 20) / (dim * Float.BYTES));
      for (long first = 0; first < count; first += chunkRows) {
        long n = Math.min(chunkRows, count - first);
        MappedByteBuffer m = channel.map(FileChannel.MapMode.READ_WRITE,
            HEADER + first * dim * Float.BYTES, n * dim * Float.BYTES);
        m.order(ByteOrder.LITTLE_ENDIAN);
        for (long r = 0; r < n; r++) {
          int off = (int) (r * dim * Float.BYTES);
          for (int d = 0; d < dim; d++) {
            v[d] = m.getFloat(off + d * Float.BYTES);
          }
          PrincipalComponent.remove(v, u);
          for (int d = 0; d < dim; d++) {
            m.putFloat(off + d * Float.BYTES, v[d]);
          }
        }
        m.force();
      }
    }
    channel.write(ByteBuffer.wrap(header(count, dim)), 0);
    channel.force(true);
    raf.close();
    rows.close();
    moveIntoPlace();
  }

  /** Moves both files into place, unless the JVM is stopping ({@link #abandon}). */
  private synchronized void moveIntoPlace() throws IOException {
    if (abandoned) {
      throw new IOException("stopped before " + npy + " was written");
    }
    move(npyTmp, npy);
    move(indexTmp, index);
    done = true;
    ExitHooks.remove(onExit);
  }

  /** When the JVM stops before {@link #finish}: removes the temporary files. */
  synchronized void abandon() {
    if (done) {
      return;
    }
    abandoned = true;
    deleteTemporaryFiles();
  }

  private void deleteTemporaryFiles() {
    try {
      Files.deleteIfExists(npyTmp);
      Files.deleteIfExists(indexTmp);
    } catch (IOException ignored) {
      // best effort
    }
  }

  /** The .npy v1.0 header, padded with spaces to {@value #HEADER} bytes. */
  static byte[] header(long rows, int dim) {
    String dict = String.format(Locale.ROOT,
        "{'descr': '<f4', 'fortran_order': False, 'shape': (%d, %d), }", rows, dim);
    int len = HEADER - 10;
    StringBuilder h = new StringBuilder(dict);
    while (h.length() < len - 1) {
      h.append(' ');
    }
    h.append('\n');
    ByteBuffer b = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
    b.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 0);
    b.putShort((short) len);
    b.put(h.toString().getBytes(StandardCharsets.US_ASCII));
    return b.array();
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @Override
  public void close() {
    if (done) {
      return;
    }
    try {
      raf.close();
      rows.close();
    } catch (IOException ignored) {
      // failing already
    }
    deleteTemporaryFiles();
    ExitHooks.remove(onExit);
  }
}
