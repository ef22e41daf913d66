package org.framelens.cli;

import static org.framelens.cli.CliRun.assertOneErrorLine;
import static org.framelens.cli.CliRun.assumeDefaultModel;
import static org.framelens.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.framelens.cli.CliRun.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench}: bad numbers are usage errors (exit 2) and inputs with nothing to read exit 3,
 * each with one line and no figures, instead of an internal error or figures of nothing. The
 * checks before the model is loaded need no model; an empty folder skips without the default
 * model.
 */
class BenchCommandTest {

  @TempDir
  Path tmp;


  @Test
  void passesBelowOneIsAUsageError() {
    for (String n : List.of("0", "-2")) {
      assertOneErrorLine(run("bench", "--stages", "--passes", n), ExitCodes.USAGE,
          "--passes must be 1 or more, got " + n);
    }
  }

  @Test
  void stagesAndFloorTogetherAreAUsageError() {
    assertOneErrorLine(run("bench", "--floor", "--stages"), ExitCodes.USAGE,
        "--stages and --floor are two different benchmarks; choose one");
  }

  @Test
  void secondsNotAboveZeroIsAUsageError() {
    for (String s : List.of("0", "-1", "NaN", "Infinity")) {
      assertOneErrorLine(run("bench", "--seconds", s), ExitCodes.USAGE,
          "--seconds must be a number of seconds above 0");
    }
  }

  @Test
  void aMissingInputIsExit3NamingIt() {
    Path missing = tmp.resolve("nonexistent");
    for (String[] args : List.of(new String[] {"bench", missing.toString()},
        new String[] {"bench", "--floor", missing.toString()},
        new String[] {"bench", "--stages", missing.toString()})) {
      assertOneErrorLine(run(args), ExitCodes.NOTHING_READ,
          "cannot read " + missing + ": no such file or directory");
    }
    assertOneErrorLine(run("bench", ""), ExitCodes.USAGE, "an INPUT is empty");
  }

  @Test
  void anEmptyFolderIsExit3SayingNothingWasRead() throws IOException {
    assumeDefaultModel();
    Path empty = Files.createDirectories(tmp.resolve("emptydir"));
    for (String[] args : List.of(new String[] {"bench", "--seconds", "0.1", empty.toString()},
        new String[] {"bench", "--floor", empty.toString()},
        new String[] {"bench", "--stages", "--passes", "1", empty.toString()})) {
      assertOneErrorLine(run(args), ExitCodes.NOTHING_READ,
          "no article could be read from " + empty + ": empty directory");
    }
  }

  @Test
  void theHelpListsTheExitCodes() {
    Result r = run("bench", "--help");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("Exit codes:"), r.out());
    assertTrue(r.out().contains("  3   no article could be read from INPUT"), r.out());
  }
}
