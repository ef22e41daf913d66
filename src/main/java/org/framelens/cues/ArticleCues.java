package org.framelens.cues;

import java.util.List;

/**
 * The cue stage's output for one article: every hit with its evidence, in text order, and a
 * summary per sentence (same order as the article's sentences).
 */
public record ArticleCues(List<Evidence> evidence, List<SentenceCues> sentences) {

  private static final ArticleCues NONE = new ArticleCues(List.of(), List.of());

  public ArticleCues {
    evidence = List.copyOf(evidence);
    sentences = List.copyOf(sentences);
  }

  /** No cue stage (the null object). */
  public static ArticleCues none() {
    return NONE;
  }

  public boolean isEmpty() {
    return sentences.isEmpty();
  }
}
