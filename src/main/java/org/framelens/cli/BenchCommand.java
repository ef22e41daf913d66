package org.framelens.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.framelens.axes.Axis;
import org.framelens.axes.AxisSet;
import org.framelens.axes.FrameAxes;
import org.framelens.cues.CueAnalyzer;
import org.framelens.embed.ModelException;
import org.framelens.embed.Models;
import org.framelens.embed.SentenceEmbedder;
import org.framelens.eval.FloorBench;
import org.framelens.eval.StageBench;
import org.framelens.ingest.IngestOptions;
import org.framelens.ingest.NothingReadException;
import org.framelens.pipeline.Pipeline;
import org.framelens.pipeline.Bench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code framelens bench}: the word-vector speed figures (see EVALUATION.md). */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure model load time, sentence-embedding throughput (one thread) and "
        + "top-20 neighbour latency on the sentences of INPUT (default: seeds); with --stages, "
        + "the time of each stage of analyze.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:figures printed",
        "2:usage error (--stages with --floor, --seconds not above 0, --passes below 1, an "
            + "empty INPUT)",
        "3:no article could be read from INPUT (missing, empty or unreadable)",
        "4:a scratch file could not be written, or an internal error",
        "5:the word-vector model is missing, corrupted or could not be fetched"})
final class BenchCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  ModelOption modelOption;

  @Parameters(arity = "0..*", paramLabel = "INPUT", defaultValue = "seeds")
  List<String> inputs;

  @Option(names = "--seconds", defaultValue = "5",
      description = "How long to repeat the embedding pass, in seconds above 0 (default: "
          + "${DEFAULT-VALUE}).")
  double seconds;

  @Option(names = "--stages",
      description = "Instead: time each stage of analyze (read, clean, analyze, embed, cues, axes, "
          + "reports) on one thread over INPUT, for --passes passes; the first warms up.")
  boolean stages;

  @Option(names = "--floor",
      description = "Instead: the floor, only the work no analyze can avoid (read INPUT, look "
          + "every word up, write the text once as CSV) on every processor; see EVALUATION.md.")
  boolean floor;

  @Option(names = "--passes", defaultValue = "4",
      description = "Passes for --stages, 1 or more (default: ${DEFAULT-VALUE}).")
  int passes;

  @Override
  public Integer call() throws IOException {
    java.io.PrintWriter err = spec.commandLine().getErr();
    String usage = stages && floor
        ? "--stages and --floor are two different benchmarks; choose one"
        : !(seconds > 0 && seconds < Double.POSITIVE_INFINITY)
        ? "--seconds must be a number of seconds above 0, got " + seconds
        : passes < 1 ? "--passes must be 1 or more, got " + passes
        : inputs.stream().anyMatch(String::isEmpty)
            ? "an INPUT is empty (an unset variable?); give files or directories"
        : null;
    if (usage != null) {
      err.println("framelens: " + usage);
      return ExitCodes.USAGE;
    }
    for (String input : inputs) {
      Path p;
      try {
        p = Path.of(input);
      } catch (java.nio.file.InvalidPathException e) {
        continue; // the reader names it, with a hint
      }
      if (!Files.exists(p)) {
        err.println("framelens: cannot read " + input + ": no such file or directory");
        return ExitCodes.NOTHING_READ;
      }
    }
    try {
      if (stages) {
        return stages();
      }
      if (floor) {
        return floor();
      }
      Bench.Figures f = Bench.run(modelOption.model, inputs, seconds);
      spec.commandLine().getOut().println(f.describe());
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    } catch (ModelException e) {
      err.println("framelens: " + e.getMessage());
      return ExitCodes.MODEL;
    } catch (NothingReadException e) {
      err.println("framelens: " + e.getMessage());
      return ExitCodes.NOTHING_READ;
    } catch (IOException e) {
      err.println("framelens: cannot write the benchmark's scratch files: "
          + EvalCommand.describe(e));
      return ExitCodes.CANNOT_WRITE;
    }
  }

  private Integer floor() throws IOException, ModelException {
    org.framelens.embed.WordVectors vectors = Models.load(modelOption.model);
    Path out = Files.createTempFile("framelens-floor", ".csv");
    try {
      FloorBench.Figures f = FloorBench.run(vectors, inputs, out,
          Runtime.getRuntime().availableProcessors());
      spec.commandLine().getOut().println(f.describe());
      spec.commandLine().getOut().flush();
    } finally {
      Files.deleteIfExists(out);
    }
    return ExitCodes.OK;
  }

  private Integer stages() throws IOException, ModelException {
    SentenceEmbedder embedder = new SentenceEmbedder(Models.load(modelOption.model));
    List<String> warnings = new ArrayList<>();
    CueAnalyzer cues = CueOptions.analyzer(null, null, embedder, warnings);
    warnings.forEach(w -> spec.commandLine().getErr().println("framelens: note: " + w));
    List<Axis> axes = AxisSet.bundled();
    Pipeline pipeline = Pipeline.defaults(IngestOptions.defaults(), embedder, cues)
        .withAxes(new FrameAxes(embedder.vectors(), axes));
    Path scratch = Files.createTempDirectory("framelens-bench");
    try {
      StageBench.Figures f = StageBench.run(pipeline, embedder,
          axes.stream().map(Axis::id).toList(), inputs, scratch, passes);
      spec.commandLine().getOut().println(f.describe());
      spec.commandLine().getOut().flush();
    } finally {
      try (var files = Files.list(scratch)) {
        for (Path p : (Iterable<Path>) files::iterator) {
          Files.deleteIfExists(p);
        }
      }
      Files.deleteIfExists(scratch);
    }
    return ExitCodes.OK;
  }
}
