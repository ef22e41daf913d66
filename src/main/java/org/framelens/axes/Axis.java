package org.framelens.axes;

import java.util.List;

/**
 * A semantic axis: two poles, each a set of words; its vector is the mean of pole a's word
 * vectors minus the mean of pole b's (words the model lacks are left out).
 *
 * @param id          stable id, e.g. {@code threat_security}
 * @param poleA       name of the positive pole
 * @param wordsA      its words
 * @param poleB       name of the negative pole
 * @param wordsB      its words
 * @param description one plain question the axis answers
 * @param where       where it was read, {@code FILE:LINE} (empty when made in code)
 */
public record Axis(String id, String poleA, List<String> wordsA, String poleB, List<String> wordsB,
    String description, String where) {

  public Axis {
    wordsA = List.copyOf(wordsA);
    wordsB = List.copyOf(wordsB);
  }

  /** An axis made in code (no file). */
  public Axis(String id, String poleA, List<String> wordsA, String poleB, List<String> wordsB,
      String description) {
    this(id, poleA, wordsA, poleB, wordsB, description, "");
  }
}
