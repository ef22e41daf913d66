package org.framelens.embed.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.framelens.embed.CompactVectors;
import org.framelens.embed.ModelException;
import org.framelens.embed.ModelInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Dl4jTrainerTest {

  static final List<String> SPORT = List.of("match", "goal", "striker", "referee", "stadium",
      "league", "coach", "penalty", "keeper", "midfield", "tackle", "season");
  static final List<String> MONEY = List.of("market", "shares", "investor", "bank", "inflation",
      "bond", "dividend", "stock", "interest", "trader", "currency", "profit");
  static final Dl4jTrainer.Settings SETTINGS = new Dl4jTrainer.Settings(16, 3, 2, 5, 1, 42);

  @TempDir
  static Path tmp;
  static List<String> sentences;
  static Map<String, Integer> counts;
  static ModelInfo info;
  static CompactVectors model;
  static long trainMillis;

  /** Zipf-like choice within a topic, so frequencies differ clearly. */
  static String pick(List<String> topic, Random rnd, double total) {
    double x = rnd.nextDouble() * total;
    for (int i = 0; i < topic.size(); i++) {
      x -= 1.0 / (i + 1);
      if (x <= 0) {
        return topic.get(i);
      }
    }
    return topic.get(topic.size() - 1);
  }

  @BeforeAll
  static void train() throws Exception {
    Random rnd = new Random(7);
    double total = 0;
    for (int i = 0; i < SPORT.size(); i++) {
      total += 1.0 / (i + 1);
    }
    sentences = new ArrayList<>();
    counts = new HashMap<>();
    for (int s = 0; s < 3000; s++) {
      // sport sentences are a little more common, so "match" is the most frequent word
      List<String> topic = rnd.nextDouble() < 0.55 ? SPORT : MONEY;
      int len = 8 + rnd.nextInt(5);
      StringBuilder b = new StringBuilder();
      for (int k = 0; k < len; k++) {
        String w = pick(topic, rnd, total);
        counts.merge(w, 1, Integer::sum);
        b.append(k == 0 ? "" : " ").append(w);
      }
      sentences.add(b.toString());
    }
    sentences.add("hapax match goal"); // "hapax" occurs once: below min count 2
    counts.merge("match", 1, Integer::sum);
    counts.merge("goal", 1, Integer::sum);
    long t0 = System.nanoTime();
    info = Dl4jTrainer.train(sentences, SETTINGS, tmp.resolve("Domain"), "test");
    trainMillis = (System.nanoTime() - t0) / 1_000_000;
    model = CompactVectors.load(tmp.resolve("Domain"));
  }

  @Test
  void writesACompactModelWithTheRequestedDimensions() {
    assertEquals(16, model.dimensions());
    assertEquals(16, info.dimensions());
    assertEquals(SPORT.size() + MONEY.size(), model.size());
    assertEquals(model.size(), info.words());
    assertEquals("domain", info.name());
    assertEquals("test", info.provenance());
    assertTrue(info.frequencyOrdered());
    assertTrue(info.description().contains("16 dimensions, window 3, min count 2, 5 epochs, "
        + "seed 42, 1 worker(s)"), info.description());
    assertEquals(info.checksum(), model.info().checksum());
    assertTrue(trainMillis < 60_000, "training took " + trainMillis + " ms");
  }

  @Test
  void everyRowHasAFiniteNonZeroVector() {
    for (int r = 0; r < model.size(); r++) {
      assertTrue(model.norm(r) > 0, model.word(r));
      for (int d = 0; d < model.dimensions(); d++) {
        assertTrue(Float.isFinite(model.get(r, d)), model.word(r));
      }
    }
  }

  @Test
  void wordsBelowMinCountAreDropped() {
    assertEquals(-1, model.index("hapax"));
  }

  @Test
  void rowsAreInDescendingFrequency() {
    String mostFrequent = counts.entrySet().stream()
        .filter(e -> e.getValue() >= 2)
        .max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    assertEquals("match", mostFrequent, "fixture: the most frequent generated word");
    assertEquals(mostFrequent, model.word(0));
    for (int r = 1; r < model.size(); r++) {
      int prev = counts.get(model.word(r - 1));
      int cur = counts.get(model.word(r));
      assertTrue(prev > cur || (prev == cur && model.word(r - 1).compareTo(model.word(r)) < 0),
          "row " + r + ": " + model.word(r - 1) + "=" + prev + " before " + model.word(r) + "="
              + cur);
    }
  }

  /** Mean cosine over pairs of the same topic and over pairs across topics: {within, across}. */
  static double[] meanCosines(Map<String, float[]> vectors) {
    double within = 0;
    int nw = 0;
    double across = 0;
    int na = 0;
    List<String> all = new ArrayList<>(SPORT);
    all.addAll(MONEY);
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        float[] a = vectors.get(all.get(i));
        float[] b = vectors.get(all.get(j));
        double dot = 0;
        double na2 = 0;
        double nb2 = 0;
        for (int d = 0; d < a.length; d++) {
          dot += (double) a[d] * b[d];
          na2 += (double) a[d] * a[d];
          nb2 += (double) b[d] * b[d];
        }
        double s = dot / Math.sqrt(na2 * nb2);
        if (SPORT.contains(all.get(i)) == SPORT.contains(all.get(j))) {
          within += s;
          nw++;
        } else {
          across += s;
          na++;
        }
      }
    }
    return new double[] {within / nw, across / na};
  }

  static Map<String, float[]> topicVectors() {
    Map<String, float[]> m = new HashMap<>();
    for (String w : SPORT) {
      m.put(w, model.vector(model.index(w)));
    }
    for (String w : MONEY) {
      m.put(w, model.vector(model.index(w)));
    }
    return m;
  }

  @Test
  void wordsOfTheSameTopicAreMoreSimilarThanWordsAcrossTopics() {
    double within = 0;
    int nw = 0;
    double across = 0;
    int na = 0;
    for (String a : SPORT) {
      for (String b : SPORT) {
        if (a.compareTo(b) < 0) {
          within += model.similarity(a, b);
          nw++;
        }
      }
      for (String b : MONEY) {
        across += model.similarity(a, b);
        na++;
      }
    }
    for (String a : MONEY) {
      for (String b : MONEY) {
        if (a.compareTo(b) < 0) {
          within += model.similarity(a, b);
          nw++;
        }
      }
    }
    within /= nw;
    across /= na;
    assertTrue(within > across, "within " + within + ", across " + across);
    assertEquals(meanCosines(topicVectors())[0], within, 1e-5);
    assertEquals(meanCosines(topicVectors())[1], across, 1e-5);
  }

  @Test
  void topicsSeparateClearlyOnceTheCommonDirectionIsRemoved() {
    // small Word2Vec models share a large common direction (all cosines are high); centred
    // vectors show the topic structure plainly
    Map<String, float[]> v = topicVectors();
    float[] mean = new float[model.dimensions()];
    for (float[] x : v.values()) {
      for (int d = 0; d < mean.length; d++) {
        mean[d] += x[d] / v.size();
      }
    }
    Map<String, float[]> centred = new HashMap<>();
    v.forEach((w, x) -> {
      float[] c = x.clone();
      for (int d = 0; d < c.length; d++) {
        c[d] -= mean[d];
      }
      centred.put(w, c);
    });
    double[] m = meanCosines(centred);
    assertTrue(m[0] > 0.1, "centred within-topic cosine " + m[0]);
    assertTrue(m[1] < -0.1, "centred cross-topic cosine " + m[1]);
  }

  @Test
  void noSentencesIsAnError() {
    Path out = tmp.resolve("empty");
    ModelException e = assertThrows(ModelException.class,
        () -> Dl4jTrainer.train(List.of(), SETTINGS, out, "test"));
    assertEquals("no sentences to train on", e.getMessage());
    assertFalse(Files.exists(out));
  }
}
