package org.framelens.cues;

import java.util.Locale;

/** The kinds of framing cue FrameLens reports. Ids are stable: they appear in cues.csv. */
public enum CueType {
  /** Emotive or pejorative words and phrases. */
  LOADED,
  /** A short quoted fragment with no speaker, distancing the writer from a word. */
  SCARE_QUOTE,
  /** A claim tied to a source ("said", "according to"). */
  ATTRIBUTION,
  /** A vague attribution that hides the source ("some argue", "critics say"). */
  WEASEL,
  /** An accusation or evaluation with no agent ("is accused of"). */
  AGENTLESS_PASSIVE,
  /** A contested claim in the outlet's own voice with no source. */
  UNATTRIBUTED_CLAIM,
  /** Softens a claim ("may", "reportedly"). */
  HEDGE,
  /** Strengthens a claim ("clearly", "undoubtedly"). */
  BOOSTER,
  /** Casts doubt on a claim ("claims that", "purported"). */
  DOUBT;

  /** The lower-case name used in the reports (made once: it is written for every cue). */
  private final String id = name().toLowerCase(Locale.ROOT);

  public String id() {
    return id;
  }

  public static CueType fromId(String id) {
    return valueOf(id.strip().toUpperCase(Locale.ROOT));
  }
}
