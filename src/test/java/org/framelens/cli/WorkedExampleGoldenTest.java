package org.framelens.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertLinesMatch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.framelens.report.CsvReportWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden-file test: {@code framelens analyze seeds} must reproduce the committed worked
 * example in {@code reports/} byte for byte, and two runs must be identical. After an intended
 * change of output, regenerate with {@code ./framelens analyze seeds} (or run this test with
 * {@code -Dgolden.update=true}) and review the diff.
 */
class WorkedExampleGoldenTest {

  @BeforeEach
  void needsTheDefaultModel() {
    CliRun.assumeDefaultModel();
  }

  static int run(Path out, String... inputs) {
    String[] args = new String[inputs.length + 3];
    args[0] = "analyze";
    System.arraycopy(inputs, 0, args, 1, inputs.length);
    args[inputs.length + 1] = "--out";
    args[inputs.length + 2] = out.toString();
    return CliRun.run(args).code();
  }

  @Test
  void seedsReproduceTheCommittedReports(@TempDir Path tmp) throws Exception {
    assertEquals(ExitCodes.OK, run(tmp, "seeds"));
    boolean update = Boolean.getBoolean("golden.update");
    for (String f : CsvReportWriter.FILES) {
      Path golden = Path.of("reports", f);
      if (update) {
        Files.copy(tmp.resolve(f), golden, StandardCopyOption.REPLACE_EXISTING);
      }
      assertLinesMatch(Files.readAllLines(golden), Files.readAllLines(tmp.resolve(f)),
          f + " differs from reports/" + f + "; regenerate with ./framelens analyze seeds "
              + "and review the diff");
      assertArrayEquals(Files.readAllBytes(golden), Files.readAllBytes(tmp.resolve(f)), f);
    }
  }

  @Test
  void twoRunsAreByteIdentical(@TempDir Path tmp) throws Exception {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    assertEquals(ExitCodes.OK, run(a, "seeds"));
    assertEquals(ExitCodes.OK, run(b, "seeds"));
    for (String f : CsvReportWriter.FILES) {
      assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
    }
  }
}
