package org.framelens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.framelens.embed.ModelException;
import org.framelens.embed.Models;
import org.framelens.eval.SpanScore;
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
          + "the model file (default: src/main/resources/org/framelens/cues/loaded-model.tsv).")
  static final class Loaded implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ModelOption modelOption;

    @Option(names = "--data", required = true, paramLabel = "DIR",
        description = "PTC directory with articles/ and task2-TC.labels.")
    Path data;

    @Option(names = "--out", paramLabel = "FILE",
        defaultValue = "src/main/resources/org/framelens/cues/loaded-model.tsv")
    Path out;

    @Option(names = "--folds", defaultValue = "5") int folds;
    @Option(names = "--l2", defaultValue = "0.001") double l2;
    @Option(names = "--epochs", defaultValue = "300") int epochs;
    @Option(names = "--learning-rate", defaultValue = "0.05") double learningRate;
    @Option(names = "--expand-lexicon", defaultValue = "0", paramLabel = "K",
        description = "Measure the lexicon and union baselines with the loaded lexicon expanded by "
            + "K word-vector neighbours per word (similarity >= 0.6); default 0 (off).")
    int expandLexicon;

    @Override
    public Integer call() throws IOException {
      PrintWriter err = spec.commandLine().getErr();
      PrintWriter o = spec.commandLine().getOut();
      try {
        LoadedTrainer.Result r = LoadedTrainer.train(data.resolve("articles"),
            data.resolve("task2-TC.labels"), Models.load(modelOption.model),
            new LoadedTrainer.Settings(folds, l2, epochs, learningRate, expandLexicon), m -> {
              err.println("framelens: " + m);
              err.flush();
            });
        o.printf(java.util.Locale.ROOT, "threshold %.2f (best out-of-fold span F1)%n",
            r.threshold());
        for (Map.Entry<String, SpanScore> e : r.scores().entrySet()) {
          o.printf("%-8s %s%n", e.getKey(), e.getValue());
        }
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
          r.model().write(w, r.featureNames());
        }
        o.println("model written to " + out);
        o.flush();
        return ExitCodes.OK;
      } catch (ModelException e) {
        err.println("framelens: " + e.getMessage());
        return ExitCodes.MODEL;
      } catch (IOException e) {
        err.println("framelens: cannot read the training data: " + e.getMessage());
        return ExitCodes.NOTHING_READ;
      }
    }
  }
}
