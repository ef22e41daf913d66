package org.framelens.embed;

/**
 * A word-vector model: a vocabulary (row per word, in frequency order for pretrained models)
 * and a dense float matrix. Implementations are immutable and thread-safe.
 */
public interface WordVectors {

  ModelInfo info();

  int dimensions();

  /** Number of words (rows). */
  int size();

  /** The row of {@code word} (exact, case-sensitive), or -1 when it is not in the vocabulary. */
  int index(String word);

  /**
   * The row of the word {@code text[from, to)} looked up lower-cased, with curly apostrophes
   * straightened, without creating a string; -1 when absent.
   */
  int find(CharSequence text, int from, int to);

  /**
   * {@link #find(CharSequence, int, int)}, with {@code scratch} (overwritten) for the token's
   * characters when it is long enough: for a caller that looks up many tokens on one thread.
   */
  default int find(CharSequence text, int from, int to, char[] scratch) {
    return find(text, from, to);
  }

  String word(int row);

  /** Component {@code d} of row {@code row}. */
  float get(int row, int d);

  /** Adds {@code weight * vector(row)} to {@code acc}. */
  void addTo(int row, float weight, float[] acc);

  /**
   * {@link #addTo(int, float, float[])}, with {@code scratch} (overwritten; at least
   * {@link #dimensions()} long) for the row: for a caller that adds many rows on one thread.
   */
  default void addTo(int row, float weight, float[] acc, float[] scratch) {
    addTo(row, weight, acc);
  }

  /** Dot product of row {@code row} and {@code v}. */
  float dot(int row, float[] v);

  /** Copies rows {@code [first, first + n)} into {@code dst}, row after row. */
  void copyRows(int first, int n, float[] dst);

  /** Euclidean norm of row {@code row} (precomputed). */
  float norm(int row);

  /** A copy of row {@code row}. */
  default float[] vector(int row) {
    float[] v = new float[dimensions()];
    addTo(row, 1f, v);
    return v;
  }

  /** Cosine similarity of two words, or NaN if either is unknown or a zero vector. */
  default double similarity(String a, String b) {
    int i = index(a);
    int j = index(b);
    if (i < 0 || j < 0 || norm(i) == 0 || norm(j) == 0) {
      return Double.NaN;
    }
    return dot(i, vector(j)) / ((double) norm(i) * norm(j));
  }
}
