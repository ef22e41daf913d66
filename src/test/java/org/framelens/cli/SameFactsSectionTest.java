package org.framelens.cli;

import static org.framelens.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.framelens.embed.CompactVectors;
import org.framelens.embed.DefaultModel;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report.html's "The same facts, told by different outlets" section. */
class SameFactsSectionTest {

  @TempDir
  Path tmp;

  @BeforeEach
  void model() {
    Assumptions.assumeTrue(CompactVectors.isModelDirectory(DefaultModel.directory()),
        "skipped: the default word vectors are not converted; run scripts/fetch-model");
  }

  private static List<Element> rows(Path out) throws IOException {
    Document d = Jsoup.parse(Files.readString(out.resolve("report.html")));
    return d.select("table.pairs tr:gt(0)");
  }

  /**
   * The seeds' showcase pair, the two denials at 0.94, heads the section: the most similar pairs
   * come first (ranking the pairs whose framing differs first had pushed it off the page).
   */
  @Test
  void theSeedsMostSimilarPairLeads() throws IOException {
    Path out = tmp.resolve("seeds");
    CliRun.Result r = run("analyze", "-q", "seeds", "--out", out.toString());
    assertEquals(ExitCodes.OK, r.code(), r.err());
    List<Element> rows = rows(out);
    assertTrue(rows.size() > 10);
    Element first = rows.get(0);
    assertTrue(first.text().contains("Russia denies any such plans"), first.text());
    assertTrue(first.text().contains("Moscow denies any such plans"), first.text());
    double last = 2;
    for (Element row : rows) {
      double sim = Double.parseDouble(row.child(2).text());
      assertTrue(sim <= last, "most similar first");
      last = sim;
    }
  }
}
