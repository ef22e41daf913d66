package org.framelens.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.framelens.cues.LoadedFeatures;
import org.framelens.embed.CompactVectors;
import org.framelens.embed.ModelException;
import org.framelens.embed.TestModels;
import org.framelens.eval.SpanScore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link LoadedTrainer} on a tiny invented PTC-style corpus whose loaded words are always inside
 * gold spans and share a direction in a tiny fixture vector model.
 */
class LoadedTrainerTest {

  private static final List<String> NEUTRAL = List.of("the", "council", "met", "on", "monday",
      "mayor", "spoke", "about", "budget", "plan", "city", "residents", "asked", "for", "new",
      "roads", "report", "said", "it", "was", "a", "decision", "by", "school", "board", "voted",
      "to", "open", "library", "park", "and", "water", "prices", "rose", "this", "year");
  /** Loaded_Language words. */
  private static final List<String> LOADED = List.of("monstrous", "vile", "despicable");
  /** A Name_Calling,Labeling word (also gold for loaded language). */
  private static final String NAME_CALLING = "thugs";
  private static final int ARTICLES = 10;

  @TempDir
  static Path tmp;

  private static CompactVectors vectors;
  private static Path articles;
  private static Path labels;
  private static int tokens;
  private static int positives;
  /** Gold spans whose word is in the bundled loaded lexicon ("despicable", "thugs"). */
  private static int inLexicon;

  private static final LoadedTrainer.Settings SETTINGS =
      new LoadedTrainer.Settings(2, 0.001, 80, 0.05, 0);

  @BeforeAll
  static void writeCorpusAndVectors() throws IOException, ModelException {
    // 200 filler words first, so no word of the texts counts among the 200 most frequent
    // (decode trims those from predicted spans)
    Random r = new Random(17);
    List<String> words = new ArrayList<>();
    List<float[]> rows = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      words.add(String.format("zfill%03d", i));
      rows.add(new float[] {(float) (0.3 * r.nextGaussian()), (float) r.nextGaussian(),
          (float) r.nextGaussian(), (float) r.nextGaussian()});
    }
    for (String w : NEUTRAL) {
      words.add(w);
      rows.add(new float[] {(float) (-0.5 + 0.1 * r.nextGaussian()), (float) r.nextGaussian(),
          (float) r.nextGaussian(), (float) r.nextGaussian()});
    }
    List<String> loaded = new ArrayList<>(LOADED);
    loaded.add(NAME_CALLING);
    for (String w : loaded) {
      words.add(w);
      rows.add(new float[] {(float) (1.5 + 0.1 * r.nextGaussian()),
          (float) (0.2 * r.nextGaussian()), (float) (0.2 * r.nextGaussian()),
          (float) (0.2 * r.nextGaussian())});
    }
    vectors = TestModels.writeAndLoad(tmp.resolve("vectors"), words,
        rows.toArray(new float[0][]));

    articles = Files.createDirectories(tmp.resolve("articles"));
    StringBuilder lab = new StringBuilder();
    for (int a = 0; a < ARTICLES; a++) {
      Random g = new Random(100 + a);
      StringBuilder text = new StringBuilder();
      if (a == 0) {
        text.append("\uD83D\uDE00 "); // an astral symbol: code points differ from chars after it
      }
      for (int s = 0; s < 5; s++) {
        int n = 6 + g.nextInt(4);
        int loadedAt = s % 2 == 0 ? 1 + g.nextInt(n - 1) : -1;
        for (int k = 0; k < n; k++) {
          if (k > 0) {
            text.append(' ');
          }
          if (k == loadedAt) {
            String w = s == 4 ? NAME_CALLING : LOADED.get((a + s) % LOADED.size());
            int start = text.codePointCount(0, text.length());
            text.append(w);
            lab.append(a + 1).append('\t').append(s == 4 ? "Name_Calling,Labeling"
                : "Loaded_Language").append('\t').append(start).append('\t')
                .append(start + w.length()).append('\n');
            positives++;
            if (w.equals("despicable") || w.equals(NAME_CALLING)) {
              inLexicon++;
            }
          } else {
            String w = NEUTRAL.get(g.nextInt(NEUTRAL.size()));
            text.append(k == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
          }
          tokens++;
        }
        text.append(s < 4 ? ". " : ".\n");
      }
      // an unrelated technique on the first word (not loaded language)
      lab.append(a + 1).append("\tDoubt\t").append(a == 0 ? 2 : 0).append('\t')
          .append(a == 0 ? 5 : 3).append('\n');
      Files.writeString(articles.resolve("article" + (a + 1) + ".txt"), text,
          StandardCharsets.UTF_8);
    }
    labels = tmp.resolve("task2-TC.labels");
    Files.writeString(labels, lab, StandardCharsets.UTF_8);
  }

  private static LoadedTrainer.Result train() throws IOException {
    return LoadedTrainer.train(articles, labels, vectors, SETTINGS, log -> { });
  }

  private static String written(LoadedTrainer.Result r) throws IOException {
    StringWriter w = new StringWriter();
    r.model().write(w, r.featureNames());
    return w.toString();
  }

  @Test
  void reportsTheCorpusCountsExactly() throws IOException {
    LoadedTrainer.Result r = train();
    assertEquals(ARTICLES, r.articles());
    assertEquals(tokens, r.tokens());
    assertEquals(ARTICLES * 3, positives);
    assertEquals(positives, r.positives());
    assertEquals(3 * 4 + LoadedFeatures.EXTRAS, r.featureNames().size());
    assertEquals(List.of("lexicon", "model", "union"), new ArrayList<>(r.scores().keySet()));
  }

  @Test
  void outOfFoldModelFindsTheLoadedWords() throws IOException {
    LoadedTrainer.Result r = train();
    SpanScore model = r.scores().get("model");
    assertTrue(model.f1() > 0.5, "model " + model);
    assertEquals(positives, model.goldSpans());
    assertTrue(r.threshold() >= 0.05 && r.threshold() <= 0.95, "threshold " + r.threshold());
    assertEquals(r.threshold(), r.model().threshold(), 0.0);
  }

  @Test
  void lexiconBaselineFindsOnlyTheBundledLexiconWords() throws IOException {
    // of the invented loaded words only "despicable" and "thugs" are in the bundled lexicon
    SpanScore lexicon = train().scores().get("lexicon");
    assertEquals(17, inLexicon);
    assertEquals(inLexicon, lexicon.predictedSpans());
    assertEquals(1.0, lexicon.precision(), 1e-12, "lexicon " + lexicon);
    assertEquals((double) inLexicon / positives, lexicon.recall(), 1e-12, "lexicon " + lexicon);
  }

  @Test
  void trainingTwiceGivesIdenticalResults() throws IOException {
    LoadedTrainer.Result a = train();
    LoadedTrainer.Result b = train();
    assertEquals(a.threshold(), b.threshold(), 0.0);
    for (String k : a.scores().keySet()) {
      SpanScore x = a.scores().get(k);
      SpanScore y = b.scores().get(k);
      assertEquals(x.precision(), y.precision(), 0.0, k);
      assertEquals(x.recall(), y.recall(), 0.0, k);
    }
    assertEquals(written(a), written(b));
  }

  @Test
  void writtenModelRecordsItsScoresAndWordVectors() throws IOException {
    LoadedTrainer.Result r = train();
    List<String> header = written(r).lines().filter(l -> l.startsWith("# ")).toList();
    assertTrue(header.contains("# cv_model\t" + r.scores().get("model")), header.toString());
    assertTrue(header.contains("# word_vectors\ttest " + vectors.info().checksum()),
        header.toString());
    assertTrue(vectors.info().checksum().startsWith("sha256:"), vectors.info().checksum());
    assertTrue(header.stream().anyMatch(l -> l.startsWith("# training_data\t")
        && l.contains(ARTICLES + " articles") && l.contains(tokens + " word tokens")
        && l.contains(positives + " positive")), header.toString());
  }

  @Test
  void logReportsTheCountsAndEachFold() throws IOException {
    List<String> log = new ArrayList<>();
    LoadedTrainer.train(articles, labels, vectors, SETTINGS, log::add);
    assertTrue(log.get(0).startsWith(ARTICLES + " articles, " + tokens + " word tokens, "
        + positives + " inside gold loaded spans"), log.get(0));
    assertTrue(log.contains("fold 1/2 done"), log.toString());
    assertTrue(log.contains("fold 2/2 done"), log.toString());
  }

  @Test
  void corpusWithoutArticlesFailsWithAClearIoException() throws IOException {
    // a usage problem (wrong --data directory), not an internal error
    Path empty = Files.createDirectories(tmp.resolve("empty/articles"));
    Path noLabels = Files.writeString(tmp.resolve("empty/task2-TC.labels"), "");
    IOException e = assertThrows(IOException.class,
        () -> LoadedTrainer.train(empty, noLabels, vectors, SETTINGS, log -> { }));
    assertTrue(e.getMessage().contains(empty.toString()), e.getMessage());
  }
}
