package org.framelens.cli;

import static org.framelens.cli.CliRun.assertNoStackTrace;
import static org.framelens.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.framelens.cli.CliRun.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --model ""} (an unset shell variable) is a usage error naming the option in every
 * command that takes it, not "no model at  (model.properties is missing)" with exit 5 after
 * looking in the current directory.
 */
class ModelOptionTest {

  @TempDir
  Path tmp;

  @Test
  void anEmptyModelPathIsAUsageErrorInEveryCommand() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("a.txt"), "Talks\n\nThe talks began on Monday.\n");
    String[][] commands = {
        {"analyze", in.toString(), "--out", tmp.resolve("o").toString(), "--model", ""},
        {"exercise", in.toString(), "--out", tmp.resolve("x").toString(), "--model="},
        {"vectors", "info", "--model", ""},
        {"bench", in.toString(), "--model", " "},
        {"eval", "polnear", "--data", in.toString(), "--model", ""},
    };
    for (String[] args : commands) {
      Result r = run(args);
      assertEquals(ExitCodes.USAGE, r.code(), String.join(" ", args) + ": " + r.err());
      assertEquals(1, r.errLines().size(), r.err());
      assertTrue(r.errLines().get(0).startsWith("framelens: Invalid value for option '--model': "
          + "the path is empty (an unset variable?); give a model directory or a vectors file, "
          + "or leave --model out for the default; see 'framelens "), r.err());
      assertFalse(r.err().contains("model.properties"), r.err());
      assertNoStackTrace(r.err(), "framelens: internal error");
      assertEquals("", r.out(), "no work done");
    }
    assertFalse(Files.exists(tmp.resolve("o")), "nothing written");
    assertFalse(Files.exists(tmp.resolve("x")), "nothing written");
  }
}
