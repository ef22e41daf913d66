package org.framelens.axes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.framelens.analyze.AnalyzedArticle;
import org.framelens.analyze.Sentence;
import org.framelens.embed.SentenceEmbeddings;
import org.framelens.embed.TokenRows;
import org.framelens.embed.WordVectors;
import org.framelens.text.Decimals;
import org.framelens.text.Token;

/**
 * The axes stage: FrameAxis-style scores (Kwak, An, Jang &amp; Ahn 2021, "FrameAxis:
 * characterizing microframe bias and intensity with word embedding"). Each word token found in
 * the model (lower-cased; the 100 most frequent words skipped as function words) contributes the
 * cosine between its vector and the axis vector; an article's bias is the mean (each token counts,
 * so frequent words weigh by frequency) and its intensity the second moment around the corpus
 * baseline. Stateless after construction and thread-safe.
 */
public final class FrameAxes {

  static final int STOPWORD_RANK = 100;
  static final int TOP_WORDS = 5;

  private final WordVectors vectors;
  private final List<Axis> axes;
  private final float[][] axisVectors;
  private final List<String> axisIds;
  /**
   * Row -> the cosines of the row's vector to every axis (0 until computed), made for a row when
   * an article first uses it, while {@link #CACHE_FLOATS} allows: memory grows with the words
   * the articles use, not with the vocabulary × axes (a float per axis for each of 400,000 words
   * was 3.2 GB for 2,000 axes).
   */
  private final float[][] cosines;
  /** Floats held by {@link #cosines} (approximately: racing threads may both count a row). */
  private final java.util.concurrent.atomic.AtomicLong cached =
      new java.util.concurrent.atomic.AtomicLong();
  /** The most floats {@link #cosines} holds (64 MB); rows beyond are computed each time. */
  static final long CACHE_FLOATS = 1L << 24;

  public FrameAxes(WordVectors vectors, List<Axis> axes) {
    this.vectors = vectors;
    this.axes = List.copyOf(axes);
    this.axisVectors = new float[axes.size()][];
    for (int k = 0; k < axes.size(); k++) {
      float[] a = mean(axes.get(k).wordsA());
      float[] b = mean(axes.get(k).wordsB());
      float[] v = new float[vectors.dimensions()];
      double n = 0;
      for (int d = 0; d < v.length; d++) {
        v[d] = a[d] - b[d];
        n += (double) v[d] * v[d];
      }
      n = Math.sqrt(n);
      for (int d = 0; d < v.length; d++) {
        v[d] = n == 0 ? 0 : (float) (v[d] / n);
      }
      axisVectors[k] = v;
    }
    this.axisIds = this.axes.stream().map(Axis::id).toList();
    this.cosines = new float[vectors.size()][];
  }

  public List<Axis> axes() {
    return axes;
  }

  /** A copy of axis {@code k}'s unit vector (zeros when its poles coincide or are unknown). */
  float[] axisVector(int k) {
    return axisVectors[k].clone();
  }

  private float[] mean(List<String> words) {
    float[] m = new float[vectors.dimensions()];
    int n = 0;
    for (String w : words) {
      int row = vectors.index(w);
      if (row >= 0) {
        float norm = vectors.norm(row);
        if (norm > 0) {
          vectors.addTo(row, 1f / norm, m);
          n++;
        }
      }
    }
    if (n > 0) {
      for (int d = 0; d < m.length; d++) {
        m[d] /= n;
      }
    }
    return m;
  }

  /**
   * Copies the cosines of row {@code row} to every axis into {@code out[at, at + axes)}, from the
   * cache or computed and cached; false, copying nothing, when the row's vector is zero. The
   * cache holds a row's cosines side by side (one array), and its first cosine, when not 0,
   * says the row's norm is not zero without reading it. The cache is filled racily but safely: a
   * float is written and read whole, and every thread computes the same value, so a reader sees
   * 0 (and computes it again) or the value; a row's array seen before its cosines are is all 0.
   * Once the cache is full, a row not in it is computed each time (same values).
   */
  private boolean cosines(int row, double[] out, int at) {
    int k = axisVectors.length;
    float[] cache = cosines[row];
    if ((cache == null || cache[0] == 0) && vectors.norm(row) == 0) {
      return false;
    }
    if (cache == null && cached.get() + k <= CACHE_FLOATS) {
      cached.addAndGet(k);
      cache = new float[k];
      cosines[row] = cache;
    }
    for (int x = 0; x < k; x++) {
      float c = cache == null ? 0 : cache[x];
      if (c == 0) {
        c = vectors.dot(row, axisVectors[x]) / vectors.norm(row);
        if (cache != null) {
          cache[x] = c;
        }
      }
      out[at + x] = c;
    }
    return true;
  }

  /**
   * The article's scores, looking its tokens up in the model (for callers without the embed
   * stage's output).
   */
  public ArticleAxes score(AnalyzedArticle a) {
    return score(a, TokenRows.of(vectors, a));
  }

  /**
   * The article's scores, from the token rows the embed stage found ({@code e.tokenRows()}); an
   * article embedded with another model, or not at all, is looked up again.
   */
  public ArticleAxes score(AnalyzedArticle a, SentenceEmbeddings e) {
    TokenRows rows = e.tokenRows();
    return score(a, rows.isOf(vectors) ? rows : TokenRows.of(vectors, a));
  }

  private ArticleAxes score(AnalyzedArticle a, TokenRows rows) {
    int k = axes.size();
    Words words = new Words(a.wordCount(), k);
    List<Sentence> sentences = a.sentences();
    for (int s = 0; s < sentences.size(); s++) {
      collect(sentences.get(s).tokens(), rows, s, words);
    }
    double[] weight = new double[k];
    double[] sum = new double[k];
    double[] squares = new double[k];
    java.util.Arrays.fill(weight, words.tokens);
    sums(words, sum, squares);
    List<String> top = new ArrayList<>(k);
    for (int x = 0; x < k; x++) {
      top.add(topWords(words, x));
    }
    return new ArticleAxes(axisIds, weight, sum, squares, top);
  }

  /**
   * The distinct words (rows) of an article's scored tokens in order of first use, with their
   * counts and cosines, and the scored tokens in text order (as indices of their words).
   */
  private static final class Words {

    final int axes;
    final int[] slots;  // row hash -> index into rows + 1 (0 = empty)
    final int mask;
    int[] rows;
    int[] counts;
    double[] cos;       // word j, axis x -> cos[j * axes + x]
    String[] spelled;   // word j's text, when needed
    int n;
    final int[] sequence; // the scored tokens' words
    int tokens;

    Words(int maxTokens, int axes) {
      this.axes = axes;
      int cap = Integer.highestOneBit(Math.max(2, maxTokens) * 2 - 1) << 1;
      this.slots = new int[cap];
      this.mask = cap - 1;
      int first = Math.max(1, Math.min(maxTokens, 64));
      this.rows = new int[first];
      this.counts = new int[first];
      this.cos = new double[first * axes];
      this.sequence = new int[maxTokens];
    }

    /** The slot of {@code row}: where it is, or the empty slot where it would go. */
    int slot(int row) {
      int slot = (row * 0x9E3779B9) >>> 1 & mask;
      while (slots[slot] != 0 && rows[slots[slot] - 1] != row) {
        slot = (slot + 1) & mask;
      }
      return slot;
    }

    /** The index of the word in {@code slot}, or -1 when the slot is empty. */
    int at(int slot) {
      return slots[slot] - 1;
    }

    /** Adds {@code row} in its (empty) slot; its index. */
    int add(int row, int slot) {
      if (n == rows.length) {
        rows = Arrays.copyOf(rows, n * 2);
        counts = Arrays.copyOf(counts, n * 2);
        cos = Arrays.copyOf(cos, n * 2 * axes);
      }
      rows[n] = row;
      slots[slot] = n + 1;
      return n++;
    }

    /** Takes back the word just added in {@code slot}. */
    void remove(int slot) {
      slots[slot] = 0;
      n--;
    }

    /** Counts one more token of word j. */
    void count(int j) {
      counts[j]++;
      sequence[tokens++] = j;
    }
  }

  /** Counts a sentence's word tokens found in the model (not among the most frequent words). */
  private void collect(List<Token> tokens, TokenRows rows, int s, Words words) {
    for (int i = 0, n = tokens.size(); i < n; i++) {
      int row = rows.row(s, i);
      if (row >= STOPWORD_RANK && tokens.get(i).kind() == Token.Kind.WORD) {
        count(row, words);
      }
    }
  }

  /** Counts a token of row {@code row}, unless its vector is zero. */
  private void count(int row, Words words) {
    int slot = words.slot(row);
    int j = words.at(slot);
    if (j < 0) {
      j = words.add(row, slot);
      if (!cosines(row, words.cos, j * words.axes)) {
        words.remove(slot);
        return;
      }
    }
    words.count(j);
  }

  /**
   * Adds the cosines of the scored tokens to each axis (and their squares), in text order: one
   * pass over the tokens for all axes, each axis's sums in the same order as alone.
   */
  private static void sums(Words words, double[] sum, double[] squares) {
    int k = words.axes;
    double[] cos = words.cos;
    for (int t = 0; t < words.tokens; t++) {
      int base = words.sequence[t] * k;
      for (int x = 0; x < k; x++) {
        double c = cos[base + x];
        sum[x] += c;
        squares[x] += c * c;
      }
    }
  }

  /** Axis x's top words: "word (+0.31); ..." (the words furthest from the midpoint first). */
  private String topWords(Words words, int x) {
    int[] best = new int[TOP_WORDS];
    int m = 0; // best[0, m): the words furthest from the midpoint so far, best first
    for (int j = 0; j < words.n; j++) {
      if (m == TOP_WORDS && !before(j, best[m - 1], x, words)) {
        continue;
      }
      int i = m == TOP_WORDS ? m - 1 : m++;
      while (i > 0 && before(j, best[i - 1], x, words)) {
        best[i] = best[i - 1];
        i--;
      }
      best[i] = j;
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < m; i++) {
      if (i > 0) {
        b.append("; ");
      }
      b.append(word(best[i], words)).append(" (");
      Decimals.append(b, words.cos[best[i] * words.axes + x], 2, true);
      b.append(')');
    }
    return b.toString();
  }

  /**
   * Whether word i comes before word j in axis x's top words: larger count × |cosine| first,
   * ties by the word.
   */
  private boolean before(int i, int j, int x, Words words) {
    int k = words.axes;
    double ci = (double) words.counts[i] * Math.abs(words.cos[i * k + x]);
    double cj = (double) words.counts[j] * Math.abs(words.cos[j * k + x]);
    if (ci != cj) {
      return Double.compare(cj, ci) < 0;
    }
    return word(i, words).compareTo(word(j, words)) < 0;
  }

  private String word(int i, Words words) {
    if (words.spelled == null) {
      words.spelled = new String[words.n];
    }
    if (words.spelled[i] == null) {
      words.spelled[i] = vectors.word(words.rows[i]);
    }
    return words.spelled[i];
  }
}
