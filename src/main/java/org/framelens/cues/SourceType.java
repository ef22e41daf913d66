package org.framelens.cues;

import java.util.Locale;

/** What kind of source an attribution names. Ids are stable: they appear in the CSVs. */
public enum SourceType {
  /** A named person, usually with a role ("Foreign Minister Vladimir Makei"). */
  NAMED_PERSON,
  /** An institution or government, or a capital standing for one ("the Pentagon", "Minsk"). */
  INSTITUTION,
  /** A news medium, agency or document ("Russian agencies", "a statement"). */
  MEDIA_DOCUMENT,
  /** An unnamed or anonymous official or source ("officials said", "a source close to"). */
  ANONYMOUS,
  /** A vague group that hides who it is ("some", "critics", "observers"). */
  WEASEL,
  /** A pronoun without an antecedent ("he said"), or another source whose kind is not told. */
  UNKNOWN;

  /** The lower-case name used in the reports (made once: it is written for every cue). */
  private final String id = name().toLowerCase(Locale.ROOT);

  public String id() {
    return id;
  }
}
