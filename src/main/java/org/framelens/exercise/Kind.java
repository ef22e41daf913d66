package org.framelens.exercise;

import java.util.Locale;

/** The kinds of exercise ({@code --kind}). */
public enum Kind {
  /** Spot the framing in single sentences (flagged and clean, balanced by cue type). */
  SPOT,
  /** Compare how two or three outlets frame the same fact (aligned sentences). */
  COMPARE,
  /** For one article, say who stands behind every claim. */
  SOURCES;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
