package org.framelens.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.framelens.analyze.TextAnalyzer;
import org.framelens.clean.Cleaner;
import org.framelens.ingest.Article;
import org.framelens.ingest.IngestOptions;
import org.framelens.ingest.Metadata;
import org.framelens.pipeline.ArticleResult;
import org.framelens.pipeline.Pipeline;
import org.framelens.pipeline.RunResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentenceEmbedderTest {

  /** Frequency-ordered fixture vocabulary. */
  static final List<String> WORDS = List.of("the", "of", "'s", "said", "alpha", "beta", "gamma",
      "delta", "russia", "8500", "people", "well-known", "well", "known", "epsilon", "zeta");
  static final int DIM = 4;
  static final int THE = 0;
  static final int S = 2;
  static final int SAID = 3;
  static final int ALPHA = 4;
  static final int BETA = 5;
  static final int GAMMA = 6;
  static final int DELTA = 7;
  static final int RUSSIA = 8;
  static final int N8500 = 9;
  static final int PEOPLE = 10;
  static final int WELL_KNOWN = 11;
  static final double TOL = 1e-6;

  @TempDir
  static Path tmp;
  static float[][] rows;
  static CompactVectors vectors;
  static SentenceEmbedder embedder;
  static Pipeline pipeline;

  @BeforeAll
  static void model() throws Exception {
    Random rnd = new Random(11);
    rows = new float[WORDS.size()][DIM];
    for (float[] r : rows) {
      for (int d = 0; d < DIM; d++) {
        r[d] = (float) rnd.nextGaussian();
      }
    }
    vectors = TestModels.writeAndLoad(tmp.resolve("model"), WORDS, rows);
    embedder = new SentenceEmbedder(vectors);
    pipeline = new Pipeline(IngestOptions.defaults(), Cleaner.defaults(), TextAnalyzer.english(),
        embedder, null);
  }

  static SentenceEmbeddings embed(String text) {
    ArticleResult r = pipeline.analyze(new Article("a", "a.txt", 1, "txt", Metadata.empty(), text, 0));
    return r.embeddings();
  }

  /** SIF weight computed independently: a / (a + 1 / ((row + 1) · H_N)). */
  static double sif(int row) {
    double h = 0;
    for (int r = 1; r <= WORDS.size(); r++) {
      h += 1.0 / r;
    }
    double p = 1.0 / ((row + 1) * h);
    return 1e-3 / (1e-3 + p);
  }

  /** Sum of SIF-weighted rows, divided by the number of found words. */
  static float[] expected(int found, int... rowsAdded) {
    double[] acc = new double[DIM];
    for (int r : rowsAdded) {
      for (int d = 0; d < DIM; d++) {
        acc[d] += sif(r) * rows[r][d];
      }
    }
    float[] out = new float[DIM];
    for (int d = 0; d < DIM; d++) {
      out[d] = (float) (acc[d] / found);
    }
    return out;
  }

  static void assertVector(float[] want, float[] got) {
    assertEquals(want.length, got.length);
    for (int d = 0; d < want.length; d++) {
      assertEquals(want[d], got[d], TOL, "dimension " + d);
    }
  }

  @Test
  void weightFollowsSifFormulaWithZipfProbabilities() {
    assertEquals(1e-3, SentenceEmbedder.SIF_A);
    for (int r = 0; r < WORDS.size(); r++) {
      assertEquals(sif(r), embedder.weight(r), 1e-7, "row " + r);
      assertEquals((float) sif(r), embedder.weight(r), "row " + r);
    }
    // H_16 = 3.3807289932...; weight(0) = 0.001 / (0.001 + 1 / 3.38072899)
    assertEquals(0.001 / (0.001 + 1 / 3.3807289932289937), embedder.weight(0), 1e-9);
    for (int r = 1; r < WORDS.size(); r++) {
      assertTrue(embedder.weight(r) > embedder.weight(r - 1), "rarer words weigh more");
    }
  }

  @Test
  void sentenceVectorIsWeightedMeanOfFoundWords() {
    SentenceEmbeddings e = embed("Alpha beta gamma.");
    assertEquals(1, e.sentences());
    assertEquals(DIM, e.dimensions());
    assertEquals(3, e.words(0));
    assertEquals(3, e.known(0));
    assertEquals(0.0, e.oovRate(0));
    assertVector(expected(3, ALPHA, BETA, GAMMA), e.vector(0));
  }

  /**
   * The embedder (token rows looked up once, a scratch row per article) gives bit for bit the
   * vectors of adding each token's weighted row in text order with the plain model calls.
   */
  @Test
  void vectorsAreBitForBitTheTokenByTokenSums() {
    String text = "Alpha, beta gamma the said. Russia’s 8,500 people well-known delta-zeta! "
        + "Zeta epsilon of the unknown ALPHA.";
    SentenceEmbeddings e = embed(text);
    var analyzed = pipeline.analyze(new Article("a", "a.txt", 1, "txt", Metadata.empty(), text, 0))
        .analyzed();
    assertEquals(analyzed.sentences().size(), e.sentences());
    for (int s = 0; s < e.sentences(); s++) {
      float[] acc = new float[DIM];
      int k = 0;
      for (var t : analyzed.sentences().get(s).tokens()) {
        if (t.kind().isWordLike() && embedder.add(analyzed.text(), t.start(), t.end(), acc)) {
          k++;
        }
      }
      float[] want = new float[DIM];
      for (int d = 0; d < DIM && k > 0; d++) {
        want[d] = acc[d] / k;
      }
      assertEquals(k, e.known(s));
      assertArrayEquals(want, e.vector(s), "sentence " + s);
    }
    float[] plain = new float[DIM];
    float[] scratched = new float[DIM];
    for (int r = 0; r < WORDS.size(); r++) {
      vectors.addTo(r, embedder.weight(r), plain);
      vectors.addTo(r, embedder.weight(r), scratched, new float[DIM]);
      assertArrayEquals(plain, scratched, "row " + r);
    }
  }

  @Test
  void punctuationIsSkippedAndNotCounted() {
    float[] plain = embed("Alpha beta gamma.").vector(0);
    SentenceEmbeddings e = embed("Alpha, beta; (gamma) --");
    assertEquals(1, e.sentences());
    assertEquals(3, e.words(0));
    assertEquals(3, e.known(0));
    assertArrayEquals(plain, e.vector(0));
  }

  @Test
  void urlsAreSkippedAndNotCounted() {
    SentenceEmbeddings e = embed("Alpha https://example.com/beta beta.");
    assertEquals(2, e.words(0));
    assertEquals(2, e.known(0));
    assertVector(expected(2, ALPHA, BETA), e.vector(0));
  }

  @Test
  void oovRateIsShareOfWordTokensWithoutVector() {
    SentenceEmbeddings e = embed("Alpha beta gamma zorblax.");
    assertEquals(4, e.words(0));
    assertEquals(3, e.known(0));
    assertEquals(0.25, e.oovRate(0));
    assertVector(expected(3, ALPHA, BETA, GAMMA), e.vector(0));
  }

  @Test
  void sentenceWithOnlyUnknownWordsHasZeroVectorAndFullOovRate() {
    SentenceEmbeddings e = embed("Zorblax quux.");
    assertEquals(2, e.words(0));
    assertEquals(0, e.known(0));
    assertEquals(1.0, e.oovRate(0));
    assertArrayEquals(new float[DIM], e.vector(0));
  }

  @Test
  void lookupIsCaseInsensitiveAndStraightensCurlyApostrophes() {
    SentenceEmbeddings e = embed("RUSSIA’S people said.");
    assertEquals(4, e.words(0));
    assertEquals(4, e.known(0));
    assertVector(expected(4, RUSSIA, S, PEOPLE, SAID), e.vector(0));
  }

  @Test
  void hyphenatedWordNotInVocabularyAddsItsPartsAsOneFoundWord() {
    SentenceEmbeddings e = embed("Alpha-beta gamma.");
    assertEquals(2, e.words(0));
    assertEquals(2, e.known(0));
    assertEquals(0.0, e.oovRate(0));
    assertVector(expected(2, ALPHA, BETA, GAMMA), e.vector(0));
  }

  @Test
  void hyphenatedWordInVocabularyIsUsedWhole() {
    SentenceEmbeddings e = embed("Well-known people.");
    assertEquals(2, e.words(0));
    assertEquals(2, e.known(0));
    assertVector(expected(2, WELL_KNOWN, PEOPLE), e.vector(0));
  }

  @Test
  void hyphenatedWordWithOneKnownPartCountsAsFound() {
    SentenceEmbeddings e = embed("Alpha-zorblax gamma.");
    assertEquals(2, e.words(0));
    assertEquals(2, e.known(0));
    assertVector(expected(2, ALPHA, GAMMA), e.vector(0));
  }

  @Test
  void hyphenatedWordWithNoKnownPartIsUnknown() {
    SentenceEmbeddings e = embed("Zorblax-quux gamma.");
    assertEquals(2, e.words(0));
    assertEquals(1, e.known(0));
    assertEquals(0.5, e.oovRate(0));
    assertVector(expected(1, GAMMA), e.vector(0));
  }

  @Test
  void numberWithThousandsSeparatorIsLookedUpWithoutIt() {
    SentenceEmbeddings e = embed("Some 8,500 people.");
    assertEquals(3, e.words(0));
    assertEquals(2, e.known(0));
    assertEquals(1.0 / 3, e.oovRate(0), 1e-12);
    assertVector(expected(2, N8500, PEOPLE), e.vector(0));
  }

  @Test
  void numberWithThousandsSeparatorNotInVocabularyIsUnknown() {
    SentenceEmbeddings e = embed("The 8,501 people.");
    assertEquals(3, e.words(0));
    assertEquals(2, e.known(0));
    assertVector(expected(2, THE, PEOPLE), e.vector(0));
  }

  @Test
  void sentenceWithoutWordsHasNaNOovRateAndZeroVector() {
    // "?!" in quotation marks: a line of only "?!" is a separator line, removed as boilerplate
    SentenceEmbeddings e = embed("Alpha beta gamma.\n\n“?!”\n\nDelta said.");
    assertEquals(3, e.sentences());
    assertEquals(0, e.words(1));
    assertEquals(0, e.known(1));
    assertTrue(Double.isNaN(e.oovRate(1)));
    assertArrayEquals(new float[DIM], e.vector(1));
    assertVector(expected(3, ALPHA, BETA, GAMMA), e.vector(0));
    assertVector(expected(2, DELTA, SAID), e.vector(2));
  }

  /** The embed stage as first written: each token looked up (with its fallbacks) by add(). */
  static SentenceEmbeddings reference(org.framelens.analyze.AnalyzedArticle a) {
    var sentences = a.sentences();
    float[] flat = new float[sentences.size() * DIM];
    int[] words = new int[sentences.size()];
    int[] known = new int[sentences.size()];
    for (int s = 0; s < sentences.size(); s++) {
      float[] acc = new float[DIM];
      for (var t : sentences.get(s).tokens()) {
        if (t.kind().isWordLike()) {
          words[s]++;
          known[s] += embedder.add(a.text(), t.start(), t.end(), acc) ? 1 : 0;
        }
      }
      for (int d = 0; known[s] > 0 && d < DIM; d++) {
        flat[s * DIM + d] = acc[d] / known[s];
      }
    }
    return new SentenceEmbeddings(DIM, flat, words, known, TokenRows.none());
  }

  @Test
  void embedsExactlyLikeLookingUpEveryTokenWithItsFallbacks() {
    Random rnd = new Random(5);
    String[] pieces = {"alpha", "Beta", "GAMMA", "russia\u2019s", "well-known", "well\u2011known",
        "alpha-zorblax", "zorblax-quux", "8,500", "8,501", "8500", "the", "’s", "zorblax", ",",
        ".", "-", "https://example.com/x", "people", "Delta-", "-said", "epsilon--zeta"};
    for (int n = 0; n < 200; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = 0, len = 1 + rnd.nextInt(40); i < len; i++) {
        text.append(pieces[rnd.nextInt(pieces.length)]).append(rnd.nextInt(8) == 0 ? ". " : " ");
      }
      ArticleResult r = pipeline.analyze(new Article("a", "a.txt", 1, "txt", Metadata.empty(),
          text.toString(), 0));
      SentenceEmbeddings want = reference(r.analyzed());
      SentenceEmbeddings got = r.embeddings();
      assertEquals(want.sentences(), got.sentences(), text.toString());
      for (int s = 0; s < want.sentences(); s++) {
        assertArrayEquals(want.vector(s), got.vector(s), text.toString());
        assertEquals(want.words(s), got.words(s), text.toString());
        assertEquals(want.known(s), got.known(s), text.toString());
      }
      TokenRows rows = got.tokenRows();
      assertTrue(rows.isOf(vectors));
      var sentences = r.analyzed().sentences();
      assertEquals(sentences.size(), rows.sentences());
      int at = 0;
      int[] all = rows.rows();
      for (int s = 0; s < sentences.size(); s++) {
        assertEquals(at, rows.firstToken(s));
        var tokens = sentences.get(s).tokens();
        for (int i = 0; i < tokens.size(); i++) {
          var t = tokens.get(i);
          int row = t.kind().isWordLike() ? vectors.find(r.analyzed().text(), t.start(), t.end())
              : -1;
          assertEquals(row, rows.row(s, i), t.text(r.analyzed().text()));
          assertEquals(row, all[at++]);
        }
      }
      assertEquals(all.length, at);
    }
  }

  @Test
  void tokenRowsBelongToTheirModel() throws Exception {
    SentenceEmbeddings e = embed("Alpha beta gamma.");
    assertTrue(e.tokenRows().isOf(vectors));
    assertTrue(!e.tokenRows().isEmpty());
    CompactVectors other = TestModels.writeAndLoad(tmp.resolve("other"), WORDS, rows);
    assertTrue(!e.tokenRows().isOf(other));
    assertTrue(TokenRows.none().isEmpty());
    assertTrue(!TokenRows.none().isOf(vectors));
    assertTrue(SentenceEmbeddings.none().tokenRows().isEmpty());
    assertEquals(0, TokenRows.none().sentences());
  }

  @Test
  void vectorAccessorReturnsACopy() {
    SentenceEmbeddings e = embed("Alpha beta gamma.");
    float[] v = e.vector(0);
    v[0] = 1234f;
    assertVector(expected(3, ALPHA, BETA, GAMMA), e.vector(0));
  }

  @Test
  void pipelineWithoutEmbedderGivesNoEmbeddings() {
    Pipeline none = new Pipeline(IngestOptions.defaults(), Cleaner.defaults(),
        TextAnalyzer.english(), null, null);
    SentenceEmbeddings e = none.analyze(new Article("a", "a.txt", 1, "txt", Metadata.empty(),
        "Alpha beta.", 0)).embeddings();
    assertTrue(e.isEmpty());
    assertEquals(0, e.sentences());
  }

  @Test
  void pipelineRunOnTextFileEmbedsEveryBodySentence() throws Exception {
    Path file = tmp.resolve("story.txt");
    Files.writeString(file, "Epsilon zeta report\n\nAlpha beta gamma. Delta zorblax.\n",
        StandardCharsets.UTF_8);
    List<ArticleResult> results = new ArrayList<>();
    RunResult run = pipeline.run(List.of(file.toString()), results::add);
    assertEquals(1, run.articles());
    assertEquals(2, run.sentences());
    assertEquals(1, results.size());
    ArticleResult r = results.get(0);
    assertEquals("Epsilon zeta report", r.analyzed().article().metadata().title());
    SentenceEmbeddings e = r.embeddings();
    assertEquals(2, e.sentences());
    assertEquals(3, e.words(0));
    assertEquals(0.0, e.oovRate(0));
    assertVector(expected(3, ALPHA, BETA, GAMMA), e.vector(0));
    assertEquals(2, e.words(1));
    assertEquals(1, e.known(1));
    assertEquals(0.5, e.oovRate(1));
    assertVector(expected(1, DELTA), e.vector(1));
  }
}
