package org.framelens.cli;

import static org.framelens.cli.CliRun.assumeDefaultModel;
import static org.framelens.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.framelens.cli.CliRun.Result;
import org.framelens.embed.ModelException;
import org.framelens.embed.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code framelens eval ptc|polnear} run in-process on tiny invented corpora with the real
 * default model (skipped when it is not converted), and its one-line errors.
 */
class EvalCommandTest {

  private static final Pattern PTC_LINE = Pattern.compile(
      "ptc loaded span_f1=\\d\\.\\d{3} precision=\\d\\.\\d{3} recall=\\d\\.\\d{3}");
  private static final Pattern POLNEAR_LINE = Pattern.compile(
      "polnear attribution cue_f1=\\d\\.\\d{3} source_f1=\\d\\.\\d{3} content_f1=\\d\\.\\d{3}");

  @TempDir
  Path tmp;

  /** A tiny PTC corpus: articles/ and labels; offsets in code points. */
  private Path[] ptcCorpus() throws IOException {
    Path articles = Files.createDirectories(tmp.resolve("articles"));
    String t1 = "Council vote on the budget\n\nThe mayor called the plan a shameful betrayal of "
        + "the city. Residents asked for new roads and a cleaner park.\n";
    String t2 = "\uD83D\uDE00 Heavy rain fell on Monday. The despicable thugs smashed the "
        + "windows of the library, the police said.\n";
    Files.writeString(articles.resolve("article101.txt"), t1, StandardCharsets.UTF_8);
    Files.writeString(articles.resolve("article102.txt"), t2, StandardCharsets.UTF_8);
    int a = t1.codePointCount(0, t1.indexOf("shameful betrayal"));
    int b = t2.codePointCount(0, t2.indexOf("despicable thugs"));
    Path labels = tmp.resolve("task2-TC.labels");
    Files.writeString(labels,
        "101\tLoaded_Language\t" + a + "\t" + (a + 17) + "\n"
            + "102\tName_Calling,Labeling\t" + b + "\t" + (b + 16) + "\n"
            + "102\tDoubt\t" + (b + 17) + "\t" + (b + 24) + "\n", StandardCharsets.UTF_8);
    return new Path[] {articles, labels};
  }

  @Test
  void ptcPrintsTheSummaryLineLastAndWritesTheCsv() throws IOException {
    assumeDefaultModel();
    Path[] c = ptcCorpus();
    Path csv = tmp.resolve("out/ptc.csv");
    Result r = run("eval", "ptc", "--articles", c[0].toString(), "--labels", c[1].toString(),
        "--out", csv.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(PTC_LINE.matcher(r.lastLine()).matches(), r.out());
    List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertEquals("measure,technique,precision,recall,f1,gold_spans,predicted_spans", rows.get(0));
    assertTrue(rows.get(1).startsWith("span,\"Loaded_Language+Name_Calling,Labeling\","),
        rows.get(1));
    assertTrue(rows.get(1).contains(",2,"), rows.get(1)); // two gold spans
    assertEquals(2 + 3, rows.size(), rows.toString()); // header, span, recall per technique
  }

  @Test
  void polnearFindsTheSaidAttributionExactly() throws IOException {
    assumeDefaultModel();
    Path dir = tmp.resolve("polnear");
    Files.createDirectories(dir.resolve("text"));
    Files.createDirectories(dir.resolve("attributions"));
    Files.writeString(dir.resolve("text/a.txt"), "Officials said the bridge would reopen.\n",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("attributions/a_a1.ann"), "T1\tSource 0 9\tOfficials\n"
        + "T2\tCue 10 14\tsaid\nT3\tContent 15 38\tthe bridge would reopen\n"
        + "E1\tAttribution:T2 Source:T1 Content:T3\n", StandardCharsets.UTF_8);
    Path csv = tmp.resolve("polnear.csv");
    Result r = run("eval", "polnear", "--data", dir.toString(), "--out", csv.toString());
    assertEquals(0, r.code(), r.err());
    String last = r.lastLine();
    assertTrue(POLNEAR_LINE.matcher(last).matches(), r.out());
    assertTrue(last.contains(" cue_f1=1.000 "), last);
    assertTrue(last.contains(" source_f1=1.000 "), last);
    assertEquals("span,precision,recall,f1,gold,predicted",
        Files.readAllLines(csv, StandardCharsets.UTF_8).get(0));
  }

  @Test
  void missingArticlesDirectoryIsOneClearLine() throws IOException {
    assumeDefaultModel();
    Path[] c = ptcCorpus();
    Path missing = tmp.resolve("no-such-articles");
    Result r = run("eval", "ptc", "--articles", missing.toString(), "--labels", c[1].toString());
    assertEquals(ExitCodes.NOTHING_READ, r.code(), r.err());
    List<String> err = r.errLines();
    assertEquals(1, err.size(), r.err());
    assertTrue(err.get(0).startsWith("framelens: "), err.get(0));
    assertTrue(err.get(0).contains(missing.toString()), err.get(0));
    assertFalse(r.err().contains("Exception"), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
    assertFalse(r.out().contains("ptc loaded"), r.out());
  }

  @Test
  void missingPolnearLayoutIsOneClearLine() throws IOException {
    assumeDefaultModel();
    Path dir = Files.createDirectories(tmp.resolve("not-polnear"));
    Result r = run("eval", "polnear", "--data", dir.toString());
    assertEquals(ExitCodes.NOTHING_READ, r.code(), r.err());
    assertEquals(List.of("framelens: cannot read the evaluation data: " + dir
        + " must contain text/ and attributions/ (PolNeAR layout)"), r.errLines());
  }

  @Test
  void ptcWithNoneOfTheLabelledArticlesInTheFolderExits3SayingSo() throws IOException {
    assumeDefaultModel();
    Path[] c = ptcCorpus();
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    Path others = Files.createDirectories(tmp.resolve("others"));
    Files.writeString(others.resolve("article999.txt"), "Rain fell on Monday.\n");
    for (Path dir : List.of(empty, others)) {
      Result r = run("eval", "ptc", "--articles", dir.toString(), "--labels", c[1].toString(),
          "--out", tmp.resolve("ptc.csv").toString());
      assertEquals(ExitCodes.NOTHING_READ, r.code(), r.err());
      List<String> err = r.errLines();
      assertEquals(1, err.size(), r.err());
      assertTrue(err.get(0).startsWith("framelens: no labelled article was found in " + dir
          + ": none of the 2 article(s) labelled in " + c[1] + " is there (article101.txt, "
          + "article102.txt)"), err.get(0));
      assertEquals(dir == empty, err.get(0).contains("holds no article<ID>.txt file"),
          err.get(0));
      assertFalse(r.out().contains("span_f1"), r.out());
      assertFalse(Files.exists(tmp.resolve("ptc.csv")), "no table of made-up scores");
      CliRun.assertNoStackTrace(r.err());
    }
  }

  @Test
  void ptcWithSomeLabelledArticlesMissingNotesHowMany() throws IOException {
    assumeDefaultModel();
    Path[] c = ptcCorpus();
    Files.delete(c[0].resolve("article102.txt"));
    Result r = run("eval", "ptc", "--articles", c[0].toString(), "--labels", c[1].toString());
    assertEquals(ExitCodes.OK, r.code(), r.err());
    assertEquals(List.of("framelens: note: 1 of the 2 articles labelled in " + c[1]
        + " are not in " + c[0] + " (article102.txt); they are left out of the scores"),
        r.errLines());
    assertTrue(PTC_LINE.matcher(r.lastLine()).matches(), r.out());
  }

  @Test
  void ptcWithoutALoadedLanguageSpanOrAnyLabelExits3() throws IOException {
    assumeDefaultModel();
    Path[] c = ptcCorpus();
    Path doubt = Files.writeString(tmp.resolve("doubt.labels"), "101\tDoubt\t0\t7\n");
    Result r = run("eval", "ptc", "--articles", c[0].toString(), "--labels", doubt.toString());
    assertEquals(ExitCodes.NOTHING_READ, r.code(), r.err());
    assertTrue(r.err().contains("have no Loaded_Language or Name_Calling,Labeling span"),
        r.err());
    assertFalse(r.out().contains("span_f1"), r.out());

    Path none = Files.writeString(tmp.resolve("none.labels"), "\n");
    Result n = run("eval", "ptc", "--articles", c[0].toString(), "--labels", none.toString());
    assertEquals(ExitCodes.NOTHING_READ, n.code(), n.err());
    assertEquals(List.of("framelens: " + none + " holds no label (id<TAB>technique<TAB>start"
        + "<TAB>end lines): there is nothing to score"), n.errLines());
  }

  @Test
  void polnearWithoutAnyAnnotatedTextExits3AndNotesUnannotatedOnes() throws IOException {
    assumeDefaultModel();
    Path dir = tmp.resolve("polnear");
    Files.createDirectories(dir.resolve("text"));
    Files.createDirectories(dir.resolve("attributions"));
    Result empty = run("eval", "polnear", "--data", dir.toString());
    assertEquals(ExitCodes.NOTHING_READ, empty.code(), empty.err());
    assertEquals(List.of("framelens: no annotated article was found in " + dir + ": "
        + dir.resolve("text") + " holds no .txt file; there is nothing to score"),
        empty.errLines());

    Files.writeString(dir.resolve("text/a.txt"), "Officials said the bridge would reopen.\n");
    Files.writeString(dir.resolve("text/b.txt"), "The bridge is old.\n");
    Result none = run("eval", "polnear", "--data", dir.toString());
    assertEquals(ExitCodes.NOTHING_READ, none.code(), none.err());
    assertTrue(none.err().contains("none of the 2 text(s) in " + dir.resolve("text")
        + " (a.txt, b.txt) has an annotation file"), none.err());
    assertFalse(none.out().contains("cue_f1"), none.out());

    Files.writeString(dir.resolve("attributions/a_x1.ann"), "T1\tSource 0 9\tOfficials\n"
        + "T2\tCue 10 14\tsaid\n");
    Result some = run("eval", "polnear", "--data", dir.toString());
    assertEquals(ExitCodes.OK, some.code(), some.err());
    assertEquals(List.of("framelens: note: 1 of the 2 article files in " + dir.resolve("text")
        + " have no annotation file in " + dir.resolve("attributions")
        + " (b.txt); they are left out of the scores"), some.errLines());
    assertTrue(POLNEAR_LINE.matcher(some.lastLine()).matches(), some.out());
  }

  @Test
  void missingSubcommandIsAUsageError() {
    Result r = run("eval");
    assertEquals(ExitCodes.USAGE, r.code());
    assertTrue(r.err().contains("a subcommand is required (ptc, polnear"), r.err());
  }

  @Test
  void otherWordVectorsFallBackToTheLexiconInsteadOfFailing() throws IOException,
      ModelException {
    // CueOptions.scorer documents: with word vectors the bundled model was not trained on, the
    // loaded-language model is off (lexicons only), with a warning; eval must still run
    Random g = new Random(1);
    List<String> words = List.of("the", "mayor", "called", "plan", "shameful", "betrayal", "city");
    float[][] rows = new float[words.size()][4];
    for (float[] row : rows) {
      for (int d = 0; d < row.length; d++) {
        row[d] = (float) g.nextGaussian();
      }
    }
    Path model = tmp.resolve("tiny-vectors");
    TestModels.write(model, words, rows);
    Path[] c = ptcCorpus();
    Result r = run("eval", "ptc", "--model", model.toString(), "--articles", c[0].toString(),
        "--labels", c[1].toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(PTC_LINE.matcher(r.lastLine()).matches(), r.out());
  }
}
