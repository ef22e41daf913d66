package org.framelens.cli;

import static org.framelens.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outlet labels: a no-break space (common in scraped HTML) is trimmed like an ASCII one, so
 * "BBC\u00a0" pools with "BBC"; an outlet really labelled "(no source)" is told apart on the page
 * from the articles without a source.
 */
class OutletNamesTest {

  @TempDir
  Path tmp;

  @Test
  void unicodeSpacesAreTrimmedAndALiteralNoSourceLabelIsQuoted() throws IOException {
    String text = "\"text\": \"Police fired tear gas at protesters on Saturday, officials said.\"}\n";
    Path in = Files.writeString(tmp.resolve("in.jsonl"), "{\"source\": \"BBC\", " + text
        + "{\"source\": \"BBC\\u00a0\", " + text + "{\"source\": \"\\u202fBBC \", " + text
        + "{\"source\": \"(no source)\", " + text + "{" + text);
    Path out = tmp.resolve("reports");
    CliRun.Result r = run("analyze", "--no-embeddings", "-q", in.toString(), "--out",
        out.toString());
    assertEquals(ExitCodes.OK, r.code(), r.err());
    List<String> sources = Files.readAllLines(out.resolve("sources.csv")).stream().skip(1)
        .map(l -> l.substring(0, l.indexOf(',')))
        .toList();
    assertEquals(List.of("\"\"", "(no source)", "BBC"), sources);
    List<String> labels = Jsoup.parse(Files.readString(out.resolve("report.html")))
        .select("figure.chart").first().select("text.lbl").eachText();
    assertEquals(List.of("(no source) (1)", "\u201c(no source)\u201d (1)", "BBC (3)"), labels);
  }
}
