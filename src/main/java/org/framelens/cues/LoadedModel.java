package org.framelens.cues;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.framelens.analyze.AnalyzedArticle;
import org.framelens.analyze.Sentence;
import org.framelens.embed.TokenRows;
import org.framelens.embed.WordVectors;
import org.framelens.text.Decimals;

/**
 * The learned loaded-language scorer: logistic regression over {@link LoadedFeatures}
 * (standardised), trained by {@code framelens train loaded} and shipped as the small resource
 * {@code loaded-model.tsv} with its provenance. Scoring is a dot product per word token, in plain
 * Java. A predicted span is a run of consecutive word tokens whose probability reaches the
 * threshold (chosen by cross-validation). Immutable and thread-safe.
 */
public final class LoadedModel implements LoadedScorer {

  public static final String RESOURCE = "loaded-model.tsv";

  private final Map<String, String> info;
  private final double bias;
  private final double[] weights;
  private final double[] mean;
  private final double[] scale;
  private final double threshold;
  private final LoadedFeatures features;
  private final LoadedFeatures.Linear linear;

  public LoadedModel(Map<String, String> info, double bias, double[] weights, double[] mean,
      double[] scale, double threshold, LoadedFeatures features) {
    this.info = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(info));
    this.bias = bias;
    this.weights = weights.clone();
    this.mean = mean.clone();
    this.scale = scale.clone();
    this.threshold = threshold;
    this.features = features;
    if (weights.length != features.dimension()) {
      throw new IllegalArgumentException("the model has " + weights.length + " weights but the "
          + "features have " + features.dimension() + " (different word vectors?)");
    }
    this.linear = linear(weights.length - LoadedFeatures.EXTRAS);
  }

  /** The linear form the fast scoring uses (for tests). */
  LoadedFeatures.Linear linearForm() {
    return linear;
  }

  /** The model as {@code constant + Σ (w/scale)·x}, the form {@link LoadedFeatures#linear} uses. */
  private LoadedFeatures.Linear linear(int vectorParts) {
    int dim = vectorParts / 3;
    double constant = bias;
    double[] a = new double[weights.length];
    for (int i = 0; i < weights.length; i++) {
      a[i] = weights[i] / scale[i];
      constant -= a[i] * mean[i];
    }
    float[][] dirs = new float[3][dim];
    for (int part = 0; part < 3; part++) {
      for (int d = 0; d < dim; d++) {
        dirs[part][d] = (float) a[part * dim + d];
      }
    }
    return new LoadedFeatures.Linear(constant, dirs[0], dirs[1], dirs[2],
        java.util.Arrays.copyOfRange(a, vectorParts, weights.length), features.logRanks());
  }

  public Map<String, String> info() {
    return info;
  }

  public double threshold() {
    return threshold;
  }

  @Override
  public String id() {
    return "model.loaded-lr";
  }

  /** Probability that each word token of {@code s} is loaded, in word-token order. */
  public double[] probabilities(LoadedFeatures.SentenceFeatures f) {
    double[] p = new double[f.rows().length];
    for (int k = 0; k < p.length; k++) {
      p[k] = probability(f.rows()[k]);
    }
    return p;
  }

  double probability(float[] x) {
    double z = bias;
    for (int i = 0; i < weights.length; i++) {
      z += weights[i] * ((x[i] - mean[i]) / scale[i]);
    }
    return 1 / (1 + Math.exp(-z));
  }

  /**
   * Scores through {@link LoadedFeatures#linear} (three projections per word, no feature rows);
   * the vectors of the words around a predicted span are looked up only to name its drivers.
   */
  @Override
  public List<Scored> score(AnalyzedArticle article, Sentence s) {
    return score(article, s,
        features.lexiconLoaded(LoadedFeatures.normalised(article.text(), s.tokens())));
  }

  @Override
  public List<Scored> score(AnalyzedArticle article, Sentence s, List<String> normalised) {
    return score(article, s, features.lexiconLoaded(normalised.toArray(new String[0])));
  }

  /** True when {@code lexicon} has every loaded entry of the lexicon the features match. */
  @Override
  public boolean usesHitsOf(Lexicon lexicon) {
    return features.matchesWithin(lexicon);
  }

  @Override
  public List<Scored> score(AnalyzedArticle article, Sentence s, List<String> normalised,
      List<Lexicon.Hit> hits) {
    return score(article, s, features.lexiconLoaded(hits, normalised.size()));
  }

  @Override
  public List<Scored> score(AnalyzedArticle article, Sentence s, List<String> normalised,
      List<Lexicon.Hit> hits, TokenRows rows) {
    boolean[] inLexicon = hits == null
        ? features.lexiconLoaded(normalised.toArray(new String[0]))
        : features.lexiconLoaded(hits, normalised.size());
    return score(article, s, inLexicon, rows);
  }

  /**
   * The scoring itself.
   *
   * @param inLexicon which of the sentence's tokens lie inside a loaded-lexicon hit
   */
  private List<Scored> score(AnalyzedArticle article, Sentence s, boolean[] inLexicon) {
    return score(article, s, inLexicon, null);
  }

  /**
   * The scoring itself.
   *
   * @param inLexicon which of the sentence's tokens lie inside a loaded-lexicon hit
   * @param known     the embed stage's vocabulary rows of the article's tokens, or null
   */
  private List<Scored> score(AnalyzedArticle article, Sentence s, boolean[] inLexicon,
      TokenRows known) {
    int[] token = LoadedFeatures.wordTokens(s);
    int[] rank = new int[token.length];
    int[] rows = new int[token.length];
    double[] z = features.linear(article, s, linear, token, rank, rows, inLexicon, known);
    double[] p = new double[z.length];
    boolean[] frequent = new boolean[z.length];
    for (int k = 0; k < z.length; k++) {
      p[k] = 1 / (1 + Math.exp(-z[k]));
      frequent[k] = rank[k] >= 0 ? rank[k] < 200
          : isFunctionWord(s.tokens().get(token[k]).text(article.text()));
    }
    List<int[]> spans = decode(p, frequent, token, threshold);
    if (spans.isEmpty()) {
      return List.of();
    }
    boolean[] quoted = new boolean[z.length];
    for (int k = 0; k < z.length; k++) {
      quoted[k] = article.quotes().isQuoted(s.tokens().get(token[k]).start());
    }
    Words words = new Words(article.text(), s.tokens(), token, rows, new float[token.length][],
        quoted);
    List<Scored> out = new ArrayList<>(spans.size());
    for (int k = 0; k < spans.size(); k++) {
      int[] r = spans.get(k);
      out.add(new Scored(token[r[0]], token[r[1] - 1] + 1, max(p, r[0], r[1]),
          drivers(words, inLexicon[token[r[0]]], r[0], r[1] - 1)));
    }
    return out;
  }

  private static double max(double[] p, int from, int to) {
    double max = 0;
    for (int k = from; k < to; k++) {
      max = Math.max(max, p[k]);
    }
    return max;
  }

  /**
   * Very frequent words that the default model lacks (its packaging dropped them): "a", "I" and
   * the clitics. They are trimmed from the ends of a span like the 200 most frequent words it
   * has, so that "a" or "’s" alone is never a loaded span.
   */
  static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("a", "an", "i", "'s", "s",
      "n't", "t", "'m", "'re", "'ve", "'ll", "'d");

  /** Whether a token (as written) is one of {@link #FUNCTION_WORDS}. */
  public static boolean isFunctionWord(String token) {
    return token.length() <= 3 && FUNCTION_WORDS.contains(PhrasePattern.normalise(token));
  }

  /** Index of the "among the 200 most frequent words" feature. */
  public int frequentFeature() {
    return features.dimension() - LoadedFeatures.EXTRAS + 5;
  }

  /**
   * Predicted spans of one sentence, as word-token index ranges {@code [from, to)}: runs of
   * consecutive word tokens at or above the threshold, with very frequent words (the, of, is,
   * and the {@link #FUNCTION_WORDS} the model lacks) trimmed from both ends; a run of frequent
   * words alone is no span. Shared with training, so
   * cross-validated scores measure exactly this decoding.
   *
   * @param token each word token's index among all the sentence's tokens (adjacency)
   */
  public static List<int[]> decode(double[] p, boolean[] frequent, int[] token, double threshold) {
    List<int[]> out = new ArrayList<>();
    int k = 0;
    while (k < p.length) {
      if (p[k] < threshold) {
        k++;
        continue;
      }
      int start = k;
      while (k + 1 < p.length && p[k + 1] >= threshold && token[k + 1] == token[k] + 1) {
        k++;
      }
      int a = start;
      int b = k + 1;
      while (a < b && frequent[a]) {
        a++;
      }
      while (b > a && frequent[b - 1]) {
        b--;
      }
      if (a < b) {
        out.add(new int[] {a, b});
      }
      k++;
    }
    return out;
  }

  /**
   * The word tokens of a sentence with a predicted span, for naming drivers.
   *
   * @param token   the word tokens' indices among the sentence's tokens
   * @param rows    each word token's own vocabulary row, or -1 (unknown, or known by its parts)
   * @param vectors  the word tokens' vector features, filled in as needed
   * @param quoted   whether each word token is inside quotation marks
   */
  private record Words(String text, List<org.framelens.text.Token> tokens, int[] token, int[] rows,
      float[][] vectors, boolean[] quoted) {

    String text(int k) {
      return tokens.get(token[k]).text(text);
    }

    /** Whether word token {@code k} may be named as a driver ({@link #isDriverWord}). */
    boolean driver(int k) {
      return isDriverWord(text(k));
    }
  }

  /** The bundled {@code lexicons/no-driver-words.tsv}: words never named as a driver. */
  static final java.util.Set<String> NO_DRIVER_WORDS = loadNoDriverWords();

  private static java.util.Set<String> loadNoDriverWords() {
    String expected = "a new word<TAB>function or general";
    java.util.Set<String> out = new java.util.HashSet<>();
    for (WordTable.Row row : WordTable.read("no-driver-words.tsv", expected)) {
      if (!row.value().equals("function") && !row.value().equals("general")
          || !out.add(PhrasePattern.normalise(row.word().strip()))) {
        throw WordTable.error("no-driver-words.tsv", row.line(), expected);
      }
    }
    return java.util.Set.copyOf(out);
  }

  /**
   * Whether a word (as written) may be named as a driver of a loaded span: not a function word
   * or very general noun of {@code lexicons/no-driver-words.tsv} ("the", "of", "people").
   */
  public static boolean isDriverWord(String token) {
    return !NO_DRIVER_WORDS.contains(PhrasePattern.normalise(token));
  }

  /**
   * The words whose vectors pushed the score up most: the tokens themselves and context; only
   * those that push it up by at least 0.1 as printed ({@link #shown}), so none is named with a
   * contribution of zero or less, and never a function word or very general noun ("the", "a",
   * "of", "people": {@link #isDriverWord}), which a reader cannot take as a reason a phrase is
   * loaded. Empty when none qualifies.
   *
   * @param inLexicon whether word token {@code from} lies inside a loaded-lexicon hit
   */
  private String drivers(Words w, boolean inLexicon, int from, int to) {
    int dim = (weights.length - LoadedFeatures.EXTRAS) / 3;
    StringBuilder sb = new StringBuilder(80 * (to - from + 3));
    for (int k = from; k <= to; k++) {
      if (w.driver(k)) {
        driver(sb, "the word “", w.text(k), ownPart(vector(w, k), dim));
      }
    }
    int best = nearby(w, from, to, dim);
    if (best >= 0) {
      driver(sb, "the nearby word “", w.text(best), contextPart(vector(w, best), dim));
    }
    float x = inLexicon ? 1 : 0;
    double lex = weights[3 * dim + 6] * ((x - mean[3 * dim + 6]) / scale[3 * dim + 6]);
    if (x > 0) {
      driver(sb, "a loaded-lexicon entry (", null, lex);
    }
    return sb.toString();
  }

  /**
   * The word up to {@value LoadedFeatures#WINDOW} words either side of {@code [from, to]} with
   * the highest positive context part, or -1: only a word in the context the features use
   * ({@link LoadedFeatures#inContext}: no quoted word for a span outside quotation marks), and
   * a {@link #isDriverWord driver word}.
   */
  private int nearby(Words w, int from, int to, int dim) {
    int best = -1;
    double bestScore = 0;
    for (int j = Math.max(0, from - LoadedFeatures.WINDOW);
        j <= Math.min(w.token().length - 1, to + LoadedFeatures.WINDOW); j++) {
      if (j >= from && j <= to || !w.driver(j)
          || !LoadedFeatures.inContext(w.quoted(), j < from ? from : to, j)) {
        continue;
      }
      double c = contextPart(vector(w, j), dim);
      if (c > bestScore) {
        bestScore = c;
        best = j;
      }
    }
    return best;
  }

  /** The token part of the standardised score of a word vector. */
  private double ownPart(float[] v, int dim) {
    double own = 0;
    for (int d = 0; d < dim; d++) {
      own += weights[d] * ((v[d] - mean[d]) / scale[d]);
    }
    return own;
  }

  /** The context part of the score of a word vector, without the mean (as a neighbour). */
  private double contextPart(float[] v, int dim) {
    double c = 0;
    for (int d = 0; d < dim; d++) {
      c += weights[dim + d] * v[d] / scale[dim + d];
    }
    return c;
  }

  /**
   * Appends one driver, comma-separated from the one before: {@code what}, then the word and its
   * closing quote when there is one, then the contribution as {@code String.format("%+.1f")}
   * prints it, in brackets; nothing when the contribution is not {@link #shown}.
   */
  private static void driver(StringBuilder sb, String what, String word, double contribution) {
    if (!shown(contribution)) {
      return;
    }
    if (sb.length() > 0) {
      sb.append(", ");
    }
    sb.append(what);
    if (word != null) {
      sb.append(word).append("” (");
    }
    Decimals.append(sb, contribution, 1, true).append(')');
  }

  /**
   * Whether a driver's contribution pushes the score up and is printed as a positive number, at
   * least {@code +0.1} with one decimal (not {@code +0.0}, {@code -0.0} or below).
   */
  static boolean shown(double contribution) {
    if (!(contribution > 0)) {
      return false;
    }
    long n = Decimals.scaled(contribution, 1);
    return n < 0 ? !Decimals.format(contribution, 1, true).equals("+0.0") : n > 0;
  }

  /** Word token {@code k}'s vector feature, made once (from its row when it has one). */
  private float[] vector(Words w, int k) {
    if (w.vectors()[k] == null) {
      w.vectors()[k] = w.rows()[k] >= 0 ? features.rowVector(w.rows()[k])
          : features.tokenVector(w.text(), w.tokens().get(w.token()[k]));
    }
    return w.vectors()[k];
  }

  /** Writes the model: {@code key<TAB>value} header lines, then one line per feature. */
  public void write(Writer w, List<String> names) throws IOException {
    for (Map.Entry<String, String> e : info.entrySet()) {
      w.write("# " + e.getKey() + "\t" + e.getValue().replace('\n', ' ').replace('\t', ' ')
          + "\n");
    }
    w.write("threshold\t" + threshold + "\n");
    w.write("bias\t" + bias + "\n");
    w.write("feature\tweight\tmean\tscale\n");
    for (int i = 0; i < weights.length; i++) {
      w.write(names.get(i) + "\t" + weights[i] + "\t" + mean[i] + "\t" + scale[i] + "\n");
    }
  }

  /** Reads a model written by {@link #write}; errors name the source and line. */
  public static LoadedModel read(Reader reader, String name, WordVectors vectors, Lexicon lexicon)
      throws IOException {
    LoadedFeatures features = new LoadedFeatures(vectors, lexicon);
    BufferedReader r = new BufferedReader(reader);
    Map<String, String> info = new LinkedHashMap<>();
    double threshold = Double.NaN;
    double bias = Double.NaN;
    List<double[]> rows = new ArrayList<>();
    String line;
    int no = 0;
    boolean table = false;
    while ((line = r.readLine()) != null) {
      no++;
      String[] f = line.split("\t");
      try {
        if (line.startsWith("# ")) {
          info.put(f[0].substring(2), f.length > 1 ? f[1] : "");
        } else if (!table && f[0].equals("threshold")) {
          threshold = Double.parseDouble(f[1]);
        } else if (!table && f[0].equals("bias")) {
          bias = Double.parseDouble(f[1]);
        } else if (!table && f[0].equals("feature")) {
          table = true;
        } else if (table && f.length == 4) {
          rows.add(new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2]),
              Double.parseDouble(f[3])});
        } else if (!line.isBlank()) {
          throw new IOException(name + ":" + no + ": unexpected line");
        }
      } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
        throw new IOException(name + ":" + no + ": malformed line");
      }
    }
    if (Double.isNaN(threshold) || Double.isNaN(bias) || rows.isEmpty()) {
      throw new IOException(name + ": lacks threshold, bias or weights");
    }
    double[] w = new double[rows.size()];
    double[] m = new double[rows.size()];
    double[] s = new double[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      w[i] = rows.get(i)[0];
      m[i] = rows.get(i)[1];
      s[i] = rows.get(i)[2] == 0 ? 1 : rows.get(i)[2];
    }
    try {
      return new LoadedModel(info, bias, w, m, s, threshold, features);
    } catch (IllegalArgumentException e) {
      throw new IOException(name + ": " + e.getMessage());
    }
  }

  /** The bundled model for these word vectors, or null when none is bundled. */
  public static LoadedModel bundled(WordVectors vectors, Lexicon lexicon) throws IOException {
    try (InputStream in = LoadedModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return null;
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE, vectors, lexicon);
    }
  }
}
