package org.framelens.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link Stats}: ROC AUC and Spearman's rho on cases worked out by hand. */
class StatsTest {

  private static final double EPS = 1e-12;

  // ---- ranks ----

  @Test
  void ranksAreOneBasedAndTiesShareTheMeanOfTheirRanks() {
    // sorted: 1 (rank 1), 2 (rank 2), 3, 3 (ranks 3 and 4 -> 3.5 each)
    assertArrayEquals(new double[] {3.5, 1, 3.5, 2}, Stats.ranks(new double[] {3, 1, 3, 2}), EPS);
  }

  @Test
  void ranksOfAllEqualValuesAreTheMiddleRank() {
    assertArrayEquals(new double[] {2, 2, 2}, Stats.ranks(new double[] {7, 7, 7}), EPS);
  }

  // ---- auc ----

  @Test
  void aucIsOneWhenEveryPositiveOutscoresEveryNegative() {
    double[] score = {0.9, 0.1, 0.8, 0.2};
    boolean[] pos = {true, false, true, false};
    assertEquals(1.0, Stats.auc(score, pos), EPS);
  }

  @Test
  void aucIsZeroWhenEveryNegativeOutscoresEveryPositive() {
    double[] score = {0.1, 0.9, 0.2, 0.8};
    boolean[] pos = {true, false, true, false};
    assertEquals(0.0, Stats.auc(score, pos), EPS);
  }

  @Test
  void aucIsOneHalfWhenAllScoresAreTied() {
    double[] score = {0.5, 0.5, 0.5, 0.5, 0.5};
    boolean[] pos = {true, false, true, false, false};
    assertEquals(0.5, Stats.auc(score, pos), EPS);
  }

  @Test
  void aucCountsOneTiedPositiveNegativePairAsOneHalf() {
    // positives 0.9, 0.5; negatives 0.5, 0.1. Pairs (pos, neg):
    // (0.9,0.5)=1 (0.9,0.1)=1 (0.5,0.5)=1/2 (0.5,0.1)=1 -> 3.5 / 4
    double[] score = {0.9, 0.5, 0.5, 0.1};
    boolean[] pos = {true, true, false, false};
    assertEquals(0.875, Stats.auc(score, pos), EPS);
  }

  @Test
  void aucWithUnequalClassSizesIsTheShareOfPairsRankedRight() {
    // one positive at 0.8 against negatives 0.9, 0.3, 0.1: beats 2 of 3
    double[] score = {0.9, 0.8, 0.3, 0.1};
    boolean[] pos = {false, true, false, false};
    assertEquals(2.0 / 3.0, Stats.auc(score, pos), EPS);
  }

  @Test
  void aucIsNaNWithOnlyPositives() {
    assertTrue(Double.isNaN(Stats.auc(new double[] {0.2, 0.7}, new boolean[] {true, true})));
  }

  @Test
  void aucIsNaNWithOnlyNegatives() {
    assertTrue(Double.isNaN(Stats.auc(new double[] {0.2, 0.7}, new boolean[] {false, false})));
  }

  @Test
  void aucIsNaNWithNoPoints() {
    assertTrue(Double.isNaN(Stats.auc(new double[0], new boolean[0])));
  }

  // ---- spearman ----

  @Test
  void spearmanIsOneForAStrictlyIncreasingNonLinearRelation() {
    double[] a = {1, 2, 3, 4};
    double[] b = {1, 8, 27, 64};
    assertEquals(1.0, Stats.spearman(a, b), EPS);
  }

  @Test
  void spearmanIsMinusOneForAStrictlyDecreasingRelation() {
    double[] a = {1, 2, 3, 4};
    double[] b = {10, 5, 1, 0};
    assertEquals(-1.0, Stats.spearman(a, b), EPS);
  }

  @Test
  void spearmanWithTiesUsesAverageRanks() {
    // a = 1,2,2,3 -> ranks 1, 2.5, 2.5, 4 ; b = 1,3,2,4 -> ranks 1, 3, 2, 4 ; both mean 2.5
    // deviations a: -1.5, 0, 0, 1.5 ; b: -1.5, 0.5, -0.5, 1.5
    // num = 2.25 + 0 + 0 + 2.25 = 4.5 ; Saa = 4.5 ; Sbb = 5 -> rho = 4.5 / sqrt(22.5) = sqrt(0.9)
    double[] a = {1, 2, 2, 3};
    double[] b = {1, 3, 2, 4};
    assertEquals(Math.sqrt(0.9), Stats.spearman(a, b), EPS);
    assertEquals(0.9486832980505138, Stats.spearman(a, b), 1e-12);
  }

  @Test
  void spearmanIsSymmetricInItsArguments() {
    double[] a = {1, 2, 2, 3};
    double[] b = {1, 3, 2, 4};
    assertEquals(Stats.spearman(a, b), Stats.spearman(b, a), EPS);
  }

  @Test
  void spearmanIsNaNWhenOneVariableIsConstant() {
    assertTrue(Double.isNaN(Stats.spearman(new double[] {1, 2, 3}, new double[] {4, 4, 4})));
    assertTrue(Double.isNaN(Stats.spearman(new double[] {0, 0, 0}, new double[] {1, 2, 3})));
  }

  @Test
  void spearmanIsNaNForFewerThanTwoPoints() {
    assertTrue(Double.isNaN(Stats.spearman(new double[] {1}, new double[] {2})));
    assertTrue(Double.isNaN(Stats.spearman(new double[0], new double[0])));
  }

  @Test
  void spearmanOfTwoDistinctPointsIsPlusOrMinusOne() {
    assertEquals(1.0, Stats.spearman(new double[] {1, 2}, new double[] {3, 9}), EPS);
    assertEquals(-1.0, Stats.spearman(new double[] {1, 2}, new double[] {9, 3}), EPS);
  }
}
