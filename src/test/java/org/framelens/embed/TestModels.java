package org.framelens.embed;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Builds small compact models for tests, always through the real {@link CompactVectorsWriter}. */
public final class TestModels {

  private TestModels() {
  }

  /** Writes {@code words} with {@code rows[i]} as row i into {@code dir}. */
  public static ModelInfo write(Path dir, List<String> words, float[][] rows)
      throws IOException, ModelException {
    int dim = rows[0].length;
    return CompactVectorsWriter.write(dir, ModelInfo.template("test", "test vectors", "none",
        "made by a unit test", true), words, dim,
        (i, out) -> System.arraycopy(rows[i], 0, out, 0, dim));
  }

  /** Writes and loads a model. */
  public static CompactVectors writeAndLoad(Path dir, List<String> words, float[][] rows)
      throws IOException, ModelException {
    write(dir, words, rows);
    return CompactVectors.load(dir);
  }

  /** Cosine similarity in double precision. */
  public static double cosine(float[] a, float[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += (double) a[i] * b[i];
      na += (double) a[i] * a[i];
      nb += (double) b[i] * b[i];
    }
    return dot / (Math.sqrt(na) * Math.sqrt(nb));
  }
}
