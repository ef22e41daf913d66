package org.framelens.cues;

import java.util.Locale;

/** Whose words a cue is in: the outlet's own ({@code author}) or a quoted speaker's. */
public enum Voice {
  AUTHOR, QUOTED;

  /** The lower-case name used in the reports (made once: it is written for every cue). */
  private final String id = name().toLowerCase(Locale.ROOT);

  public String id() {
    return id;
  }
}
