package org.framelens.axes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.framelens.analyze.AnalyzedArticle;
import org.framelens.analyze.Sentence;
import org.framelens.embed.WordVectors;
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
  /** Row × axis -> the cosine of the row's vector to the axis vector; 0 until computed. */
  private final float[] cosines;

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
    this.cosines = new float[vectors.size() * axes.size()];
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
   * The cosine of row {@code row} (norm > 0) to axis {@code x}, from the cache or computed and
   * cached. The cache is filled racily but safely: a float is written and read whole, and every
   * thread computes the same value, so a reader sees 0 (and computes it again) or the value.
   */
  private float cosine(int row, int x) {
    int i = row * axisVectors.length + x;
    float c = cosines[i];
    if (c == 0) {
      c = vectors.dot(row, axisVectors[x]) / vectors.norm(row);
      cosines[i] = c;
    }
    return c;
  }

  public ArticleAxes score(AnalyzedArticle a) {
    int k = axes.size();
    double[] weight = new double[k];
    double[] sum = new double[k];
    double[] squares = new double[k];
    // the distinct words (rows) in order of first use, with their counts and cosines
    int tokens = 0;
    for (Sentence s : a.sentences()) {
      tokens += s.tokens().size();
    }
    int cap = Integer.highestOneBit(Math.max(2, tokens) * 2 - 1) << 1;
    int[] slots = new int[cap]; // row + 1 -> index into rows + 1 (0 = empty)
    int[] rows = new int[Math.min(tokens, 64)];
    int[] counts = new int[rows.length];
    double[] cos = new double[rows.length * k];
    int n = 0;
    String text = a.text();
    for (Sentence s : a.sentences()) {
      for (Token t : s.tokens()) {
        if (t.kind() != Token.Kind.WORD) {
          continue;
        }
        int row = vectors.find(text, t.start(), t.end());
        if (row < STOPWORD_RANK || vectors.norm(row) == 0) {
          continue;
        }
        int slot = (row * 0x9E3779B9) >>> 1 & (cap - 1);
        int j;
        while (true) {
          int v = slots[slot];
          if (v == 0) {
            if (n == rows.length) {
              rows = Arrays.copyOf(rows, n * 2);
              counts = Arrays.copyOf(counts, n * 2);
              cos = Arrays.copyOf(cos, n * 2 * k);
            }
            j = n++;
            slots[slot] = j + 1;
            rows[j] = row;
            for (int x = 0; x < k; x++) {
              cos[j * k + x] = cosine(row, x);
            }
            break;
          }
          if (rows[v - 1] == row) {
            j = v - 1;
            break;
          }
          slot = (slot + 1) & (cap - 1);
        }
        counts[j]++;
        for (int x = 0; x < k; x++) {
          double c = cos[j * k + x];
          weight[x]++;
          sum[x] += c;
          squares[x] += c * c;
        }
      }
    }
    List<String> top = new ArrayList<>(k);
    String[] words = new String[n];
    int[] best = new int[TOP_WORDS];
    for (int x = 0; x < k; x++) {
      int m = 0; // best[0, m): the words furthest from the midpoint so far, best first
      for (int j = 0; j < n; j++) {
        if (m == TOP_WORDS && !before(j, best[m - 1], x, k, rows, counts, cos, words)) {
          continue;
        }
        int i = m == TOP_WORDS ? m - 1 : m++;
        while (i > 0 && before(j, best[i - 1], x, k, rows, counts, cos, words)) {
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
        b.append(String.format(Locale.ROOT, "%s (%+.2f)", word(best[i], rows, words),
            cos[best[i] * k + x]));
      }
      top.add(b.toString());
    }
    return new ArticleAxes(axisIds, weight, sum, squares, top);
  }

  /**
   * Whether word i comes before word j in axis x's top words: larger count × |cosine| first,
   * ties by the word.
   */
  private boolean before(int i, int j, int x, int k, int[] rows, int[] counts, double[] cos,
      String[] words) {
    double ci = (double) counts[i] * Math.abs(cos[i * k + x]);
    double cj = (double) counts[j] * Math.abs(cos[j * k + x]);
    if (ci != cj) {
      return Double.compare(cj, ci) < 0;
    }
    return word(i, rows, words).compareTo(word(j, rows, words)) < 0;
  }

  private String word(int i, int[] rows, String[] words) {
    if (words[i] == null) {
      words[i] = vectors.word(rows[i]);
    }
    return words[i];
  }
}
