package org.framelens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

  @Test
  void everyUsageErrorIsOneLinePointingToTheHelp() {
    String out = tmp.resolve("out").toString();
    List<String[]> lines = List.of(
        new String[] {"exercise", "seeds", "--out", out, "--count", "99999999999"},
        new String[] {"exercise", "seeds", "--out", out, "--seed", "abc"},
        new String[] {"exercise", "seeds", "--out", out, "--seed", "9223372036854775808"},
        new String[] {"analyze", "seeds", "--out", out, "--threads", "abc"},
        new String[] {"analyze", "seeds", "--bogus"},
        new String[] {"bench", "--seconds", "abc"},
        new String[] {"vectors", "neighbors", "said", "-k", "x"},
        new String[] {"vectors", "nieghbors"},
        new String[] {"lexicon", "expand", "regime", "-k", "x"},
        new String[] {"train", "loaded", "--data", out, "--epochs", "x"},
        new String[] {"eval", "ptc", "--labels", out},
        new String[] {"eval"},
        new String[] {});
    for (String[] args : lines) {
      CliRun.Result r = CliRun.run(args);
      String what = String.join(" ", args) + ":\n" + r.err();
      assertEquals(ExitCodes.USAGE, r.code(), what);
      assertEquals(1, r.errLines().size(), what);
      String cmd = args.length == 0 ? "framelens"
          : "framelens " + args[0] + (args[0].equals("vectors") || args[0].equals("lexicon")
              || args[0].equals("train") || args[0].equals("eval") && args.length > 1
              ? args.length > 1 && !args[1].equals("nieghbors") ? " " + args[1] : "" : "");
      assertTrue(r.errLines().get(0).startsWith("framelens: "), what);
      assertTrue(r.errLines().get(0).endsWith("; see '" + cmd + " --help'"), what);
      assertEquals("", r.out(), what);
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
