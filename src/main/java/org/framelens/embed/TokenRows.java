package org.framelens.embed;

import java.util.List;
import org.framelens.analyze.AnalyzedArticle;
import org.framelens.analyze.Sentence;
import org.framelens.text.Token;

/**
 * The vocabulary row of every word token of one article, looked up once by the embed stage so
 * that later stages (axes; the cues and the comparison can do the same) need not look each token
 * up again: {@code row(s, i)} is exactly {@link WordVectors#find} of token i of sentence s, the
 * whole token lower-cased with curly apostrophes straightened, for a word or number token
 * ({@link Token.Kind#isWordLike}), and -1 when the model lacks it and for every other token
 * (punctuation, symbols, URLs, e-mails are not looked up). No fallback is applied: a consumer
 * that splits a missing hyphenated word or drops a number's thousands separators does so itself,
 * on the few tokens whose row is -1. Immutable; the rows belong to one model
 * ({@link #isOf}).
 */
public final class TokenRows {

  private static final TokenRows NONE = new TokenRows(null, new int[1], new int[0]);

  private final WordVectors model;
  private final int[] firsts; // sentence -> index of its first token in rows (length sentences + 1)
  private final int[] rows;

  private TokenRows(WordVectors model, int[] firsts, int[] rows) {
    this.model = model;
    this.firsts = firsts;
    this.rows = rows;
  }

  /** No model: no rows (the null object). */
  public static TokenRows none() {
    return NONE;
  }

  /** Looks up every word and number token of {@code a} in {@code model}, in one pass. */
  public static TokenRows of(WordVectors model, AnalyzedArticle a) {
    List<Sentence> sentences = a.sentences();
    int[] firsts = new int[sentences.size() + 1];
    for (int s = 0; s < sentences.size(); s++) {
      firsts[s + 1] = firsts[s] + sentences.get(s).tokens().size();
    }
    int[] rows = new int[firsts[sentences.size()]];
    String text = a.text();
    char[] scratch = new char[SCRATCH];
    for (int s = 0; s < sentences.size(); s++) {
      lookUp(model, text, sentences.get(s).tokens(), rows, firsts[s], scratch);
    }
    return new TokenRows(model, firsts, rows);
  }

  /** Characters of the scratch buffer for the tokens of an article (longer ones get their own). */
  private static final int SCRATCH = 64;

  /** Fills {@code rows[at, at + tokens.size())} with the tokens' rows. */
  private static void lookUp(WordVectors model, String text, List<Token> tokens, int[] rows,
      int at, char[] scratch) {
    for (int i = 0, n = tokens.size(); i < n; i++) {
      Token t = tokens.get(i);
      rows[at + i] = t.kind().isWordLike() ? model.find(text, t.start(), t.end(), scratch) : -1;
    }
  }

  /** Whether these are rows of {@code vectors} (false for {@link #none()}). */
  public boolean isOf(WordVectors vectors) {
    return model != null && model == vectors;
  }

  public boolean isEmpty() {
    return model == null;
  }

  /** Number of sentences. */
  public int sentences() {
    return firsts.length - 1;
  }

  /** The row of token {@code token} of sentence {@code sentence}, or -1 (see the class). */
  public int row(int sentence, int token) {
    return rows[firsts[sentence] + token];
  }

  /**
   * The rows of every token of the article, sentence after sentence (a copy): sentence s's tokens
   * start at {@link #firstToken}(s).
   */
  public int[] rows() {
    return rows.clone();
  }

  /** The rows themselves, not a copy, for the embedder: not to be changed. */
  int[] sharedRows() {
    return rows;
  }

  /** Index in {@link #rows()} of sentence {@code sentence}'s first token. */
  public int firstToken(int sentence) {
    return firsts[sentence];
  }
}
