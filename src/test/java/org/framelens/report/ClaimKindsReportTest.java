package org.framelens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.framelens.cues.CueAnalyzer;
import org.framelens.ingest.IngestOptions;
import org.framelens.pipeline.Pipeline;
import org.framelens.pipeline.RunResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unattributed claims by kind: sources.csv breaks them down, and report.html's first chart shows
 * motive claims alone, so an outlet that imputes motives is not hidden behind one whose "claims"
 * are single loaded words.
 */
class ClaimKindsReportTest {

  @TempDir
  Path tmp;

  /** Loady: three loaded-word claims; Motives: two motive claims and one plain sentence. */
  private Path run() throws IOException {
    Path in = tmp.resolve("in.jsonl");
    Files.writeString(in, "{\"id\":\"l1\",\"source\":\"Loady\",\"title\":\"L\",\"text\":"
        + "\"The brutal regime shelled the town. The regime's brutal thugs looted the shops. "
        + "The brutal crackdown went on all week.\"}\n"
        + "{\"id\":\"m1\",\"source\":\"Motives\",\"title\":\"M\",\"text\":"
        + "\"The decision is a bid to divide the allies. The ministry aims to shore up the "
        + "eastern flank. The meeting ended on Monday.\"}\n", StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");
    Pipeline p = Pipeline.defaults(IngestOptions.defaults(), null, CueAnalyzer.defaults(null));
    try (CsvReportWriter w = new CsvReportWriter(out)) {
      RunResult r = p.run(List.of(in.toString()), w);
      w.finish(r);
    }
    return out;
  }

  private static Map<String, CSVRecord> sources(Path out) throws IOException {
    Map<String, CSVRecord> m = new HashMap<>();
    try (Reader r = Files.newBufferedReader(out.resolve("sources.csv"))) {
      for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
          .build().parse(r)) {
        m.put(rec.get("source"), rec);
      }
    }
    return m;
  }

  @Test
  void sourcesCsvBreaksUnattributedClaimsDownByKindAndTheKindsAddUp() throws IOException {
    Map<String, CSVRecord> s = sources(run());
    CSVRecord loady = s.get("Loady");
    CSVRecord motives = s.get("Motives");
    assertEquals("100.000", loady.get("unattributed_claims_per_100_sentences"));
    assertEquals("0.000", loady.get("unattributed_claims_motive_per_100_sentences"));
    assertEquals("100.000", loady.get("unattributed_claims_loaded_word_per_100_sentences"));
    assertEquals("66.667", motives.get("unattributed_claims_per_100_sentences"));
    assertEquals("66.667", motives.get("unattributed_claims_motive_per_100_sentences"));
    for (CSVRecord r : s.values()) {
      double sum = 0;
      for (String k : org.framelens.compare.ArticleStats.CLAIM_KINDS) {
        sum += Double.parseDouble(r.get("unattributed_claims_" + k + "_per_100_sentences"));
      }
      assertEquals(Double.parseDouble(r.get("unattributed_claims_per_100_sentences")), sum,
          0.002, "the kinds add up to all claims: " + r.get("source"));
    }
  }

  @Test
  void theFirstChartIsMotiveClaimsOnlyWithACaptionSayingWhatCounts() throws IOException {
    Document d = Jsoup.parse(Files.readString(run().resolve(HtmlReportWriter.FILE)));
    List<Element> charts = d.select("figure.chart");
    assertEquals(3, charts.size());
    Element first = charts.get(0);
    String caption = first.selectFirst("figcaption").text();
    assertTrue(caption.startsWith("Unattributed motive claims per 100 sentences"), caption);
    assertTrue(caption.contains("Loaded words alone do not count"), caption);
    List<String> bars = first.select("rect title").eachText();
    assertEquals(List.of("Loady: 0.0", "Motives: 66.7"), bars);
    // the chart of every kind says how many are single loaded words
    String all = charts.get(2).selectFirst("figcaption").text();
    assertTrue(all.contains("of this run's 5 unattributed claims, 2 (40%) motive"), all);
    assertTrue(all.contains("3 (60%) are a single loaded word"), all);
    assertEquals(List.of("Loady: 100.0", "Motives: 66.7"), charts.get(2).select("rect title")
        .eachText());
  }
}
