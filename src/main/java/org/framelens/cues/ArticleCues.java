package org.framelens.cues;

import java.util.List;

/**
 * The cue stage's output for one article: every hit with its evidence, in text order, a
 * summary per sentence (same order as the article's sentences), and how often each actor is
 * named (actor id → mentions).
 */
public record ArticleCues(List<Evidence> evidence, List<SentenceCues> sentences,
    java.util.Map<String, Integer> actorMentions) {

  private static final ArticleCues NONE = new ArticleCues(List.of(), List.of(),
      java.util.Map.of());

  public ArticleCues {
    evidence = List.copyOf(evidence);
    sentences = List.copyOf(sentences);
    actorMentions = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(actorMentions));
  }

  /** No cue stage (the null object). */
  public static ArticleCues none() {
    return NONE;
  }

  public boolean isEmpty() {
    return sentences.isEmpty();
  }
}
