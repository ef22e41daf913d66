package org.framelens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.framelens.cues.CueAnalyzer;
import org.framelens.embed.ModelException;
import org.framelens.embed.Models;
import org.framelens.embed.SentenceEmbedder;
import org.framelens.exercise.AlignedPair;
import org.framelens.exercise.Exercise;
import org.framelens.exercise.ExerciseWriter;
import org.framelens.exercise.Exercises;
import org.framelens.exercise.Kind;
import org.framelens.exercise.Level;
import org.framelens.exercise.Options;
import org.framelens.ingest.BadInputException;
import org.framelens.ingest.FieldMapping;
import org.framelens.ingest.IngestOptions;
import org.framelens.ingest.Inputs;
import org.framelens.ingest.MetadataOverrides;
import org.framelens.ingest.OutputOverlap;
import org.framelens.pipeline.ArticleResult;
import org.framelens.pipeline.Pipeline;
import org.framelens.pipeline.RunResult;
import org.framelens.report.OutputLock;
import org.framelens.report.OwnFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code framelens exercise}: classroom worksheets and answer keys from any set of articles. */
@Command(name = "exercise", mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Makes a ready-to-print classroom exercise from articles: worksheet.html for students, "
            + "answers.html (every point explained and anchored to the exact words) and "
            + "exercise.csv for teachers who build their own materials.",
        "Kinds: spot (find the framing in single sentences, flagged and clean), compare (the "
            + "same fact in two or three outlets), sources (who says so, for every claim of "
            + "one article)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:all inputs read, exercise written",
        "1:exercise written, but some inputs or records failed",
        "2:usage error",
        "3:no article could be read, or no exercise item could be made from them",
        "4:the exercise could not be written, or an internal error",
        "5:the word-vector model is missing, corrupted or could not be fetched"})
final class ExerciseCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or directories to read.")
  List<String> inputs;

  @Option(names = "--out", paramLabel = "DIR", required = true,
      description = "Where to write worksheet.html, answers.html and exercise.csv.")
  Path out;

  @Option(names = "--kind", paramLabel = "KIND", defaultValue = "spot",
      description = "spot, compare or sources (default: ${DEFAULT-VALUE}).")
  String kind;

  @Option(names = "--level", paramLabel = "LEVEL", defaultValue = "basic",
      description = "basic (fewer, clear items; high-confidence hits only) or advanced (more "
          + "items, subtle cues too) (default: ${DEFAULT-VALUE}).")
  String level;

  @Option(names = "--count", paramLabel = "N",
      description = "Number of items (default: spot 8/12, compare 5/8, sources 15/25 for "
          + "basic/advanced).")
  Integer count;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
      description = "Seeds the selection: same inputs and seed, same exercise "
          + "(default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--title", paramLabel = "TEXT", description = "The worksheet's title.")
  String title;

  @Option(names = "--article", paramLabel = "ID",
      description = "For --kind sources: the article to use (an article_id; default: the one "
          + "whose claims have the widest mix of sources).")
  String article;

  @Option(names = "--manifest", paramLabel = "FILE",
      description = "CSV of metadata overrides, as for analyze.")
  Path manifest;

  @Mixin
  ModelOption modelOption;

  @Option(names = "--lexicon", paramLabel = "FILE",
      description = "Add a lexicon of your own, as for analyze; repeatable.")
  List<Path> lexicons;

  @Option(names = "--actors", paramLabel = "FILE", description = "Actors file, as for analyze.")
  Path actorsFile;

  @Option(names = "--no-embeddings",
      description = "Run without word vectors (spot and sources only; lexicon and rule cues).")
  boolean noEmbeddings;

  @Option(names = "--raw-csv", description = "Do not neutralise spreadsheet formulas in "
      + "exercise.csv (see analyze --help).")
  boolean rawCsv;

  @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
  boolean quiet;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Kind k;
    Level l;
    try {
      k = Kind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return usage(err, "--kind must be spot, compare or sources, not '" + kind + "'");
    }
    try {
      l = Level.valueOf(level.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return usage(err, "--level must be basic or advanced, not '" + level + "'");
    }
    if (count != null && (count < 1 || count > 200)) {
      return usage(err, "--count must be between 1 and 200, not " + count);
    }
    if (article != null && k != Kind.SOURCES) {
      return usage(err, "--article only applies to --kind sources");
    }
    if (noEmbeddings && k == Kind.COMPARE) {
      return usage(err, "--kind compare aligns sentences with word vectors; drop "
          + "--no-embeddings");
    }
    Options options = new Options(k, l, count == null ? 0 : count, seed, title, article);
    List<Path> outputs = List.of(out, out.resolve(ExerciseWriter.CSV),
        out.resolve(ExerciseWriter.WORKSHEET), out.resolve(ExerciseWriter.ANSWERS));
    if (out.toString().isEmpty()) {
      return usage(err, "--out is empty (an unset variable?); give a path");
    }
    java.util.Optional<String> overlap = OutputOverlap.check(inputs, outputs, "--out")
        .or(() -> OutputOverlap.outputHoldsInputs(inputs, out, OwnFiles::own, "--out"))
        .or(() -> OwnFiles.foreign(outputs.subList(1, outputs.size()), "--out"));
    if (overlap.isPresent()) {
      return usage(err, overlap.get());
    }
    MetadataOverrides overrides = MetadataOverrides.none();
    if (manifest != null) {
      try {
        overrides = MetadataOverrides.load(manifest, manifest.toString());
      } catch (BadInputException e) {
        return usage(err, (e.line() > 0 ? manifest + ":" + e.line() + ": " : "")
            + e.getMessage());
      }
    }
    String badConfig = CueOptions.checkFiles(lexicons, actorsFile, null);
    if (badConfig != null) {
      return usage(err, badConfig);
    }
    // the output directory's lock before any expensive work (the model, the inputs): a second
    // run with the same --out is refused at once, and a read-only --out as well
    OutputLock lock;
    try {
      lock = ExerciseWriter.lock(out);
    } catch (IOException e) {
      return cannotWrite(err, e);
    }
    try (lock) {
      return exercise(err, lock, options, overrides, outputs);
    }
  }

  /** The run itself, holding the lock of {@code --out}, which the writer lets go. */
  private int exercise(PrintWriter err, OutputLock lock, Options options,
      MetadataOverrides overrides, List<Path> outputs) {
    Kind k = options.kind();
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
      List<String> warnings = new ArrayList<>();
      cueAnalyzer = CueOptions.analyzer(lexicons, actorsFile, embedder, warnings);
      if (!quiet) {
        warnings.forEach(w -> err.println("framelens: note: " + w));
      }
    } catch (IllegalArgumentException | IOException e) {
      return usage(err, e.getMessage());
    }
    Pipeline pipeline = Pipeline.defaults(new IngestOptions(FieldMapping.defaults(), overrides,
        IngestOptions.DEFAULT_MAX_BYTES, outputs), embedder, cueAnalyzer);
    List<ArticleResult> results = new ArrayList<>();
    RunResult run;
    try {
      run = pipeline.run(inputs, results::add);
    } catch (IOException e) {
      err.println("framelens: " + e.getMessage());
      return ExitCodes.CANNOT_WRITE;
    }
    if (!quiet || run.hasFailures()) { // --quiet: errors only, not warnings and notes
      run.problems().forEach(p -> err.println("framelens: " + p.path()
          + (p.line() > 0 ? ":" + p.line() : "") + ": " + p.message()));
    }
    if (results.isEmpty()) {
      err.println("framelens: no article could be read from " + String.join(" ", inputs));
      return ExitCodes.NOTHING_READ;
    }
    Exercise exercise;
    try {
      List<AlignedPair> pairs = k == Kind.COMPARE ? AlignedPair.align(embedder, results)
          : List.of();
      exercise = Exercises.build(results, pairs, options);
    } catch (IllegalArgumentException e) {
      return usage(err, e.getMessage());
    }
    if (exercise.items().isEmpty()) {
      err.println("framelens: no exercise item could be made from these articles"
          + (k == Kind.COMPARE ? " (no sentences of different outlets report the same fact)"
              : "") + "; nothing was written");
      return ExitCodes.NOTHING_READ;
    }
    try {
      ExerciseWriter.write(exercise, lock, rawCsv);
    } catch (IOException e) {
      return cannotWrite(err, e);
    }
    if (!quiet) {
      exercise.notes().forEach(n -> err.println("framelens: note: " + n));
      err.printf(Locale.ROOT, "framelens: %d item(s) from %d article(s) written to %s "
          + "(worksheet.html, answers.html, exercise.csv)%n", exercise.items().size(),
          results.size(), out);
    }
    return run.hasFailures() ? ExitCodes.SOME_FAILED : ExitCodes.OK;
  }

  private int cannotWrite(PrintWriter err, IOException e) {
    err.println("framelens: cannot write the exercise to " + out + ": " + Inputs.describe(e));
    if (java.nio.file.Files.isDirectory(out)) { // not when there was none (nor a folder)
      err.println("Earlier files in " + out + " were left as they were.");
    }
    return ExitCodes.CANNOT_WRITE;
  }

  private static int usage(PrintWriter err, String message) {
    err.println("framelens: " + message);
    return ExitCodes.USAGE;
  }
}
