package org.framelens.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code framelens} command: subcommands only; prints usage when none is given. */
@Command(name = "framelens", mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Compares how news sources frame the same story.",
    subcommands = {AnalyzeCommand.class, ExerciseCommand.class, VectorsCommand.class, EvalCommand.class,
        LexiconCommand.class,
        TrainCommand.class,
        BenchCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:all inputs read, reports written",
        "1:reports written, but some inputs or records failed (see manifest.csv)",
        "2:usage error",
        "3:no article could be read from any input",
        "4:reports could not be written, or an internal error",
        "5:the word-vector model is missing, corrupted or could not be fetched"})
public final class Main implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  /** Builds the command line with the given streams, exit-code mapping and error handlers. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException
        ? ExitCodes.USAGE : ExitCodes.CANNOT_WRITE);
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      commandLine.getErr().println("framelens: internal error: " + ex);
      commandLine.getErr().println("Please report it with the command line you used.");
      commandLine.getErr().flush();
      return ExitCodes.CANNOT_WRITE;
    });
    return cl;
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = commandLine(out, err).execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
