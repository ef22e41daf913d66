package org.framelens.cues;

import java.util.Locale;

/** How a cue was found: a lexicon entry, the learned model, or a hand-written rule. */
public enum Match {
  LEXICON, MODEL, RULE;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
