package org.framelens.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.framelens.analyze.AnalyzedArticle;
import org.framelens.embed.CompactVectors;
import org.framelens.embed.ModelException;
import org.framelens.embed.Models;
import org.framelens.embed.Neighbors;
import org.framelens.embed.SentenceEmbedder;
import org.framelens.ingest.IngestOptions;
import org.framelens.ingest.NothingReadException;

/**
 * The word-vector benchmark (not a test): model load time, single-thread sentence embedding
 * throughput, and exact top-20 neighbour latency. Figures are recorded in EVALUATION.md.
 */
public final class Bench {

  /**
   * The figures of one run.
   *
   * @param loadSeconds        time to load the model until it answers queries (first load)
   * @param sentences          sentences embedded per repetition
   * @param sentencesPerSecond best single-thread throughput over the repetitions
   * @param neighborMillisMean mean latency of a top-20 query, warm
   * @param neighborMillisMax  slowest top-20 query, warm
   * @param queries            number of neighbour queries timed
   */
  public record Figures(double loadSeconds, int sentences, double sentencesPerSecond,
      double neighborMillisMean, double neighborMillisMax, int queries) {

    public String describe() {
      return String.format(Locale.ROOT, "model ready for queries: %.3f s%n"
          + "sentence embedding (1 thread): %,.0f sentences/s over %,d sentences%n"
          + "top-20 neighbours (exact, full vocabulary): mean %.1f ms, max %.1f ms over %d queries",
          loadSeconds, sentencesPerSecond, sentences, neighborMillisMean, neighborMillisMax,
          queries);
    }
  }

  private static final String[] QUERIES = {"pretext", "regime", "said", "troops", "invasion",
      "sanctions", "nato", "alarming", "claimed", "aggression", "drills", "border", "minister",
      "ukraine", "propaganda", "denied", "threat", "security", "escalation", "puppet"};

  private Bench() {
  }

  /**
   * Runs the benchmark on the sentences of {@code inputs}.
   *
   * @param modelDir  the --model option, or null for the default model
   * @param seconds   how long to repeat the embedding pass
   * @throws NothingReadException when no article could be read from {@code inputs}
   */
  public static Figures run(Path modelDir, List<String> inputs, double seconds)
      throws ModelException, IOException {
    long t0 = System.nanoTime();
    CompactVectors vectors = Models.load(modelDir);
    double load = (System.nanoTime() - t0) / 1e9;

    List<AnalyzedArticle> articles = new ArrayList<>();
    RunResult read = Pipeline.textOnly(IngestOptions.defaults()).run(inputs,
        r -> articles.add(r.analyzed()));
    if (articles.isEmpty()) {
      throw NothingReadException.of(inputs, read.manifest().stream().map(ManifestEntry::input)
          .toList());
    }
    int sentences = articles.stream().mapToInt(a -> a.sentences().size()).sum();
    SentenceEmbedder embedder = new SentenceEmbedder(vectors);
    double best = 0;
    long checksum = 0;
    long deadline = System.nanoTime() + (long) (seconds * 1e9);
    do {
      long s = System.nanoTime();
      for (AnalyzedArticle a : articles) {
        checksum += embedder.embed(a).sentences();
      }
      double rate = sentences / ((System.nanoTime() - s) / 1e9);
      best = Math.max(best, rate);
    } while (System.nanoTime() < deadline);
    if (checksum == 0 && sentences > 0) {
      throw new IllegalStateException("nothing embedded");
    }

    Neighbors nn = new Neighbors(vectors);
    for (int i = 0; i < 5; i++) {
      nn.of(QUERIES[i], 20); // warm-up
    }
    double total = 0;
    double max = 0;
    int n = 0;
    for (int rep = 0; rep < 3; rep++) {
      for (String q : QUERIES) {
        long s = System.nanoTime();
        nn.of(q, 20);
        double ms = (System.nanoTime() - s) / 1e6;
        total += ms;
        max = Math.max(max, ms);
        n++;
      }
    }
    return new Figures(load, sentences, best, total / n, max, n);
  }
}
