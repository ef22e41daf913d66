package org.framelens.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.framelens.report.CsvReportWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Analysis runs on several threads, yet the reports are byte-identical to a single-threaded run,
 * and the progress bar appears only when asked for (in-process runs have no terminal).
 */
class ParallelRunTest {

  @TempDir
  Path tmp;

  /** The seeds, a JSONL of varied articles (lengths, quotes, a failing record), an overlong one. */
  private Path corpus() throws Exception {
    Path dir = tmp.resolve("corpus");
    Files.createDirectories(dir);
    for (Path p : Files.list(Path.of("seeds")).sorted().toList()) {
      Files.copy(p, dir.resolve(p.getFileName()));
    }
    List<String> lines = new ArrayList<>();
    String[] sentences = {"Officials said the regime staged the drills under the pretext of "
        + "defence.", "\"We will respond,\" the minister said.", "Some argue the so-called "
        + "exercises are a threat.", "The general is accused of lying.", "Troops arrived."};
    for (int i = 0; i < 60; i++) {
      StringBuilder text = new StringBuilder();
      for (int k = 0; k <= i % 17; k++) {
        text.append(sentences[(i + k) % sentences.length]).append(' ');
      }
      lines.add("{\"id\":\"j" + i + "\",\"source\":\"Outlet " + (i % 4) + "\",\"date\":\"2022-02-"
          + (10 + i % 9) + "\",\"text\":\"" + text.toString().strip().replace("\"", "\\\"")
          + "\"}");
      if (i == 30) {
        lines.add("{\"id\": broken");
      }
    }
    Files.write(dir.resolve("more.jsonl"), lines, StandardCharsets.UTF_8);
    // an article too long to analyse, read between the others: reported in reading order too
    Files.writeString(dir.resolve("long.txt"), "word ".repeat(
        org.framelens.pipeline.Pipeline.MAX_ARTICLE_CHARS / 5 + 1));
    return dir;
  }

  @Test
  void reportsAreIdenticalWhateverTheNumberOfThreads() throws Exception {
    CliRun.assumeDefaultModel();
    Path in = corpus();
    CliRun.Result one = CliRun.run("analyze", in.toString(), "--out", tmp.resolve("t1").toString(),
        "--threads", "1", "-q");
    CliRun.Result three = CliRun.run("analyze", in.toString(), "--out",
        tmp.resolve("t3").toString(), "--threads", "3", "-q");
    assertEquals(ExitCodes.SOME_FAILED, one.code(), one.err());
    assertEquals(one.code(), three.code());
    assertEquals(one.err().replace("/t1", "/t3"), three.err());
    for (String f : CsvReportWriter.FILES) {
      assertArrayEquals(Files.readAllBytes(tmp.resolve("t1").resolve(f)),
          Files.readAllBytes(tmp.resolve("t3").resolve(f)), f + " differs");
    }
    assertTrue(Files.readString(tmp.resolve("t3").resolve("articles.csv")).lines().count() > 60);
  }

  @Test
  void anOverlongArticleIsReportedAndTheOthersAreAnalysed() throws Exception {
    Path in = tmp.resolve("long");
    Files.createDirectories(in);
    Files.writeString(in.resolve("a.txt"), "Officials said the talks went well.\n");
    StringBuilder dump = new StringBuilder();
    while (dump.length() <= org.framelens.pipeline.Pipeline.MAX_ARTICLE_CHARS) {
      dump.append("word ");
    }
    Files.writeString(in.resolve("b.txt"), dump);
    Files.writeString(in.resolve("c.txt"), "The minister denied it.\n");
    CliRun.Result r = CliRun.run("analyze", in.toString(), "--out", tmp.resolve("o").toString(),
        "--no-embeddings");
    assertEquals(ExitCodes.SOME_FAILED, r.code(), r.err());
    assertTrue(r.err().contains("b.txt:1: could not analyse article b: too long (2000005 "
        + "characters; the limit is 2000000): split it into articles"), r.err());
    var manifest = CliRun.csvRows(tmp.resolve("o/manifest.csv"));
    assertEquals(3, manifest.size());
    assertTrue(manifest.get(1).get("path").endsWith("b.txt"), manifest.toString());
    assertEquals("failed", manifest.get(1).get("status"), manifest.toString());
    assertEquals(List.of("a", "c"), CliRun.csvRows(tmp.resolve("o/articles.csv")).stream()
        .map(m -> m.get("article_id")).toList());
    CliRun.assertNoStackTrace(r.err());
  }

  @Test
  void badThreadCountIsAUsageError() {
    CliRun.Result r = CliRun.run("analyze", "seeds", "--out", tmp.toString(), "--threads", "0",
        "--no-embeddings");
    assertEquals(ExitCodes.USAGE, r.code());
    assertTrue(r.err().contains("--threads must be at least 1"), r.err());
  }

  @Test
  void progressBarOnlyWhenAskedForOrOnATerminal() {
    CliRun.Result plain = CliRun.run("analyze", "seeds", "--out", tmp.resolve("a").toString(),
        "--no-embeddings");
    assertFalse(plain.err().contains("ETA"), "no terminal here, so no bar: " + plain.err());
    CliRun.Result forced = CliRun.run("analyze", "seeds", "--out", tmp.resolve("b").toString(),
        "--no-embeddings", "--progress");
    assertTrue(forced.err().contains("\rframelens: ["), forced.err());
    assertTrue(forced.err().contains("articles,") && forced.err().contains("ETA"), forced.err());
    CliRun.Result quiet = CliRun.run("analyze", "seeds", "--out", tmp.resolve("c").toString(),
        "--no-embeddings", "-q");
    assertEquals("", quiet.err());
    CliRun.Result both = CliRun.run("analyze", "seeds", "--out", tmp.resolve("d").toString(),
        "--no-embeddings", "-q", "--progress");
    assertEquals(0, both.code(), both.err());
    assertEquals("", both.err(), "--quiet wins over --progress (hunt 5, F6)");
  }

  @Test
  void progressLineShowsCountRateAndEta() {
    String line = ProgressBar.line(1200, 5_000_000, 10, 20_000_000);
    assertEquals("framelens: [#####---------------]  25% 1,200 articles, 120/s, 0.5 MB/s, "
        + "ETA 0:30", line);
    assertTrue(ProgressBar.line(10, 50, 0.1, 100).endsWith("ETA --:--"));
    assertTrue(ProgressBar.line(10, 500, 3, 100).contains(" 99%"), "never 100% before the end");
  }
}
