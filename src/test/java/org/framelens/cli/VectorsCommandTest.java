package org.framelens.cli;

import static org.framelens.cli.CliRun.assertNoStackTrace;
import static org.framelens.cli.CliRun.assumeDefaultModel;
import static org.framelens.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.framelens.cli.CliRun.Result;
import org.framelens.embed.CompactVectors;
import org.framelens.embed.CompactVectorsWriter;
import org.framelens.embed.DefaultModel;
import org.framelens.embed.ModelException;
import org.framelens.embed.ModelInfo;
import org.framelens.embed.Neighbors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code framelens vectors} run in-process: info, neighbours and similarity on the real default
 * model (skipped when it is not converted), and the one-line model errors (exit 5) for a
 * missing default model, a truncated model and a model path that does not exist.
 */
class VectorsCommandTest {

  @TempDir
  Path tmp;

  private String savedHome;

  @BeforeEach
  void saveHome() {
    savedHome = System.getProperty("framelens.home");
  }

  @AfterEach
  void restoreHome() {
    if (savedHome == null) {
      System.clearProperty("framelens.home");
    } else {
      System.setProperty("framelens.home", savedHome);
    }
  }

  private static double number(Result r) {
    Matcher m = Pattern.compile("^\\s*(-?\\d+\\.\\d+)\\s*$", Pattern.MULTILINE).matcher(r.out());
    assertTrue(m.find(), "a similarity was printed:\n" + r.out() + r.err());
    return Double.parseDouble(m.group(1));
  }

  // --- the real default model ---

  @Test
  void infoDescribesTheDefaultModel() {
    assumeDefaultModel();
    Result r = run("vectors", "info");
    assertEquals(0, r.code(), r.err());
    String out = r.out();
    assertTrue(Pattern.compile("(?m)^dimensions:\\s+100$").matcher(out).find(), out);
    // the grouping separator follows the default locale (see the report); en: 341,479
    assertTrue(Pattern.compile("(?m)^vocabulary:\\s+341\\D?479 words").matcher(out).find(), out);
    assertTrue(Pattern.compile("(?m)^licence:.*PDDL").matcher(out).find(), out);
    assertTrue(Pattern.compile("(?m)^checksum:\\s+sha256:[0-9a-f]{64}\\b").matcher(out).find(),
        out);
    assertEquals("", r.err());
  }

  @Test
  void neighboursOfPretext() {
    assumeDefaultModel();
    Result r = run("vectors", "neighbors", "pretext", "-k", "10");
    assertEquals(0, r.code(), r.err());
    List<String> words = r.out().lines().map(l -> l.trim().split("\\s+")[0]).toList();
    assertEquals(10, words.size(), r.out());
    assertTrue(words.containsAll(List.of("excuse", "justification", "provocation")), r.out());
    assertFalse(words.contains("pretext"), "the word itself is excluded: " + r.out());
    // printed in descending similarity
    List<Double> sims = r.out().lines()
        .map(l -> Double.parseDouble(l.trim().split("\\s+")[1])).toList();
    for (int i = 1; i < sims.size(); i++) {
      assertTrue(sims.get(i - 1) >= sims.get(i), r.out());
    }
  }

  @Test
  void similarityRanksASynonymAboveAFruit() {
    assumeDefaultModel();
    Result close = run("vectors", "similarity", "said", "claimed");
    Result far = run("vectors", "similarity", "said", "banana");
    assertEquals(0, close.code(), close.err());
    assertEquals(0, far.code(), far.err());
    double c = number(close);
    double f = number(far);
    assertTrue(c > f, "said~claimed " + c + " > said~banana " + f);
    assertTrue(c <= 1.0 && f >= -1.0);
    // case-insensitive lookup
    assertEquals(c, number(run("vectors", "similarity", "Said", "CLAIMED")), 1e-9);
  }

  @Test
  void knownRelationsThroughTheJavaApi() throws ModelException {
    assumeDefaultModel();
    CompactVectors v = CompactVectors.load(DefaultModel.directory());
    assertEquals(100, v.dimensions());
    assertEquals(341_479, v.size());
    assertEquals("the", v.word(0), "frequency order");
    double close = v.similarity("said", "claimed");
    double far = v.similarity("said", "banana");
    assertTrue(close > far, "said~claimed " + close + " > said~banana " + far);
    assertTrue(Double.isNaN(v.similarity("said", "qzxqzxqzx")));
    List<String> near = new Neighbors(v).of("regime", 10).stream()
        .map(Neighbors.Neighbor::word).toList();
    assertTrue(near.contains("dictatorship"), near.toString());
  }

  @Test
  void unknownWordIsExit1WithAClearMessage() {
    assumeDefaultModel();
    Result r = run("vectors", "neighbors", "Qzxqzxqzx");
    assertEquals(1, r.code(), r.err());
    assertEquals("", r.out());
    List<String> lines = r.errLines();
    assertEquals(1, lines.size(), r.err());
    assertTrue(lines.get(0).contains("'qzxqzxqzx' is not in the vocabulary"), r.err());
    assertNoStackTrace(r.err());

    Result s = run("vectors", "similarity", "said", "qzxqzxqzx");
    assertEquals(1, s.code(), s.err());
    assertEquals("", s.out());
    assertTrue(s.err().contains("not in the vocabulary"), s.err());
    assertNoStackTrace(s.err());
  }

  // --- argument errors (no model needed) ---

  @Test
  void kBelowOneIsAUsageErrorWithTheRange() {
    for (String k : List.of("0", "-5")) {
      Result r = run("vectors", "neighbors", "regime", "-k", k);
      assertEquals(ExitCodes.USAGE, r.code(), r.err());
      assertEquals(List.of("framelens: -k must be 1 or more, got " + k), r.errLines());
      assertEquals("", r.out());
    }
  }

  @Test
  void everySubcommandListsItsExitCodesInItsHelp() {
    for (String sub : List.of("info", "neighbors", "similarity", "import", "train",
        "convert-wink")) {
      Result r = run("vectors", sub, "--help");
      assertEquals(0, r.code(), sub);
      assertTrue(r.out().contains("Exit codes:"), sub + ":\n" + r.out());
      assertTrue(r.out().contains("  0   "), sub + ":\n" + r.out());
      assertTrue(r.out().contains("  5   "), sub + ":\n" + r.out());
    }
    Result n = run("vectors", "neighbors", "--help");
    assertTrue(n.out().contains("  1   WORD is not in the vocabulary"), n.out());
    assertTrue(n.out().contains("  2   usage error (-k below 1)"), n.out());
    Result t = run("vectors", "train", "--help");
    assertTrue(t.out().contains("  3   no article could be read from any input"), t.out());
  }

  @Test
  void convertWinkOfAMissingFileIsExit5WithOneLine() {
    Path missing = tmp.resolve("wink.json");
    Result r = run("vectors", "convert-wink", missing.toString(), "--out",
        tmp.resolve("m").toString());
    assertEquals(ExitCodes.MODEL, r.code(), r.err());
    assertEquals(List.of("framelens: cannot convert " + missing + ": no such file"),
        r.errLines());
    assertNoStackTrace(r.err());
  }

  @Test
  void trainingOnNothingReadableIsExit3NamingTheInput() {
    Path missing = tmp.resolve("no-corpus");
    Result r = run("vectors", "train", missing.toString(), "--out", tmp.resolve("m").toString());
    assertEquals(ExitCodes.NOTHING_READ, r.code(), r.err());
    assertEquals(List.of("framelens: no article could be read from " + missing
        + ": no such file or directory"), r.errLines());
    assertFalse(Files.exists(tmp.resolve("m")));
  }

  @Test
  void trainAndConvertNeverReplaceAFolderOfOtherFiles() throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("a.txt"), "Talks\n\nThe talks began on Monday.\n");
    Path json = Files.writeString(tmp.resolve("wink.json"), "{}");
    for (String[] args : List.of(
        new String[] {"vectors", "train", corpus.toString(), "--out", corpus.toString()},
        new String[] {"vectors", "convert-wink", json.toString(), "--out", corpus.toString()})) {
      Result r = run(args);
      assertEquals(ExitCodes.USAGE, r.code(), r.err());
      assertEquals(List.of("framelens: --out: " + corpus + " holds files that are not part of a "
          + "FrameLens model (" + corpus.resolve("a.txt") + "); writing the model would replace "
          + "the whole directory: choose another path, or an empty or new directory"),
          r.errLines());
      assertEquals("", r.out());
      assertEquals("Talks\n\nThe talks began on Monday.\n",
          Files.readString(corpus.resolve("a.txt")));
    }
    Result file = run("vectors", "train", corpus.toString(), "--out", json.toString());
    assertEquals(ExitCodes.USAGE, file.code(), file.err());
    assertEquals(List.of("framelens: --out: " + json + " exists and is not a directory; a model "
        + "is a directory: choose another path"), file.errLines());
    Result empty = run("vectors", "train", corpus.toString(), "--out", "");
    assertEquals(ExitCodes.USAGE, empty.code(), empty.err());
    assertEquals(List.of("framelens: --out: the model directory is empty (an unset variable?); "
        + "give a path such as models/my-domain"), empty.errLines());
    try (Stream<Path> s = Files.list(tmp)) {
      assertEquals(List.of("corpus", "wink.json"),
          s.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  // --- model errors (no real model needed) ---

  @Test
  void missingDefaultModelIsExit5WithOneLine() {
    System.setProperty("framelens.home", tmp.toString());
    Path missing = DefaultModel.directory();
    assertTrue(missing.startsWith(tmp));
    for (String[] args : List.of(new String[] {"vectors", "info"},
        new String[] {"vectors", "neighbors", "pretext"},
        new String[] {"vectors", "similarity", "said", "claimed"},
        new String[] {"analyze", "seeds", "--out", tmp.resolve("reports").toString()})) {
      Result r = run(args);
      String what = String.join(" ", args) + ":\n" + r.err();
      assertEquals(5, r.code(), what);
      List<String> lines = r.errLines();
      assertEquals(1, lines.size(), "one stderr line: " + what);
      assertTrue(lines.get(0).startsWith("framelens: "), what);
      assertTrue(lines.get(0).contains(missing.toString()), "names the directory: " + what);
      assertTrue(lines.get(0).contains("scripts/fetch-model"), "says how to get it: " + what);
      assertNoStackTrace(r.err());
    }
    assertFalse(Files.exists(tmp.resolve("models")), "nothing created under the home");
    assertFalse(Files.exists(tmp.resolve("reports")), "no reports without a model");
  }

  /** A valid four-dimensional model of a few words. */
  private Path tinyModel(Path dir) throws IOException, ModelException {
    List<String> words = List.of("the", "said", "claimed", "banana", "regime");
    float[][] rows = {
        {1, 0, 0, 0}, {0, 1, 0.2f, 0}, {0, 0.9f, 0.3f, 0}, {0, 0, 0, 1}, {0.5f, 0.5f, 0.5f, 0.5f}};
    CompactVectorsWriter.write(dir, ModelInfo.template("tiny", "a test model", "CC0",
        "written by VectorsCommandTest", true), words, 4, (i, out) -> System.arraycopy(
            rows[i], 0, out, 0, 4));
    return dir;
  }

  /** A copy of the tiny model whose vectors.f32 lost its last bytes. */
  private Path truncatedModel() throws IOException, ModelException {
    Path good = tinyModel(tmp.resolve("tiny"));
    Path bad = Files.createDirectories(tmp.resolve("truncated"));
    try (Stream<Path> s = Files.list(good)) {
      for (Path f : s.toList()) {
        Files.copy(f, bad.resolve(f.getFileName()));
      }
    }
    Path vec = bad.resolve(CompactVectors.VECTORS);
    long size = Files.size(vec);
    assertEquals(5 * 4 * Float.BYTES, size);
    try (FileChannel ch = FileChannel.open(vec, StandardOpenOption.WRITE)) {
      ch.truncate(size - 6);
    }
    return bad;
  }

  @Test
  void tinyModelWorksWithModelOption() throws Exception {
    Path dir = tinyModel(tmp.resolve("tiny"));
    Result info = run("vectors", "info", "--model", dir.toString());
    assertEquals(0, info.code(), info.err());
    assertTrue(info.out().contains("dimensions:  4"), info.out());
    Result close = run("vectors", "similarity", "said", "claimed", "--model", dir.toString());
    Result far = run("vectors", "similarity", "said", "banana", "--model", dir.toString());
    assertEquals(0, close.code(), close.err());
    assertTrue(number(close) > number(far));
    assertEquals(0.0, number(far), 1e-9);
  }

  @Test
  void truncatedModelIsExit5NamingTheFile() throws Exception {
    Path bad = truncatedModel();
    Path vec = bad.resolve(CompactVectors.VECTORS);
    for (String[] args : List.of(new String[] {"vectors", "info", "--model", bad.toString()},
        new String[] {"vectors", "neighbors", "said", "--model", bad.toString()},
        new String[] {"analyze", "seeds", "--model", bad.toString(),
            "--out", tmp.resolve("reports").toString()})) {
      Result r = run(args);
      String what = String.join(" ", args) + ":\n" + r.err();
      assertEquals(5, r.code(), what);
      assertEquals("", r.out(), what);
      List<String> lines = r.errLines();
      assertEquals(1, lines.size(), "one stderr line: " + what);
      assertTrue(lines.get(0).contains(vec.toString()), "names the file: " + what);
      assertTrue(lines.get(0).contains("truncated"), what);
      assertNoStackTrace(r.err());
    }
    assertFalse(Files.exists(tmp.resolve("reports")), "no reports without a model");
  }

  @Test
  void nonexistentModelPathIsExit5() {
    Path reports = tmp.resolve("reports");
    Result r = run("analyze", "seeds", "--model", "/nonexistent", "--out", reports.toString());
    assertEquals(5, r.code(), r.err());
    List<String> lines = r.errLines();
    assertEquals(1, lines.size(), r.err());
    assertTrue(lines.get(0).contains("/nonexistent"), r.err());
    assertNoStackTrace(r.err());
    assertFalse(Files.exists(reports), "no reports without a model");

    Result v = run("vectors", "info", "--model", "/nonexistent");
    assertEquals(5, v.code(), v.err());
    assertTrue(v.err().toLowerCase(Locale.ROOT).contains("does not exist"), v.err());
    assertNoStackTrace(v.err());
  }

  @Test
  void neighboursOfAZeroVectorWordAreExit1AsForSimilarity() throws Exception {
    Path model = tmp.resolve("zero-model");
    org.framelens.embed.TestModels.write(model, List.of("cat", "dog", "zero"),
        new float[][] {{1, 0, 0, 1}, {0.9f, 0.1f, 0, 1}, {0, 0, 0, 0}});
    CliRun.assertOneErrorLine(run("vectors", "neighbors", "zero", "--model", model.toString()),
        ExitCodes.SOME_FAILED, "'zero' has a zero vector");
    CliRun.assertOneErrorLine(run("vectors", "similarity", "cat", "zero", "--model",
        model.toString()), ExitCodes.SOME_FAILED, "zero vector");
  }
}
