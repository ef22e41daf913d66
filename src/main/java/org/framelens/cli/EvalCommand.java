package org.framelens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.framelens.embed.ModelException;
import org.framelens.embed.Models;
import org.framelens.embed.SentenceEmbedder;
import org.framelens.eval.Evaluations;
import org.framelens.eval.MatchScore;
import org.framelens.eval.SpanScore;
import org.framelens.ingest.IngestOptions;
import org.framelens.pipeline.Pipeline;
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

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(),
        "a subcommand is required (ptc, polnear, babe, basil)");
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
    Path parent = out.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    try (CSVPrinter p = new CSVPrinter(Files.newBufferedWriter(out, StandardCharsets.UTF_8),
        CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
      for (String[] r : rows) {
        p.printRecord((Object[]) r);
      }
    }
  }

  static String d(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  @Command(name = "ptc", mixinStandardHelpOptions = true,
      description = "Propaganda Techniques Corpus (SemEval-2020 Task 11): loaded-language span "
          + "identification with partial credit; gold = Loaded_Language + Name_Calling,Labeling.")
  static final class Ptc implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ModelOption modelOption;

    @Option(names = "--articles", required = true, paramLabel = "DIR") Path articles;
    @Option(names = "--labels", required = true, paramLabel = "FILE") Path labels;
    @Option(names = "--out", paramLabel = "FILE.csv") Path out;

    @Override
    public Integer call() throws IOException {
      PrintWriter o = spec.commandLine().getOut();
      try {
        Evaluations.PtcResult r = Evaluations.ptc(articles, labels, pipeline(modelOption, spec.commandLine().getErr()));
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
        for (String[] row : rows) {
          o.printf("%-8s %-42s %9s %9s %9s %10s %10s%n", (Object[]) row);
        }
        writeCsv(out, rows);
        o.printf("ptc loaded span_f1=%s precision=%s recall=%s%n", d(l.f1()), d(l.precision()),
            d(l.recall()));
        o.flush();
        return ExitCodes.OK;
      } catch (ModelException e) {
        spec.commandLine().getErr().println("framelens: " + e.getMessage());
        return ExitCodes.MODEL;
      } catch (IOException e) {
        spec.commandLine().getErr().println("framelens: cannot read the evaluation data: "
            + e.getMessage());
        return ExitCodes.NOTHING_READ;
      }
    }
  }

  @Command(name = "polnear", mixinStandardHelpOptions = true,
      description = "PolNeAR attribution: cue, source and content spans, matched by overlap.")
  static final class Polnear implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ModelOption modelOption;

    @Option(names = "--data", required = true, paramLabel = "DIR",
        description = "A PolNeAR split: DIR/text and DIR/attributions.") Path data;
    @Option(names = "--out", paramLabel = "FILE.csv") Path out;

    @Override
    public Integer call() throws IOException {
      PrintWriter o = spec.commandLine().getOut();
      try {
        Evaluations.PolnearResult r = Evaluations.polnear(data, pipeline(modelOption, spec.commandLine().getErr()));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"span", "precision", "recall", "f1", "gold", "predicted"});
        for (Object[] x : new Object[][] {{"cue", r.cue()}, {"source", r.source()},
            {"content", r.content()}}) {
          MatchScore m = (MatchScore) x[1];
          rows.add(new String[] {(String) x[0], d(m.precision()), d(m.recall()), d(m.f1()),
              "" + m.gold(), "" + m.predicted()});
        }
        for (String[] row : rows) {
          o.printf("%-8s %9s %9s %9s %8s %10s%n", (Object[]) row);
        }
        writeCsv(out, rows);
        o.printf("polnear attribution cue_f1=%s source_f1=%s content_f1=%s%n", d(r.cue().f1()),
            d(r.source().f1()), d(r.content().f1()));
        o.flush();
        return ExitCodes.OK;
      } catch (ModelException e) {
        spec.commandLine().getErr().println("framelens: " + e.getMessage());
        return ExitCodes.MODEL;
      } catch (IOException e) {
        spec.commandLine().getErr().println("framelens: cannot read the evaluation data: "
            + e.getMessage());
        return ExitCodes.NOTHING_READ;
      }
    }
  }

  @Command(name = "babe", mixinStandardHelpOptions = true,
      description = "BABE sentence bias: a sentence is predicted biased when its loaded_score "
          + "reaches 0.5 (the documented default, chosen without BABE data); macro-F1, ROC AUC "
          + "of loaded_score, and word-level F1 of flagged words on biased sentences.")
  static final class Babe implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ModelOption modelOption;

    @Option(names = "--file", required = true, paramLabel = "FILE") Path file;
    @Option(names = "--out", paramLabel = "FILE.csv") Path out;

    @Override
    public Integer call() throws IOException {
      PrintWriter o = spec.commandLine().getOut();
      try {
        Evaluations.BabeResult r = Evaluations.babe(file, pipeline(modelOption, spec.commandLine().getErr()));
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
        for (String[] row : rows) {
          o.printf("%-20s %s%n", (Object[]) row);
        }
        writeCsv(out, rows);
        o.printf("babe macro_f1=%s auc=%s word_f1=%s%n", d(r.macroF1()), d(r.auc()),
            d(r.wordF1()));
        o.flush();
        return ExitCodes.OK;
      } catch (ModelException e) {
        spec.commandLine().getErr().println("framelens: " + e.getMessage());
        return ExitCodes.MODEL;
      } catch (IOException e) {
        spec.commandLine().getErr().println("framelens: cannot read the evaluation data: "
            + e.getMessage());
        return ExitCodes.NOTHING_READ;
      }
    }
  }

  @Command(name = "basil", mixinStandardHelpOptions = true,
      description = "BASIL triplets: voice of our loaded hits on annotated lexical-bias phrases "
          + "inside and outside quotes; Spearman correlation of author-voice loaded hits and "
          + "BASIL lexical phrases per 1,000 words; most-loaded outlet per triplet.")
  static final class Basil implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ModelOption modelOption;

    @Option(names = "--data", required = true, paramLabel = "DIR") Path data;
    @Option(names = "--out", paramLabel = "FILE.csv") Path out;

    @Override
    public Integer call() throws IOException {
      PrintWriter o = spec.commandLine().getOut();
      try {
        Evaluations.BasilResult r = Evaluations.basil(data, pipeline(modelOption, spec.commandLine().getErr()));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"measure", "value", "n"});
        rows.add(new String[] {"quote_voice", d(r.quoteVoice()), "" + r.quoteHits()});
        rows.add(new String[] {"author_voice", d(r.authorVoice()), "" + r.authorHits()});
        rows.add(new String[] {"spearman", d(r.spearman()), "" + r.articles()});
        rows.add(new String[] {"triplet_top1", d(r.tripletTop1()), "" + r.triplets()});
        rows.add(new String[] {"unlocated_phrases", "" + r.unlocated(), ""});
        for (String[] row : rows) {
          o.printf("%-18s %8s %6s%n", (Object[]) row);
        }
        writeCsv(out, rows);
        o.printf("basil quote_voice=%s author_voice=%s spearman=%s triplet_top1=%s%n",
            d(r.quoteVoice()), d(r.authorVoice()), d(r.spearman()), d(r.tripletTop1()));
        o.flush();
        return ExitCodes.OK;
      } catch (ModelException e) {
        spec.commandLine().getErr().println("framelens: " + e.getMessage());
        return ExitCodes.MODEL;
      } catch (IOException e) {
        spec.commandLine().getErr().println("framelens: cannot read the evaluation data: "
            + e.getMessage());
        return ExitCodes.NOTHING_READ;
      }
    }
  }
}
