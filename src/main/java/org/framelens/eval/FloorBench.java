package org.framelens.eval;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.framelens.embed.WordVectors;
import org.framelens.ingest.Article;
import org.framelens.ingest.IngestOptions;
import org.framelens.ingest.Ingestor;
import org.framelens.ingest.InputReport;
import org.framelens.ingest.NothingReadException;

/**
 * The floor benchmark (not a test, and not part of {@code analyze}): how fast this machine runs
 * only the work no implementation of {@code analyze} can avoid, so the throughput goal can be
 * weighed against it. It reads the inputs with the real reader, and on {@code threads} workers
 * looks every word up in the word vectors (each run of letters and digits, looked up as
 * {@code analyze} does, lower-cased: a stand-in for the tokenizer that finds fewer, simpler
 * tokens) and encodes the article's id and
 * text as one CSV row; the main thread writes the rows in reading order to one file, as
 * {@code analyze} writes its reports. No sentence splitting, quotations, cues, model, axes,
 * statistics or HTML, and the text is written once where {@code analyze}'s reports hold about
 * four times the input's size. Whatever {@code analyze} does costs at least this.
 */
public final class FloorBench {

  private FloorBench() {}

  /**
   * The figures of one run.
   *
   * @param articles  articles read
   * @param textChars characters of article text
   * @param bytes     input bytes (the sizes of the files read)
   * @param words     word lookups
   * @param found     lookups that found a vector
   * @param written   bytes written
   * @param seconds   seconds from reading the first input to closing the output
   */
  public record Figures(int articles, long textChars, long bytes, long words, long found,
      long written, double seconds) {

    /** A plain-text summary. */
    public String describe() {
      return String.format(Locale.ROOT,
          "floor: %d articles, %.1f MB of input, %d word lookups (%d found), %.1f MB written%n"
              + "in-process: %.3f s, %.1f MB/s (the JVM's start and the model's load not included)",
          articles, bytes / 1e6, words, found, written / 1e6, seconds, bytes / 1e6 / seconds);
    }
  }

  /**
   * Runs the floor over {@code inputs}, writing its one CSV to {@code out}.
   *
   * @throws NothingReadException when no article could be read from {@code inputs}
   */
  public static Figures run(WordVectors vectors, List<String> inputs, Path out, int threads)
      throws IOException {
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "floor-worker");
      t.setDaemon(true);
      return t;
    });
    long[] totals = new long[5]; // articles, text chars, words, found, bytes written
    List<InputReport> reports;
    try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
      ArrayDeque<Future<Row>> pending = new ArrayDeque<>();
      Ingestor ingestor = new Ingestor(IngestOptions.defaults());
      reports = ingestor.read(inputs, a -> {
        pending.add(pool.submit(() -> row(vectors, a)));
        // Bounded like analyze: write what is done once enough articles are in flight.
        while (pending.size() > 4 * threads) {
          write(pending.poll(), os, totals);
        }
      });
      while (!pending.isEmpty()) {
        write(pending.poll(), os, totals);
      }
    } finally {
      pool.shutdownNow();
    }
    if (totals[0] == 0) {
      throw NothingReadException.of(inputs, reports);
    }
    long bytes = reports.stream().mapToLong(InputReport::bytes).sum();
    return new Figures((int) totals[0], totals[1], bytes, totals[2], totals[3], totals[4],
        (System.nanoTime() - start) / 1e9);
  }

  private record Row(byte[] bytes, int chars, int words, int found) {}

  private static void write(Future<Row> f, OutputStream os, long[] totals) {
    try {
      Row r = f.get();
      os.write(r.bytes);
      totals[0]++;
      totals[1] += r.chars;
      totals[2] += r.words;
      totals[3] += r.found;
      totals[4] += r.bytes.length;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One article's work: its word lookups and its CSV row. */
  static Row row(WordVectors vectors, Article a) {
    String text = a.text();
    char[] chars = text.toCharArray();
    char[] scratch = new char[64];
    int words = 0;
    int found = 0;
    int i = 0;
    int n = chars.length;
    while (i < n) {
      if (!Character.isLetterOrDigit(chars[i])) {
        i++;
        continue;
      }
      int from = i;
      while (i < n && Character.isLetterOrDigit(chars[i])) {
        i++;
      }
      words++;
      if (vectors.find(text, from, i, scratch) >= 0) {
        found++;
      }
    }
    return new Row(csvRow(a.id(), text).getBytes(StandardCharsets.UTF_8), n, words, found);
  }

  /** {@code id,text} as one CSV record, each cell quoted (double quotes doubled). */
  static String csvRow(String id, String text) {
    StringBuilder sb = new StringBuilder(id.length() + text.length() + 8);
    quoted(sb, id);
    sb.append(',');
    quoted(sb, text);
    return sb.append("\r\n").toString();
  }

  private static void quoted(StringBuilder sb, String s) {
    sb.append('"');
    if (s.indexOf('"') < 0) {
      sb.append(s);
    } else {
      sb.append(s.replace("\"", "\"\""));
    }
    sb.append('"');
  }
}
