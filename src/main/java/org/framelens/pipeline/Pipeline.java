package org.framelens.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.framelens.analyze.AnalyzedArticle;
import org.framelens.analyze.TextAnalyzer;
import org.framelens.axes.ArticleAxes;
import org.framelens.axes.FrameAxes;
import org.framelens.clean.Cleaner;
import org.framelens.cues.ArticleCues;
import org.framelens.cues.CueAnalyzer;
import org.framelens.embed.SentenceEmbedder;
import org.framelens.embed.SentenceEmbeddings;
import org.framelens.ingest.Article;
import org.framelens.ingest.IngestOptions;
import org.framelens.ingest.Ingestor;
import org.framelens.ingest.InputReport;
import org.framelens.ingest.Problem;

/**
 * Runs the stages over all inputs: ingest, clean, analyse, and hands each result to a sink as
 * soon as it is ready. Every stage is a pure function of its input; this class only wires them
 * and accounts for every input. An article that makes a stage fail is reported (file and line)
 * and the run goes on.
 */
public final class Pipeline {

  private final IngestOptions ingestOptions;
  private final Cleaner cleaner;
  private final TextAnalyzer analyzer;
  private final SentenceEmbedder embedder;
  private final CueAnalyzer cues;
  private final FrameAxes axes;

  /**
   * @param embedder the embed stage, or null to run without word vectors
   * @param cues     the cue stage, or null to run without it
   */
  public Pipeline(IngestOptions ingestOptions, Cleaner cleaner, TextAnalyzer analyzer,
      SentenceEmbedder embedder, CueAnalyzer cues) {
    this(ingestOptions, cleaner, analyzer, embedder, cues, null);
  }

  private Pipeline(IngestOptions ingestOptions, Cleaner cleaner, TextAnalyzer analyzer,
      SentenceEmbedder embedder, CueAnalyzer cues, FrameAxes axes) {
    this.ingestOptions = ingestOptions;
    this.cleaner = cleaner;
    this.analyzer = analyzer;
    this.embedder = embedder;
    this.cues = cues;
    this.axes = axes;
  }

  /** The default text stages; {@code embedder} and {@code cues} may be null. */
  public static Pipeline defaults(IngestOptions options, SentenceEmbedder embedder,
      CueAnalyzer cues) {
    return new Pipeline(options, Cleaner.defaults(), TextAnalyzer.english(), embedder, cues);
  }

  /** A copy of this pipeline with the semantic-axes stage (which needs word vectors). */
  public Pipeline withAxes(FrameAxes frameAxes) {
    return new Pipeline(ingestOptions, cleaner, analyzer, embedder, cues, frameAxes);
  }

  /** Ingest and text stages only: no word vectors, no cues. */
  public static Pipeline textOnly(IngestOptions options) {
    return defaults(options, null, null);
  }

  /** The pure per-article part: every stage on one article. */
  public ArticleResult analyze(Article article) {
    AnalyzedArticle a = analyzer.analyze(cleaner.clean(article));
    return new ArticleResult(a, embedder == null ? SentenceEmbeddings.none() : embedder.embed(a),
        cues == null ? ArticleCues.none() : cues.analyze(a),
        axes == null ? ArticleAxes.none() : axes.score(a));
  }

  /**
   * Reads all inputs and streams the analysed articles to {@code sink}.
   *
   * @throws IOException when the sink cannot write (the run cannot do its job)
   */
  public RunResult run(List<String> inputs, ArticleSink sink) throws IOException {
    Map<String, int[]> perPath = new HashMap<>(); // path -> {removed, sentences, failed}
    List<Problem> analysisProblems = new ArrayList<>();
    int[] totals = new int[3];
    List<InputReport> reports;
    try {
      reports = new Ingestor(ingestOptions).read(inputs, article -> {
        int[] counts = perPath.computeIfAbsent(article.path(), k -> new int[3]);
        ArticleResult result;
        try {
          result = analyze(article);
        } catch (RuntimeException | StackOverflowError e) {
          counts[2]++;
          analysisProblems.add(new Problem(article.path(), article.line(),
              "could not analyse article " + article.id() + ": " + e));
          return;
        }
        try {
          sink.accept(result);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        AnalyzedArticle a = result.analyzed();
        counts[0] += a.clean().removed().size();
        counts[1] += a.sentences().size();
        totals[0]++;
        totals[1] += a.sentences().size();
        totals[2] += a.clean().removed().size();
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    List<ManifestEntry> manifest = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (InputReport r : reports) {
      int[] c = perPath.getOrDefault(r.path(), new int[3]);
      InputReport adjusted = r;
      if (c[2] > 0) {
        List<Problem> ps = new ArrayList<>(r.problems());
        analysisProblems.stream().filter(p -> p.path().equals(r.path())).forEach(ps::add);
        String reason = (r.reason().isEmpty() ? "" : r.reason() + "; ") + c[2]
            + " article(s) could not be analysed";
        InputReport.Status status = r.articles() - c[2] == 0 ? InputReport.Status.FAILED : r.status();
        adjusted = new InputReport(r.path(), r.format(), status, reason,
            r.articles() - c[2], r.recordsFailed() + c[2], r.encoding(), r.bytes(), ps);
      }
      manifest.add(new ManifestEntry(adjusted, c[0], c[1]));
      problems.addAll(adjusted.problems());
    }
    return new RunResult(manifest, totals[0], totals[1], totals[2], problems);
  }
}
