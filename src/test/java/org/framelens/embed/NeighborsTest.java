package org.framelens.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NeighborsTest {

  static final int N = 2500; // more than two internal blocks of 1024 rows
  static final int DIM = 8;
  static final int ZERO_ROW = 1500;

  @TempDir
  static Path tmp;
  static float[][] rows;
  static List<String> words;
  static CompactVectors vectors;
  static Neighbors neighbors;

  @BeforeAll
  static void model() throws Exception {
    Random rnd = new Random(2024);
    rows = new float[N][DIM];
    words = new ArrayList<>();
    for (int i = 0; i < N; i++) {
      words.add(String.format("w%04d", i));
      if (i != ZERO_ROW) {
        for (int d = 0; d < DIM; d++) {
          rows[i][d] = (float) rnd.nextGaussian();
        }
      }
    }
    vectors = TestModels.writeAndLoad(tmp.resolve("model"), words, rows);
    neighbors = new Neighbors(vectors);
  }

  record Scored(int row, double sim) {
  }

  /** All rows but {@code query} and zero vectors, by descending cosine (ties: lower row first). */
  static List<Scored> bruteForce(float[] q, int exclude) {
    List<Scored> all = new ArrayList<>();
    for (int r = 0; r < N; r++) {
      if (r == exclude || r == ZERO_ROW) {
        continue;
      }
      all.add(new Scored(r, TestModels.cosine(q, rows[r])));
    }
    all.sort(Comparator.comparingDouble(Scored::sim).reversed()
        .thenComparingInt(Scored::row));
    return all;
  }

  static void assertSameAsBruteForce(String word, int k) {
    int row = vectors.index(word);
    List<Scored> want = bruteForce(rows[row], row);
    want = want.subList(0, Math.min(k, want.size()));
    List<Neighbors.Neighbor> got = neighbors.of(word, k);
    assertEquals(want.size(), got.size(), word);
    for (int i = 0; i < want.size(); i++) {
      Neighbors.Neighbor n = got.get(i);
      assertEquals(words.get(want.get(i).row()), n.word(), word + " rank " + i);
      assertEquals(want.get(i).row(), n.row(), word + " rank " + i);
      assertEquals(want.get(i).sim(), n.similarity(), 1e-5, word + " rank " + i);
    }
  }

  @Test
  void topKEqualsBruteForceCosineRanking() {
    for (String w : List.of("w0000", "w0001", "w1023", "w1024", "w2047", "w2048", "w2499",
        "w1234")) {
      assertSameAsBruteForce(w, 10);
    }
    assertSameAsBruteForce("w0777", 1);
    assertSameAsBruteForce("w0777", 100);
  }

  @Test
  void resultsAreSortedByDescendingSimilarity() {
    List<Neighbors.Neighbor> got = neighbors.of("w0042", 50);
    assertEquals(50, got.size());
    for (int i = 1; i < got.size(); i++) {
      assertTrue(got.get(i - 1).similarity() >= got.get(i).similarity());
    }
  }

  @Test
  void excludesTheWordItself() {
    for (String w : List.of("w0000", "w1024", "w2499")) {
      List<Neighbors.Neighbor> got = neighbors.of(w, 20);
      assertFalse(got.stream().anyMatch(n -> n.word().equals(w)), w);
    }
  }

  @Test
  void vectorQueryWithoutExclusionFindsTheWordFirst() {
    int row = vectors.index("w1900");
    List<Neighbors.Neighbor> got = neighbors.of(vectors.vector(row), 3, -1);
    assertEquals("w1900", got.get(0).word());
    assertEquals(1.0, got.get(0).similarity(), 1e-6);
  }

  @Test
  void unknownWordGivesEmptyList() {
    assertTrue(neighbors.of("nosuchword", 10).isEmpty());
    assertTrue(neighbors.of("W0001", 10).isEmpty(), "look-up is exact");
  }

  @Test
  void zeroVectorWordGivesEmptyListAndIsNeverANeighbour() {
    assertTrue(neighbors.of(words.get(ZERO_ROW), 10).isEmpty());
    List<Neighbors.Neighbor> all = neighbors.of("w0003", N);
    assertFalse(all.stream().anyMatch(n -> n.row() == ZERO_ROW));
  }

  @Test
  void kLargerThanVocabularyReturnsEveryOtherWord() {
    assertSameAsBruteForce("w0500", N + 1000);
    // everything except the word itself and the zero vector
    assertEquals(N - 2, neighbors.of("w0500", N + 1000).size());
  }

  @Test
  void nonPositiveKGivesEmptyList() {
    assertTrue(neighbors.of("w0005", 0).isEmpty());
    assertTrue(neighbors.of("w0005", -3).isEmpty());
  }
}
