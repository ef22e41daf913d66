package org.framelens.cli;

import static org.framelens.cli.CliRun.assertOneErrorLine;
import static org.framelens.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.framelens.embed.TestModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train loaded} on a tiny invented PTC-style corpus and word-vector model: its settings
 * and {@code --out} are checked before any work (exit 2), missing data is named (exit 3), a file
 * is replaced only when it is a loaded-language model file, and the model file records the
 * command that was run.
 */
class TrainLoadedCommandTest {

  private static final List<String> WORDS = List.of("the", "council", "met", "on", "monday",
      "mayor", "spoke", "about", "budget", "plan", "city", "vile", "monstrous");

  @TempDir
  static Path tmp;

  private static Path data;
  private static Path model;

  @BeforeAll
  static void corpusAndVectors() throws Exception {
    Random r = new Random(5);
    List<String> words = new ArrayList<>();
    List<float[]> rows = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      words.add(String.format("zfill%03d", i));
      rows.add(new float[] {(float) r.nextGaussian(), (float) r.nextGaussian(), 0.1f});
    }
    for (String w : WORDS) {
      words.add(w);
      rows.add(new float[] {w.startsWith("v") || w.startsWith("mon") ? 2f : -0.5f,
          (float) r.nextGaussian(), (float) r.nextGaussian()});
    }
    model = tmp.resolve("vectors");
    TestModels.write(model, words, rows.toArray(new float[0][]));
    data = tmp.resolve("ptc");
    Path articles = Files.createDirectories(data.resolve("articles"));
    StringBuilder labels = new StringBuilder();
    for (int a = 1; a <= 4; a++) {
      String text = "The council met on monday. The vile mayor spoke about the budget plan. "
          + "The city met the monstrous plan.\n";
      Files.writeString(articles.resolve("article" + a + ".txt"), text, StandardCharsets.UTF_8);
      int v = text.indexOf("vile");
      int m = text.indexOf("monstrous");
      labels.append(a).append("\tLoaded_Language\t").append(v).append('\t').append(v + 4)
          .append('\n').append(a).append("\tLoaded_Language\t").append(m).append('\t')
          .append(m + 9).append('\n');
    }
    Files.writeString(data.resolve("task2-TC.labels"), labels, StandardCharsets.UTF_8);
  }

  private static CliRun.Result train(String... more) {
    List<String> args = new ArrayList<>(List.of("train", "loaded", "--model", model.toString(),
        "--data", data.toString()));
    for (String[] d : new String[][] {{"--folds", "2"}, {"--epochs", "3"}}) {
      if (!List.of(more).contains(d[0])) {
        args.addAll(List.of(d));
      }
    }
    args.addAll(List.of(more));
    return run(args.toArray(new String[0]));
  }

  @Test
  void replacesNoUserFileAndNoInput() throws IOException {
    Path notes = Files.writeString(tmp.resolve("notes.txt"), "my precious notes\n");
    assertOneErrorLine(train("--out", notes.toString()), ExitCodes.USAGE,
        notes.toString(), "is not a loaded-language model file");
    assertEquals("my precious notes\n", Files.readString(notes));
    Path labels = data.resolve("task2-TC.labels");
    String gold = Files.readString(labels);
    assertOneErrorLine(train("--out", labels.toString()), ExitCodes.USAGE, "input");
    assertEquals(gold, Files.readString(labels));
    Path article = data.resolve("articles").resolve("article1.txt");
    String text = Files.readString(article);
    assertOneErrorLine(train("--out", article.toString()), ExitCodes.USAGE, "--out");
    assertEquals(text, Files.readString(article));
  }

  @Test
  void emptyOrFolderOutIsAUsageErrorBeforeTraining() {
    assertOneErrorLine(train("--out", ""), ExitCodes.USAGE,
        "--out is empty (an unset variable?)");
    assertOneErrorLine(train("--out", tmp.toString()), ExitCodes.USAGE,
        "--out " + tmp + " is a directory");
  }

  @Test
  void settingsOutOfRangeAreUsageErrors() {
    Path out = tmp.resolve("never.tsv");
    String[][] bad = {
        {"--learning-rate", "NaN", "--learning-rate must be above 0"},
        {"--learning-rate", "1e308", "--learning-rate must be above 0"},
        {"--learning-rate", "0", "--learning-rate must be above 0"},
        {"--l2", "-1", "--l2 must be a number, 0 or more"},
        {"--l2", "NaN", "--l2 must be a number, 0 or more"},
        {"--epochs", "0", "--epochs must be between 1 and"},
        {"--expand-lexicon", "-3", "--expand-lexicon must be 0 (off) or more"},
        {"--folds", "1", "--folds must be between 2 and the number of articles"},
        {"--folds", "99", "--folds must be between 2 and the number of articles (4 in"}};
    for (String[] b : bad) {
      assertOneErrorLine(train("--out", out.toString(), b[0], b[1]), ExitCodes.USAGE, b[2]);
    }
    assertFalse(Files.exists(out));
  }

  @Test
  void missingDataIsNamed() throws IOException {
    Path out = tmp.resolve("never2.tsv");
    assertOneErrorLine(run("train", "loaded", "--model", model.toString(), "--data", "",
        "--out", out.toString()), ExitCodes.USAGE, "--data is empty (an unset variable?)");
    Path noLabels = Files.createDirectories(tmp.resolve("nolabels").resolve("articles"))
        .getParent();
    assertOneErrorLine(run("train", "loaded", "--model", model.toString(), "--data",
        noLabels.toString(), "--out", out.toString()), ExitCodes.NOTHING_READ,
        noLabels.resolve("task2-TC.labels").toString(), "no such file");
    assertOneErrorLine(run("train", "loaded", "--model", model.toString(), "--data",
        tmp.resolve("absent").toString(), "--out", out.toString()), ExitCodes.NOTHING_READ,
        "no such directory");
    assertFalse(Files.exists(out));
  }

  @Test
  void writesTheModelWithTheCommandRunAndReplacesOnlyItsOwnFile() throws IOException {
    Path out = tmp.resolve("models").resolve("loaded.tsv");
    CliRun.Result r = train("--out", out.toString(), "--l2", "0.01");
    assertEquals(ExitCodes.OK, r.code(), r.err());
    CliRun.assertNoStackTrace(r.err());
    String command = Files.readAllLines(out).stream().filter(l -> l.startsWith("# command\t"))
        .findFirst().orElseThrow();
    assertEquals("# command\tframelens train loaded --model " + model + " --data " + data
        + " --folds 2 --epochs 3 --out " + out + " --l2 0.01", command);
    assertFalse(Files.readString(out).contains("NaN"));
    // its own model file is replaced
    r = train("--out", out.toString(), "--l2", "0.02");
    assertEquals(ExitCodes.OK, r.code(), r.err());
    assertTrue(Files.readString(out).contains("--l2 0.02"));
  }
}
