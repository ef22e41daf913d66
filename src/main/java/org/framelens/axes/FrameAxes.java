package org.framelens.axes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
  }

  public List<Axis> axes() {
    return axes;
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

  public ArticleAxes score(AnalyzedArticle a) {
    int k = axes.size();
    double[] weight = new double[k];
    double[] sum = new double[k];
    double[] squares = new double[k];
    Map<String, double[]> perWord = new HashMap<>(); // word -> {count, cos per axis...}
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
        String w = vectors.word(row);
        double[] c = perWord.get(w);
        if (c == null) {
          c = new double[k + 1];
          for (int x = 0; x < k; x++) {
            c[x + 1] = vectors.dot(row, axisVectors[x]) / vectors.norm(row);
          }
          perWord.put(w, c);
        }
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
          .limit(TOP_WORDS)
          .map(e -> String.format(Locale.ROOT, "%s (%+.2f)", e.getKey(), e.getValue()[axis + 1]))
          .reduce((p, q) -> p + "; " + q).orElse(""));
    }
    return new ArticleAxes(axes.stream().map(Axis::id).toList(), weight, sum, squares, top);
  }
}
