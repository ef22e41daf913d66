package org.framelens.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.framelens.analyze.AnalyzedArticle;
import org.framelens.analyze.EnglishCheck;
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

  /**
   * The longest article analysed, in characters (about 300,000 words; the longest news articles
   * have a few tens of thousands): a longer "article" is a dump, not prose, and is reported as
   * failed, so memory per article stays bounded.
   */
  public static final int MAX_ARTICLE_CHARS = 2_000_000;

  /** Characters of article text analysed at once, at most (besides the article being read). */
  static final long MAX_CHARS_IN_FLIGHT = 4_000_000;

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

  /**
   * What analysing one article gave: a result and the sink's prepared work on it, or why it
   * could not be analysed.
   */
  private record Outcome(ArticleResult result, ArticleSink.Append append, String error,
      boolean nonEnglish) {

    Outcome(ArticleResult result, ArticleSink.Append append, String error) {
      this(result, append, error, false);
    }
  }

  /** An article whose analysis may still be running. */
  private record Pending(Article article, CompletableFuture<Outcome> future) {

    boolean isDone() {
      return future.isDone();
    }

    Outcome outcome() {
      try {
        return future.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for an analysis", e);
      } catch (ExecutionException e) {
        // safely() catches what an article can cause; anything else (OutOfMemoryError) is fatal
        Throwable c = e.getCause();
        if (c instanceof Error err) {
          throw err;
        }
        if (c instanceof RuntimeException re) {
          throw re; // from the sink's prepare, as it would come from the sink itself
        }
        throw new IllegalStateException(c);
      }
    }
  }

  private static Outcome tooLong(Article article) {
    return new Outcome(null, null, "too long (" + article.text().length()
        + " characters; the limit is " + MAX_ARTICLE_CHARS + "): split it into articles");
  }

  /**
   * Analyses the article and lets the sink prepare its work on it (on the calling thread); an
   * article that makes a stage fail gives its error instead. A failing {@code prepare} is the
   * sink's failure, not the article's: it is thrown.
   */
  private Outcome safely(Article article, ArticleSink sink) {
    ArticleResult result;
    try {
      result = analyze(article);
    } catch (RuntimeException | StackOverflowError e) {
      return new Outcome(null, null, e.toString());
    }
    return new Outcome(result, sink.prepare(result), null,
        EnglishCheck.looksNonEnglish(result.analyzed())); // on the analysis thread
  }

  /** Daemon analysis threads with deep stacks (deeply nested input must not need a bigger -Xss). */
  private static ExecutorService pool(int threads) {
    AtomicInteger n = new AtomicInteger();
    return Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(null, r, "framelens-analysis-" + n.incrementAndGet(), 64L << 20);
      t.setDaemon(true);
      return t;
    });
  }

  /** The pure per-article part: every stage on one article. */
  public ArticleResult analyze(Article article) {
    AnalyzedArticle a = analyzer.analyze(cleaner.clean(article));
    SentenceEmbeddings e = embedder == null ? SentenceEmbeddings.none() : embedder.embed(a);
    return new ArticleResult(a, e,
        cues == null ? ArticleCues.none() : cues.analyze(a, e.tokenRows()),
        axes == null ? ArticleAxes.none() : axes.score(a, e));
  }

  /** The per-article stages, in order, as timed by {@link #analyze(Article, long[])}. */
  public static final List<String> STAGES = List.of("clean", "analyze", "embed", "cues", "axes");

  /**
   * {@link #analyze(Article)}, adding the nanoseconds each stage took to {@code nanos} (indexed
   * as {@link #STAGES}): for the stage benchmark.
   */
  public ArticleResult analyze(Article article, long[] nanos) {
    long t0 = System.nanoTime();
    var clean = cleaner.clean(article);
    long t1 = System.nanoTime();
    AnalyzedArticle a = analyzer.analyze(clean);
    long t2 = System.nanoTime();
    SentenceEmbeddings e = embedder == null ? SentenceEmbeddings.none() : embedder.embed(a);
    long t3 = System.nanoTime();
    ArticleCues c = cues == null ? ArticleCues.none() : cues.analyze(a, e.tokenRows());
    long t4 = System.nanoTime();
    ArticleAxes x = axes == null ? ArticleAxes.none() : axes.score(a, e);
    long t5 = System.nanoTime();
    nanos[0] += t1 - t0;
    nanos[1] += t2 - t1;
    nanos[2] += t3 - t2;
    nanos[3] += t4 - t3;
    nanos[4] += t5 - t4;
    return new ArticleResult(a, e, c, x);
  }

  /** Reads {@code inputs} and hands every article that can be read to {@code sink}, unanalysed. */
  public List<InputReport> read(List<String> inputs, Consumer<Article> sink) {
    return new Ingestor(ingestOptions).read(inputs, sink);
  }

  /** {@link #run(List, ArticleSink, RunOptions)} with the default options (all processors). */
  public RunResult run(List<String> inputs, ArticleSink sink) throws IOException {
    return run(inputs, sink, RunOptions.defaults());
  }

  /**
   * Reads all inputs and streams the analysed articles to {@code sink}, in reading order. Reading
   * and the sink's {@link ArticleSink.Append appends} run on the calling thread; analysis and the
   * sink's {@link ArticleSink#prepare prepare} run on {@code options.threads()} threads, with a
   * bounded number of articles in flight, so memory does not grow with the corpus and the sink
   * sees exactly what a single-threaded run would show it.
   *
   * @throws IOException when the sink cannot write (the run cannot do its job)
   */
  public RunResult run(List<String> inputs, ArticleSink sink, RunOptions options)
      throws IOException {
    Map<String, int[]> perPath = new HashMap<>(); // path -> {removed, sentences, failed, non-English}
    Map<String, Article> firstNonEnglish = new HashMap<>();
    List<Problem> analysisProblems = new ArrayList<>();
    int[] totals = new int[3];
    long[] progress = new long[2];
    List<InputReport> reports;
    Ingestor ingestor = new Ingestor(ingestOptions);
    ExecutorService pool = options.threads() > 1 ? pool(options.threads()) : null;
    Deque<Pending> inFlight = new ArrayDeque<>();
    int window = 4 * options.threads();
    long[] charsInFlight = new long[1];
    Consumer<Pending> deliver = p -> {
      Outcome o = p.outcome();
      Article article = p.article();
      int[] counts = perPath.computeIfAbsent(article.path(), k -> new int[4]);
      progress[0]++;
      progress[1] += article.text().length();
      if (o.error() != null) {
        counts[2]++;
        analysisProblems.add(new Problem(article.path(), article.line(),
            "could not analyse article " + article.id() + ": " + o.error()));
      } else {
        try {
          o.append().append();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        AnalyzedArticle a = o.result().analyzed();
        counts[0] += a.clean().removed().size();
        counts[1] += a.sentences().size();
        if (o.nonEnglish()) {
          counts[3]++;
          firstNonEnglish.putIfAbsent(article.path(), article);
        }
        totals[0]++;
        totals[1] += a.sentences().size();
        totals[2] += a.clean().removed().size();
      }
      options.listener().done(progress[0], progress[1]);
    };
    try {
      reports = ingestor.read(inputs, article -> {
        if (!options.select().test(article)) {
          return;
        }
        boolean tooLong = article.text().length() > MAX_ARTICLE_CHARS;
        if (pool == null || tooLong && inFlight.isEmpty()) {
          deliver.accept(new Pending(article, CompletableFuture.completedFuture(
              tooLong ? tooLong(article) : safely(article, sink))));
          return;
        }
        // in flight even when there is nothing to analyse, so the sink sees reading order
        inFlight.add(new Pending(article, tooLong
            ? CompletableFuture.completedFuture(tooLong(article))
            : CompletableFuture.supplyAsync(() -> safely(article, sink), pool)));
        charsInFlight[0] += tooLong ? 0 : article.text().length();
        while (!inFlight.isEmpty() && (inFlight.size() > window
            || charsInFlight[0] > MAX_CHARS_IN_FLIGHT || inFlight.peek().isDone())) {
          Pending p = inFlight.poll();
          if (p.article().text().length() <= MAX_ARTICLE_CHARS) {
            charsInFlight[0] -= p.article().text().length();
          }
          deliver.accept(p);
        }
      });
      while (!inFlight.isEmpty()) {
        deliver.accept(inFlight.poll());
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      inFlight.forEach(p -> p.future().cancel(false));
      if (pool != null) {
        pool.shutdownNow();
      }
    }
    List<ManifestEntry> manifest = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (InputReport r : reports) {
      // a path's counts go to the row that read its articles, once (a skipped second sight of
      // the same file may be shown under the same path)
      int[] c = r.articles() > 0 && perPath.containsKey(r.path()) ? perPath.remove(r.path())
          : new int[4];
      InputReport adjusted = nonEnglish(r, c[3], firstNonEnglish.get(r.path()));
      if (c[2] > 0) {
        List<Problem> ps = new ArrayList<>(r.problems());
        analysisProblems.stream().filter(p -> p.path().equals(r.path())).forEach(ps::add);
        Problem first = analysisProblems.stream().filter(p -> p.path().equals(r.path()))
            .findFirst().orElseThrow();
        String reason = (r.reason().isEmpty() ? "" : r.reason() + "; ") + c[2]
            + " article(s) could not be analysed; first at line " + first.line() + ": "
            + first.message();
        InputReport.Status status = r.articles() - c[2] == 0 ? InputReport.Status.FAILED : r.status();
        adjusted = new InputReport(r.path(), r.format(), status, reason,
            r.articles() - c[2], r.recordsFailed() + c[2], r.encoding(), r.bytes(), ps);
        adjusted = nonEnglish(adjusted, c[3], firstNonEnglish.get(r.path()));
      }
      manifest.add(new ManifestEntry(adjusted, c[0], c[1]));
      problems.addAll(adjusted.problems());
    }
    List<Problem> unmatched = ingestor.unmatchedOverrides();
    problems.addAll(unmatched); // notes: the exit code does not change
    return new RunResult(withUnmatched(manifest, unmatched), totals[0], totals[1], totals[2],
        problems);
  }

  /**
   * {@code manifest} with the metadata rows that no article matched written in, so that they
   * are not only on stderr (which {@code --quiet} silences): a {@code sources.csv} sidecar's row
   * says how many of its rows went unused and the first; a {@code --manifest} file, which has no
   * row of its own, gets one (format {@code manifest}, status ok) saying the same.
   */
  static List<ManifestEntry> withUnmatched(List<ManifestEntry> manifest, List<Problem> unmatched) {
    if (unmatched.isEmpty()) {
      return manifest;
    }
    Map<String, List<Problem>> byPath = new java.util.LinkedHashMap<>();
    unmatched.forEach(p -> byPath.computeIfAbsent(p.path(), k -> new ArrayList<>()).add(p));
    List<ManifestEntry> out = new ArrayList<>();
    for (ManifestEntry e : manifest) {
      InputReport r = e.input();
      // a sidecar's notes may name it by its absolute path, its row as it was given
      String key = !"sources".equals(r.format()) ? null : byPath.keySet().stream()
          .filter(k -> k.equals(r.path()) || absolute(k).equals(absolute(r.path()))).findFirst()
          .orElse(null);
      List<Problem> ps = key == null ? null : byPath.remove(key);
      if (ps == null) {
        out.add(e);
        continue;
      }
      String note = unmatchedNote(ps);
      out.add(new ManifestEntry(new InputReport(r.path(), r.format(), r.status(),
          r.reason().isEmpty() ? note : r.reason() + "; " + note, r.articles(), r.recordsFailed(),
          r.encoding(), r.bytes(), r.problems()), e.boilerplateRemoved(), e.sentences()));
    }
    byPath.forEach((path, ps) -> out.add(new ManifestEntry(new InputReport(path, "manifest",
        InputReport.Status.OK, unmatchedNote(ps), 0, 0, "", -1, List.of()), 0, 0)));
    return out;
  }

  private static String absolute(String path) {
    try {
      return java.nio.file.Path.of(path).toAbsolutePath().normalize().toString();
    } catch (java.nio.file.InvalidPathException e) {
      return path;
    }
  }

  private static String unmatchedNote(List<Problem> ps) {
    Problem first = ps.get(0);
    return ps.size() + " row(s) matched no article; first at line " + first.line() + ": "
        + first.message();
  }

  /**
   * {@code r} with a note when {@code count} of its articles do not look like English
   * ({@link EnglishCheck}), {@code first} the first of them: FrameLens's lexicons, rules and
   * model are English, so their figures mean little. Status and exit code are unchanged.
   */
  private static InputReport nonEnglish(InputReport r, int count, Article first) {
    if (count == 0 || first == null) {
      return r;
    }
    String note = count + " article(s) do not read as English prose (few common English words; "
        + "first at line " + first.line() + ": " + first.id() + "); the lexicons, rules and "
        + "model are English, so their figures mean little";
    List<Problem> ps = new ArrayList<>(r.problems());
    ps.add(new Problem(r.path(), first.line(), note));
    return new InputReport(r.path(), r.format(), r.status(),
        r.reason().isEmpty() ? note : r.reason() + "; " + note, r.articles(), r.recordsFailed(),
        r.encoding(), r.bytes(), ps);
  }
}
