package org.framelens.cues;

import java.util.ArrayList;
import java.util.List;
import org.framelens.analyze.AnalyzedArticle;
import org.framelens.analyze.Sentence;
import org.framelens.embed.TokenRows;
import org.framelens.embed.WordVectors;
import org.framelens.text.Token;

/**
 * The features the loaded-language scorer sees for each word token of a sentence (shared by
 * training and analysis, so they cannot drift apart):
 *
 * <ol>
 *   <li>the token's word vector (zero when unknown; a hyphenated word is the mean of its known
 *       parts);</li>
 *   <li>the mean vector of the word tokens up to {@value #WINDOW} positions either side (for a
 *       word outside quotation marks, only those outside them too: a quoted word is the
 *       speaker's, and must not make the outlet's own words next to it look loaded);</li>
 *   <li>the mean vector of all the sentence's word tokens;</li>
 *   <li>{@value #EXTRAS} scalars: unknown word, inside a quotation, capitalised (not sentence
 *       initial), sentence initial, frequency rank as {@code log(rank+1)/log(N)}, among the 200
 *       most frequent words, inside a bundled loaded-lexicon hit, word length / 10.</li>
 * </ol>
 * The lexicon feature is matched here with the lexicon the model was trained with (the bundled
 * one), not the run's, which may include {@code --lexicon} files: the feature must mean what it
 * meant in training. Only that lexicon's loaded entries are matched (an entry's hits do not
 * depend on the other entries). Immutable and thread-safe.
 */
public final class LoadedFeatures {

  public static final int WINDOW = 2;
  public static final int EXTRAS = 8;
  static final String[] EXTRA_NAMES = {"oov", "quoted", "capitalised", "sentence_initial",
      "log_rank", "frequent", "lexicon_loaded", "length"};

  private final WordVectors vectors;
  /** The loaded entries of the lexicon given. */
  private final Lexicon lexicon;
  /** The same entries, by identity. */
  private final java.util.Set<LexiconEntry> loadedEntries;
  private final double logN;
  /** The frequency-rank feature of each vocabulary row, {@code log(rank+1)/log(N)}. */
  private final float[] logRank;

  public LoadedFeatures(WordVectors vectors, Lexicon lexicon) {
    this.vectors = vectors;
    List<LexiconEntry> loaded = new ArrayList<>();
    for (LexiconEntry e : lexicon.entries()) {
      if (e.type() == CueType.LOADED) {
        loaded.add(e);
      }
    }
    this.lexicon = Lexicon.of(loaded);
    this.loadedEntries = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    loadedEntries.addAll(this.lexicon.entries());
    this.logN = Math.log(vectors.size() + 1.0);
    this.logRank = new float[vectors.size()];
    for (int r = 0; r < logRank.length; r++) {
      logRank[r] = (float) (Math.log(r + 1.0) / logN);
    }
  }

  /** The frequency-rank feature of each vocabulary row (not to be modified). */
  float[] logRanks() {
    return logRank;
  }

  public int dimension() {
    return 3 * vectors.dimensions() + EXTRAS;
  }

  /** Names of the features, for the model file. */
  public List<String> names() {
    List<String> n = new ArrayList<>();
    for (String part : new String[] {"token", "context", "sentence"}) {
      for (int d = 0; d < vectors.dimensions(); d++) {
        n.add(part + "_" + d);
      }
    }
    n.addAll(List.of(EXTRA_NAMES));
    return n;
  }

  /** Features of one sentence's word tokens. */
  public record SentenceFeatures(List<Integer> tokens, float[][] rows, float[][] tokenVectors) {
  }

  public SentenceFeatures of(AnalyzedArticle a, Sentence s) {
    String text = a.text();
    int dim = vectors.dimensions();
    List<Token> all = s.tokens();
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).kind() == Token.Kind.WORD) {
        idx.add(i);
      }
    }
    int n = idx.size();
    float[][] vec = new float[n][];
    boolean[] known = new boolean[n];
    int[] rank = new int[n];
    float[] sentence = new float[dim];
    for (int k = 0; k < n; k++) {
      Token t = all.get(idx.get(k));
      vec[k] = new float[dim];
      rank[k] = lookup(text, t.start(), t.end(), vec[k]);
      known[k] = rank[k] >= 0;
      for (int d = 0; d < dim; d++) {
        sentence[d] += vec[k][d] / n;
      }
    }
    boolean[] inLexicon = lexiconLoaded(normalised(text, all));
    boolean[] quoted = new boolean[n];
    for (int k = 0; k < n; k++) {
      quoted[k] = a.quotes().isQuoted(all.get(idx.get(k)).start());
    }
    float[][] rows = new float[n][dimension()];
    for (int k = 0; k < n; k++) {
      float[] r = rows[k];
      System.arraycopy(vec[k], 0, r, 0, dim);
      int c = 0;
      for (int j = Math.max(0, k - WINDOW); j <= Math.min(n - 1, k + WINDOW); j++) {
        if (inContext(quoted, k, j)) {
          for (int d = 0; d < dim; d++) {
            r[dim + d] += vec[j][d];
          }
          c++;
        }
      }
      if (c > 0) {
        for (int d = 0; d < dim; d++) {
          r[dim + d] /= c;
        }
      }
      System.arraycopy(sentence, 0, r, 2 * dim, dim);
      Token t = all.get(idx.get(k));
      int e = 3 * dim;
      String w = t.text(text);
      r[e] = known[k] ? 0 : 1;
      r[e + 1] = quoted[k] ? 1 : 0;
      r[e + 2] = k > 0 && Character.isUpperCase(w.codePointAt(0)) ? 1 : 0;
      r[e + 3] = k == 0 ? 1 : 0;
      r[e + 4] = known[k] ? logRank[rank[k]] : 1f;
      r[e + 5] = known[k] && rank[k] < 200 ? 1 : 0;
      r[e + 6] = inLexicon[idx.get(k)] ? 1 : 0;
      r[e + 7] = Math.min(w.length(), 30) / 10f;
    }
    return new SentenceFeatures(idx, rows, vec);
  }

  /**
   * A linear function of the features, {@code constant + Σ w·x}, with the vector parts' weights
   * as directions: the model's score without building the feature rows (see {@link #linear}).
   *
   * @param logRank the frequency-rank feature of each vocabulary row
   * @param cache   per vocabulary row, its three projections and its frequency-rank feature,
   *                filled in as rows are met (NaN until then)
   */
  record Linear(double constant, float[] token, float[] context, float[] sentence,
      double[] extras, float[] logRank, float[] cache) {

    private static final java.lang.invoke.VarHandle CELL =
        java.lang.invoke.MethodHandles.arrayElementVarHandle(float[].class);
    /** Cells per row in {@link #cache}: one row's cells share a cache line (16 bytes). */
    private static final int CELLS = 4;

    /** A linear function whose word projections are computed once per vocabulary row. */
    Linear(double constant, float[] token, float[] context, float[] sentence, double[] extras,
        float[] logRank) {
      this(constant, token, context, sentence, extras, logRank, emptyCache(logRank.length));
    }

    private static float[] emptyCache(int rows) {
      float[] c = new float[CELLS * rows];
      java.util.Arrays.fill(c, Float.NaN);
      return c;
    }

    /**
     * Sets ({@code add} false) or adds the three projections of a row to {@code out}; computed
     * once per row and cached with the row's frequency-rank feature (a race only computes a row
     * twice: the first cell is published last, with release/acquire).
     */
    void project(WordVectors v, int row, double[] out, boolean add) {
      int at = CELLS * row;
      float t = (float) CELL.getAcquire(cache, at);
      float c;
      float s;
      if (Float.isNaN(t)) {
        t = v.dot(row, token);
        c = v.dot(row, context);
        s = v.dot(row, sentence);
        cache[at + 1] = c;
        cache[at + 2] = s;
        cache[at + 3] = logRank[row];
        CELL.setRelease(cache, at, t);
      } else {
        c = cache[at + 1];
        s = cache[at + 2];
      }
      if (!add) {
        out[0] = t;
        out[1] = c;
        out[2] = s;
      } else {
        out[0] += t;
        out[1] += c;
        out[2] += s;
      }
    }

    /**
     * The frequency-rank feature of a row this thread has {@link #project projected}, from the
     * cache line the projection was read from.
     */
    float logRankOf(int row) {
      return cache[CELLS * row + 3];
    }
  }

  /**
   * The linear function of every word token's feature row, in word-token order, computed from
   * three projections per word instead of the rows: the context and sentence parts are means of
   * word vectors, so their projections are means of the words' projections. Equal to the dot
   * product with {@link #of}'s rows up to rounding. {@code rank} receives each word's frequency
   * rank (its row; -1 when unknown).
   */
  double[] linear(AnalyzedArticle a, Sentence s, Linear f, int[] tokens, int[] rank) {
    return linear(a, s, f, tokens, rank, new int[tokens.length],
        lexiconLoaded(normalised(a.text(), s.tokens())));
  }

  /**
   * As {@link #linear(AnalyzedArticle, Sentence, Linear, int[], int[])}, given which of the
   * sentence's tokens lie inside a loaded-lexicon hit ({@link #lexiconLoaded}); {@code rows}
   * receives each word's own row, or -1 when it is unknown or known only by its hyphenated parts
   * (its vector feature is then {@link #rowVector} of that row).
   */
  double[] linear(AnalyzedArticle a, Sentence s, Linear f, int[] tokens, int[] rank, int[] rows,
      boolean[] inLexicon) {
    return linear(a, s, f, tokens, rank, rows, inLexicon, null);
  }

  /**
   * As {@link #linear(AnalyzedArticle, Sentence, Linear, int[], int[], int[], boolean[])}, given
   * as well the embed stage's vocabulary rows of the article's tokens, used instead of looking
   * each word up again when they are rows of this model ({@link #canUse}); null to look them up.
   */
  double[] linear(AnalyzedArticle a, Sentence s, Linear f, int[] tokens, int[] rank, int[] rows,
      boolean[] inLexicon, TokenRows known) {
    String text = a.text();
    TokenRows found = canUse(known, a) ? known : null;
    List<Token> all = s.tokens();
    int n = tokens.length;
    double[] tp = new double[n];
    double[] cp = new double[n];
    double sentence = 0;
    double[] proj = new double[3];
    for (int k = 0; k < n; k++) {
      Token t = all.get(tokens[k]);
      int row = found != null ? found.row(s.index(), tokens[k])
          : vectors.find(text, t.start(), t.end());
      rows[k] = row;
      if (row >= 0) {
        f.project(vectors, row, proj, false);
        rank[k] = row;
      } else {
        rank[k] = projectParts(text, t.start(), t.end(), f, proj);
      }
      tp[k] = proj[0];
      cp[k] = proj[1];
      sentence += proj[2] / n;
    }
    org.framelens.text.QuoteMap quotes = a.quotes();
    boolean[] quoted = new boolean[n];
    for (int k = 0; k < n; k++) {
      quoted[k] = quotes.isQuoted(all.get(tokens[k]).start());
    }
    double[] z = new double[n];
    for (int k = 0; k < n; k++) {
      Token t = all.get(tokens[k]);
      double v = f.constant() + tp[k] + context(cp, quoted, k) + sentence;
      z[k] = extras(f, v, rank[k], quoted[k],
          k > 0 && startsUpperCase(text, t.start()), k == 0, inLexicon[tokens[k]],
          t.end() - t.start());
    }
    return z;
  }

  /**
   * The mean of the projections of word {@code k}'s context: the words up to {@value #WINDOW}
   * either side that are {@link #inContext in its context}.
   */
  private static double context(double[] cp, boolean[] quoted, int k) {
    double ctx = 0;
    int c = 0;
    for (int j = Math.max(0, k - WINDOW); j <= Math.min(cp.length - 1, k + WINDOW); j++) {
      if (inContext(quoted, k, j)) {
        ctx += cp[j];
        c++;
      }
    }
    return c > 0 ? ctx / c : 0;
  }

  /**
   * Whether word {@code j} (within the window) is part of word {@code k}'s context: any other
   * word for a quoted word; for a word outside quotation marks, only words outside them too (a
   * quoted insult next to "the opposition leaders" is the speaker's word, not the outlet's).
   */
  static boolean inContext(boolean[] quoted, int k, int j) {
    return j != k && (quoted[k] || !quoted[j]);
  }

  /** {@code v} plus the {@value #EXTRAS} scalar features times their weights {@code w}. */
  private static double extras(Linear f, double v, int rank, boolean quoted,
      boolean capitalised, boolean initial, boolean inLexicon, int length) {
    double[] w = f.extras();
    boolean known = rank >= 0;
    v += w[0] * (known ? 0 : 1);
    v += w[1] * (quoted ? 1 : 0);
    v += w[2] * (capitalised ? 1 : 0);
    v += w[3] * (initial ? 1 : 0);
    v += w[4] * (known ? f.logRankOf(rank) : 1f);
    v += w[5] * (known && rank < 200 ? 1 : 0);
    v += w[6] * (inLexicon ? 1 : 0);
    v += w[7] * (Math.min(length, 30) / 10f);
    return v;
  }

  /** {@code Character.isUpperCase(text.codePointAt(at))}, without a table lookup for ASCII. */
  static boolean startsUpperCase(String text, int at) {
    char c = text.charAt(at);
    return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(text.codePointAt(at));
  }

  /**
   * Whether {@code rows} can stand for this model's lookups in article {@code a}: rows of these
   * word vectors ({@link TokenRows#isOf}) with one entry per sentence of {@code a}. A row there is
   * exactly {@link WordVectors#find} of the whole token, which is what {@link #linear} looks up
   * first (its fallback to hyphenated parts runs on the rows that are -1, as before).
   */
  boolean canUse(TokenRows rows, AnalyzedArticle a) {
    return rows != null && rows.isOf(vectors) && rows.sentences() == a.sentences().size();
  }

  /** Indices of the word tokens among a sentence's tokens. */
  static int[] wordTokens(Sentence s) {
    List<Token> all = s.tokens();
    int size = all.size();
    int[] idx = new int[size];
    int n = 0;
    for (int i = 0; i < size; i++) {
      if (all.get(i).kind() == Token.Kind.WORD) {
        idx[n++] = i;
      }
    }
    return n == size ? idx : java.util.Arrays.copyOf(idx, n);
  }

  /** The sentence's token texts, normalised as the lexicon matches them. */
  static String[] normalised(String text, List<Token> all) {
    String[] lower = new String[all.size()];
    for (int i = 0; i < lower.length; i++) {
      lower[i] = PhrasePattern.normalise(all.get(i).text(text));
    }
    return lower;
  }

  /**
   * Which tokens lie inside a hit of the lexicon's loaded entries.
   *
   * @param normalised every token of the sentence, as {@link #normalised} gives them
   */
  boolean[] lexiconLoaded(String[] normalised) {
    boolean[] inLexicon = new boolean[normalised.length];
    for (Lexicon.Hit h : lexicon.find(normalised)) {
      for (int i = h.fromToken(); i < h.toToken(); i++) {
        inLexicon[i] = true;
      }
    }
    return inLexicon;
  }

  /**
   * Whether {@code other} has every entry this matches (the same entries, not copies), so that
   * its hits include all of this lexicon's: an entry's hits do not depend on the other entries.
   */
  boolean matchesWithin(Lexicon other) {
    java.util.Set<LexiconEntry> theirs =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    theirs.addAll(other.entries());
    return theirs.containsAll(lexicon.entries());
  }

  /**
   * As {@link #lexiconLoaded(String[])}, from the hits over the sentence of a lexicon that has
   * every entry this matches ({@link #matchesWithin}); its other hits are left out.
   *
   * @param size the sentence's number of tokens
   */
  boolean[] lexiconLoaded(List<Lexicon.Hit> hits, int size) {
    boolean[] inLexicon = new boolean[size];
    for (int k = 0; k < hits.size(); k++) {
      Lexicon.Hit h = hits.get(k);
      if (loadedEntries.contains(h.entry())) {
        for (int i = h.fromToken(); i < h.toToken(); i++) {
          inLexicon[i] = true;
        }
      }
    }
    return inLexicon;
  }

  /** The vector feature of a word that is vocabulary row {@code row}, as {@link #lookup} has it. */
  float[] rowVector(int row) {
    float[] v = new float[vectors.dimensions()];
    vectors.addTo(row, 1f, v);
    return v;
  }

  /** The vector feature of word token {@code t}, as in {@link #of}'s rows. */
  float[] tokenVector(String text, Token t) {
    float[] v = new float[vectors.dimensions()];
    lookup(text, t.start(), t.end(), v);
    return v;
  }

  /**
   * As {@link #lookup} of a word that is not in the vocabulary, but the three projections of the
   * mean vector of its known hyphenated parts instead of the vector.
   */
  private int projectParts(CharSequence text, int from, int to, Linear f, double[] out) {
    int parts = 0;
    int best = -1;
    int start = from;
    out[0] = 0;
    out[1] = 0;
    out[2] = 0;
    for (int i = from; i <= to; i++) {
      if (i == to || text.charAt(i) == '-') {
        int r = vectors.find(text, start, i);
        if (r >= 0) {
          f.project(vectors, r, out, true);
          parts++;
          best = Math.max(best, r);
        }
        start = i + 1;
      }
    }
    if (parts > 1) {
      for (int d = 0; d < 3; d++) {
        out[d] /= parts;
      }
    }
    return best;
  }

  /** Adds the vector of a token (or the mean of its hyphenated parts); its row or -1. */
  private int lookup(CharSequence text, int from, int to, float[] out) {
    int row = vectors.find(text, from, to);
    if (row >= 0) {
      vectors.addTo(row, 1f, out);
      return row;
    }
    int parts = 0;
    int best = -1;
    int start = from;
    for (int i = from; i <= to; i++) {
      if (i == to || text.charAt(i) == '-') {
        int r = vectors.find(text, start, i);
        if (r >= 0) {
          vectors.addTo(r, 1f, out);
          parts++;
          best = Math.max(best, r);
        }
        start = i + 1;
      }
    }
    if (parts > 1) {
      for (int d = 0; d < out.length; d++) {
        out[d] /= parts;
      }
    }
    return best;
  }
}
