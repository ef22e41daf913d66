package org.framelens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.framelens.embed.ModelException;
import org.framelens.embed.Models;
import org.framelens.embed.SentenceEmbedder;
import org.framelens.eval.Evaluations;
import org.framelens.eval.MatchScore;
import org.framelens.eval.NothingToScoreException;
import org.framelens.eval.SpanScore;
import org.framelens.ingest.IngestOptions;
import org.framelens.ingest.Inputs;
import org.framelens.ingest.OutputOverlap;
import org.framelens.pipeline.Pipeline;
import org.framelens.report.OwnFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code framelens eval}: measures FrameLens against human-annotated corpora. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Measure FrameLens against human-annotated news corpora (normal pipeline, "
        + "default model and settings).",
    subcommands = {EvalCommand.Ptc.class, EvalCommand.Polnear.class, EvalCommand.Babe.class,
        EvalCommand.Basil.class})
final class EvalCommand implements Runnable {

  /** The exit codes of every evaluation, for their --help. */
  static final String EXIT_0 = "0:scores printed (and written to --out)";
  static final String EXIT_2 = "2:usage error (an empty path; --out that is a folder, one of the "
      + "inputs, or a file FrameLens did not write)";
  static final String EXIT_3 = "3:the data cannot be read, or holds nothing to score (no "
      + "labelled article, row or annotation)";
  static final String EXIT_4 = "4:--out cannot be written";
  static final String EXIT_5 = "5:the word-vector model is missing, corrupted or could not be "
      + "fetched";

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(),
        "a subcommand is required (ptc, polnear, babe, basil)");
  }

  /**
   * What an evaluation prints: a table (header first), its column format, the summary line, and
   * notes on the data for stderr.
   */
  record Report(List<String[]> rows, String format, String summary, List<String> notes) {
  }

  /**
   * An evaluation's input as given on the command line.
   *
   * @param option    the option that named it, for messages
   * @param path      the path given
   * @param directory whether it must be a directory (else a file)
   * @param what      what it should be, for messages ("the BABE CSV file")
   */
  record Input(String option, Path path, boolean directory, String what) {
  }

  /**
   * One evaluation: checks its inputs and {@code --out} before any work, builds the normal
   * pipeline, runs it, prints the table, writes it with {@code --out}, and ends with the summary
   * line; data and model errors are one line each.
   */
  abstract static class Evaluation implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ModelOption modelOption;

    @Option(names = "--out", paramLabel = "FILE.csv", description = "Also write the table "
        + "(only over a file that FrameLens wrote, never over an input).")
    Path out;

    abstract Report evaluate(Pipeline pipeline) throws IOException;

    /** The files and folders the evaluation reads, as given. */
    abstract List<Input> inputs();

    /** A file name for the table, for the message on a bad {@code --out}. */
    abstract String outName();

    @Override
    public Integer call() throws IOException {
      PrintWriter o = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Integer bad = check(err);
      if (bad != null) {
        return bad;
      }
      Report r;
      try {
        r = evaluate(pipeline(modelOption, err));
      } catch (ModelException e) {
        err.println("framelens: " + e.getMessage());
        return ExitCodes.MODEL;
      } catch (NothingToScoreException e) {
        err.println("framelens: " + e.getMessage());
        return ExitCodes.NOTHING_READ;
      } catch (IOException e) {
        err.println("framelens: cannot read the evaluation data: " + describe(e));
        return ExitCodes.NOTHING_READ;
      }
      r.notes().forEach(n -> err.println("framelens: note: " + n));
      err.flush();
      for (String[] row : r.rows()) {
        o.printf(r.format() + "%n", (Object[]) row);
      }
      try {
        writeCsv(out, r.rows());
      } catch (IOException e) {
        o.flush();
        String why = describe(e);
        err.println("framelens: cannot write " + (why.startsWith(out + ":") ? why
            : out + ": " + why));
        return ExitCodes.CANNOT_WRITE;
      }
      o.println(r.summary());
      o.flush();
      return ExitCodes.OK;
    }

    /**
     * The exit code when the inputs or {@code --out} are wrong, after a one-line message; null
     * when the run can go ahead. Usage errors first (an empty path, {@code --out} that is a
     * folder, an input, or a file FrameLens did not write), then inputs that cannot be read, then
     * an {@code --out} that cannot be written.
     */
    private Integer check(PrintWriter err) {
      for (Input in : inputs()) {
        if (in.path().toString().isEmpty()) {
          err.println("framelens: " + in.option() + " is empty (an unset variable?); give "
              + in.what());
          return ExitCodes.USAGE;
        }
      }
      if (out != null) {
        Optional<String> problem = Optional.empty();
        if (out.toString().isEmpty()) {
          problem = Optional.of("--out is empty (an unset variable?); give a file name such as "
              + outName());
        } else if (Files.isDirectory(out)) {
          problem = Optional.of("--out " + out + " is a directory; give a file name such as "
              + out.resolve(outName()));
        }
        List<String> given = inputs().stream().map(in -> in.path().toString()).toList();
        problem = problem.or(() -> OutputOverlap.check(given, List.of(out), "--out"))
            .or(() -> OwnFiles.foreign(List.of(out), "--out"));
        if (problem.isPresent()) {
          err.println("framelens: " + problem.get());
          return ExitCodes.USAGE;
        }
      }
      for (Input in : inputs()) {
        Path p = in.path();
        String why = !Files.exists(p) ? "no such " + (in.directory() ? "directory" : "file")
            : in.directory() && !Files.isDirectory(p) ? "it is a file, not a directory"
            : !in.directory() && Files.isDirectory(p) ? "it is a directory, not a file"
            : null;
        if (why != null) {
          err.println("framelens: cannot read " + in.option() + " " + p + ": " + why
              + (Files.exists(p) ? "; give " + in.what() : ""));
          return ExitCodes.NOTHING_READ;
        }
      }
      if (out != null) {
        Path parent = out.toAbsolutePath().getParent();
        while (parent != null && !Files.exists(parent)) {
          parent = parent.getParent();
        }
        if (parent != null && !Files.isDirectory(parent)) {
          err.println("framelens: cannot write " + out + ": " + parent + " is not a directory");
          return ExitCodes.CANNOT_WRITE;
        }
      }
      return null;
    }
  }

  /** What went wrong with a file, naming it: "FILE: no such file or directory", ... */
  static String describe(IOException e) {
    if (e instanceof FileSystemException f && f.getFile() != null) {
      String why = e instanceof NoSuchFileException || e instanceof AccessDeniedException
          || e instanceof NotDirectoryException || f.getReason() == null
          ? Inputs.describe(e) : f.getReason();
      if (!why.isEmpty()) {
        why = Character.toLowerCase(why.charAt(0)) + why.substring(1);
      }
      return (f.getFile().isEmpty() ? "(an empty path)" : f.getFile()) + ": " + why;
    }
    return Inputs.describe(e);
  }

  /** The normal pipeline with the default (or --model) word vectors and the bundled cues. */
  static Pipeline pipeline(ModelOption model, PrintWriter err) throws ModelException, IOException {
    SentenceEmbedder embedder = new SentenceEmbedder(Models.load(model.model));
    List<String> warnings = new ArrayList<>();
    Pipeline p = Pipeline.defaults(IngestOptions.defaults(), embedder,
        CueOptions.analyzer(null, null, embedder, warnings));
    warnings.forEach(w -> err.println("framelens: note: " + w));
    err.flush();
    return p;
  }

  static void writeCsv(Path out, List<String[]> rows) throws IOException {
    if (out == null) {
      return;
    }
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (CSVPrinter p = new CSVPrinter(Files.newBufferedWriter(out, StandardCharsets.UTF_8),
        CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
      for (String[] r : rows) {
        // cells as in the reports: a name from the data that a spreadsheet would run as a
        // formula gets its apostrophe; numbers pass unchanged
        p.printRecord(java.util.Arrays.stream(r).map(c -> org.framelens.report.Csv.cell(c, false))
            .toList());
      }
    }
  }

  /** Three decimals; an undefined figure (NaN) is an empty cell, as in the reports. */
  static String d(double v) {
    return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.3f", v);
  }

  /** {@link #d} for the summary line, where an undefined figure reads {@code n/a}. */
  static String s(double v) {
    return Double.isNaN(v) ? "n/a" : d(v);
  }

  @Command(name = "ptc", mixinStandardHelpOptions = true,
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {EXIT_0, EXIT_2, EXIT_3, EXIT_4, EXIT_5},
      description = "Propaganda Techniques Corpus (SemEval-2020 Task 11): loaded-language span "
          + "identification with partial credit; gold = Loaded_Language + Name_Calling,Labeling.")
  static final class Ptc extends Evaluation {
    @Option(names = "--articles", required = true, paramLabel = "DIR") Path articles;
    @Option(names = "--labels", required = true, paramLabel = "FILE") Path labels;

    @Override
    List<Input> inputs() {
      return List.of(new Input("--articles", articles, true, "the folder of article<ID>.txt files"),
          new Input("--labels", labels, false, "the labels file (task2-TC.labels)"));
    }

    @Override
    String outName() {
      return "ptc.csv";
    }

    @Override
    Report evaluate(Pipeline pipeline) throws IOException {
      Evaluations.PtcResult r = Evaluations.ptc(articles, labels, pipeline);
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"measure", "technique", "precision", "recall", "f1", "gold_spans",
          "predicted_spans"});
      SpanScore l = r.loaded();
      rows.add(new String[] {"span", "Loaded_Language+Name_Calling,Labeling", d(l.precision()),
          d(l.recall()), d(l.f1()), "" + l.goldSpans(), "" + l.predictedSpans()});
      for (Map.Entry<String, SpanScore> e : r.perTechnique().entrySet()) {
        rows.add(new String[] {"recall", e.getKey(), "", d(e.getValue().recall()), "",
            "" + e.getValue().goldSpans(), ""});
      }
      return new Report(rows, "%-8s %-42s %9s %9s %9s %10s %10s",
          "ptc loaded span_f1=" + s(l.f1()) + " precision=" + s(l.precision()) + " recall="
              + s(l.recall()), r.notes());
    }
  }

  @Command(name = "polnear", mixinStandardHelpOptions = true,
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {EXIT_0, EXIT_2, EXIT_3, EXIT_4, EXIT_5},
      description = "PolNeAR attribution: cue, source and content spans, matched by overlap.")
  static final class Polnear extends Evaluation {
    @Option(names = "--data", required = true, paramLabel = "DIR",
        description = "A PolNeAR split: DIR/text and DIR/attributions.") Path data;

    @Override
    List<Input> inputs() {
      return List.of(new Input("--data", data, true,
          "a PolNeAR split (a folder with text/ and attributions/)"));
    }

    @Override
    String outName() {
      return "polnear.csv";
    }

    @Override
    Report evaluate(Pipeline pipeline) throws IOException {
      Evaluations.PolnearResult r = Evaluations.polnear(data, pipeline);
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"span", "precision", "recall", "f1", "gold", "predicted"});
      for (Map.Entry<String, MatchScore> e : List.of(Map.entry("cue", r.cue()),
          Map.entry("source", r.source()), Map.entry("content", r.content()))) {
        MatchScore m = e.getValue();
        rows.add(new String[] {e.getKey(), d(m.precision()), d(m.recall()), d(m.f1()),
            "" + m.gold(), "" + m.predicted()});
      }
      return new Report(rows, "%-8s %9s %9s %9s %8s %10s",
          "polnear attribution cue_f1=" + s(r.cue().f1()) + " source_f1=" + s(r.source().f1())
              + " content_f1=" + s(r.content().f1()), r.notes());
    }
  }

  @Command(name = "babe", mixinStandardHelpOptions = true,
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {EXIT_0, EXIT_2, EXIT_3, EXIT_4, EXIT_5},
      description = "BABE sentence bias: a sentence is predicted biased when its loaded_score "
          + "reaches 0.5 (the documented default, chosen without BABE data); macro-F1, ROC AUC "
          + "of loaded_score, and word-level F1 of flagged words on biased sentences.")
  static final class Babe extends Evaluation {
    @Option(names = "--file", required = true, paramLabel = "FILE") Path file;

    @Override
    List<Input> inputs() {
      return List.of(new Input("--file", file, false, "the BABE CSV file"));
    }

    @Override
    String outName() {
      return "babe.csv";
    }

    @Override
    Report evaluate(Pipeline pipeline) throws IOException {
      Evaluations.BabeResult r = Evaluations.babe(file, pipeline);
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"measure", "value"});
      rows.add(new String[] {"rows", "" + r.rows()});
      rows.add(new String[] {"skipped_unlabelled", "" + r.skipped()});
      rows.add(new String[] {"gold_biased", "" + r.biased()});
      rows.add(new String[] {"predicted_biased", "" + r.predictedBiased()});
      rows.add(new String[] {"threshold", d(Evaluations.BIASED_THRESHOLD)});
      rows.add(new String[] {"f1_biased", d(r.f1Biased())});
      rows.add(new String[] {"f1_non_biased", d(r.f1NonBiased())});
      rows.add(new String[] {"macro_f1", d(r.macroF1())});
      rows.add(new String[] {"auc", d(r.auc())});
      rows.add(new String[] {"word_precision", d(r.wordPrecision())});
      rows.add(new String[] {"word_recall", d(r.wordRecall())});
      rows.add(new String[] {"word_f1", d(r.wordF1())});
      long nonBiased = r.rows() - r.skipped() - r.biased();
      List<String> notes = r.biased() == 0 || nonBiased == 0 ? List.of(String.format(Locale.ROOT,
          "only one class is labelled (%d Biased, %d Non-biased rows): the F1 of the other "
              + "class, the macro-F1 and the AUC are undefined and left empty", r.biased(),
          nonBiased)) : List.of();
      return new Report(rows, "%-20s %s", "babe macro_f1=" + s(r.macroF1()) + " auc="
          + s(r.auc()) + " word_f1=" + s(r.wordF1()), notes);
    }
  }

  @Command(name = "basil", mixinStandardHelpOptions = true,
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {EXIT_0, EXIT_2, EXIT_3, EXIT_4, EXIT_5},
      description = "BASIL triplets: voice of our loaded hits on annotated lexical-bias phrases "
          + "inside and outside quotes; Spearman correlation of author-voice loaded hits and "
          + "BASIL lexical phrases per 1,000 words; most-loaded outlet per triplet.")
  static final class Basil extends Evaluation {
    @Option(names = "--data", required = true, paramLabel = "DIR") Path data;

    @Override
    List<Input> inputs() {
      return List.of(new Input("--data", data, true,
          "a BASIL folder (with articles/ and annotations/)"));
    }

    @Override
    String outName() {
      return "basil.csv";
    }

    @Override
    Report evaluate(Pipeline pipeline) throws IOException {
      Evaluations.BasilResult r = Evaluations.basil(data, pipeline);
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"measure", "value", "n"});
      rows.add(new String[] {"quote_voice", d(r.quoteVoice()), "" + r.quoteHits()});
      rows.add(new String[] {"author_voice", d(r.authorVoice()), "" + r.authorHits()});
      rows.add(new String[] {"spearman", d(r.spearman()), "" + r.articles()});
      rows.add(new String[] {"triplet_top1", d(r.tripletTop1()), "" + r.triplets()});
      rows.add(new String[] {"unlocated_phrases", "" + r.unlocated(), ""});
      return new Report(rows, "%-18s %8s %6s", "basil quote_voice=" + s(r.quoteVoice())
          + " author_voice=" + s(r.authorVoice()) + " spearman=" + s(r.spearman())
          + " triplet_top1=" + s(r.tripletTop1()), r.notes());
    }
  }
}
