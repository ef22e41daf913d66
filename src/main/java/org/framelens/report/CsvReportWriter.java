package org.framelens.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.framelens.analyze.AnalyzedArticle;
import org.framelens.analyze.Sentence;
import org.framelens.clean.CleanArticle;
import org.framelens.clean.Removal;
import org.framelens.ingest.Article;
import org.framelens.ingest.InputReport;
import org.framelens.ingest.Metadata;
import org.framelens.axes.ArticleAxes;
import org.framelens.axes.Axis;
import org.framelens.axes.AxisSet;
import org.framelens.compare.Alignment;
import org.framelens.compare.ArticleStats;
import org.framelens.compare.Comparison;
import org.framelens.cues.ArticleCues;
import org.framelens.cues.Evidence;
import org.framelens.cues.SentenceCues;
import org.framelens.embed.SentenceEmbeddings;
import org.framelens.pipeline.ArticleResult;
import org.framelens.pipeline.ArticleSink;
import org.framelens.pipeline.ManifestEntry;
import org.framelens.pipeline.RunResult;

/**
 * Writes the CSV reports of a run: {@code sentences.csv}, {@code articles.csv}, {@code cues.csv}
 * and {@code boilerplate.csv} row by row as articles arrive, then {@code manifest.csv}; all four
 * appear together, atomically, on {@link #finish}. Columns are documented in
 * {@code reports/README.md}; their names and order are a stable interface.
 */
public final class CsvReportWriter implements ArticleSink, AutoCloseable {

  public static final List<String> FILES = List.of("articles.csv", "sentences.csv", "cues.csv",
      "sources.csv", "actors.csv", "axes.csv", "alignments.csv", "boilerplate.csv",
      "manifest.csv", HtmlReportWriter.FILE);
  static final String[] ALIGNMENT_COLUMNS = {"group", "source_a", "article_a", "sentence_a",
      "source_b", "article_b", "sentence_b", "similarity", "loaded_a", "loaded_b", "attributed_a",
      "attributed_b", "unattributed_claim_a", "unattributed_claim_b", "difference", "text_a",
      "text_b", "scare_quotes_a", "scare_quotes_b"};

  static final String[] SENTENCE_COLUMNS = {"article_id", "source", "title", "date", "paragraph",
      "sentence_index", "start", "end", "quoted_share", "heading", "tokens", "words", "oov_rate",
      "loaded_score", "attributed", "attribution_source", "source_type", "unattributed_claim",
      "weasel", "voice_mix", "text"};
  static final String[] CUE_COLUMNS = {"article_id", "source", "sentence_index", "start", "end",
      "text", "cue_type", "category", "rule_id", "voice", "source_type", "target_actor", "match",
      "score", "explanation", "source_start", "source_end", "source_text"};
  static final String[] ARTICLE_BASE_COLUMNS = concat(new String[] {"article_id", "source",
      "title", "date", "dateline", "url", "topic", "path", "line", "format", "paragraphs",
      "sentences", "words", "quoted_share", "quotes", "boilerplate_removed"}, Rates.COLUMNS);
  static final String[] SOURCE_COLUMNS = concat(concat(new String[] {"source", "articles",
      "sentences", "words"}, Rates.COLUMNS), concat(Rates.INTERVAL_COLUMNS,
      Rates.CLAIM_KIND_COLUMNS));
  static final String[] AXES_COLUMNS = {"level", "id", "source", "axis", "bias",
      "bias_vs_corpus", "intensity", "words", "top_words"};
  static final String[] ACTOR_COLUMNS = {"source", "actor", "articles", "mentions",
      "loaded_author", "loaded_quoted", "unattributed_claims"};
  static final String[] BOILERPLATE_COLUMNS = {"article_id", "path", "text_line", "start", "end",
      "rule_id", "category", "reason", "text"};
  static final String[] MANIFEST_COLUMNS = {"path", "format", "status", "reason", "articles",
      "records_failed", "sentences", "boilerplate_removed", "encoding", "bytes"};

  private final AtomicFiles files;
  private final CsvWriter articles;
  private final CsvWriter sentences;
  private final CsvWriter cues;
  private final CsvWriter sources;
  private final CsvWriter actors;
  private final Comparison comparison = new Comparison();
  private final HtmlReportWriter html;
  private final CsvWriter axes;
  private final CsvWriter alignments;
  private final Alignment alignment;
  private final List<String> axisIds;
  private final boolean raw;
  private final AxesSpill articleAxes;
  private final CsvWriter boilerplate;
  private final CsvWriter manifest;
  /** {@code loaded_scorer}: whether the learned loaded-language model scored this run. */
  private final String loadedScorer;

  public CsvReportWriter(Path outDir) throws IOException {
    this(outDir, null, AxisSet.bundled().stream().map(Axis::id).toList(), false);
  }

  /**
   * As {@link #CsvReportWriter(Path, Alignment, List, boolean, boolean)}, the learned
   * loaded-language model taken to be on exactly when there is an alignment (word vectors).
   */
  public CsvReportWriter(Path outDir, Alignment alignment, List<String> axisIds, boolean raw)
      throws IOException {
    this(outDir, alignment, axisIds, raw, alignment != null);
  }

  /**
   * @param alignment the same-event alignment to fill (needs word vectors), or null: then
   *                  {@code alignments.csv} has its header only
   * @param axisIds   the axes whose bias {@code articles.csv} carries
   * @param raw       true to write text cells exactly (no spreadsheet-formula neutralising)
   * @param learnedScorer whether the run's loaded-language cues include the learned model's
   *                  ({@code loaded_scorer} in articles.csv, sources.csv and report.html says so)
   */
  public CsvReportWriter(Path outDir, Alignment alignment, List<String> axisIds, boolean raw,
      boolean learnedScorer) throws IOException {
    this(lock(outDir), alignment, axisIds, raw, learnedScorer);
  }

  /**
   * Takes the lock of the output directory {@code outDir} (created when missing), for a run that
   * locks it before its expensive work and writes there later with
   * {@link #CsvReportWriter(OutputLock, Alignment, List, boolean, boolean)}; it also removes the
   * temporary report files of runs killed outright.
   *
   * @throws IOException naming the directory: it cannot be made or written, or another run
   *                     writes there
   */
  public static OutputLock lock(Path outDir) throws IOException {
    return OutputLock.take(outDir, AtomicFiles.OURS);
  }

  /**
   * As {@link #CsvReportWriter(Path, Alignment, List, boolean, boolean)}, into the directory of a
   * lock taken with {@link #lock}; the lock is let go when the reports are finished or this
   * writer is closed.
   */
  public CsvReportWriter(OutputLock lock, Alignment alignment, List<String> axisIds, boolean raw,
      boolean learnedScorer) throws IOException {
    Path outDir = lock.dir();
    this.raw = raw;
    this.loadedScorer = learnedScorer ? Rates.LEXICONS_AND_MODEL : Rates.LEXICONS_ONLY;
    this.alignment = alignment;
    this.axisIds = List.copyOf(axisIds);
    String[] axisColumns = axisIds.stream().map(id -> "axis_" + id + "_bias")
        .toArray(String[]::new);
    files = new AtomicFiles(lock, AtomicFiles.OURS);
    try {
      articles = files.csv("articles.csv", raw, concat(ARTICLE_BASE_COLUMNS, axisColumns));
      sentences = files.csv("sentences.csv", raw, SENTENCE_COLUMNS);
      cues = files.csv("cues.csv", raw, CUE_COLUMNS);
      sources = files.csv("sources.csv", raw, SOURCE_COLUMNS);
      actors = files.csv("actors.csv", raw, ACTOR_COLUMNS);
      axes = files.csv("axes.csv", raw, AXES_COLUMNS);
      alignments = files.csv("alignments.csv", raw, ALIGNMENT_COLUMNS);
      html = new HtmlReportWriter(outDir, learnedScorer);
      articleAxes = new AxesSpill(outDir);
      boilerplate = files.csv("boilerplate.csv", raw, BOILERPLATE_COLUMNS);
      manifest = files.csv("manifest.csv", raw, MANIFEST_COLUMNS);
    } catch (IOException e) {
      files.close();
      throw e;
    }
  }

  /**
   * One article's share of the reports, made by {@link #prepare} on the thread that analysed it:
   * its rows of every per-article CSV, encoded, and the small values that {@link #append} folds
   * into the run's totals in reading order.
   */
  private record Prepared(ArticleResult result, ArticleStats stats, CsvWriter.Chunk sentences,
      CsvWriter.Chunk cues, CsvWriter.Chunk article, CsvWriter.Chunk removals,
      HtmlReportWriter.Prepared html, Alignment.Prepared aligned, AxesSpill.Entry axes) {
  }

  @Override
  public void accept(ArticleResult result) throws IOException {
    prepare(result).append();
  }

  /** Encodes the article's rows and counts its statistics (pure; any thread). */
  @Override
  public Append prepare(ArticleResult result) {
    Article art = result.analyzed().article();
    char[] text = art.text().toCharArray();
    ArticleStats stats = ArticleStats.of(result);
    Prepared p;
    try {
      p = new Prepared(result, stats, sentenceRows(result, text), cueRows(result, text),
          articleRow(result, stats), removalRows(art, result.analyzed().clean(), text),
          html.prepare(result, stats), alignment == null ? null : alignment.prepare(result),
          result.axes().isEmpty() ? null
              : AxesSpill.entry(art.id(), art.metadata().source(), result.axes()));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // rows in memory: no input or output
    }
    return () -> append(p);
  }

  /** Writes a prepared article and adds it to the run's totals (in reading order). */
  private void append(Prepared p) throws IOException {
    sentences.append(p.sentences());
    cues.append(p.cues());
    comparison.add(p.stats());
    html.append(p.html());
    if (alignment != null) {
      alignment.add(p.aligned());
    }
    if (p.axes() != null) {
      articleAxes.add(p.axes());
    }
    articles.append(p.article());
    boilerplate.append(p.removals());
  }

  /** sentences.csv: one row per sentence; the article's cells are encoded once. */
  private CsvWriter.Chunk sentenceRows(ArticleResult result, char[] text) throws IOException {
    AnalyzedArticle a = result.analyzed();
    Article art = a.article();
    Metadata m = art.metadata();
    CsvWriter.Prepared[] article = {sentences.prepare(art.id()), sentences.prepare(m.source()),
        sentences.prepare(m.title()), sentences.prepare(m.date())};
    int perRow = 160;
    for (CsvWriter.Prepared cell : article) {
      perRow += cell.length();
    }
    CsvWriter w = sentences.rows(text.length + perRow * a.sentences().size());
    ArticleCues cues = result.cues();
    for (Sentence s : a.sentences()) {
      writeSentence(w, article, s, result.embeddings(),
          cues.isEmpty() ? null : cues.sentences().get(s.index()), text);
    }
    return w.chunk();
  }

  private static void writeSentence(CsvWriter w, CsvWriter.Prepared[] article, Sentence s,
      SentenceEmbeddings e, SentenceCues sc, char[] text) throws IOException {
    for (CsvWriter.Prepared cell : article) {
      w.prepared(cell);
    }
    w.num(s.paragraph()).num(s.index()).num(s.span().start()).num(s.span().end())
        .decimal(s.quotedShare()).num(s.heading() ? 1 : 0).num(s.tokens().size())
        .num(s.wordCount());
    if (e.isEmpty()) {
      w.text("");
    } else {
      w.decimal(e.oovRate(s.index()));
    }
    if (sc == null) {
      w.text("").text("").text("").text("").text("").text("").text("");
    } else {
      w.decimal(sc.loadedScore()).flag(sc.attributed()).text(sc.attributionSource())
          .text(sc.sourceType() == null ? "" : sc.sourceType().id())
          .flag(sc.unattributedClaim()).flag(sc.weasel()).text(sc.voiceMix());
    }
    w.text(text, s.span().start(), s.span().end()).endRecord();
  }

  /** cues.csv: one row per piece of evidence. */
  private CsvWriter.Chunk cueRows(ArticleResult result, char[] text) throws IOException {
    List<Evidence> evidence = result.cues().evidence();
    CsvWriter w = cues.rows(256 * evidence.size());
    if (evidence.isEmpty()) {
      return w.chunk();
    }
    Article art = result.analyzed().article();
    CsvWriter.Prepared id = cues.prepare(art.id());
    CsvWriter.Prepared source = cues.prepare(art.metadata().source());
    for (Evidence ev : evidence) {
      writeCue(w, id, source, ev, text);
    }
    return w.chunk();
  }

  private static void writeCue(CsvWriter w, CsvWriter.Prepared id, CsvWriter.Prepared source,
      Evidence ev, char[] text) throws IOException {
    w.prepared(id).prepared(source).num(ev.sentenceIndex()).num(ev.span().start())
        .num(ev.span().end()).text(text, ev.span().start(), ev.span().end())
        .text(ev.type().id())
        .text(ev.category()).text(ev.ruleId()).text(ev.voice().id())
        .text(ev.sourceType() == null ? "" : ev.sourceType().id()).text(ev.targetActor())
        .text(ev.match().id()).decimal(ev.score()).text(ev.explanation());
    if (ev.sourceSpan() == null) {
      w.text("").text("").text("");
    } else {
      w.num(ev.sourceSpan().start()).num(ev.sourceSpan().end())
          .text(text, ev.sourceSpan().start(), ev.sourceSpan().end());
    }
    w.endRecord();
  }

  /** articles.csv: the article's row. */
  private CsvWriter.Chunk articleRow(ArticleResult result, ArticleStats stats)
      throws IOException {
    AnalyzedArticle a = result.analyzed();
    Article art = a.article();
    Metadata m = art.metadata();
    CleanArticle c = a.clean();
    CsvWriter w = articles.rows(1024);
    w.text(art.id()).text(m.source()).text(m.title()).text(m.date()).text(c.dateline())
        .text(m.url()).text(m.topic()).text(art.path()).num(art.line()).text(art.format())
        .num(c.paragraphs().size()).num(a.sentences().size()).num(a.wordCount())
        .decimal(a.quotedShare()).num(quotations(a.quotes().quotes())).num(c.removed().size());
    Rates.write(w, stats, loadedScorer);
    ArticleAxes axes = result.axes();
    for (String id : axisIds) {
      int k = axes.axisIds().indexOf(id);
      if (k < 0) {
        w.text("");
      } else {
        w.decimal(axes.bias(k));
      }
    }
    w.endRecord();
    return w.chunk();
  }

  /** Distinct quotations at depth one (a quotation split across paragraphs counts once). */
  static int quotations(List<org.framelens.text.Quote> quotes) {
    int[] ids = new int[quotes.size()];
    int n = 0;
    for (org.framelens.text.Quote q : quotes) {
      ids[n] = q.id();
      n += q.depth() == 1 ? 1 : 0;
    }
    java.util.Arrays.sort(ids, 0, n);
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || ids[i] != ids[i - 1]) {
        distinct++;
      }
    }
    return distinct;
  }

  /** boilerplate.csv: one row per removed span. */
  private CsvWriter.Chunk removalRows(Article art, CleanArticle clean, char[] text)
      throws IOException {
    List<Removal> removed = clean.removed();
    CsvWriter w = boilerplate.rows(256 * removed.size());
    for (Removal r : removed) {
      w.text(art.id()).text(art.path()).num(r.line()).num(r.span().start())
          .num(r.span().end()).text(r.ruleId()).text(r.category()).text(r.reason())
          .text(text, r.span().start(), r.span().end()).endRecord();
    }
    return w.chunk();
  }

  /**
   * axes.csv: per article, then per source (pooled), intensity around the corpus baseline. The
   * article rows need the corpus baseline, known only at the end, so the articles' sums wait in
   * a temporary file rather than in memory.
   */
  private void writeAxes() throws IOException {
    if (articleAxes.isEmpty()) {
      return;
    }
    ArticleAxes corpus = articleAxes.corpus();
    List<String> ids = corpus.axisIds();
    try (AxesSpill.Reader rows = articleAxes.read()) {
      for (AxesSpill.Row a = rows.next(); a != null; a = rows.next()) {
        for (int k = 0; k < ids.size(); k++) {
          writeAxis("article", a.id(), a.source(), ids.get(k), a.axes(), k, corpus,
              a.axes().topWords().get(k));
        }
      }
    }
    for (var e : articleAxes.bySource().entrySet()) {
      for (int k = 0; k < ids.size(); k++) {
        writeAxis("source", e.getKey(), e.getKey(), ids.get(k), e.getValue(), k, corpus, "");
      }
    }
    for (int k = 0; k < ids.size(); k++) {
      writeAxis("corpus", "", "", ids.get(k), corpus, k, corpus, "");
    }
  }

  /** One row of axes.csv: {@code x} on axis {@code k} around the corpus baseline. */
  private void writeAxis(String level, String id, String source, String axis, ArticleAxes x,
      int k, ArticleAxes corpus, String topWords) throws IOException {
    double baseline = corpus.bias(k);
    axes.text(level).text(id).text(source).text(axis).decimal(x.bias(k));
    if (level.equals("corpus")) {
      axes.text("0.000");
    } else {
      axes.decimal(x.bias(k) - baseline);
    }
    axes.decimal(x.intensity(k, baseline)).num((long) x.weight(k)).text(topWords).endRecord();
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** Prints a row, neutralising text cells a spreadsheet would run (unless --raw-csv). */
  private static void print(CsvWriter p, Object... values) throws IOException {
    for (Object v : values) {
      p.cell(v);
    }
    p.endRecord();
  }

  private static void print(CsvWriter p, List<Object> values) throws IOException {
    print(p, values.toArray());
  }

  private static String flag(boolean b) {
    return b ? "1" : "0";
  }

  /** Writes the manifest and moves all reports into place (a run small enough to align in one pass). */
  public void finish(RunResult result) throws IOException {
    finish(result, null);
  }

  /**
   * Writes the reports that need the whole run (sources, actors, axes, alignments, HTML summary,
   * manifest) and moves all reports into place.
   *
   * @param rereader reads the inputs again for the alignment's second pass, when the run was too
   *                 large to keep every article's sentence vectors; may be null for small runs
   */
  public void finish(RunResult result, Alignment.Rereader rereader) throws IOException {
    List<Comparison.SourceRow> sourceRows = comparison.sources();
    List<Comparison.ActorRow> actorRows = comparison.actors();
    for (Comparison.SourceRow s : sourceRows) {
      sources.text(s.source()).num(s.pooled().articles()).num(s.pooled().sentences())
          .num(s.pooled().words());
      Rates.write(sources, s.pooled(), loadedScorer);
      List<Object> rest = new java.util.ArrayList<>(Rates.intervals(s));
      rest.addAll(Rates.claimKinds(s.pooled()));
      print(sources, rest);
    }
    for (Comparison.ActorRow r : actorRows) {
      print(actors, r.source(), r.actor(), r.articles(), r.counts()[3], r.counts()[0],
          r.counts()[1], r.counts()[2]);
    }
    writeAxes();
    List<Alignment.Pair> pairs = alignment == null ? List.of()
        : rereader == null ? alignment.pairs() : alignment.pairs(rereader);
    if (alignment != null) {
      for (Alignment.Pair p : pairs) {
        print(alignments, p.group(), p.sourceA(), p.articleA(), p.sentenceA(), p.sourceB(),
            p.articleB(), p.sentenceB(), Csv.decimal(p.similarity()), p.loadedA(), p.loadedB(),
            flag(p.attributedA()), flag(p.attributedB()), flag(p.claimA()), flag(p.claimB()),
            p.difference(), p.textA(), p.textB(), p.scareA(), p.scareB());
      }
    }
    html.finish(sourceRows, actorRows, pairs, alignment == null ? 0 : alignment.skippedGroups(),
        alignment == null ? 0 : alignment.splitGroups());
    for (ManifestEntry e : result.manifest()) {
      InputReport r = e.input();
      print(manifest, r.path(), r.format(), r.status().label(), r.reason(), r.articles(),
          r.recordsFailed(), e.sentences(), e.boilerplateRemoved(), r.encoding(),
          r.bytes() < 0 ? "" : r.bytes());
    }
    files.commit();
  }

  @Override
  public void close() {
    if (html != null) {
      html.abandon();
    }
    if (articleAxes != null) {
      articleAxes.close();
    }
    files.close();
  }
}
