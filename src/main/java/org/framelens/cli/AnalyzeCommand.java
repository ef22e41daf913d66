package org.framelens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.framelens.axes.Axis;
import org.framelens.axes.AxisSet;
import org.framelens.axes.FrameAxes;
import org.framelens.clean.BoilerplateRules;
import org.framelens.compare.Alignment;
import org.framelens.cues.CueAnalyzer;
import org.framelens.cues.Lexicon;
import org.framelens.embed.DefaultModel;
import org.framelens.embed.ModelException;
import org.framelens.embed.Models;
import org.framelens.embed.SentenceEmbedder;
import org.framelens.ingest.BadInputException;
import org.framelens.ingest.FieldMapping;
import org.framelens.ingest.IngestOptions;
import org.framelens.ingest.Inputs;
import org.framelens.ingest.MetadataOverrides;
import org.framelens.ingest.OutputOverlap;
import org.framelens.pipeline.Pipeline;
import org.framelens.pipeline.RunOptions;
import org.framelens.pipeline.RunResult;
import org.framelens.report.CsvReportWriter;
import org.framelens.report.EmbeddingsWriter;
import org.framelens.report.OutputLock;
import org.framelens.report.OwnFiles;
import org.framelens.text.Abbreviations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code framelens analyze}: reads articles and writes the CSV reports. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Reads articles (files or directories of .txt .md .html .json .jsonl .csv, each also "
            + "as .gz), splits them into sentences with exact character offsets, finds "
            + "quotations and framing cues, and writes the reports to --out: articles.csv, sentences.csv, cues.csv, "
            + "sources.csv, actors.csv, axes.csv, alignments.csv, boilerplate.csv, manifest.csv "
            + "and report.html (see reports/README.md).",
        "A sources.csv beside article files (or --manifest) gives their outlet, date and title."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:all inputs read, reports written",
        "1:reports written, but some inputs or records failed (see manifest.csv)",
        "2:usage error",
        "3:no article could be read from any input",
        "4:reports could not be written, or an internal error",
        "5:the word-vector model is missing, corrupted or could not be fetched"})
final class AnalyzeCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or directories to read.")
  List<String> inputs;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports",
      description = "Where to write the reports (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--manifest", paramLabel = "FILE",
      description = "CSV with a 'file' or 'article_id' column and any of source, date, title, "
          + "url, topic; overrides guessed metadata and sources.csv sidecars.")
  Path manifest;

  @Option(names = "--text-field", split = ",", paramLabel = "NAME",
      description = "JSON/JSONL/CSV field(s) holding the article text, first present wins "
          + "(default: content_original,content,text,body,article,maintext,body-paragraphs).")
  List<String> textField;

  @Option(names = "--title-field", split = ",", paramLabel = "NAME",
      description = "Field(s) for the title (default: title,headline).")
  List<String> titleField;

  @Option(names = "--source-field", split = ",", paramLabel = "NAME",
      description = "Field(s) for the outlet (default: source,outlet,publisher,media,"
          + "source_domain).")
  List<String> sourceField;

  @Option(names = "--date-field", split = ",", paramLabel = "NAME",
      description = "Field(s) for the date (default: date,published,publish_date,published_at,"
          + "publishedAt,date_publish,pubDate).")
  List<String> dateField;

  @Option(names = "--url-field", split = ",", paramLabel = "NAME",
      description = "Field(s) for the URL (default: url,link,news_link).")
  List<String> urlField;

  @Option(names = "--topic-field", split = ",", paramLabel = "NAME",
      description = "Field(s) for the topic (default: topic,category).")
  List<String> topicField;

  @Option(names = "--id-field", split = ",", paramLabel = "NAME",
      description = "Field(s) for a record id (default: id,article_id); without one, ids are "
          + "FILE:LINE (FILE for a .json object, FILE:N for the N-th object of a .json array).")
  List<String> idField;

  @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors (no progress bar).")
  boolean quiet;

  @Option(names = "--threads", paramLabel = "N",
      description = "Analysis threads (default: one per processor, here ${DEFAULT-VALUE}). The "
          + "reports are identical whatever the number.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--progress", negatable = true,
      description = "Show a progress bar on stderr (default: only when stderr is a terminal). "
          + "Never with --quiet, which wins.")
  Boolean progress;

  @Mixin
  ModelOption modelOption;

  @Option(names = "--lexicon", paramLabel = "FILE",
      description = "Add a lexicon of your own (same TSV format as the bundled ones, see "
          + "src/main/resources/lexicons/README.md); repeatable.")
  List<Path> lexicons;

  @Option(names = "--actors", paramLabel = "FILE",
      description = "Actors file (actor_id, name, aliases) replacing the bundled actors of the "
          + "seed story, for target_actor.")
  Path actorsFile;

  @Option(names = "--axes", paramLabel = "FILE",
      description = "Semantic axes (axis_id, pole_a, words_a, pole_b, words_b, description) "
          + "replacing the bundled conflict-reporting axes, for axes.csv.")
  Path axesFile;

  @Option(names = "--raw-csv",
      description = "Write text cells exactly as they are. By default a cell starting with = + - @ "
          + "(a spreadsheet formula) gets a leading apostrophe, as OWASP recommends.")
  boolean rawCsv;

  @Option(names = "--no-embeddings",
      description = "Run without word vectors (no model needed). This also switches off the "
          + "learned loaded-language scorer: loaded words and unattributed claims then come from "
          + "the lexicons only (on the ABP sample about 1 in 14 of the loaded cues), so such a "
          + "run's figures must not be compared with a default run's; its reports say "
          + "loaded_scorer=lexicons only. oov_rate, axes.csv and alignments.csv stay empty.")
  boolean noEmbeddings;

  @Option(names = "--embeddings", paramLabel = "FILE.npy",
      description = "Also write every sentence vector (SIF, common component removed) as a NumPy "
          + ".npy file, with FILE.index.csv mapping rows to sentences.")
  Path embeddings;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (threads < 1) {
      err.println("framelens: --threads must be at least 1, got " + threads);
      return ExitCodes.USAGE;
    }
    if (out.toString().isEmpty() || (embeddings != null && embeddings.toString().isEmpty())) {
      err.println("framelens: " + (out.toString().isEmpty() ? "--out" : "--embeddings")
          + " is empty (an unset variable?); give a path");
      return ExitCodes.USAGE;
    }
    if (embeddings != null && java.nio.file.Files.isDirectory(embeddings)) {
      err.println("framelens: --embeddings " + embeddings + " is a directory; give a file name "
          + "such as " + embeddings.resolve("vectors.npy"));
      return ExitCodes.USAGE;
    }
    List<Path> outputs = outputs();
    java.util.Optional<String> overlap = OutputOverlap.check(inputs, outputs, "--out")
        .or(() -> OutputOverlap.outputHoldsInputs(inputs, out, OwnFiles::own, "--out"))
        .or(() -> OwnFiles.foreign(CsvReportWriter.FILES.stream().map(out::resolve).toList(),
            "--out"))
        .or(() -> embeddings == null ? java.util.Optional.empty() : OwnFiles.foreign(
            List.of(embeddings, EmbeddingsWriter.indexFile(embeddings)), "--embeddings"));
    if (overlap.isPresent()) {
      err.println("framelens: " + overlap.get());
      return ExitCodes.USAGE;
    }
    String[] fieldOptions = {"--text-field", "--title-field", "--source-field", "--date-field",
        "--url-field", "--topic-field", "--id-field"};
    List<List<String>> given = java.util.Arrays.asList(textField, titleField, sourceField,
        dateField, urlField, topicField, idField);
    for (int i = 0; i < fieldOptions.length; i++) {
      if (given.get(i) != null && given.get(i).stream().allMatch(String::isBlank)) {
        err.println("framelens: " + fieldOptions[i] + " needs at least one field name (it was "
            + "given none: an unset variable?)");
        return ExitCodes.USAGE;
      }
    }
    MetadataOverrides overrides = MetadataOverrides.none();
    if (manifest != null) {
      try {
        overrides = MetadataOverrides.load(manifest, manifest.toString());
      } catch (BadInputException e) {
        err.println("framelens: " + (e.line() > 0 ? manifest + ":" + e.line() + ": " : "")
            + e.getMessage());
        return ExitCodes.USAGE;
      }
    }
    FieldMapping d = FieldMapping.defaults();
    FieldMapping fields = new FieldMapping(or(textField, d.text()), or(titleField, d.title()),
        or(sourceField, d.source()), or(dateField, d.date()), or(urlField, d.url()),
        or(topicField, d.topic()), or(idField, d.id()));
    if (embeddings != null) {
      Path parent = embeddings.toAbsolutePath().getParent();
      if (parent != null && java.nio.file.Files.exists(parent)
          && !java.nio.file.Files.isDirectory(parent)) {
        err.println("framelens: cannot write " + embeddings + ": " + parent
            + " is not a directory");
        return ExitCodes.CANNOT_WRITE;
      }
    }
    String badConfig = CueOptions.checkFiles(lexicons, actorsFile, axesFile);
    if (badConfig != null) {
      err.println("framelens: " + badConfig);
      return ExitCodes.USAGE;
    }
    if (noEmbeddings && embeddings != null) {
      err.println("framelens: --embeddings needs word vectors; drop --no-embeddings");
      return ExitCodes.USAGE;
    }
    // the output directory's lock before any expensive work (the model, the inputs): a second
    // run with the same --out is refused at once, and a read-only --out as well
    OutputLock lock;
    try {
      lock = CsvReportWriter.lock(out);
    } catch (IOException e) {
      return cannotWrite(err, e);
    }
    try (lock) {
      return analyze(err, lock, overrides, fields, outputs);
    }
  }

  /** The run itself, holding the lock of {@code --out}, which the report writer lets go. */
  private int analyze(PrintWriter err, OutputLock lock, MetadataOverrides overrides,
      FieldMapping fields, List<Path> outputs) {
    SentenceEmbedder embedder = null;
    if (!noEmbeddings) {
      try {
        embedder = new SentenceEmbedder(Models.load(modelOption.model));
      } catch (ModelException e) {
        err.println("framelens: " + e.getMessage());
        return ExitCodes.MODEL;
      }
    }
    CueAnalyzer cueAnalyzer;
    try {
      List<String> warnings = new java.util.ArrayList<>();
      cueAnalyzer = CueOptions.analyzer(lexicons, actorsFile, embedder, warnings);
      if (!quiet) {
        warnings.forEach(w -> err.println("framelens: note: " + w));
      }
    } catch (IllegalArgumentException | IOException e) {
      err.println("framelens: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    Pipeline pipeline = Pipeline.defaults(
        new IngestOptions(fields, overrides, IngestOptions.DEFAULT_MAX_BYTES, outputs), embedder,
        cueAnalyzer);
    List<Axis> axes;
    try {
      axes = axesFile == null ? AxisSet.bundled() : AxisSet.load(axesFile);
      if (embedder != null && axesFile != null) {
        List<String> axisWarnings = AxisSet.check(axes, embedder.vectors());
        if (!quiet) {
          axisWarnings.forEach(w -> err.println("framelens: warning: " + w));
        }
      }
      if (embedder != null) {
        pipeline = pipeline.withAxes(new FrameAxes(embedder.vectors(), axes));
      }
    } catch (IllegalArgumentException | IOException e) {
      err.println("framelens: " + (e instanceof java.nio.file.NoSuchFileException
          ? "cannot read axes file " + axesFile + ": no such file" : e.getMessage()));
      return ExitCodes.USAGE;
    }
    RunResult result;
    Alignment alignment = embedder == null ? null : new Alignment(embedder);
    try (CsvReportWriter writer = new CsvReportWriter(lock, alignment,
        axes.stream().map(Axis::id).toList(), rawCsv, cueAnalyzer.hasScorer());
        EmbeddingsWriter vectors = embeddings == null ? null
            : new EmbeddingsWriter(embeddings, embedder.vectors().dimensions(), rawCsv)) {
      // --quiet wins over --progress: it promises nothing but errors (README, -q's help)
      ProgressBar bar = ProgressBar.forRun(err, inputs, !quiet
          && (progress == null ? ProgressBar.stderrIsTerminal() : progress));
      RunOptions options = RunOptions.defaults().withThreads(threads);
      result = pipeline.run(inputs, vectors == null ? writer : writer.andThen(vectors),
          options.withListener(bar::update));
      bar.done();
      if (vectors != null) {
        vectors.finish();
      }
      Pipeline run = pipeline;
      writer.finish(result, (which, sink) -> run.run(inputs, sink, options.withSelect(which)));
    } catch (IOException e) {
      return cannotWrite(err, e);
    }
    if (alignment != null && alignment.skippedGroups() > 0 && !quiet) {
      err.printf("framelens: note: %d event group(s) of more than %d articles, still that large "
          + "at the strictest split, were not aligned (see alignments.csv in reports/README.md)%n",
          alignment.skippedGroups(),
          Alignment.MAX_GROUP);
    }
    if (alignment != null && alignment.lostGroups() > 0) {
      err.printf("framelens: warning: %d event group(s) were not aligned: their articles were not "
          + "found again when the inputs were read a second time (did they change during the "
          + "run?)%n", alignment.lostGroups());
    }
    int code = result.articles() == 0 ? ExitCodes.NOTHING_READ
        : result.hasFailures() ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    Summary.print(err, result, out, code, quiet);
    return code;
  }

  private int cannotWrite(PrintWriter err, IOException e) {
    err.println("framelens: cannot write reports to " + out + ": " + Inputs.describe(e));
    if (java.nio.file.Files.isDirectory(out)) { // not when there was none (nor a folder)
      err.println("Earlier reports in " + out + " were left as they were.");
    }
    return ExitCodes.CANNOT_WRITE;
  }

  /**
   * What this run writes: the output directory, each report in it and, with {@code --embeddings},
   * the vectors and their index. Kept apart from the inputs ({@link OutputOverlap}).
   */
  private List<Path> outputs() {
    List<Path> paths = new java.util.ArrayList<>();
    paths.add(out);
    CsvReportWriter.FILES.forEach(f -> paths.add(out.resolve(f)));
    if (embeddings != null) {
      paths.add(embeddings);
      paths.add(EmbeddingsWriter.indexFile(embeddings));
    }
    return paths;
  }

  /**
   * Starts, on background threads, the start-up work that running {@code args} (a whole command
   * line) will need whatever its options say, so that it overlaps picocli's parsing and the run's
   * own set-up instead of following them: the default model's loading (unless
   * {@code --model}, {@code --no-embeddings} or help) and the parsing of the bundled lexicons,
   * abbreviations and boilerplate rules. A guess from the words alone, before picocli parses
   * them: a wrong guess costs time, never output.
   */
  static void prepare(String[] args) {
    if (args.length == 0 || !args[0].equals("analyze")
        || hasAny(args, "-h", "--help", "-V", "--version")) {
      return;
    }
    if (!hasAny(args, "--model", "--no-embeddings")) {
      DefaultModel.prefetch();
    }
    Thread t = new Thread(AnalyzeCommand::parseBundled, "framelens-bundled");
    t.setDaemon(true);
    t.start();
  }

  /** Parses the bundled resources every run uses (once per process; they are kept). */
  private static void parseBundled() {
    try {
      Lexicon.bundled();
      Abbreviations.english();
      BoilerplateRules.defaults();
    } catch (RuntimeException | Error e) {
      // the run's own thread meets the same problem and reports it
    }
  }

  /** Whether an argument is one of {@code options} (also as {@code --option=value}). */
  private static boolean hasAny(String[] args, String... options) {
    for (String a : args) {
      for (String o : options) {
        if (a.equals(o) || a.startsWith(o + "=")) {
          return true;
        }
      }
    }
    return false;
  }

  /** The field names given (blank ones dropped), or {@code fallback} when none was given. */
  private static List<String> or(List<String> given, List<String> fallback) {
    return given == null || given.isEmpty() ? fallback
        : given.stream().map(String::strip).filter(f -> !f.isEmpty()).toList();
  }
}
