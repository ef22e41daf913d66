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
 */
public record Axis(String id, String poleA, List<String> wordsA, String poleB, List<String> wordsB,
    String description) {

  public Axis {
    wordsA = List.copyOf(wordsA);
    wordsB = List.copyOf(wordsB);
  }
}
