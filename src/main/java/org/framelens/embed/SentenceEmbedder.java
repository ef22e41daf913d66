package org.framelens.embed;

import java.util.List;
import org.framelens.analyze.AnalyzedArticle;
import org.framelens.analyze.Sentence;
import org.framelens.text.Token;

/**
 * The embed stage: a SIF sentence vector for every sentence (Arora, Liang &amp; Ma 2017, "A
 * simple but tough-to-beat baseline for sentence embeddings").
 *
 * <p>Each word token (words and numbers; punctuation, URLs and e-mails are skipped) is looked up
 * lower-cased (character by character), with curly apostrophes straightened ({@code ’s} → {@code 's}); a hyphenated word
 * that is not in the vocabulary is looked up part by part, and a number with thousands separators
 * without them. The sentence vector is the mean of {@code a / (a + p(w)) · v(w)} over the words
 * found, with {@code a = 1e-3} and p(w) estimated from the word's rank r in the model's
 * frequency-ordered vocabulary by Zipf's law, {@code p = 1 / ((r + 1) · H_N)} (H_N the N-th
 * harmonic number). The corpus's first principal component is removed afterwards by
 * {@link PrincipalComponent} (it needs all sentences). The OOV rate of a sentence is the share
 * of its word tokens with no vector. Stateless after construction and thread-safe.
 */
public final class SentenceEmbedder {

  /** SIF's smoothing parameter a. */
  public static final double SIF_A = 1e-3;

  private final WordVectors vectors;
  private final float[] weights;

  public SentenceEmbedder(WordVectors vectors) {
    this.vectors = vectors;
    int n = vectors.size();
    double harmonic = 0;
    for (int r = 1; r <= n; r++) {
      harmonic += 1.0 / r;
    }
    weights = new float[n];
    for (int r = 0; r < n; r++) {
      double p = 1.0 / ((r + 1) * harmonic);
      weights[r] = (float) (SIF_A / (SIF_A + p));
    }
  }

  public WordVectors vectors() {
    return vectors;
  }

  /** The SIF weight of row {@code row}. */
  public float weight(int row) {
    return weights[row];
  }

  /**
   * The article's sentence vectors, with the vocabulary row of every word token
   * ({@link SentenceEmbeddings#tokenRows()}), each token looked up once.
   */
  public SentenceEmbeddings embed(AnalyzedArticle article) {
    TokenRows rows = TokenRows.of(vectors, article);
    List<Sentence> sentences = article.sentences();
    int dim = vectors.dimensions();
    float[] flat = new float[sentences.size() * dim];
    int[] words = new int[sentences.size()];
    int[] known = new int[sentences.size()];
    float[] acc = new float[dim];
    float[] scratch = new float[dim];
    String text = article.text();
    for (int s = 0; s < sentences.size(); s++) {
      Sentence sentence = sentences.get(s);
      java.util.Arrays.fill(acc, 0f);
      int k = sentence(text, sentence.tokens(), rows, s, acc, scratch);
      if (k > 0) {
        for (int d = 0; d < dim; d++) {
          flat[s * dim + d] = acc[d] / k;
        }
      }
      words[s] = sentence.wordCount();
      known[s] = k;
    }
    return new SentenceEmbeddings(dim, flat, words, known, rows);
  }

  /**
   * Adds the weighted vectors of one sentence's word tokens to {@code acc}; the number of tokens
   * with a vector.
   */
  private int sentence(String text, List<Token> tokens, TokenRows rows, int s, float[] acc,
      float[] scratch) {
    int[] flat = rows.sharedRows();
    int first = rows.firstToken(s);
    int k = 0;
    for (int i = 0, n = tokens.size(); i < n; i++) {
      int row = flat[first + i];
      if (row >= 0) {
        vectors.addTo(row, weights[row], acc, scratch);
        k++;
      } else if (tokens.get(i).kind().isWordLike()) {
        Token t = tokens.get(i);
        if (addParts(text, t.start(), t.end(), acc)) {
          k++;
        }
      }
    }
    return k;
  }

  /**
   * Adds the weighted vector of the token {@code text[from, to)} to {@code acc}; false when it
   * has no vector.
   */
  boolean add(CharSequence text, int from, int to, float[] acc) {
    int row = vectors.find(text, from, to);
    if (row >= 0) {
      vectors.addTo(row, weights[row], acc);
      return true;
    }
    return addParts(text, from, to, acc);
  }

  /**
   * For a token {@code text[from, to)} not in the vocabulary: adds the weighted vectors of its
   * hyphenated parts, or of the number without its thousands separators; false when none has a
   * vector.
   */
  private boolean addParts(CharSequence text, int from, int to, float[] acc) {
    boolean hyphen = false;
    boolean comma = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      hyphen |= c == '-' || c == '\u2011';
      comma |= c == ',';
    }
    if (hyphen) {
      boolean any = false;
      int start = from;
      for (int i = from; i <= to; i++) {
        if (i == to || text.charAt(i) == '-' || text.charAt(i) == '\u2011') {
          int r = vectors.find(text, start, i);
          if (r >= 0) {
            vectors.addTo(r, weights[r], acc);
            any = true;
          }
          start = i + 1;
        }
      }
      return any;
    }
    if (comma) {
      String plain = text.subSequence(from, to).toString().replace(",", "");
      int r = vectors.find(plain, 0, plain.length());
      if (r >= 0) {
        vectors.addTo(r, weights[r], acc);
        return true;
      }
    }
    return false;
  }
}
