package org.framelens.axes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.framelens.embed.CompactVectors;
import org.framelens.embed.SentenceEmbedder;
import org.framelens.embed.SentenceEmbeddings;
import org.framelens.embed.TestModels;
import org.framelens.ingest.Article;
import org.framelens.ingest.IngestOptions;
import org.framelens.ingest.Metadata;
import org.framelens.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrameAxesTest {

  @TempDir
  Path tmp;

  /** 100 filler words (skipped as frequent), then words on a 2-d plane. */
  private CompactVectors model() throws Exception {
    List<String> words = new ArrayList<>();
    List<float[]> rows = new ArrayList<>();
    for (int i = 0; i < FrameAxes.STOPWORD_RANK; i++) {
      words.add("filler" + i);
      rows.add(new float[] {0.01f * (i + 1), 0.5f});
    }
    String[] w = {"attack", "defend", "troops", "peace"};
    float[][] v = {{1, 0}, {-1, 0}, {0.6f, 0.8f}, {-0.6f, 0.8f}};
    for (int i = 0; i < w.length; i++) {
      words.add(w[i]);
      rows.add(v[i]);
    }
    return TestModels.writeAndLoad(tmp.resolve("m"), words, rows.toArray(new float[0][]));
  }

  @Test
  void biasIsTheMeanCosineOfTheWordsAndIntensityItsSecondMoment() throws Exception {
    CompactVectors m = model();
    Axis axis = new Axis("war_peace", "war", List.of("attack"), "peace", List.of("defend"), "?");
    FrameAxes fa = new FrameAxes(m, List.of(axis));
    String text = "Troops attack, troops defend peace.";
    var a = Pipeline.textOnly(IngestOptions.defaults())
        .analyze(new Article("x", "x.txt", 1, "txt", Metadata.empty(), text, 0)).analyzed();
    ArticleAxes r = fa.score(a);
    // axis = (1,0); cosines: troops 0.6 (twice), attack 1, defend -1, peace -0.6
    assertEquals(5, r.weight(0), 1e-9);
    assertEquals((0.6 + 1 + 0.6 - 1 - 0.6) / 5, r.bias(0), 1e-6);
    double mean2 = (0.36 + 1 + 0.36 + 1 + 0.36) / 5;
    assertEquals(mean2, r.intensity(0, 0), 1e-6);
    double b = 0.1;
    assertEquals(mean2 - 2 * b * r.bias(0) + b * b, r.intensity(0, b), 1e-6);
    assertTrue(r.topWords().get(0).startsWith("troops (+0.60)"), r.topWords().get(0));
    ArticleAxes both = r.plus(r);
    assertEquals(r.bias(0), both.bias(0), 1e-9);
    assertEquals(10, both.weight(0), 1e-9);
  }

  /** The scores as first written: a map per word, all words sorted for the top words. */
  private static ArticleAxes reference(CompactVectors v, List<Axis> axes, FrameAxes fa,
      org.framelens.analyze.AnalyzedArticle a) {
    int k = axes.size();
    float[][] axisVectors = new float[k][];
    for (int x = 0; x < k; x++) {
      axisVectors[x] = fa.axisVector(x);
    }
    double[] weight = new double[k];
    double[] sum = new double[k];
    double[] squares = new double[k];
    java.util.Map<String, double[]> perWord = new java.util.HashMap<>();
    for (var s : a.sentences()) {
      for (var t : s.tokens()) {
        if (t.kind() != org.framelens.text.Token.Kind.WORD) {
          continue;
        }
        int row = v.find(a.text(), t.start(), t.end());
        if (row < FrameAxes.STOPWORD_RANK || v.norm(row) == 0) {
          continue;
        }
        double[] c = perWord.computeIfAbsent(v.word(row), w -> {
          double[] d = new double[k + 1];
          for (int x = 0; x < k; x++) {
            d[x + 1] = v.dot(row, axisVectors[x]) / v.norm(row);
          }
          return d;
        });
        c[0]++;
        for (int x = 0; x < k; x++) {
          weight[x]++;
          sum[x] += c[x + 1];
          squares[x] += c[x + 1] * c[x + 1];
        }
      }
    }
    List<String> top = new ArrayList<>();
    for (int x = 0; x < k; x++) {
      final int axis = x;
      top.add(perWord.entrySet().stream()
          .sorted((p, q) -> {
            double cp = p.getValue()[0] * Math.abs(p.getValue()[axis + 1]);
            double cq = q.getValue()[0] * Math.abs(q.getValue()[axis + 1]);
            return cp != cq ? Double.compare(cq, cp) : p.getKey().compareTo(q.getKey());
          })
          .limit(FrameAxes.TOP_WORDS)
          .map(e -> String.format(java.util.Locale.ROOT, "%s (%+.2f)", e.getKey(),
              e.getValue()[axis + 1]))
          .reduce((p, q) -> p + "; " + q).orElse(""));
    }
    return new ArticleAxes(axes.stream().map(Axis::id).toList(), weight, sum, squares, top);
  }

  @Test
  void scoresExactlyLikeTheReferenceWithTiesAndManyWords() throws Exception {
    List<String> words = new ArrayList<>();
    List<float[]> rows = new ArrayList<>();
    java.util.Random rnd = new java.util.Random(3);
    for (int i = 0; i < FrameAxes.STOPWORD_RANK + 60; i++) {
      words.add("w" + i);
      // some rows repeat a vector, so words tie and are ordered by their spelling; one is zero
      float[] r = i % 7 == 3 && i > 0 ? rows.get(i - 1).clone()
          : new float[] {rnd.nextFloat() - 0.5f, rnd.nextFloat() - 0.5f, rnd.nextFloat() - 0.5f};
      rows.add(i == 130 ? new float[3] : r);
    }
    CompactVectors m = TestModels.writeAndLoad(tmp.resolve("r"), words,
        rows.toArray(new float[0][]));
    List<Axis> axes = List.of(
        new Axis("a", "p", List.of("w100", "w101"), "q", List.of("w102"), "?"),
        new Axis("b", "p", List.of("w110"), "q", List.of("w120", "w1"), "?"),
        new Axis("c", "p", List.of("w140"), "q", List.of("w140"), "?")); // a zero axis
    FrameAxes fa = new FrameAxes(m, axes);
    SentenceEmbedder embedder = new SentenceEmbedder(m);
    // the same words in another model: its token rows must not be used for m
    SentenceEmbedder otherModel = new SentenceEmbedder(TestModels.writeAndLoad(tmp.resolve("o"),
        words, rows.toArray(new float[0][])));
    for (int n = 0; n < 40; n++) {
      StringBuilder text = new StringBuilder();
      int len = rnd.nextInt(n < 5 ? 3 : 300);
      for (int i = 0; i < len; i++) {
        int w = rnd.nextInt(words.size() + 5);
        text.append(w < words.size() ? (rnd.nextInt(9) == 0 ? "W" : "w") + w
            : rnd.nextBoolean() ? "zz" : "w" + rnd.nextInt(words.size()) + "-w1").append(
            i % 11 == 10 ? ". " : " ");
      }
      text.append("end.");
      var a = Pipeline.textOnly(IngestOptions.defaults())
          .analyze(new Article("x", "x.txt", 1, "txt", Metadata.empty(), text.toString(), 0))
          .analyzed();
      ArticleAxes expected = reference(m, axes, fa, a);
      SentenceEmbeddings[] given = {embedder.embed(a), otherModel.embed(a),
          SentenceEmbeddings.none()};
      for (int rep = 0; rep < 5; rep++) { // cold and warm cosine cache; with and without rows
        ArticleAxes r = rep < 2 ? fa.score(a) : fa.score(a, given[rep - 2]);
        assertEquals(expected.axisIds(), r.axisIds());
        assertTrue(java.util.Arrays.equals(expected.weight(), r.weight()));
        assertTrue(java.util.Arrays.equals(expected.sum(), r.sum()));
        assertTrue(java.util.Arrays.equals(expected.squares(), r.squares()));
        assertEquals(expected.topWords(), r.topWords());
      }
    }
  }

  @Test
  void signedTwoDecimalsAreWrittenExactlyAsStringFormatWritesThemButForNegativeZero() {
    java.util.Random rnd = new java.util.Random(7);
    List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 1.0, -1.0, 0.005, -0.005, 0.125,
        -0.125, 0.015, 0.995, -0.995, 1.0000001, 0.001, -0.001, 0.004999, 12.345, 99.995,
        Double.NaN, 1e12, -1e12, Double.MIN_VALUE, Double.POSITIVE_INFINITY));
    // every half-cent boundary in [-2, 2] and some up to 100, with their neighbours
    for (int i = -20_000; i <= 20_000; i += Math.abs(i) <= 400 ? 1 : 37) {
      double b = i / 200.0;
      values.add(b);
      values.add(Math.nextUp(b));
      values.add(Math.nextDown(b));
      values.add((double) (float) b);
      values.add((double) Math.nextUp((float) b));
      values.add((double) Math.nextDown((float) b));
    }
    for (int i = 0; i < 200_000; i++) { // cosines are floats
      values.add((double) (rnd.nextFloat() * 2 - 1));
    }
    for (double c : values) {
      StringBuilder b = new StringBuilder("x");
      org.framelens.text.Decimals.append(b, c, 2, true); // as the axes' top words are written
      String expected = String.format(java.util.Locale.ROOT, "%+.2f", c);
      if (expected.equals("-0.00")) {
        expected = "+0.00"; // a value that rounds to zero has no minus sign (Decimals)
      }
      assertEquals("x" + expected, b.toString(), Double.toString(c));
    }
  }

  @Test
  void axesWhosePoleWordsAreUnknownOrTheSameAreRefusedAndUnknownWordsNamed() throws Exception {
    CompactVectors m = model();
    String header = "axis_id\tpole_a\twords_a\tpole_b\twords_b\tdescription\n";
    List<Axis> comma = AxisSet.parse(new StringReader(header
        + "war_peace\twar\tattack,troops\tpeace\tpeace defend\td\n"), "my.tsv");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AxisSet.check(comma, m));
    assertEquals("my.tsv:2: no word of pole 'war' of axis war_peace is in the vocabulary of the "
        + "word vectors (attack,troops); separate the words with spaces", e.getMessage());
    List<Axis> same = AxisSet.parse(new StringReader(header
        + "x\twar\tattack zzz\tpeace\tattack yyy\td\n"), "my.tsv");
    e = assertThrows(IllegalArgumentException.class, () -> AxisSet.check(same, m));
    assertEquals("my.tsv:2: the poles of axis x have the same words in the vocabulary (attack): "
        + "the axis would score 0 everywhere", e.getMessage());
    List<Axis> some = AxisSet.parse(new StringReader(header + "# c\n"
        + "x\twar\tattack zzz\tpeace\tpeace\td\nok\twar\tattack\tpeace\tdefend\td\n"),
        "my.tsv");
    assertEquals(List.of("my.tsv:3: axis x: words not in the vocabulary of the word vectors are "
        + "left out (pole 'war': zzz)"), AxisSet.check(some, m));
    // the same words on both poles are refused when the file is read
    e = assertThrows(IllegalArgumentException.class, () -> AxisSet.parse(new StringReader(header
        + "x\twar\twar attack\tpeace\tattack war\td\n"), "my.tsv"));
    assertEquals("my.tsv:2: the poles of axis x have the same words (war attack): the axis "
        + "would score 0 everywhere", e.getMessage());
  }

  @Test
  void aFileOfMoreThanMaxAxesIsRefusedOnTheFirstAxisTooMany() {
    StringBuilder b = new StringBuilder("axis_id\tpole_a\twords_a\tpole_b\twords_b\tdescription\n");
    for (int i = 0; i <= AxisSet.MAX_AXES; i++) {
      b.append("ax").append(i).append("\twar\twar\tpeace\tpeace\td\n");
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AxisSet.parse(new StringReader(b.toString()), "my.tsv"));
    assertEquals("my.tsv:" + (AxisSet.MAX_AXES + 2) + ": more than " + AxisSet.MAX_AXES
        + " axes (at most " + AxisSet.MAX_AXES + " per run; split the file into several runs)",
        e.getMessage());
  }

  /**
   * The cosine cache grows with the words the articles use, not with vocabulary × axes: 1,000
   * axes over a 200,000-word model took 800 MB before the first article (3.2 GB for GloVe and
   * 2,000 axes, an OutOfMemoryError); the scores are those of an uncached run.
   */
  @Test
  void manyAxesOverALargeVocabularyTakeLittleMemory() throws Exception {
    int n = 200_000;
    List<String> words = new ArrayList<>(n);
    float[][] rows = new float[n][];
    java.util.Random rnd = new java.util.Random(7);
    for (int i = 0; i < n; i++) {
      words.add(i == 150 ? "attack" : i == 151 ? "defend" : i == 152 ? "troops" : "w" + i);
      rows[i] = new float[] {rnd.nextFloat() - 0.5f, rnd.nextFloat() - 0.5f};
    }
    CompactVectors m = TestModels.writeAndLoad(tmp.resolve("big"), words, rows);
    List<Axis> axes = new ArrayList<>();
    for (int x = 0; x < AxisSet.MAX_AXES; x++) {
      axes.add(new Axis("a" + x, "war", List.of(x % 2 == 0 ? "attack" : "troops"), "peace",
          List.of("defend"), "?"));
    }
    com.sun.management.ThreadMXBean bean =
        (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    long before = bean.getCurrentThreadAllocatedBytes();
    FrameAxes fa = new FrameAxes(m, axes);
    long used = bean.getCurrentThreadAllocatedBytes() - before;
    assertTrue(used < 20_000_000L, "FrameAxes allocated " + used + " bytes");
    var a = Pipeline.textOnly(IngestOptions.defaults()).analyze(new Article("x", "x.txt", 1,
        "txt", Metadata.empty(), "Troops attack, troops defend.", 0)).analyzed();
    ArticleAxes r = fa.score(a);
    ArticleAxes again = fa.score(a); // from the cache
    for (int x = 0; x < axes.size(); x += 97) {
      assertEquals(r.bias(x), again.bias(x), 0.0);
      assertEquals(4, r.weight(x), 1e-9); // troops, attack, troops, defend
    }
  }

  @Test
  void axesFileErrorsNameFileAndLine() {
    String good = "axis_id\tpole_a\twords_a\tpole_b\twords_b\tdescription\n";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AxisSet.parse(new StringReader(good + "x\ta\tw\tb\n"), "my.tsv"));
    assertTrue(e.getMessage().startsWith("my.tsv:2: expected 6"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> AxisSet.parse(new StringReader(good + "x\ta\t \tb\tv\td\n"), "my.tsv"));
    assertTrue(e.getMessage().startsWith("my.tsv:2: both poles need words"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> AxisSet.parse(new StringReader("# c\nid\tx\n"), "my.tsv"));
    assertTrue(e.getMessage().startsWith("my.tsv:2: the header must be"), e.getMessage());
    assertEquals(4, AxisSet.bundled().size());
  }
}
