package org.framelens.cues;

import java.util.Locale;

/** How a cue was found: a lexicon entry, the learned model, or a hand-written rule. */
public enum Match {
  LEXICON, MODEL, RULE;

  /** The lower-case name used in the reports (made once: it is written for every cue). */
  private final String id = name().toLowerCase(Locale.ROOT);

  public String id() {
    return id;
  }
}
