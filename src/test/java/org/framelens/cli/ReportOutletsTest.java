package org.framelens.cli;

import static org.framelens.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.html on a corpus of many outlets: the charts and the actor table show the 30 with the
 * most articles, say so, and give each outlet's number of articles.
 */
class ReportOutletsTest {

  @TempDir
  Path tmp;

  @Test
  void manyOutletsShowTheThirtyWithTheMostArticlesAndTheirCounts() throws IOException {
    StringBuilder jsonl = new StringBuilder();
    for (int k = 1; k <= 31; k++) {
      // outlet 31 has one article; every other outlet two
      for (int n = 0; n < (k == 31 ? 1 : 2); n++) {
        jsonl.append("{\"source\": \"Outlet ").append(k).append("\", \"text\": \"Critics argue "
            + "the so-called plan failed in Russia.\"}\n");
      }
    }
    Path in = Files.writeString(tmp.resolve("many.jsonl"), jsonl.toString());
    Path out = tmp.resolve("reports");

    CliRun.Result r = run("analyze", "--no-embeddings", in.toString(), "--out", out.toString());

    assertEquals(ExitCodes.OK, r.code(), r.err());
    String html = Files.readString(out.resolve("report.html"));
    assertTrue(html.contains("<p>The 30 outlets with the most articles are shown, of 31; "
        + "sources.csv and actors.csv hold them all.</p>"), "the cut is said");
    assertTrue(html.contains(">Outlet 1 (2)</text>"), "an outlet's label gives its articles");
    assertFalse(html.contains(">Outlet 31 (1)</text>"), "the outlet with fewest articles is cut");
    assertFalse(html.contains("<td>Outlet 31</td>"), "from the actor table too");
    assertTrue(html.contains("<td>Outlet 30</td>"));
    assertTrue(Files.readString(out.resolve("sources.csv")).contains("Outlet 31"),
        "sources.csv keeps every outlet");
  }
}
