package org.framelens.learn;

/**
 * Binary logistic regression with L2 regularisation, trained by full-batch Adam on standardised
 * features (the standardisation is folded into the weights, so the data is never copied).
 * Deterministic: weights start at zero and every pass visits the rows in order.
 */
public final class LogisticRegression {

  /** A trained model: weights on standardised features. */
  public record Model(double bias, double[] weights, double[] mean, double[] scale) {

    public double probability(float[] x) {
      double z = bias;
      for (int j = 0; j < weights.length; j++) {
        z += weights[j] * ((x[j] - mean[j]) / scale[j]);
      }
      return 1 / (1 + Math.exp(-z));
    }
  }

  private final double l2;
  private final int epochs;
  private final double learningRate;

  public LogisticRegression(double l2, int epochs, double learningRate) {
    this.l2 = l2;
    this.epochs = epochs;
    this.learningRate = learningRate;
  }

  /** Trains on the rows whose {@code use[i]} is true. */
  public Model fit(float[][] x, boolean[] y, boolean[] use) {
    int d = x[0].length;
    int n = 0;
    double[] mean = new double[d];
    double[] sq = new double[d];
    for (int i = 0; i < x.length; i++) {
      if (!use[i]) {
        continue;
      }
      n++;
      for (int j = 0; j < d; j++) {
        mean[j] += x[i][j];
        sq[j] += (double) x[i][j] * x[i][j];
      }
    }
    double[] scale = new double[d];
    for (int j = 0; j < d; j++) {
      mean[j] /= n;
      double var = sq[j] / n - mean[j] * mean[j];
      scale[j] = var > 1e-12 ? Math.sqrt(var) : 1;
    }
    double[] w = new double[d];
    double b = 0;
    double[] mw = new double[d];
    double[] vw = new double[d];
    double mb = 0;
    double vb = 0;
    double beta1 = 0.9;
    double beta2 = 0.999;
    double[] eff = new double[d];
    double[] grad = new double[d];
    for (int epoch = 1; epoch <= epochs; epoch++) {
      double effBias = b;
      for (int j = 0; j < d; j++) {
        eff[j] = w[j] / scale[j];
        effBias -= eff[j] * mean[j];
      }
      java.util.Arrays.fill(grad, 0);
      double rSum = 0;
      for (int i = 0; i < x.length; i++) {
        if (!use[i]) {
          continue;
        }
        float[] row = x[i];
        double z = effBias;
        for (int j = 0; j < d; j++) {
          z += eff[j] * row[j];
        }
        double r = 1 / (1 + Math.exp(-z)) - (y[i] ? 1 : 0);
        rSum += r;
        for (int j = 0; j < d; j++) {
          grad[j] += r * row[j];
        }
      }
      double gb = rSum / n;
      double c1 = 1 - Math.pow(beta1, epoch);
      double c2 = 1 - Math.pow(beta2, epoch);
      for (int j = 0; j < d; j++) {
        double g = (grad[j] - mean[j] * rSum) / (scale[j] * n) + l2 * w[j];
        mw[j] = beta1 * mw[j] + (1 - beta1) * g;
        vw[j] = beta2 * vw[j] + (1 - beta2) * g * g;
        w[j] -= learningRate * (mw[j] / c1) / (Math.sqrt(vw[j] / c2) + 1e-8);
      }
      mb = beta1 * mb + (1 - beta1) * gb;
      vb = beta2 * vb + (1 - beta2) * gb * gb;
      b -= learningRate * (mb / c1) / (Math.sqrt(vb / c2) + 1e-8);
    }
    return new Model(b, w, mean, scale);
  }
}
