package org.framelens.cues;

import java.util.List;
import org.framelens.analyze.AnalyzedArticle;
import org.framelens.analyze.Sentence;
import org.framelens.embed.TokenRows;

/**
 * A learned scorer of loaded words: gives each word token of a sentence a probability of being
 * loaded language. Implementations are immutable and thread-safe.
 */
public interface LoadedScorer {

  /**
   * One scored token run (a predicted loaded span) with the words that drove it, comma-separated
   * ({@code drivers} empty when none is worth naming: the explanation then leaves them out).
   */
  record Scored(int fromToken, int toToken, double probability, String drivers) {
  }

  /** The predicted loaded spans of sentence {@code s}, at the scorer's threshold. */
  List<Scored> score(AnalyzedArticle article, Sentence s);

  /**
   * As {@link #score(AnalyzedArticle, Sentence)}, given every token of {@code s} normalised by
   * {@link PhrasePattern#normalise}, which a caller that has them passes so they are not made
   * again.
   */
  default List<Scored> score(AnalyzedArticle article, Sentence s, List<String> normalised) {
    return score(article, s);
  }

  /**
   * Whether the hits of {@code lexicon} over a sentence tell this scorer all it would match with
   * its own lexicon, so that a caller that has them may pass them to
   * {@link #score(AnalyzedArticle, Sentence, List, List)}.
   */
  default boolean usesHitsOf(Lexicon lexicon) {
    return false;
  }

  /**
   * As {@link #score(AnalyzedArticle, Sentence, List)}, given as well {@code hits}, the hits of a
   * lexicon for which {@link #usesHitsOf} is true over {@code normalised}
   * ({@link Lexicon#find}), so that they are not matched again.
   */
  default List<Scored> score(AnalyzedArticle article, Sentence s, List<String> normalised,
      List<Lexicon.Hit> hits) {
    return score(article, s, normalised);
  }

  /**
   * As {@link #score(AnalyzedArticle, Sentence, List, List)} ({@code hits} null: as
   * {@link #score(AnalyzedArticle, Sentence, List)}), given as well the embed stage's vocabulary
   * rows of the article's tokens, which a scorer over the same word vectors may use instead of
   * looking each token up again; the result must not depend on whether it does.
   */
  default List<Scored> score(AnalyzedArticle article, Sentence s, List<String> normalised,
      List<Lexicon.Hit> hits, TokenRows rows) {
    return hits == null ? score(article, s, normalised) : score(article, s, normalised, hits);
  }

  /** A short identity for explanations and cues.csv ({@code rule_id}). */
  String id();
}
