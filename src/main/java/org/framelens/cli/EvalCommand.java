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

  /** What an evaluation prints: a table (header first), its column format, the summary line. */
  record Report(List<String[]> rows, String format, String summary) {
  }

  /**
   * One evaluation: builds the normal pipeline, runs it, prints the table, writes it with
   * {@code --out}, and ends with the summary line; data and model errors are one line each.
   */
  abstract static class Evaluation implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ModelOption modelOption;

    @Option(names = "--out", paramLabel = "FILE.csv", description = "Also write the table.")
    Path out;

    abstract Report evaluate(Pipeline pipeline) throws IOException;

    @Override
    public Integer call() throws IOException {
      PrintWriter o = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      try {
        Report r = evaluate(pipeline(modelOption, err));
        for (String[] row : r.rows()) {
          o.printf(r.format() + "%n", (Object[]) row);
        }
        writeCsv(out, r.rows());
        o.println(r.summary());
        o.flush();
        return ExitCodes.OK;
      } catch (ModelException e) {
        err.println("framelens: " + e.getMessage());
        return ExitCodes.MODEL;
      } catch (IOException e) {
        err.println("framelens: cannot read the evaluation data: " + e.getMessage());
        return ExitCodes.NOTHING_READ;
      }
    }
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
  static final class Ptc extends Evaluation {
    @Option(names = "--articles", required = true, paramLabel = "DIR") Path articles;
    @Option(names = "--labels", required = true, paramLabel = "FILE") Path labels;

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
          "ptc loaded span_f1=" + d(l.f1()) + " precision=" + d(l.precision()) + " recall="
              + d(l.recall()));
    }
  }

  @Command(name = "polnear", mixinStandardHelpOptions = true,
      description = "PolNeAR attribution: cue, source and content spans, matched by overlap.")
  static final class Polnear extends Evaluation {
    @Option(names = "--data", required = true, paramLabel = "DIR",
        description = "A PolNeAR split: DIR/text and DIR/attributions.") Path data;

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
          "polnear attribution cue_f1=" + d(r.cue().f1()) + " source_f1=" + d(r.source().f1())
              + " content_f1=" + d(r.content().f1()));
    }
  }

  @Command(name = "babe", mixinStandardHelpOptions = true,
      description = "BABE sentence bias: a sentence is predicted biased when its loaded_score "
          + "reaches 0.5 (the documented default, chosen without BABE data); macro-F1, ROC AUC "
          + "of loaded_score, and word-level F1 of flagged words on biased sentences.")
  static final class Babe extends Evaluation {
    @Option(names = "--file", required = true, paramLabel = "FILE") Path file;

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
      return new Report(rows, "%-20s %s", "babe macro_f1=" + d(r.macroF1()) + " auc="
          + d(r.auc()) + " word_f1=" + d(r.wordF1()));
    }
  }

  @Command(name = "basil", mixinStandardHelpOptions = true,
      description = "BASIL triplets: voice of our loaded hits on annotated lexical-bias phrases "
          + "inside and outside quotes; Spearman correlation of author-voice loaded hits and "
          + "BASIL lexical phrases per 1,000 words; most-loaded outlet per triplet.")
  static final class Basil extends Evaluation {
    @Option(names = "--data", required = true, paramLabel = "DIR") Path data;

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
      return new Report(rows, "%-18s %8s %6s", "basil quote_voice=" + d(r.quoteVoice())
          + " author_voice=" + d(r.authorVoice()) + " spearman=" + d(r.spearman())
          + " triplet_top1=" + d(r.tripletTop1()));
    }
  }
}
