package org.framelens.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.framelens.embed.ModelException;
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
        + "top-20 neighbour latency on the sentences of INPUT (default: seeds).")
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

  @Override
  public Integer call() throws IOException {
    try {
      java.nio.file.Path dir = modelOption.model == null ? null : modelOption.model;
      Bench.Figures f = Bench.run(dir, inputs, seconds);
      spec.commandLine().getOut().println(f.describe());
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    } catch (ModelException e) {
      spec.commandLine().getErr().println("framelens: " + e.getMessage());
      return ExitCodes.MODEL;
    }
  }
}
