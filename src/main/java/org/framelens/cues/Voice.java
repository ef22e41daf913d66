package org.framelens.cues;

import java.util.Locale;

/** Whose words a cue is in: the outlet's own ({@code author}) or a quoted speaker's. */
public enum Voice {
  AUTHOR, QUOTED;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
