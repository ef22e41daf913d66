package org.framelens.cli;

import static org.framelens.cli.CliRun.assertNoStackTrace;
import static org.framelens.cli.CliRun.assumeDefaultModel;
import static org.framelens.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.framelens.cli.CliRun.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eval babe} and {@code eval basil} on tiny hand-made corpora, run in-process with the
 * real default model (skipped when it is not converted).
 */
class EvalBabeBasilCommandTest {

  @TempDir
  Path tmp;

  @BeforeEach
  void needsTheDefaultModel() {
    assumeDefaultModel();
  }

  // ---- babe ----

  private static final Pattern BABE_LINE =
      Pattern.compile("babe macro_f1=(\\d\\.\\d{3}) auc=(\\d\\.\\d{3}) word_f1=(\\d\\.\\d{3})");

  /** Two obviously biased, two plainly factual and one unlabelled invented sentence. */
  private Path babeFile() throws IOException {
    Path f = tmp.resolve("babe.csv");
    String content = "\uFEFFtext;news_link;outlet;topic;type;label_bias;label_opinion;"
        + "biased_words\n"
        + "The brutal regime crushed the peaceful march in the capital.;https://example.org/1;"
        + "Example Post;protest;left;Biased;Expresses writer's opinion;['brutal', 'regime']\n"
        + "The city council approved the new budget on Tuesday.;https://example.org/2;"
        + "Example Times;budget;center;Non-biased;Entirely factual;[]\n"
        + "\"The so-called experts spread their propaganda on television.\";"
        + "https://example.org/3;Example Daily;media;right;Biased;Expresses writer's opinion;"
        + "['so-called', 'propaganda']\n"
        + "The museum opens at nine in the morning.;https://example.org/4;Example Times;culture;"
        + "center;Non-biased;Entirely factual;[]\n"
        + "Some residents disliked the decision.;https://example.org/5;Example Post;housing;left;"
        + "No agreement;No agreement;[]\n";
    Files.write(f, content.getBytes(StandardCharsets.UTF_8));
    return f;
  }

  /** A two-column report CSV keyed by its first column, with the header checked. */
  private static Map<String, String> csv(Path f, String... header) throws IOException {
    CliRun.Csv table = CliRun.readCsv(f);
    assertEquals(List.of(header), table.header());
    Map<String, String> out = new LinkedHashMap<>();
    table.byFirstColumn().forEach((key, rec) -> out.put(key, rec.get(1)));
    return out;
  }

  @Test
  void babeSummaryLineSeparatesObviousBiasedFromFactualSentences() throws IOException {
    Path out = tmp.resolve("b.csv");
    Result r = run("eval", "babe", "--file", babeFile().toString(), "--out", out.toString());
    assertEquals(ExitCodes.OK, r.code(), r.err());
    assertEquals("", r.err());
    Matcher m = BABE_LINE.matcher(r.lastStrippedLine());
    assertTrue(m.matches(), "last line: " + r.lastStrippedLine());
    assertEquals("1.000", m.group(1), r.out());
    assertEquals("1.000", m.group(2), r.out());
  }

  @Test
  void babeWritesACsvWithHeaderCountsAndTheSameScoresAsStdout() throws IOException {
    Path out = tmp.resolve("b.csv");
    Result r = run("eval", "babe", "--file", babeFile().toString(), "--out", out.toString());
    assertEquals(ExitCodes.OK, r.code(), r.err());
    Map<String, String> rows = csv(out, "measure", "value");
    assertEquals(List.of("rows", "skipped_unlabelled", "gold_biased", "predicted_biased",
        "threshold", "f1_biased", "f1_non_biased", "macro_f1", "auc", "word_precision",
        "word_recall", "word_f1"), List.copyOf(rows.keySet()));
    assertEquals("5", rows.get("rows"));
    assertEquals("1", rows.get("skipped_unlabelled"));
    assertEquals("2", rows.get("gold_biased"));
    assertEquals("2", rows.get("predicted_biased"));
    assertEquals("0.500", rows.get("threshold"));
    assertEquals("1.000", rows.get("f1_biased"));
    assertEquals("1.000", rows.get("f1_non_biased"));
    assertEquals("1.000", rows.get("macro_f1"));
    assertEquals("1.000", rows.get("auc"));
    Matcher m = BABE_LINE.matcher(r.lastStrippedLine());
    assertTrue(m.matches(), "last line: " + r.lastStrippedLine());
    assertEquals(rows.get("word_f1"), m.group(3));
  }

  @Test
  void babeWithMissingFileExitsNonZeroWithOneLineNamingIt() {
    Path missing = tmp.resolve("no-such-babe.csv");
    Result r = run("eval", "babe", "--file", missing.toString());
    assertNotEquals(ExitCodes.OK, r.code());
    assertEquals(ExitCodes.NOTHING_READ, r.code());
    List<String> lines = r.err().strip().lines().toList();
    assertEquals(1, lines.size(), r.err());
    assertTrue(lines.get(0).contains(missing.toString()), r.err());
    assertNoStackTrace(r.err());
    assertEquals("", r.out());
  }

  @Test
  void babeWithoutTheFileOptionIsAUsageErrorNamingIt() {
    Result r = run("eval", "babe");
    assertEquals(ExitCodes.USAGE, r.code());
    assertTrue(r.err().contains("--file"), r.err());
    assertNoStackTrace(r.err());
  }

  @Test
  void babeWithoutABiasedOrNonBiasedRowExits3InsteadOfScoringZero() throws IOException {
    String header = "text;news_link;outlet;topic;type;label_bias;label_opinion;biased_words\n";
    Path unlabelled = tmp.resolve("unlabelled.csv");
    Files.writeString(unlabelled, header + "Some residents disliked it.;l;o;t;left;"
        + "No agreement;No agreement;[]\n", StandardCharsets.UTF_8);
    Result r = run("eval", "babe", "--file", unlabelled.toString());
    assertEquals(ExitCodes.NOTHING_READ, r.code(), r.err());
    assertEquals(List.of("framelens: no row of " + unlabelled + " is labelled Biased or "
        + "Non-biased in label_bias (its 1 row(s) are labelled otherwise, such as 'No "
        + "agreement'): there is nothing to score"), r.errLines());
    assertEquals("", r.out());

    Path headerOnly = tmp.resolve("header.csv");
    Files.writeString(headerOnly, header, StandardCharsets.UTF_8);
    Result h = run("eval", "babe", "--file", headerOnly.toString());
    assertEquals(ExitCodes.NOTHING_READ, h.code(), h.err());
    assertEquals(List.of("framelens: " + headerOnly + " has no row after its header: there is "
        + "nothing to score"), h.errLines());
    assertNoStackTrace(h.err());
  }

  @Test
  void babeWithOnlyOneClassLabelledLeavesTheUndefinedFiguresEmptyWithANote() throws IOException {
    String header = "text;news_link;outlet;topic;type;label_bias;label_opinion;biased_words\n";
    Path f = tmp.resolve("biased-only.csv");
    Files.writeString(f, header
        + "The brutal regime crushed the peaceful march.;l;o;t;left;Biased;x;['brutal']\n"
        + "The so-called experts spread their propaganda.;l;o;t;right;Biased;x;['propaganda']\n",
        StandardCharsets.UTF_8);
    Path out = tmp.resolve("b.csv");
    Result r = run("eval", "babe", "--file", f.toString(), "--out", out.toString());
    assertEquals(ExitCodes.OK, r.code(), r.err());
    assertEquals(List.of("framelens: note: only one class is labelled (2 Biased, 0 Non-biased "
        + "rows): the F1 of the other class, the macro-F1 and the AUC are undefined and left "
        + "empty"), r.errLines());
    assertTrue(r.lastStrippedLine().startsWith("babe macro_f1=n/a auc=n/a word_f1="),
        r.lastStrippedLine());
    assertFalse(r.out().contains("NaN"), r.out());
    Map<String, String> rows = csv(out, "measure", "value");
    assertEquals("1.000", rows.get("f1_biased"));
    assertEquals("", rows.get("f1_non_biased"));
    assertEquals("", rows.get("macro_f1"));
    assertEquals("", rows.get("auc"));
  }

  // ---- basil ----

  private static final Pattern BASIL_LINE = Pattern.compile(
      "basil quote_voice=(\\d\\.\\d{3}) author_voice=(\\d\\.\\d{3}) spearman=(\\S+) "
          + "triplet_top1=(\\d\\.\\d{3})");

  private static void write(Path f, String s) throws IOException {
    Files.createDirectories(f.getParent());
    Files.writeString(f, s, StandardCharsets.UTF_8);
  }

  /*
   * One triplet. Outlet 1 calls a government a "brutal regime" in its own voice (two lex
   * phrases, quote=no); outlet 2 quotes a minister calling protesters "thugs" (lex, quote=yes);
   * outlet 3 reports plainly.
   *   outlet 1, sentence 1: "The brutal regime arrested dozens of students on Monday."
   *             brutal [4, 10), regime [11, 17)
   *   outlet 2, sentence 1: "\"They are thugs,\" the minister said on Monday."  thugs [10, 15)
   */
  private Path basilDir() throws IOException {
    Path dir = tmp.resolve("basil");
    write(dir.resolve("articles/2010/trip_1.json"), """
        {"source": "aaa", "triplet-uuid": "trip",
         "body-paragraphs": [["The brutal regime arrested dozens of students on Monday.",
                              "Officials gave no reason for the arrests."]]}
        """);
    write(dir.resolve("annotations/2010/trip_1_ann.json"), """
        {"phrase-level-annotations": [
          {"bias": "lex", "quote": "no", "start": 4, "end": 10, "txt": "brutal"},
          {"bias": "lex", "quote": "no", "start": 11, "end": 17, "txt": "regime"}]}
        """);
    write(dir.resolve("articles/2010/trip_2.json"), """
        {"source": "bbb", "triplet-uuid": "trip",
         "body-paragraphs": [["\\"They are thugs,\\" the minister said on Monday.",
                              "Dozens of students were arrested."]]}
        """);
    write(dir.resolve("annotations/2010/trip_2_ann.json"), """
        {"phrase-level-annotations": [
          {"bias": "lex", "quote": "yes", "start": 10, "end": 15, "txt": "thugs"}]}
        """);
    write(dir.resolve("articles/2010/trip_3.json"), """
        {"source": "ccc", "triplet-uuid": "trip",
         "body-paragraphs": [["Police detained dozens of students on Monday.",
                              "Officials gave no reason for the arrests."]]}
        """);
    write(dir.resolve("annotations/2010/trip_3_ann.json"), """
        {"phrase-level-annotations": []}
        """);
    return dir;
  }

  @Test
  void basilSummaryLineCreditsVoiceAndPicksTheLoadedOutlet() throws IOException {
    Result r = run("eval", "basil", "--data", basilDir().toString());
    assertEquals(ExitCodes.OK, r.code(), r.err());
    assertEquals("", r.err());
    Matcher m = BASIL_LINE.matcher(r.lastStrippedLine());
    assertTrue(m.matches(), "last line: " + r.lastStrippedLine());
    assertEquals("1.000", m.group(1), r.out());
    assertEquals("1.000", m.group(2), r.out());
    assertEquals("1.000", m.group(4), r.out());
    // Per 1,000 words, ours (author-voice loaded hits) = [x > 0, 0, 0] -> ranks 3, 1.5, 1.5;
    // theirs (lex phrases) = [2/16 words, 1/13 words, 0] -> ranks 3, 2, 1. Deviations from 2:
    // [1, -0.5, -0.5] and [1, 0, -1]: rho = 1.5 / sqrt(1.5 * 2) = 0.866.
    assertEquals("0.866", m.group(3), r.out());
  }

  @Test
  void basilCsvCountsTheHitsBehindEachMeasure() throws IOException {
    Path out = tmp.resolve("basil.csv");
    Result r = run("eval", "basil", "--data", basilDir().toString(), "--out", out.toString());
    assertEquals(ExitCodes.OK, r.code(), r.err());
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, String> counts = new LinkedHashMap<>();
    CliRun.Csv table = CliRun.readCsv(out);
    assertEquals(List.of("measure", "value", "n"), table.header());
    for (CSVRecord rec : table.rows()) {
      values.put(rec.get(0), rec.get(1));
      counts.put(rec.get(0), rec.get(2));
    }
    assertEquals(List.of("quote_voice", "author_voice", "spearman", "triplet_top1",
        "unlocated_phrases"), List.copyOf(values.keySet()));
    assertEquals("1", counts.get("quote_voice"));
    assertEquals("2", counts.get("author_voice"));
    assertEquals("3", counts.get("spearman"));
    assertEquals("1", counts.get("triplet_top1"));
    assertEquals("0", values.get("unlocated_phrases"));
  }

  @Test
  void basilWithoutAnyAnnotatedArticleExits3AndNotesUnannotatedOnes() throws IOException {
    Path dir = basilDir();
    Path annotations = dir.resolve("annotations/2010");
    Files.delete(annotations.resolve("trip_3_ann.json"));
    Result some = run("eval", "basil", "--data", dir.toString());
    assertEquals(ExitCodes.OK, some.code(), some.err());
    assertEquals(List.of("framelens: note: 1 of the 3 article files in " + dir.resolve("articles")
        + " have no annotation file in " + dir.resolve("annotations")
        + " (trip_3.json); they are left out of the scores",
        "framelens: note: 1 of the 1 triplets have fewer than their 3 annotated outlets "
            + "(trip (2) annotated articles); they are left out of triplet_top1"),
        some.errLines());

    Files.delete(annotations.resolve("trip_1_ann.json"));
    Files.delete(annotations.resolve("trip_2_ann.json"));
    Result none = run("eval", "basil", "--data", dir.toString());
    assertEquals(ExitCodes.NOTHING_READ, none.code(), none.err());
    assertEquals(List.of("framelens: no annotated article was found in " + dir + ": none of the "
        + "3 article(s) in " + dir.resolve("articles") + " (trip_1.json, trip_2.json, "
        + "trip_3.json) has its NAME_ann.json in " + dir.resolve("annotations")
        + "; there is nothing to score"), none.errLines());
    assertEquals("", none.out());
  }

  @Test
  void basilAnnotationWithoutItsArticleIsNotedAndItsTripletLeftOut() throws IOException {
    Path dir = basilDir();
    Files.delete(dir.resolve("articles/2010/trip_3.json"));
    Path out = tmp.resolve("basil-incomplete.csv");
    Result r = run("eval", "basil", "--data", dir.toString(), "--out", out.toString());
    assertEquals(ExitCodes.OK, r.code(), r.err());
    assertEquals(List.of("framelens: note: 1 of the 3 annotation files in "
        + dir.resolve("annotations") + " have no article file in " + dir.resolve("articles")
        + " (trip_3_ann.json); they are left out of the scores",
        "framelens: note: 1 of the 1 triplets have fewer than their 3 annotated outlets "
            + "(trip (2) annotated articles); they are left out of triplet_top1"),
        r.errLines());
    Map<String, CSVRecord> rows = CliRun.readCsv(out).byFirstColumn();
    assertEquals("", rows.get("triplet_top1").get(1), "undefined: no complete triplet");
    assertEquals("0", rows.get("triplet_top1").get(2));
    assertTrue(r.lastStrippedLine().endsWith("triplet_top1=n/a"), r.out());
  }

  @Test
  void basilWithoutTheLayoutExitsNonZeroWithOneLineNamingTheDirectory() throws IOException {
    Path dir = tmp.resolve("empty");
    Files.createDirectories(dir);
    Result r = run("eval", "basil", "--data", dir.toString());
    assertEquals(ExitCodes.NOTHING_READ, r.code());
    List<String> lines = r.err().strip().lines().toList();
    assertEquals(1, lines.size(), r.err());
    assertTrue(lines.get(0).contains(dir.toString()), r.err());
    assertNoStackTrace(r.err());
  }
}
