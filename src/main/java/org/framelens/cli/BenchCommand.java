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
        + "the time of each stage of analyze.")
final class BenchCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  ModelOption modelOption;

  @Parameters(arity = "0..*", paramLabel = "INPUT", defaultValue = "seeds")
  List<String> inputs;

  @Option(names = "--seconds", defaultValue = "5",
      description = "How long to repeat the embedding pass (default: ${DEFAULT-VALUE}).")
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
      description = "Passes for --stages (default: ${DEFAULT-VALUE}).")
  int passes;

  @Override
  public Integer call() throws IOException {
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
      spec.commandLine().getErr().println("framelens: " + e.getMessage());
      return ExitCodes.MODEL;
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
