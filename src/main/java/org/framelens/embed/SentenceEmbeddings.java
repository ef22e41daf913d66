package org.framelens.embed;

/**
 * The SIF vectors of one article's sentences (before the corpus's principal component is
 * removed), with their OOV counts and the vocabulary row of every word token
 * ({@link TokenRows}, for the later stages). Immutable: accessors return copies.
 */
public final class SentenceEmbeddings {

  private static final SentenceEmbeddings NONE = new SentenceEmbeddings(0, new float[0],
      new int[0], new int[0], TokenRows.none());

  private final int dimensions;
  private final float[] flat;
  private final int[] words;
  private final int[] known;
  private final TokenRows tokenRows;

  SentenceEmbeddings(int dimensions, float[] flat, int[] words, int[] known,
      TokenRows tokenRows) {
    this.dimensions = dimensions;
    this.flat = flat;
    this.words = words;
    this.known = known;
    this.tokenRows = tokenRows;
  }

  /** No model: no vectors, no OOV rates (the null object). */
  public static SentenceEmbeddings none() {
    return NONE;
  }

  public boolean isEmpty() {
    return dimensions == 0;
  }

  public int dimensions() {
    return dimensions;
  }

  public int sentences() {
    return words.length;
  }

  /** A copy of sentence {@code i}'s vector (all zeros when no word was found). */
  public float[] vector(int i) {
    float[] v = new float[dimensions];
    System.arraycopy(flat, i * dimensions, v, 0, dimensions);
    return v;
  }

  /** Share of sentence {@code i}'s word tokens without a vector; NaN for a sentence without words. */
  public double oovRate(int i) {
    return words[i] == 0 ? Double.NaN : (double) (words[i] - known[i]) / words[i];
  }

  /** Word tokens of sentence {@code i}. */
  public int words(int i) {
    return words[i];
  }

  /** Word tokens of sentence {@code i} found in the model. */
  public int known(int i) {
    return known[i];
  }

  /** The vocabulary row of every token ({@link TokenRows#none()} for {@link #none()}). */
  public TokenRows tokenRows() {
    return tokenRows;
  }
}
