package org.framelens.cli;

import static org.framelens.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

  /**
   * Syndicated copies (one text in three BBC articles) give one row, naming the three articles,
   * not three identical rows; a pair and its mirror are one row too; a scare quote is a
   * difference.
   */
  @Test
  void syndicatedCopiesAreOneRowNamingTheirArticles() throws IOException {
    String bbc = "\"source\": \"BBC\", \"text\": \"The peacekeepers crossed the border into the "
        + "town on Monday. The drills are a brutal show of force, some argue.\"}\n";
    Path in = Files.writeString(tmp.resolve("in.jsonl"), "{\"id\": \"b1\", " + bbc
        + "{\"id\": \"b2\", " + bbc + "{\"id\": \"b3\", " + bbc
        + "{\"id\": \"c1\", \"source\": \"CNN\", \"text\": \"The \u201cpeacekeepers\u201d "
        + "crossed the border into the town on Monday. The drills are a brutal show of force, "
        + "some argue.\"}\n");
    Path out = tmp.resolve("out");
    CliRun.Result r = run("analyze", "-q", in.toString(), "--out", out.toString());
    assertEquals(ExitCodes.OK, r.code(), r.err());
    List<Element> rows = rows(out);
    List<String> texts = rows.stream().map(Element::text).toList();
    assertEquals(texts.stream().distinct().count(), texts.size(), "no repeated row: " + texts);
    assertEquals(2, rows.size(), texts.toString());
    Element peace = rows.stream().filter(e -> e.text().contains("peacekeepers")).findFirst()
        .orElseThrow();
    assertTrue(peace.child(0).text().startsWith("BBC b1, b2, b3 "), peace.text());
    assertTrue(peace.child(1).text().startsWith("CNN c1 "), peace.text());
    assertEquals("scare quotes 0 vs 1", peace.child(3).text());
    // alignments.csv keeps one row per article pair
    assertTrue(Files.readAllLines(out.resolve("alignments.csv")).size() > 3);
  }

  /** A group too large to align is said on the page, not only on the terminal. */
  @Test
  void anEventGroupTooLargeToAlignIsSaidOnThePage() throws IOException {
    StringBuilder jsonl = new StringBuilder();
    for (int k = 0; k <= org.framelens.compare.Alignment.MAX_GROUP; k++) {
      jsonl.append("{\"source\": \"Outlet ").append(k % 2).append("\", \"text\": \"Russian "
          + "troops will stay in Belarus after the joint exercises, officials said on day ")
          .append(k).append(".\"}\n");
    }
    Path in = Files.writeString(tmp.resolve("big.jsonl"), jsonl.toString());
    Path out = tmp.resolve("big");
    CliRun.Result r = run("analyze", "-q", in.toString(), "--out", out.toString());
    assertEquals(ExitCodes.OK, r.code(), r.err());
    Document d = Jsoup.parse(Files.readString(out.resolve("report.html")));
    assertTrue(d.text().contains("The same facts, told by different outlets"));
    assertTrue(d.text().contains("1 event group of more than 50 articles, still that large at "
        + "the strictest split (copies of one text, mostly), was not aligned"),
        d.select("p.note").text());
    assertEquals(0, rows(out).size());
  }

  /** A chained group of thirty events is split: the page shows its pairs and says so. */
  @Test
  void aSplitGroupIsAlignedAndSaidOnThePage() throws IOException {
    Path in = org.framelens.compare.ChainedEvents.write(tmp.resolve("towns.jsonl"));
    Path out = tmp.resolve("towns");
    CliRun.Result r = run("analyze", "-q", in.toString(), "--out", out.toString());
    assertEquals(ExitCodes.OK, r.code(), r.err());
    Document d = Jsoup.parse(Files.readString(out.resolve("report.html")));
    assertTrue(d.select("p.note").text().contains("1 group of more than 50 similar articles "
        + "(many stories chained together) was split into event groups of articles much more "
        + "alike (cosine of their mean vectors at least 0.85) and at most 3 days apart"),
        d.select("p.note").text());
    assertFalse(d.text().contains("not aligned"), d.select("p.note").text());
    assertTrue(rows(out).stream().anyMatch(e -> e.text().contains("Councillors in Bexley voted")),
        d.select("table.pairs").text());
    List<String> csv = Files.readAllLines(out.resolve("alignments.csv"));
    assertEquals(30, csv.stream().skip(1).map(l -> l.split(",")[0]).distinct().count(),
        "thirty event groups in alignments.csv");
  }

  /**
   * Similarity is the best whole-sentence-or-clause cosine, as the data dictionary and the page
   * say: a sentence whose first clause is the other whole sentence scores 1.00.
   */
  @Test
  void aClauseMatchingAWholeSentenceScoresOneAndThePageSaysWhy() throws IOException {
    String shared = "Russia and Belarus began joint military drills near the Ukrainian border. "
        + "NATO said the deployment was the largest since the Cold War. Russian troops will "
        + "withdraw from Belarus after the exercises end";
    Path in = Files.writeString(tmp.resolve("clause.jsonl"), "{\"id\": \"A\", \"source\": "
        + "\"Alpha\", \"text\": \"" + shared + ", while farmers in Iowa reported record corn "
        + "harvests and bakers complained about the price of flour.\"}\n{\"id\": \"B\", "
        + "\"source\": \"Beta\", \"text\": \"" + shared + ".\"}\n");
    Path out = tmp.resolve("clause");
    CliRun.Result r = run("analyze", "-q", in.toString(), "--out", out.toString());
    assertEquals(ExitCodes.OK, r.code(), r.err());
    Element row = rows(out).stream().filter(e -> e.text().contains("farmers in Iowa"))
        .findFirst().orElseThrow();
    assertEquals("1.00", row.child(2).text());
    String page = Jsoup.parse(Files.readString(out.resolve("report.html"))).text();
    assertTrue(page.contains("whole sentences or one clause of each (so a clause can match a "
        + "whole sentence at 1.00)"), "the page says what similarity is");
    String readme = Files.readString(Path.of("reports", "README.md"));
    assertTrue(readme.contains("| `similarity` | decimal | the largest cosine between a unit of "
        + "sentence A and a unit of sentence B"), "the data dictionary says it too");
  }
}
