package org.framelens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.framelens.cues.CueAnalyzer;
import org.framelens.ingest.IngestOptions;
import org.framelens.pipeline.Pipeline;
import org.framelens.pipeline.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text cells a spreadsheet would run as formulas are neutralised unless raw output is asked. */
class CsvInjectionTest {

  @TempDir
  Path tmp;

  @Test
  void cellRulesFollowOwasp() {
    assertEquals("'=1+1", Csv.cell("=1+1", false));
    assertEquals("'+44 20", Csv.cell("+44 20", false));
    assertEquals("'-5 troops", Csv.cell("-5 troops", false));
    assertEquals("'@SUM(A1)", Csv.cell("@SUM(A1)", false));
    assertEquals("'\tx", Csv.cell("\tx", false));
    assertEquals("'\rx", Csv.cell("\rx", false));
    assertEquals("plain", Csv.cell("plain", false));
    assertEquals("", Csv.cell("", false));
    assertEquals("=1+1", Csv.cell("=1+1", true), "raw output is exact");
    Object number = Csv.decimal(-0.25);
    assertEquals(number, Csv.cell(number, false), "numbers are never touched");
    assertEquals("-0.250", number.toString());
    assertEquals(7, Csv.cell(7, false));
  }

  /**
   * A text that is a number is no formula: a spreadsheet reads {@code -5} as the number -5, so
   * it keeps its digits (a JSON id {@code -5} stays {@code -5}, hunt 5 F2); anything more after
   * the sign is still neutralised.
   */
  @Test
  void aTextThatIsANumberIsLeftAsItIs() {
    for (String n : List.of("-5", "-0.25", "+3", "-.5", "-5.", "-1e5", "+2.5E-3", "-007")) {
      assertEquals(n, Csv.cell(n, false), n);
    }
    for (String f : List.of("-", "+", "-.", "-5e", "-5e+", "-1-1", "-5 troops", "-2+3+cmd|' /C "
        + "calc'!A0", "=5", "@5", "-5\n", "-0x1F", "--5", "-1,000")) {
      assertEquals("'" + f, Csv.cell(f, false), f);
    }
  }

  @Test
  void numericIdsKeepTheirDigitsInEveryReportAndFormulasAreNeutralised() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("ids"));
    Files.writeString(in.resolve("c.jsonl"), "{\"id\": -5, \"source\": \"S\", \"text\": "
        + "\"Officials said the drills were defensive. The regime lied.\"}\n"
        + "{\"id\": \"=A1\", \"source\": \"-1\", \"text\": \"Officials said nothing.\"}\n",
        StandardCharsets.UTF_8);
    Path out = tmp.resolve("ids-out");
    Pipeline p = Pipeline.defaults(IngestOptions.defaults(), null, CueAnalyzer.defaults(null));
    try (CsvReportWriter w = new CsvReportWriter(out, null, List.of(), false)) {
      w.finish(p.run(List.of(in.toString()), w));
    }
    for (String file : List.of("articles.csv", "sentences.csv", "cues.csv")) {
      try (Reader rd = Files.newBufferedReader(out.resolve(file));
          CSVParser parser = CSVParser.parse(rd,
              CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
        List<String> ids = parser.getRecords().stream().map(r -> r.get("article_id"))
            .distinct().toList();
        assertEquals(List.of("-5", "'=A1"), ids, file);
      }
    }
    String sources = Files.readString(out.resolve("sources.csv"));
    assertEquals(true, sources.contains("\n-1,1,"), "a source named -1 is a number: " + sources);
  }

  private List<CSVRecord> sentences(boolean raw) throws Exception {
    Path in = tmp.resolve("in" + raw);
    Files.createDirectories(in);
    Files.writeString(in.resolve("x.txt"), "=HYPERLINK(\"http://x\",\"click\")\n\n"
        + "=cmd|' /C calc'!A0 is what the attacker wrote.\n-5 degrees were measured.\n",
        StandardCharsets.UTF_8);
    Path out = tmp.resolve("out" + raw);
    Pipeline p = Pipeline.defaults(IngestOptions.defaults(), null, CueAnalyzer.defaults(null));
    try (CsvReportWriter w = new CsvReportWriter(out, null, List.of(), raw)) {
      RunResult r = p.run(List.of(in.toString()), w);
      w.finish(r);
    }
    try (Reader rd = Files.newBufferedReader(out.resolve("sentences.csv"));
        CSVParser parser = CSVParser.parse(rd,
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
      return parser.getRecords();
    }
  }

  @Test
  void textCellsAreNeutralisedByDefaultAndExactWithRawCsv() throws Exception {
    List<CSVRecord> safe = sentences(false);
    assertEquals("'=cmd|' /C calc'!A0 is what the attacker wrote.", safe.get(0).get("text"));
    assertEquals("'-5 degrees were measured.", safe.get(1).get("text"));
    assertEquals("'=HYPERLINK(\"http://x\",\"click\")", safe.get(0).get("title"));
    List<CSVRecord> raw = sentences(true);
    assertEquals("=cmd|' /C calc'!A0 is what the attacker wrote.", raw.get(0).get("text"));
    assertEquals("-5 degrees were measured.", raw.get(1).get("text"));
  }
}
