package org.framelens.exercise;

import java.util.Locale;

/**
 * How hard an exercise is ({@code --level}). {@code BASIC}: fewer items, only sentences whose
 * every hit is high-confidence (lexicon or rule, or a model probability of at least
 * {@value Answer#HIGH_CONFIDENCE}), and only the clear cue types. {@code ADVANCED}: more items,
 * and the subtle cue types too (hedges, boosters, doubt, scare quotes, voice differences).
 */
public enum Level {
  BASIC, ADVANCED;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
