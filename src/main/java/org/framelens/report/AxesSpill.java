package org.framelens.report;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.framelens.axes.ArticleAxes;
import org.framelens.compare.Comparison;

/**
 * Each article's semantic-axes sums, kept in a temporary file beside the reports until the run
 * ends (the article rows of {@code axes.csv} need the corpus baseline), with the corpus and
 * per-source sums pooled in memory. Doubles are written in their exact decimal form, so the
 * rows read back are the values written. Not thread-safe.
 */
final class AxesSpill implements Closeable {

  /** One article's axes, read back. */
  record Row(String id, String source, ArticleAxes axes) {
  }

  private final Path file;
  private final java.io.OutputStream raw;
  private final CSVPrinter out;
  private ArticleAxes corpus = ArticleAxes.none();
  private final Map<String, ArticleAxes> bySource = new TreeMap<>();
  private int count;

  AxesSpill(Path outDir) throws IOException {
    Files.createDirectories(outDir);
    this.file = outDir.resolve(".axes." + ProcessHandle.current().pid() + ".part");
    this.raw = Files.newOutputStream(file);
    this.out = new CSVPrinter(new java.io.BufferedWriter(new java.io.OutputStreamWriter(raw,
        StandardCharsets.UTF_8.newEncoder())), CSVFormat.DEFAULT);
  }

  void add(String id, String source, ArticleAxes a) throws IOException {
    List<String> cells = new ArrayList<>();
    cells.add(id);
    cells.add(source);
    cells.add(String.join("\t", a.axisIds()));
    for (int k = 0; k < a.axisIds().size(); k++) {
      cells.add(Double.toString(a.weight(k)));
      cells.add(Double.toString(a.sum()[k]));
      cells.add(Double.toString(a.squares()[k]));
      cells.add(a.topWords().get(k));
    }
    out.printRecord(cells);
    count++;
    corpus = corpus.plus(a);
    bySource.merge(source.isEmpty() ? Comparison.UNKNOWN : source, a, ArticleAxes::plus);
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
    return new Reader(Files.newBufferedReader(file, StandardCharsets.UTF_8));
  }

  /** The rows written, one at a time. */
  static final class Reader implements Closeable {
    private final CSVParser parser;
    private final java.util.Iterator<CSVRecord> records;

    private Reader(BufferedReader in) throws IOException {
      this.parser = CSVParser.parse(in, CSVFormat.DEFAULT);
      this.records = parser.iterator();
    }

    /** The next row, or null at the end. */
    Row next() {
      if (!records.hasNext()) {
        return null;
      }
      CSVRecord r = records.next();
      List<String> ids = List.of(r.get(2).split("\t", -1));
      int n = ids.size();
      double[] w = new double[n];
      double[] s = new double[n];
      double[] q = new double[n];
      List<String> top = new ArrayList<>(n);
      for (int k = 0; k < n; k++) {
        w[k] = Double.parseDouble(r.get(3 + 4 * k));
        s[k] = Double.parseDouble(r.get(4 + 4 * k));
        q[k] = Double.parseDouble(r.get(5 + 4 * k));
        top.add(r.get(6 + 4 * k));
      }
      return new Row(r.get(0), r.get(1), new ArticleAxes(ids, w, s, q, top));
    }

    @Override
    public void close() throws IOException {
      parser.close();
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
