package org.framelens.embed;

/**
 * The first principal component of a corpus's sentence vectors, accumulated in one streaming
 * pass (SIF's common-component removal). Following Arora et al., the component is the top
 * singular vector of the uncentred matrix, i.e. the top eigenvector of {@code XᵀX}, which is
 * summed row by row in a dims × dims matrix; memory does not grow with the corpus. Not
 * thread-safe: one accumulator per run.
 */
public final class PrincipalComponent {

  private final int dim;
  private final double[] gram;
  private long rows;

  public PrincipalComponent(int dimensions) {
    this.dim = dimensions;
    this.gram = new double[dimensions * dimensions];
  }

  /** Adds one sentence vector (zero vectors change nothing). */
  public void add(float[] v) {
    for (int i = 0; i < dim; i++) {
      double vi = v[i];
      if (vi == 0) {
        continue;
      }
      int base = i * dim;
      for (int j = 0; j < dim; j++) {
        gram[base + j] += vi * v[j];
      }
    }
    rows++;
  }

  public long rows() {
    return rows;
  }

  /**
   * The unit first component by power iteration (deterministic start), or null when fewer than
   * two vectors were added (removing the only direction of one sentence would erase it).
   */
  public float[] component() {
    if (rows < 2) {
      return null;
    }
    // a fixed pseudo-random start (not a symmetric vector that may be an eigenvector itself or
    // orthogonal to the top one), so runs are repeatable
    double[] u = new double[dim];
    java.util.Random random = new java.util.Random(0x5EEDL);
    double n0 = 0;
    for (int i = 0; i < dim; i++) {
      u[i] = random.nextGaussian();
      n0 += u[i] * u[i];
    }
    for (int i = 0; i < dim; i++) {
      u[i] /= Math.sqrt(n0);
    }
    double[] next = new double[dim];
    for (int iter = 0; iter < 2000; iter++) {
      for (int i = 0; i < dim; i++) {
        double s = 0;
        for (int j = 0; j < dim; j++) {
          s += gram[i * dim + j] * u[j];
        }
        next[i] = s;
      }
      double norm = 0;
      for (double x : next) {
        norm += x * x;
      }
      norm = Math.sqrt(norm);
      if (norm == 0) {
        return null;
      }
      double change = 0;
      for (int i = 0; i < dim; i++) {
        double x = next[i] / norm;
        change += Math.abs(x - u[i]);
        u[i] = x;
      }
      if (change < 1e-12) {
        break;
      }
    }
    float[] out = new float[dim];
    for (int i = 0; i < dim; i++) {
      out[i] = (float) u[i];
    }
    return out;
  }

  /** {@code v} minus its projection on the unit vector {@code u} (in place); no-op for null u. */
  public static void remove(float[] v, float[] u) {
    if (u == null) {
      return;
    }
    double dot = 0;
    for (int i = 0; i < v.length; i++) {
      dot += (double) v[i] * u[i];
    }
    for (int i = 0; i < v.length; i++) {
      v[i] -= (float) (dot * u[i]);
    }
  }
}
