package org.framelens.cues;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.framelens.analyze.AnalyzedArticle;
import org.framelens.analyze.Sentence;
import org.framelens.embed.CompactVectors;
import org.framelens.embed.ModelException;
import org.framelens.embed.TestModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The learned loaded-language scorer: span decoding and the model file. */
class LoadedModelTest {

  private static final List<String> WORDS = List.of("the", "said", "regime", "vile", "officials",
      "bridge", "would", "reopen", "nothing");

  @TempDir
  static Path tmp;

  private static CompactVectors vectors3;
  private static CompactVectors vectors4;

  @BeforeAll
  static void writeVectors() throws IOException, ModelException {
    Random r = new Random(3);
    float[][] rows3 = new float[WORDS.size()][3];
    float[][] rows4 = new float[WORDS.size()][4];
    for (int i = 0; i < WORDS.size(); i++) {
      for (int d = 0; d < 4; d++) {
        if (d < 3) {
          rows3[i][d] = (float) r.nextGaussian();
        }
        rows4[i][d] = (float) r.nextGaussian();
      }
    }
    vectors3 = TestModels.writeAndLoad(tmp.resolve("v3"), WORDS, rows3);
    vectors4 = TestModels.writeAndLoad(tmp.resolve("v4"), WORDS, rows4);
  }

  // --- decode ---------------------------------------------------------------------------

  private static int[] consecutive(int n) {
    int[] t = new int[n];
    for (int i = 0; i < n; i++) {
      t[i] = i;
    }
    return t;
  }

  private static List<List<Integer>> runs(List<int[]> spans) {
    List<List<Integer>> out = new ArrayList<>();
    for (int[] s : spans) {
      assertEquals(2, s.length);
      out.add(List.of(s[0], s[1]));
    }
    return out;
  }

  @Test
  void decodeTurnsRunsAtOrAboveThresholdIntoSpans() {
    double[] p = {0.2, 0.5, 0.7, 0.49, 0.9, 0.1};
    assertEquals(List.of(List.of(1, 3), List.of(4, 5)),
        runs(LoadedModel.decode(p, new boolean[6], consecutive(6), 0.5)));
  }

  @Test
  void decodeGivesNothingBelowThreshold() {
    double[] p = {0.2, 0.3};
    assertEquals(List.of(), runs(LoadedModel.decode(p, new boolean[2], consecutive(2), 0.5)));
    assertEquals(List.of(), runs(LoadedModel.decode(new double[0], new boolean[0], new int[0],
        0.5)));
  }

  @Test
  void decodeSplitsRunsAtNonAdjacentTokens() {
    // a comma (token 2) between word tokens 1 and 3
    double[] p = {0.9, 0.9, 0.9, 0.9};
    int[] token = {0, 1, 3, 4};
    assertEquals(List.of(List.of(0, 2), List.of(2, 4)),
        runs(LoadedModel.decode(p, new boolean[4], token, 0.5)));
  }

  @Test
  void decodeTrimsFrequentWordsFromBothEnds() {
    double[] p = {0.9, 0.9, 0.9, 0.9, 0.9};
    boolean[] frequent = {true, true, false, false, true};
    assertEquals(List.of(List.of(2, 4)),
        runs(LoadedModel.decode(p, frequent, consecutive(5), 0.5)));
  }

  @Test
  void decodeKeepsFrequentWordsInsideARun() {
    double[] p = {0.9, 0.9, 0.9};
    boolean[] frequent = {false, true, false};
    assertEquals(List.of(List.of(0, 3)),
        runs(LoadedModel.decode(p, frequent, consecutive(3), 0.5)));
  }

  @Test
  void decodeDropsARunOfOnlyFrequentWords() {
    double[] p = {0.9, 0.9, 0.1, 0.8};
    boolean[] frequent = {true, true, false, false};
    assertEquals(List.of(List.of(3, 4)),
        runs(LoadedModel.decode(p, frequent, consecutive(4), 0.5)));
  }

  // --- the model file --------------------------------------------------------------------

  private static LoadedModel model(LoadedFeatures f, Map<String, String> info, long seed) {
    Random r = new Random(seed);
    int d = f.dimension();
    double[] w = new double[d];
    double[] m = new double[d];
    double[] s = new double[d];
    for (int i = 0; i < d; i++) {
      w[i] = r.nextGaussian();
      m[i] = 0.1 * r.nextGaussian();
      s[i] = 0.5 + r.nextDouble();
    }
    return new LoadedModel(info, -0.123456789012345, w, m, s, 0.37, f);
  }

  private static Map<String, String> info() {
    Map<String, String> info = new LinkedHashMap<>();
    info.put("zeta", "first key, not sorted");
    info.put("word_vectors", vectors3.info().name() + " " + vectors3.info().checksum());
    info.put("alpha", "two\nlines");
    info.put("cv_model", "span_f1=0.500 precision=0.400 recall=0.667");
    return info;
  }

  private static String written(LoadedModel m, LoadedFeatures f) throws IOException {
    StringWriter w = new StringWriter();
    m.write(w, f.names());
    return w.toString();
  }

  @Test
  void writeThenReadGivesTheSameModel() throws IOException {
    LoadedFeatures f = new LoadedFeatures(vectors3, Lexicon.bundled());
    assertEquals(3 * 3 + LoadedFeatures.EXTRAS, f.dimension());
    LoadedModel original = model(f, info(), 1);
    String text = written(original, f);
    LoadedModel back = LoadedModel.read(new StringReader(text), "m.tsv", vectors3,
        Lexicon.bundled());

    assertEquals(0.37, back.threshold(), 0.0);
    assertEquals(List.of("zeta", "word_vectors", "alpha", "cv_model"),
        new ArrayList<>(back.info().keySet()));
    assertEquals("first key, not sorted", back.info().get("zeta"));
    assertEquals("two lines", back.info().get("alpha"));
    assertEquals(original.info().get("word_vectors"), back.info().get("word_vectors"));
    Random r = new Random(9);
    for (int k = 0; k < 20; k++) {
      float[] row = new float[f.dimension()];
      for (int i = 0; i < row.length; i++) {
        row[i] = (float) r.nextGaussian();
      }
      assertEquals(original.probability(row), back.probability(row), 0.0);
    }
    // and writing it again gives the same file
    assertEquals(text, written(back, f));
  }

  @Test
  void readModelScoresRealSentencesLikeTheOriginal() throws IOException {
    LoadedFeatures f = new LoadedFeatures(vectors3, Lexicon.bundled());
    LoadedModel original = model(f, info(), 2);
    LoadedModel back = LoadedModel.read(new StringReader(written(original, f)), "m.tsv",
        vectors3, Lexicon.bundled());
    AnalyzedArticle a = CueTestSupport.analyse("Officials said the vile regime would reopen "
        + "the bridge. The regime said nothing.");
    for (Sentence s : a.sentences()) {
      LoadedFeatures.SentenceFeatures sf = f.of(a, s);
      assertArrayEquals(original.probabilities(sf), back.probabilities(sf), 0.0);
      assertEquals(original.score(a, s), back.score(a, s));
    }
  }

  @Test
  void fastLinearScoringEqualsTheFeatureRows() {
    LoadedFeatures f = new LoadedFeatures(vectors3, Lexicon.bundled());
    LoadedModel m = model(f, info(), 4);
    // known words, an unknown one, a hyphenated pair of known words, quotes and a lexicon hit
    AnalyzedArticle a = CueTestSupport.analyse("Officials said the vile regime would reopen "
        + "the bridge-regime. \"The zorgle regime said nothing,\" officials said under the "
        + "pretext of drills.");
    int checked = 0;
    for (Sentence s : a.sentences()) {
      double[] slow = m.probabilities(f.of(a, s));
      int[] token = LoadedFeatures.wordTokens(s);
      double[] z = f.linear(a, s, m.linearForm(), token, new int[token.length]);
      assertEquals(slow.length, z.length);
      for (int k = 0; k < z.length; k++) {
        assertEquals(slow[k], 1 / (1 + Math.exp(-z[k])), 1e-5, "token " + k + " of " + s.index());
        checked++;
      }
    }
    assertTrue(checked > 20, "checked " + checked + " tokens");
  }

  private static final String SHARED = "Officials said the vile regime would reopen the "
      + "bridge-regime under the pretext of drills. \"The zorgle regime said nothing,\" officials "
      + "said. Kremlin propaganda and so-called experts spread lies; the brutal regime fell.";

  @Test
  void loadedHitsFromTheCueStagesLexiconAreTheFeaturesOwn() {
    LoadedFeatures f = new LoadedFeatures(vectors3, Lexicon.bundled());
    Lexicon extra = CueTestSupport.lexicon("extra.tsv", CueTestSupport.LEXICON_HEADER
        + CueTestSupport.row("extra.regime", "regime", "loaded", "label", "{text} is loaded.", "",
            "The [[regime]] fell.", "Nothing."));
    Lexicon wider = Lexicon.bundled().plus(extra);
    assertTrue(f.matchesWithin(Lexicon.bundled()));
    assertTrue(f.matchesWithin(wider));
    assertFalse(f.matchesWithin(extra));
    assertFalse(f.matchesWithin(Lexicon.of(Lexicon.bundled().entries().subList(1,
        Lexicon.bundled().entries().size()))));
    AnalyzedArticle a = CueTestSupport.analyse(SHARED);
    int marked = 0;
    for (Sentence s : a.sentences()) {
      String[] lower = LoadedFeatures.normalised(a.text(), s.tokens());
      boolean[] own = f.lexiconLoaded(lower);
      for (Lexicon lexicon : List.of(Lexicon.bundled(), wider)) {
        assertArrayEquals(own, f.lexiconLoaded(lexicon.find(lower), lower.length));
      }
      for (boolean b : own) {
        marked += b ? 1 : 0;
      }
    }
    assertTrue(marked >= 3, "tokens in loaded hits: " + marked);
  }

  @Test
  void scoringWithSharedHitsEqualsScoringAlone() {
    LoadedFeatures f = new LoadedFeatures(vectors3, Lexicon.bundled());
    LoadedModel m = model(f, info(), 4);
    assertTrue(m.usesHitsOf(Lexicon.bundled()));
    AnalyzedArticle a = CueTestSupport.analyse(SHARED);
    int spans = 0;
    for (Sentence s : a.sentences()) {
      List<String> lower = List.of(LoadedFeatures.normalised(a.text(), s.tokens()));
      List<LoadedScorer.Scored> alone = m.score(a, s);
      assertEquals(alone, m.score(a, s, lower));
      assertEquals(alone, m.score(a, s, lower, Lexicon.bundled().find(lower)));
      spans += alone.size();
    }
    assertTrue(spans >= 3, "spans " + spans);
  }

  @Test
  void cueStageFindsTheSameWithSharedHits() {
    LoadedModel m = model(new LoadedFeatures(vectors3, Lexicon.bundled()), info(), 4);
    LoadedScorer alone = new LoadedScorer() {
      @Override
      public List<Scored> score(AnalyzedArticle article, Sentence s) {
        return m.score(article, s);
      }

      @Override
      public String id() {
        return m.id();
      }
    };
    AnalyzedArticle a = CueTestSupport.analyse(SHARED);
    ArticleCues shared = CueAnalyzer.defaults(m).analyze(a);
    assertEquals(CueAnalyzer.defaults(alone).analyze(a), shared);
    assertTrue(shared.evidence().stream().anyMatch(e -> e.match() == Match.MODEL));
  }

  @Test
  void cueStageFindsTheSameWithTheEmbedStagesRows() {
    LoadedFeatures f = new LoadedFeatures(vectors3, Lexicon.bundled());
    LoadedModel m = model(f, info(), 4);
    AnalyzedArticle a = CueTestSupport.analyse(SHARED);
    org.framelens.embed.TokenRows rows =
        new org.framelens.embed.SentenceEmbedder(vectors3).embed(a).tokenRows();
    assertTrue(f.canUse(rows, a), "rows of the model's own word vectors are used");
    assertFalse(f.canUse(org.framelens.embed.TokenRows.none(), a));
    ArticleCues withRows = CueAnalyzer.defaults(m).analyze(a, rows);
    assertEquals(CueAnalyzer.defaults(m).analyze(a), withRows);
    assertTrue(withRows.evidence().stream().anyMatch(e -> e.match() == Match.MODEL));
  }

  /**
   * The drivers as {@code String.format} named them before {@link org.framelens.text.Decimals},
   * keeping only those printed as a positive number ({@code +0.1} or more).
   */
  private static String formattedDrivers(LoadedFeatures f, double[][] wms, AnalyzedArticle a,
      Sentence s, LoadedScorer.Scored sc) {
    double[] weights = wms[0];
    double[] mean = wms[1];
    double[] scale = wms[2];
    int[] token = LoadedFeatures.wordTokens(s);
    int from = java.util.Arrays.binarySearch(token, sc.fromToken());
    int to = java.util.Arrays.binarySearch(token, sc.toToken() - 1);
    boolean inLexicon = f.lexiconLoaded(LoadedFeatures.normalised(a.text(), s.tokens()))[
        token[from]];
    int dim = (weights.length - LoadedFeatures.EXTRAS) / 3;
    List<String> parts = new ArrayList<>();
    boolean[] quoted = new boolean[token.length];
    for (int k = 0; k < token.length; k++) {
      quoted[k] = a.quotes().isQuoted(s.tokens().get(token[k]).start());
    }
    for (int k = from; k <= to; k++) {
      if (!LoadedModel.isDriverWord(s.tokens().get(token[k]).text(a.text()))) {
        continue;
      }
      float[] v = f.tokenVector(a.text(), s.tokens().get(token[k]));
      double own = 0;
      for (int d = 0; d < dim; d++) {
        own += weights[d] * ((v[d] - mean[d]) / scale[d]);
      }
      addIfPositive(parts, String.format(java.util.Locale.ROOT, "the word “%s” (%+.1f)",
          s.tokens().get(token[k]).text(a.text()), own));
    }
    int best = -1;
    double bestScore = 0;
    for (int j = Math.max(0, from - LoadedFeatures.WINDOW);
        j <= Math.min(token.length - 1, to + LoadedFeatures.WINDOW); j++) {
      if (j >= from && j <= to
          || !LoadedModel.isDriverWord(s.tokens().get(token[j]).text(a.text()))
          || !quoted[j < from ? from : to] && quoted[j]) {
        continue;
      }
      float[] v = f.tokenVector(a.text(), s.tokens().get(token[j]));
      double c = 0;
      for (int d = 0; d < dim; d++) {
        c += weights[dim + d] * v[d] / scale[dim + d];
      }
      if (c > bestScore) {
        bestScore = c;
        best = j;
      }
    }
    if (best >= 0) {
      addIfPositive(parts, String.format(java.util.Locale.ROOT, "the nearby word “%s” (%+.1f)",
          s.tokens().get(token[best]).text(a.text()), bestScore));
    }
    float x = inLexicon ? 1 : 0;
    double lex = weights[3 * dim + 6] * ((x - mean[3 * dim + 6]) / scale[3 * dim + 6]);
    if (x > 0) {
      addIfPositive(parts, String.format(java.util.Locale.ROOT, "a loaded-lexicon entry (%+.1f)",
          lex));
    }
    return String.join(", ", parts);
  }

  /** Adds a driver printed with a positive contribution ("(+0.3)", not "(+0.0)" or "(-0.2)"). */
  private static void addIfPositive(List<String> parts, String driver) {
    if (driver.contains("(+") && !driver.endsWith("(+0.0)")) {
      parts.add(driver);
    }
  }

  /** The weights, means and scales {@link #model} gives for {@code seed}. */
  private static double[][] parameters(LoadedFeatures f, long seed) {
    Random r = new Random(seed);
    int d = f.dimension();
    double[][] wms = new double[3][d];
    for (int i = 0; i < d; i++) {
      wms[0][i] = r.nextGaussian();
      wms[1][i] = 0.1 * r.nextGaussian();
      wms[2][i] = 0.5 + r.nextDouble();
    }
    return wms;
  }

  @Test
  void driversReadAsTheyDidWithStringFormat() {
    LoadedFeatures f = new LoadedFeatures(vectors3, Lexicon.bundled());
    int checked = 0;
    for (long seed = 1; seed <= 30; seed++) {
      LoadedModel m = model(f, info(), seed);
      double[][] wms = parameters(f, seed);
      AnalyzedArticle a = CueTestSupport.analyse(SHARED);
      for (Sentence s : a.sentences()) {
        for (LoadedScorer.Scored sc : m.score(a, s)) {
          assertEquals(formattedDrivers(f, wms, a, s, sc), sc.drivers());
          checked++;
        }
      }
    }
    assertTrue(checked > 50, "checked " + checked);
  }

  /**
   * Found in the ABP reports: "driven by: the word “nominations” (-0.0)", "the word “and”
   * (+0.0)". A driver is named only when it pushes the score up by at least +0.1 as printed.
   */
  @Test
  void driversNameOnlyWordsThatPushTheScoreUp() {
    LoadedFeatures f = new LoadedFeatures(vectors3, Lexicon.bundled());
    int named = 0;
    int none = 0;
    for (long seed = 1; seed <= 30; seed++) {
      LoadedModel m = model(f, info(), seed);
      AnalyzedArticle a = CueTestSupport.analyse(SHARED);
      for (Sentence s : a.sentences()) {
        for (LoadedScorer.Scored sc : m.score(a, s)) {
          if (sc.drivers().isEmpty()) {
            none++;
            continue;
          }
          for (String d : sc.drivers().split(", (?=the |a loaded)")) {
            java.util.regex.Matcher x = java.util.regex.Pattern
                .compile("\\(([-+][0-9]+\\.[0-9])\\)$").matcher(d);
            assertTrue(x.find(), d);
            assertTrue(Double.parseDouble(x.group(1)) >= 0.1, "a driver pushes up: " + d
                + " in " + sc.drivers());
            named++;
          }
        }
      }
    }
    assertTrue(named > 50, "named " + named);
    assertTrue(none > 0, "some spans have no driver worth naming");
    assertTrue(LoadedModel.shown(0.05));
    assertTrue(LoadedModel.shown(0.1));
    assertFalse(LoadedModel.shown(Math.nextDown(0.05)));
    assertFalse(LoadedModel.shown(0.04));
    assertFalse(LoadedModel.shown(0.0));
    assertFalse(LoadedModel.shown(-0.0));
    assertFalse(LoadedModel.shown(-0.04));
    assertFalse(LoadedModel.shown(-3));
    assertFalse(LoadedModel.shown(Double.NaN));
  }

  @Test
  void upperCaseTestIsCharactersOwn() {
    StringBuilder sb = new StringBuilder();
    for (int c = 0; c < Character.MAX_CODE_POINT; c += c < 0x3000 ? 1 : 37) {
      sb.appendCodePoint(c).append(' ');
    }
    sb.append("\ud835\udc00 \ud835 x\udc00 "); // a supplementary capital, lone surrogates
    String text = sb.toString();
    for (int i = 0; i < text.length(); i++) {
      assertEquals(Character.isUpperCase(text.codePointAt(i)),
          LoadedFeatures.startsUpperCase(text, i), "at " + i);
    }
  }

  @Test
  void cachedFrequencyRankIsTheFeaturesOwn() {
    LoadedFeatures f = new LoadedFeatures(vectors3, Lexicon.bundled());
    LoadedFeatures.Linear linear = model(f, info(), 2).linearForm();
    double[] out = new double[3];
    for (int row = 0; row < vectors3.size(); row++) {
      linear.project(vectors3, row, out, false);
      assertEquals(f.logRanks()[row], linear.logRankOf(row), 0.0);
      assertEquals((float) (Math.log(row + 1.0) / Math.log(vectors3.size() + 1.0)),
          linear.logRankOf(row), 0.0);
    }
  }

  @Test
  void writtenFileHasHeaderThenThresholdBiasAndOneLinePerFeature() throws IOException {
    LoadedFeatures f = new LoadedFeatures(vectors3, Lexicon.bundled());
    List<String> lines = written(model(f, info(), 1), f).lines().toList();
    assertEquals("# zeta\tfirst key, not sorted", lines.get(0));
    assertEquals("# alpha\ttwo lines", lines.get(2));
    assertEquals("threshold\t0.37", lines.get(4));
    assertEquals("bias\t-0.123456789012345", lines.get(5));
    assertEquals("feature\tweight\tmean\tscale", lines.get(6));
    assertEquals(7 + f.dimension(), lines.size());
    assertTrue(lines.get(7).startsWith("token_0\t"), lines.get(7));
    assertTrue(lines.get(lines.size() - 1).startsWith("length\t"), lines.get(lines.size() - 1));
  }

  @Test
  void malformedNumberNamesTheLine() {
    String text = "# model\tx\nthreshold\t0.5\nbias\tnot-a-number\nfeature\tweight\tmean\tscale\n";
    IOException e = assertThrows(IOException.class, () -> LoadedModel.read(
        new StringReader(text), "m.tsv", vectors3, Lexicon.bundled()));
    assertEquals("m.tsv:3: malformed line", e.getMessage());
  }

  @Test
  void malformedWeightRowNamesTheLine() throws IOException {
    LoadedFeatures f = new LoadedFeatures(vectors3, Lexicon.bundled());
    List<String> lines = new ArrayList<>(written(model(f, info(), 1), f).lines().toList());
    lines.set(9, "context_0\t0.5\toops\t1.0");
    IOException e = assertThrows(IOException.class, () -> LoadedModel.read(
        new StringReader(String.join("\n", lines)), "m.tsv", vectors3, Lexicon.bundled()));
    assertEquals("m.tsv:10: malformed line", e.getMessage());
  }

  @Test
  void unexpectedLineNamesTheLine() {
    String text = "threshold\t0.5\nsomething else\n";
    IOException e = assertThrows(IOException.class, () -> LoadedModel.read(
        new StringReader(text), "m.tsv", vectors3, Lexicon.bundled()));
    assertEquals("m.tsv:2: unexpected line", e.getMessage());
  }

  @Test
  void fileWithoutWeightsIsRejected() {
    String text = "threshold\t0.5\nbias\t0.1\nfeature\tweight\tmean\tscale\n";
    IOException e = assertThrows(IOException.class, () -> LoadedModel.read(
        new StringReader(text), "m.tsv", vectors3, Lexicon.bundled()));
    assertEquals("m.tsv: lacks threshold, bias or weights", e.getMessage());
  }

  @Test
  void weightCountNotMatchingTheFeaturesFailsClearly() throws IOException {
    LoadedFeatures f3 = new LoadedFeatures(vectors3, Lexicon.bundled());
    String text = written(model(f3, info(), 1), f3);
    IOException e = assertThrows(IOException.class, () -> LoadedModel.read(
        new StringReader(text), "m.tsv", vectors4, Lexicon.bundled()));
    assertEquals("m.tsv: the model has 17 weights but the features have 20 (different word "
        + "vectors?)", e.getMessage());

    LoadedFeatures f4 = new LoadedFeatures(vectors4, Lexicon.bundled());
    IllegalArgumentException iae = assertThrows(IllegalArgumentException.class,
        () -> new LoadedModel(Map.of(), 0, new double[17], new double[17], new double[17], 0.5,
            f4));
    assertTrue(iae.getMessage().contains("17 weights but the features have 20"),
        iae.getMessage());
  }

  @Test
  void modelIsNotChangedThroughTheArraysItWasBuiltFrom() {
    LoadedFeatures f = new LoadedFeatures(vectors3, Lexicon.bundled());
    double[] w = new double[f.dimension()];
    double[] m = new double[f.dimension()];
    double[] s = new double[f.dimension()];
    java.util.Arrays.fill(s, 1);
    LoadedModel model = new LoadedModel(Map.of(), 0, w, m, s, 0.5, f);
    float[] row = new float[f.dimension()];
    row[0] = 1;
    assertEquals(0.5, model.probability(row), 0.0);
    w[0] = 10;
    assertEquals(0.5, model.probability(row), 0.0);
  }
}
