package org.framelens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.framelens.embed.ModelException;
import org.framelens.embed.Models;
import org.framelens.eval.SpanScore;
import org.framelens.ingest.OutputOverlap;
import org.framelens.learn.LoadedTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code framelens train}: trains the learned parts of FrameLens. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train the learned parts of FrameLens.",
    subcommands = {TrainCommand.Loaded.class})
final class TrainCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(),
        "a subcommand is required (loaded)");
  }

  @Command(name = "loaded", mixinStandardHelpOptions = true,
      description = "Train the loaded-language scorer on PTC-style data (articles/ and "
          + "task2-TC.labels), cross-validate it by article, choose its threshold, and write "
          + "the model file (default: " + Loaded.DEFAULT_OUT + ").",
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:model written",
          "2:usage error (an empty path; a setting out of range; --out that is a folder, an "
              + "input, or a file other than a loaded-language model file)",
          "3:the training data cannot be read (no such folder or file, malformed labels)",
          "4:the model file cannot be written",
          "5:the word-vector model is missing, corrupted or could not be fetched"})
  static final class Loaded implements Callable<Integer> {
    static final String DEFAULT_OUT = "src/main/resources/org/framelens/cues/loaded-model.tsv";
    /** The labels file inside --data. */
    static final String LABELS = "task2-TC.labels";

    @Spec
    CommandSpec spec;

    @Mixin
    ModelOption modelOption;

    @Option(names = "--data", required = true, paramLabel = "DIR",
        description = "PTC directory with articles/ and " + LABELS + ".")
    Path data;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = DEFAULT_OUT,
        description = "The model file to write (only over a loaded-language model file, never "
            + "over an input; default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--folds", defaultValue = "5",
        description = "Cross-validation folds, from 2 to the number of articles (default: "
            + "${DEFAULT-VALUE}).")
    int folds;
    @Option(names = "--l2", defaultValue = "0.001",
        description = "L2 penalty, 0 or more (default: ${DEFAULT-VALUE}).")
    double l2;
    @Option(names = "--epochs", defaultValue = "300",
        description = "Gradient-descent epochs, 1 to " + MAX_EPOCHS + " (default: "
            + "${DEFAULT-VALUE}).")
    int epochs;
    @Option(names = "--learning-rate", defaultValue = "0.05",
        description = "Above 0 and at most " + MAX_LEARNING_RATE + " (default: ${DEFAULT-VALUE}).")
    double learningRate;
    @Option(names = "--expand-lexicon", defaultValue = "0", paramLabel = "K",
        description = "Measure the lexicon and union baselines with the loaded lexicon expanded by "
            + "K word-vector neighbours per word (similarity >= 0.6); default 0 (off).")
    int expandLexicon;

    static final int MAX_EPOCHS = 100_000;
    static final double MAX_LEARNING_RATE = 10;

    /** A setting out of range, as a one-line message, or null. */
    String badSetting() {
      if (data.toString().isEmpty()) {
        return "--data is empty (an unset variable?); give a PTC folder with articles/ and "
            + LABELS;
      }
      if (folds < 2) {
        return "--folds must be between 2 and the number of articles, not " + folds;
      }
      if (!(l2 >= 0) || Double.isInfinite(l2)) {
        return "--l2 must be a number, 0 or more, not " + l2;
      }
      if (epochs < 1 || epochs > MAX_EPOCHS) {
        return "--epochs must be between 1 and " + MAX_EPOCHS + ", not " + epochs;
      }
      if (!(learningRate > 0 && learningRate <= MAX_LEARNING_RATE)) {
        return "--learning-rate must be above 0 and at most " + MAX_LEARNING_RATE + ", not "
            + learningRate;
      }
      if (expandLexicon < 0) {
        return "--expand-lexicon must be 0 (off) or more, not " + expandLexicon;
      }
      return null;
    }

    /**
     * Why {@code --out} cannot be written over, or null: it is empty, a folder, one of the
     * inputs (the data folder, the labels file, an article), or an existing file that is not a
     * loaded-language model file (see {@link #isModelFile}).
     */
    String badOut() {
      if (out.toString().isEmpty()) {
        return "--out is empty (an unset variable?); give a file name such as loaded-model.tsv";
      }
      if (Files.isDirectory(out)) {
        return "--out " + out + " is a directory; give a file name such as "
            + out.resolve("loaded-model.tsv");
      }
      Optional<String> overlap = OutputOverlap.check(List.of(data.toString(),
          data.resolve(LABELS).toString()), List.of(out), "--out");
      if (overlap.isPresent()) {
        return overlap.get();
      }
      Path articles = data.resolve("articles");
      if (Files.isDirectory(articles) && Files.exists(out)) {
        try {
          if (out.toRealPath().startsWith(articles.toRealPath())) {
            return "--out " + out + " is inside the training articles " + articles
                + "; choose another --out";
          }
        } catch (IOException e) {
          // compared below by content
        }
      }
      if (Files.exists(out, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !isModelFile(out)) {
        return out + " exists and is not a loaded-language model file FrameLens wrote: this "
            + "run would replace it; move it away or choose another --out";
      }
      return null;
    }

    /**
     * Whether {@code f} is empty or a loaded-language model file: its first line is the
     * {@code # model} header line that {@link org.framelens.cues.LoadedModel#write} starts with.
     */
    static boolean isModelFile(Path f) {
      try {
        if (!Files.isRegularFile(f)) {
          return false;
        }
        if (Files.size(f) == 0) {
          return true;
        }
        byte[] head;
        try (java.io.InputStream in = Files.newInputStream(f)) {
          head = in.readNBytes(256);
        }
        return new String(head, StandardCharsets.UTF_8).startsWith("# model\t");
      } catch (IOException | SecurityException e) {
        return false;
      }
    }

    /** The input that is missing, as a one-line message, or null. */
    String missingData() {
      if (!Files.isDirectory(data)) {
        return "cannot read --data " + data + ": " + (Files.exists(data)
            ? "it is a file, not a directory; give a PTC folder with articles/ and " + LABELS
            : "no such directory");
      }
      Path articles = data.resolve("articles");
      if (!Files.isDirectory(articles)) {
        return "cannot read the training articles " + articles + ": " + (Files.exists(articles)
            ? "it is a file, not a directory" : "no such directory")
            + " (--data must hold articles/ and " + LABELS + ")";
      }
      Path labels = data.resolve(LABELS);
      if (!Files.isRegularFile(labels)) {
        return "cannot read the training labels " + labels + ": " + (Files.exists(labels)
            ? "it is a directory, not a file" : "no such file")
            + " (--data must hold articles/ and " + LABELS + ")";
      }
      return null;
    }

    /** The command as run, for the model file's provenance: "framelens train loaded --data …". */
    String commandLine() {
      List<String> args = spec.root().commandLine().getParseResult() == null ? List.of()
          : spec.root().commandLine().getParseResult().originalArgs();
      StringBuilder b = new StringBuilder("framelens");
      if (args.isEmpty() || !args.get(0).equals("train")) {
        b.append(" train loaded");
      }
      for (String a : args) {
        b.append(' ').append(a.matches("[A-Za-z0-9_./=:,+@%-]+") ? a
            : "'" + a.replace("'", "'\\''") + "'");
      }
      return b.toString();
    }

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      PrintWriter o = spec.commandLine().getOut();
      String usage = badSetting();
      if (usage == null) {
        usage = badOut();
      }
      if (usage != null) {
        err.println("framelens: " + usage);
        return ExitCodes.USAGE;
      }
      String missing = missingData();
      if (missing != null) {
        err.println("framelens: " + missing);
        return ExitCodes.NOTHING_READ;
      }
      LoadedTrainer.Result r;
      try {
        r = LoadedTrainer.train(data.resolve("articles"), data.resolve(LABELS),
            Models.load(modelOption.model), new LoadedTrainer.Settings(folds, l2, epochs,
                learningRate, expandLexicon, commandLine()), m -> {
                  err.println("framelens: " + m);
                  err.flush();
                });
      } catch (ModelException e) {
        err.println("framelens: " + e.getMessage());
        return ExitCodes.MODEL;
      } catch (LoadedTrainer.BadSettingException e) {
        err.println("framelens: " + e.getMessage());
        return ExitCodes.USAGE;
      } catch (IOException e) {
        err.println("framelens: cannot read the training data: " + EvalCommand.describe(e));
        return ExitCodes.NOTHING_READ;
      }
      o.printf(java.util.Locale.ROOT, "threshold %.2f (best out-of-fold span F1)%n",
          r.threshold());
      for (Map.Entry<String, SpanScore> e : r.scores().entrySet()) {
        o.printf("%-8s %s%n", e.getKey(), e.getValue());
      }
      try {
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, ".loaded-model", ".tmp");
        try {
          try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            r.model().write(w, r.featureNames());
          }
          Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING,
              StandardCopyOption.ATOMIC_MOVE);
        } finally {
          Files.deleteIfExists(tmp);
        }
      } catch (IOException e) {
        o.flush();
        String why = EvalCommand.describe(e);
        err.println("framelens: cannot write the model to " + (why.startsWith(out + ":") ? why
            : out + ": " + why));
        return ExitCodes.CANNOT_WRITE;
      }
      o.println("model written to " + out);
      o.flush();
      return ExitCodes.OK;
    }
  }
}
