package org.framelens.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.framelens.ingest.IngestOptions;
import org.framelens.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StageBenchTest {

  @Test
  void timesEveryStageOfEveryPassAndWritesTheReports(@TempDir Path dir) throws Exception {
    Path seeds = Path.of("seeds");
    long bytes;
    try (var files = Files.list(seeds)) {
      bytes = files.mapToLong(p -> p.toFile().length()).sum(); // the sources.csv sidecar too
    }
    StageBench.Figures f = StageBench.run(Pipeline.textOnly(IngestOptions.defaults()), null,
        List.of(), List.of("seeds"), dir, 2);

    assertEquals(5, f.articles());
    assertEquals(bytes, f.bytes());
    assertEquals(2, f.passes().size());
    for (double[] pass : f.passes()) {
      assertEquals(StageBench.STAGES.size(), pass.length);
      for (double s : pass) {
        assertTrue(s >= 0, "a stage time is negative");
      }
      assertTrue(pass[StageBench.STAGES.indexOf("reports")] > 0, "reports were not timed");
    }
    assertEquals(List.of("read", "clean", "analyze", "embed", "cues", "axes", "reports"),
        StageBench.STAGES);
    assertTrue(Files.size(dir.resolve("sentences.csv")) > 0, "the reports were not written");
    // the steady state is the best of the passes after the first
    assertEquals(f.passes().get(1)[0], f.best()[0]);
    assertTrue(f.describe().contains("5 articles"), f.describe());
  }

  @Test
  void refusesZeroPasses(@TempDir Path dir) {
    assertThrows(IllegalArgumentException.class, () -> StageBench.run(
        Pipeline.textOnly(IngestOptions.defaults()), null, List.of(), List.of("seeds"), dir, 0));
  }
}
