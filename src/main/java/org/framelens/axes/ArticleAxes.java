package org.framelens.axes;

import java.util.List;

/**
 * An article's position on each axis, as sums that pool across articles (so sources and the
 * corpus baseline come from the same numbers): over its word tokens found in the model, with
 * c = cosine of the word to the axis, {@code weight} = Σ 1, {@code sum} = Σ c, {@code squares} =
 * Σ c². {@code topWords} are the article's words furthest from the axis midpoint, "word (+0.31)".
 */
public record ArticleAxes(List<String> axisIds, double[] weight, double[] sum, double[] squares,
    List<String> topWords) {

  private static final ArticleAxes NONE = new ArticleAxes(List.of(), new double[0],
      new double[0], new double[0], List.of());

  public ArticleAxes {
    axisIds = List.copyOf(axisIds);
    weight = weight.clone();
    sum = sum.clone();
    squares = squares.clone();
    topWords = List.copyOf(topWords);
  }

  public static ArticleAxes none() {
    return NONE;
  }

  public boolean isEmpty() {
    return axisIds.isEmpty();
  }

  /** Bias on axis k: the mean cosine of the words (NaN without words). */
  public double bias(int k) {
    return weight[k] == 0 ? Double.NaN : sum[k] / weight[k];
  }

  /** Intensity on axis k: the second moment of the cosines around {@code baseline}. */
  public double intensity(int k, double baseline) {
    if (weight[k] == 0) {
      return Double.NaN;
    }
    return (squares[k] - 2 * baseline * sum[k] + baseline * baseline * weight[k]) / weight[k];
  }

  public double weight(int k) {
    return weight[k];
  }

  /** The pooled sums of this and {@code o} (same axes); top words are not pooled. */
  public ArticleAxes plus(ArticleAxes o) {
    if (isEmpty()) {
      return o;
    }
    double[] w = weight.clone();
    double[] s = sum.clone();
    double[] q = squares.clone();
    for (int k = 0; k < w.length; k++) {
      w[k] += o.weight[k];
      s[k] += o.sum[k];
      q[k] += o.squares[k];
    }
    return new ArticleAxes(axisIds, w, s, q, List.of());
  }
}
