package org.framelens.cues;

import java.util.List;
import org.framelens.analyze.AnalyzedArticle;
import org.framelens.analyze.Sentence;

/**
 * A learned scorer of loaded words: gives each word token of a sentence a probability of being
 * loaded language. Implementations are immutable and thread-safe.
 */
public interface LoadedScorer {

  /** One scored token run (a predicted loaded span) with the words that drove it. */
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

  /** A short identity for explanations and cues.csv ({@code rule_id}). */
  String id();
}
