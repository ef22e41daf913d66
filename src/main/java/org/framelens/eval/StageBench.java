package org.framelens.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.framelens.compare.Alignment;
import org.framelens.embed.SentenceEmbedder;
import org.framelens.ingest.Article;
import org.framelens.ingest.InputReport;
import org.framelens.ingest.NothingReadException;
import org.framelens.pipeline.ArticleResult;
import org.framelens.pipeline.Pipeline;
import org.framelens.pipeline.RunResult;
import org.framelens.report.CsvReportWriter;

/**
 * The stage benchmark (not a test): where one thread spends its time on a corpus, stage by stage,
 * all reports written. Each pass reads the inputs, runs every stage on every article and writes
 * the reports into a scratch directory; the first pass also warms the JIT compiler, so the figures
 * of the later passes are the steady state, and end-to-end runs (a new JVM, several threads) are
 * measured separately by {@code scripts/bench-corpus}. Figures are recorded in EVALUATION.md.
 */
public final class StageBench {

  /** The stages in the order of the table: reading, the per-article stages, the reports. */
  public static final List<String> STAGES;

  static {
    List<String> s = new ArrayList<>();
    s.add("read");
    s.addAll(Pipeline.STAGES);
    s.add("reports");
    STAGES = List.copyOf(s);
  }

  /**
   * The figures of one run.
   *
   * @param bytes    input bytes per pass (the files' sizes)
   * @param articles articles per pass
   * @param passes   seconds per stage (indexed as {@link #STAGES}), one row per pass
   */
  public record Figures(long bytes, int articles, List<double[]> passes) {

    public Figures {
      passes = List.copyOf(passes);
    }

    /** The fastest time of each stage over the passes after the first (all passes if one). */
    public double[] best() {
      double[] best = new double[STAGES.size()];
      java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
      for (int p = passes.size() > 1 ? 1 : 0; p < passes.size(); p++) {
        for (int i = 0; i < best.length; i++) {
          best[i] = Math.min(best[i], passes.get(p)[i]);
        }
      }
      return best;
    }

    /** A plain-text table: seconds, MB/s and share per stage, first pass and steady state. */
    public String describe() {
      StringBuilder sb = new StringBuilder();
      double[] best = best();
      double[] first = passes.get(0);
      double total = 0;
      double firstTotal = 0;
      for (int i = 0; i < best.length; i++) {
        total += best[i];
        firstTotal += first[i];
      }
      sb.append(String.format(Locale.ROOT, "%d articles, %.1f MB per pass, %d passes, one thread%n",
          articles, bytes / 1e6, passes.size()));
      sb.append(String.format(Locale.ROOT, "%-9s %10s %10s %9s %7s%n", "stage", "first s",
          "steady s", "MB/s", "share"));
      for (int i = 0; i < best.length; i++) {
        sb.append(String.format(Locale.ROOT, "%-9s %10.3f %10.3f %9.1f %6.1f%%%n", STAGES.get(i),
            first[i], best[i], bytes / 1e6 / best[i], 100 * best[i] / total));
      }
      sb.append(String.format(Locale.ROOT, "%-9s %10.3f %10.3f %9.1f %6.1f%%", "all", firstTotal,
          total, bytes / 1e6 / total, 100.0));
      return sb.toString();
    }
  }

  private StageBench() {
  }

  /**
   * Runs {@code passes} passes over {@code inputs} on the calling thread.
   *
   * @param pipeline the stages (as {@code analyze} builds them)
   * @param embedder the word vectors, for the alignment in the reports (null: none)
   * @param axisIds  the columns of axes.csv
   * @param scratch  a directory for the reports (overwritten each pass)
   * @throws NothingReadException when no article could be read from {@code inputs}
   */
  public static Figures run(Pipeline pipeline, SentenceEmbedder embedder, List<String> axisIds,
      List<String> inputs, Path scratch, int passes) throws IOException {
    if (passes < 1) {
      throw new IllegalArgumentException("passes must be at least 1, got " + passes);
    }
    Files.createDirectories(scratch);
    List<double[]> rows = new ArrayList<>();
    long bytes = 0;
    int articles = 0;
    for (int p = 0; p < passes; p++) {
      int stages = Pipeline.STAGES.size();
      long[] nanos = new long[stages + 2];
      long t0 = System.nanoTime();
      List<Article> read = new ArrayList<>();
      List<InputReport> reports = pipeline.read(inputs, read::add);
      nanos[0] = System.nanoTime() - t0;
      if (read.isEmpty()) {
        throw NothingReadException.of(inputs, reports);
      }
      long[] perStage = new long[stages];
      Alignment alignment = embedder == null ? null : new Alignment(embedder);
      try (CsvReportWriter writer = new CsvReportWriter(scratch, alignment, axisIds, false)) {
        for (Article a : read) {
          ArticleResult r = pipeline.analyze(a, perStage);
          long w = System.nanoTime();
          writer.accept(r);
          nanos[stages + 1] += System.nanoTime() - w;
        }
        long w = System.nanoTime();
        writer.finish(new RunResult(List.of(), read.size(), 0, 0, List.of()));
        nanos[stages + 1] += System.nanoTime() - w;
      }
      System.arraycopy(perStage, 0, nanos, 1, stages);
      double[] seconds = new double[nanos.length];
      for (int i = 0; i < nanos.length; i++) {
        seconds[i] = nanos[i] / 1e9;
      }
      rows.add(seconds);
      bytes = reports.stream().mapToLong(InputReport::bytes).sum();
      articles = read.size();
    }
    return new Figures(bytes, articles, rows);
  }
}
