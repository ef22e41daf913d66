package org.framelens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@link Main#forArgs} builds only the subcommand a run invokes: every command line answers
 * exactly as it does with all the subcommands (exit code, stdout, stderr).
 */
class MainTest {

  @TempDir
  Path tmp;

  private void assertSameAsFull(String... args) {
    CliRun.Result subset = CliRun.run(true, args);
    CliRun.Result full = CliRun.run(false, args);
    String what = String.join(" ", args);
    assertEquals(full.code(), subset.code(), what);
    assertEquals(full.out(), subset.out(), what);
    assertEquals(full.err(), subset.err(), what);
  }

  @Test
  void usageHelpAndErrorsAreTheSame() {
    String out = tmp.resolve("out").toString();
    List<String[]> lines = List.of(
        new String[] {},
        new String[] {"--help"},
        new String[] {"--version"},
        new String[] {"help"},
        new String[] {"help", "analyze"},
        new String[] {"help", "vectors"},
        new String[] {"analyse"},
        new String[] {"--bogus"},
        new String[] {"analyze"},
        new String[] {"analyze", "--help"},
        new String[] {"analyze", "-V"},
        new String[] {"analyze", "--thread", "2", "x"},
        new String[] {"analyze", "--threads", "two", "x"},
        new String[] {"analyze", "--threads", "0", "--out", out, "x"},
        new String[] {"analyze", "--no-embeddings", "-q", "--out", out,
            tmp.resolve("missing.txt").toString()},
        new String[] {"analyze", "vectors", "--bogus"},
        new String[] {"vectors"},
        new String[] {"vectors", "--help"},
        new String[] {"vectors", "info", "--help"},
        new String[] {"vectors", "neighbours", "--help"},
        new String[] {"vectors", "nieghbors"},
        new String[] {"exercise", "--help"},
        new String[] {"eval", "--help"},
        new String[] {"eval", "ptc", "--help"},
        new String[] {"lexicon", "--help"},
        new String[] {"lexicon", "expand", "--help"},
        new String[] {"train", "--help"},
        new String[] {"train", "loaded", "--help"},
        new String[] {"bench", "--help"},
        new String[] {"bench", "--bogus"});
    for (String[] args : lines) {
      assertSameAsFull(args);
    }
  }

  private static PrintWriter sink() {
    return new PrintWriter(new StringWriter());
  }

  @Test
  void everySubcommandIsFoundByItsName() {
    for (Class<?> c : Main.SUBCOMMANDS) {
      String name = c.getAnnotation(CommandLine.Command.class).name();
      CommandLine cl = Main.forArgs(sink(), sink(), name);
      List<String> expected = c == CommandLine.HelpCommand.class
          ? List.copyOf(Main.commandLine(sink(), sink()).getSubcommands().keySet())
          : List.of(name);
      assertEquals(expected, List.copyOf(cl.getSubcommands().keySet()), name);
    }
  }
}
