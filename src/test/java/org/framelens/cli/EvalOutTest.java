package org.framelens.cli;

import static org.framelens.cli.CliRun.assertOneErrorLine;
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
import java.util.Map;
import org.framelens.cli.CliRun.Result;
import org.framelens.report.OwnFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eval … --out FILE} replaces only a table FrameLens wrote, never an input or a user's
 * file, and a bad {@code --out} or input path is a one-line error with its exit code before any
 * work; the inputs' messages name the file and say why. The checks before the model is loaded
 * need no model; the rest skip without the default model.
 */
class EvalOutTest {

  private static final String BABE = "text;news_link;outlet;topic;type;label_bias;"
      + "label_opinion;biased_words\n"
      + "The brutal regime crushed the peaceful march.;l;o;t;left;Biased;x;['brutal']\n"
      + "The city council approved the budget on Tuesday.;l;o;t;center;Non-biased;x;[]\n";

  @TempDir
  Path tmp;

  private Path babe() throws IOException {
    return Files.writeString(tmp.resolve("b.csv"), BABE, StandardCharsets.UTF_8);
  }


  // ---- --out ----

  @Test
  void outEqualToTheInputIsAUsageErrorAndTheInputIsKept() throws IOException {
    Path b = babe();
    Result r = run("eval", "babe", "--file", b.toString(), "--out", b.toString());
    assertOneErrorLine(r, ExitCodes.USAGE, "the input " + b, "choose another --out");
    assertEquals(BABE, Files.readString(b, StandardCharsets.UTF_8));
    // the same file by another name
    Result again = run("eval", "babe", "--file", b.toString(), "--out",
        tmp.resolve(".").resolve("b.csv").toString());
    assertOneErrorLine(again, ExitCodes.USAGE, "choose another --out");
    assertEquals(BABE, Files.readString(b, StandardCharsets.UTF_8));
  }

  @Test
  void outOverTheLabelsFileOfPtcIsAUsageError() throws IOException {
    Path articles = Files.createDirectories(tmp.resolve("articles"));
    Path labels = Files.writeString(tmp.resolve("task2-TC.labels"), "1\tDoubt\t0\t2\n");
    Result r = run("eval", "ptc", "--articles", articles.toString(), "--labels",
        labels.toString(), "--out", labels.toString());
    assertOneErrorLine(r, ExitCodes.USAGE, "the input " + labels);
    assertEquals("1\tDoubt\t0\t2\n", Files.readString(labels));
  }

  @Test
  void outOverAUsersFileIsAUsageErrorAndTheFileIsKept() throws IOException {
    Path b = babe();
    Path notes = Files.writeString(tmp.resolve("n.txt"), "my notes\n");
    Path table = Files.writeString(tmp.resolve("table.csv"), "measure,value,unit\nx,1,m\n");
    for (Path p : List.of(notes, table)) {
      String before = Files.readString(p);
      Result r = run("eval", "babe", "--file", b.toString(), "--out", p.toString());
      assertOneErrorLine(r, ExitCodes.USAGE, p + " exists and is not a file FrameLens wrote",
          "choose another --out");
      assertEquals(before, Files.readString(p));
    }
  }

  @Test
  void outThatIsAFolderOrAnInputFolderIsAUsageErrorBeforeAnyWork() throws IOException {
    Path b = babe();
    Path dir = Files.createDirectories(tmp.resolve("results"));
    Result r = run("eval", "babe", "--file", b.toString(), "--out", dir.toString());
    assertOneErrorLine(r, ExitCodes.USAGE, "--out " + dir + " is a directory",
        dir.resolve("babe.csv").toString());

    Path articles = Files.createDirectories(tmp.resolve("articles"));
    Path labels = Files.writeString(tmp.resolve("labels"), "1\tLoaded_Language\t0\t2\n");
    Result p = run("eval", "ptc", "--articles", articles.toString(), "--labels",
        labels.toString(), "--out", articles.toString());
    assertOneErrorLine(p, ExitCodes.USAGE, "--out " + articles + " is a directory");
  }

  @Test
  void emptyOutIsAUsageErrorBeforeAnyWork() throws IOException {
    Result r = run("eval", "babe", "--file", babe().toString(), "--out", "");
    assertOneErrorLine(r, ExitCodes.USAGE, "--out is empty");
  }

  @Test
  void outUnderAFileCannotBeWrittenAndSaysSoBeforeAnyWork() throws IOException {
    Path b = babe();
    Path out = b.resolve("table.csv");
    Result r = run("eval", "babe", "--file", b.toString(), "--out", out.toString());
    assertOneErrorLine(r, ExitCodes.CANNOT_WRITE, "cannot write " + out, b + " is not a directory");
  }

  @Test
  void everyEvalTableIsRecognisedAsFrameLenssAndReplacedByTheNextRun() throws IOException {
    assumeDefaultModel();
    // babe
    Path babeOut = tmp.resolve("out/babe.csv");
    for (int i = 0; i < 2; i++) {
      Result r = run("eval", "babe", "--file", babe().toString(), "--out", babeOut.toString());
      assertEquals(ExitCodes.OK, r.code(), "run " + i + ": " + r.err());
    }
    // ptc
    Path articles = Files.createDirectories(tmp.resolve("ptc/articles"));
    String text = "It was a shameful decision by the council.\n";
    Files.writeString(articles.resolve("article1.txt"), text, StandardCharsets.UTF_8);
    int a = text.indexOf("shameful");
    Path labels = Files.writeString(tmp.resolve("ptc/labels"),
        "1\tLoaded_Language\t" + a + "\t" + (a + 8) + "\n");
    // polnear
    Path polnear = tmp.resolve("polnear");
    Files.createDirectories(polnear.resolve("text"));
    Files.createDirectories(polnear.resolve("attributions"));
    Files.writeString(polnear.resolve("text/a.txt"), "Officials said the bridge would reopen.\n");
    Files.writeString(polnear.resolve("attributions/a_x.ann"), "T1\tSource 0 9\tOfficials\n"
        + "T2\tCue 10 14\tsaid\n");
    // basil
    Path basil = tmp.resolve("basil");
    Files.createDirectories(basil.resolve("articles/2010"));
    Files.createDirectories(basil.resolve("annotations/2010"));
    Files.writeString(basil.resolve("articles/2010/t_1.json"), "{\"source\": \"a\", "
        + "\"triplet-uuid\": \"t\", \"body-paragraphs\": [[\"The brutal regime lied.\"]]}");
    Files.writeString(basil.resolve("annotations/2010/t_1_ann.json"),
        "{\"phrase-level-annotations\": [{\"bias\": \"lex\", \"quote\": \"no\", \"start\": 4, "
            + "\"end\": 10, \"txt\": \"brutal\"}]}");
    Map<String, String[]> runs = Map.of(
        "ptc", new String[] {"eval", "ptc", "--articles", articles.toString(), "--labels",
            labels.toString()},
        "polnear", new String[] {"eval", "polnear", "--data", polnear.toString()},
        "basil", new String[] {"eval", "basil", "--data", basil.toString()});
    assertTrue(OwnFiles.own(babeOut), "babe");
    for (Map.Entry<String, String[]> e : runs.entrySet()) {
      Path out = tmp.resolve("out").resolve(e.getKey() + ".csv");
      String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(e.getValue()),
          java.util.stream.Stream.of("--out", out.toString())).toArray(String[]::new);
      Result r = run(args);
      assertEquals(ExitCodes.OK, r.code(), e.getKey() + ": " + r.err());
      assertTrue(OwnFiles.own(out), e.getKey() + ": " + Files.readAllLines(out).get(0));
    }
  }

  // ---- the inputs' messages ----

  @Test
  void anEmptyInputPathIsAUsageErrorNamingTheOption() {
    assertOneErrorLine(run("eval", "babe", "--file", ""), ExitCodes.USAGE, "--file is empty",
        "BABE CSV file");
    assertOneErrorLine(run("eval", "ptc", "--articles", "", "--labels", "x"), ExitCodes.USAGE,
        "--articles is empty");
    assertOneErrorLine(run("eval", "polnear", "--data", ""), ExitCodes.USAGE, "--data is empty");
    assertOneErrorLine(run("eval", "basil", "--data", ""), ExitCodes.USAGE, "--data is empty");
  }

  @Test
  void aMissingInputIsNamedWithNoSuchFile() {
    Path missing = tmp.resolve("nonexistent.csv");
    assertOneErrorLine(run("eval", "babe", "--file", missing.toString()), ExitCodes.NOTHING_READ,
        "--file " + missing, "no such file");
    Path dir = tmp.resolve("no-such-dir");
    assertOneErrorLine(run("eval", "polnear", "--data", dir.toString()), ExitCodes.NOTHING_READ,
        "--data " + dir, "no such directory");
  }

  @Test
  void aFolderWhereAFileIsExpectedAndTheReverseAreNamed() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("folder"));
    Path file = Files.writeString(tmp.resolve("labels"), "1\tDoubt\t0\t1\n");
    assertOneErrorLine(run("eval", "babe", "--file", dir.toString()), ExitCodes.NOTHING_READ,
        "--file " + dir, "is a directory, not a file");
    assertOneErrorLine(run("eval", "ptc", "--articles", dir.toString(), "--labels", dir.toString()),
        ExitCodes.NOTHING_READ, "--labels " + dir, "is a directory, not a file");
    assertOneErrorLine(run("eval", "ptc", "--articles", file.toString(), "--labels", file.toString()),
        ExitCodes.NOTHING_READ, "--articles " + file, "is a file, not a directory");
  }

  @Test
  void aFileThatIsNotUtf8IsNamed() throws IOException {
    assumeDefaultModel();
    Path f = tmp.resolve("latin1.csv");
    Files.write(f, ("text;news_link;outlet;topic;type;label_bias;label_opinion;biased_words\n"
        + "The caf\u00e9 regime.;l;o;t;left;Biased;x;[]\n").getBytes(StandardCharsets.ISO_8859_1));
    Result r = run("eval", "babe", "--file", f.toString());
    assertEquals(ExitCodes.NOTHING_READ, r.code(), r.err());
    assertEquals(List.of("framelens: cannot read the evaluation data: " + f
        + ": not valid UTF-8 (the corpora are distributed in UTF-8; was the file converted?)"),
        r.errLines());
    assertFalse(r.err().contains("Input length"), r.err());
  }
}
