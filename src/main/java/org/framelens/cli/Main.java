package org.framelens.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code framelens} command: subcommands only. A usage error (none given, an unknown
 * option, a value of the wrong type) is one line on stderr with a pointer to the command's
 * {@code --help}, and exit 2.
 */
@Command(name = "framelens", mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Compares how news sources frame the same story.",
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
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required ("
        + String.join(", ", spec.commandLine().getSubcommands().keySet()) + ")");
  }

  /** The subcommands, in the order the usage lists them. */
  static final List<Class<?>> SUBCOMMANDS = List.of(AnalyzeCommand.class, ExerciseCommand.class,
      VectorsCommand.class, EvalCommand.class, LexiconCommand.class, TrainCommand.class,
      BenchCommand.class, CommandLine.HelpCommand.class);

  /** Builds the command line with the given streams, exit-code mapping and error handlers. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, SUBCOMMANDS);
  }

  /**
   * The command line that runs {@code args}: when they start with a subcommand's name, with that
   * subcommand alone; else (usage, {@code help}, a mistyped command) with all. Picocli builds each
   * command it is given from its annotations, by reflection, while the JVM is still cold: all of
   * them cost about 0.1 s of every run's start-up, and a command parses, runs and prints its usage
   * the same without its siblings.
   */
  static CommandLine forArgs(PrintWriter out, PrintWriter err, String... args) {
    if (args.length > 0) {
      for (Class<?> c : SUBCOMMANDS) {
        Command command = c.getAnnotation(Command.class);
        if (c != CommandLine.HelpCommand.class && (command.name().equals(args[0])
            || List.of(command.aliases()).contains(args[0]))) {
          return commandLine(out, err, List.of(c));
        }
      }
    }
    return commandLine(out, err);
  }

  private static CommandLine commandLine(PrintWriter out, PrintWriter err,
      List<Class<?>> subcommands) {
    CommandLine cl = new CommandLine(new Main());
    for (Class<?> c : subcommands) {
      cl.addSubcommand(c);
    }
    cl.setOut(out);
    cl.setErr(err);
    cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException
        ? ExitCodes.USAGE : ExitCodes.CANNOT_WRITE);
    cl.setParameterExceptionHandler(Main::usageError);
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      commandLine.getErr().println("framelens: internal error: " + ex);
      commandLine.getErr().println("Please report it with the command line you used.");
      commandLine.getErr().flush();
      return ExitCodes.CANNOT_WRITE;
    });
    return cl;
  }

  /**
   * A usage error as one line, {@code framelens: MESSAGE; see 'framelens CMD --help'}, instead
   * of picocli's message followed by the whole usage (50 to 80 lines).
   */
  static int usageError(CommandLine.ParameterException ex, String[] args) {
    CommandLine c = ex.getCommandLine();
    String message = ex.getMessage() == null ? "usage error" : ex.getMessage().strip();
    message = message.replaceAll("\\s*\\R\\s*", " ");
    if (ex instanceof CommandLine.UnmatchedArgumentException u
        && !u.getSuggestions().isEmpty()) {
      message += " (did you mean " + String.join(" or ", u.getSuggestions()) + "?)";
    }
    PrintWriter err = c.getErr();
    err.println("framelens: " + message + "; see '" + c.getCommandSpec().qualifiedName()
        + " --help'");
    err.flush();
    return ExitCodes.USAGE;
  }

  public static void main(String[] args) {
    AnalyzeCommand.prepare(args);
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    CommandLine cl = forArgs(out, err, args);
    int code = cl.execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
