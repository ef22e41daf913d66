package org.framelens.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.framelens.text.Span;
import org.junit.jupiter.api.Test;

/** The SemEval-2020 Task 11 span measure with partial credit, checked against hand values. */
class SpanScoreTest {

  private static final double EPS = 1e-12;

  private static Span s(int start, int end) {
    return new Span(start, end);
  }

  @Test
  void halfOverlappingSpanGetsHalfPrecisionAndHalfRecall() {
    SpanScore sc = new SpanScore();
    sc.add(List.of(s(0, 10)), List.of(s(5, 15)));
    assertEquals(0.5, sc.precision(), EPS);
    assertEquals(0.5, sc.recall(), EPS);
    assertEquals(0.5, sc.f1(), EPS);
    assertEquals(1, sc.predictedSpans());
    assertEquals(1, sc.goldSpans());
  }

  @Test
  void exactMatchScoresOne() {
    SpanScore sc = new SpanScore();
    sc.add(List.of(s(3, 9)), List.of(s(3, 9)));
    assertEquals(1.0, sc.precision(), EPS);
    assertEquals(1.0, sc.recall(), EPS);
    assertEquals(1.0, sc.f1(), EPS);
  }

  @Test
  void missingPredictionCountsInPrecisionDenominator() {
    // [0,4) overlaps gold [2,6) by 2: P sum 2/4, R sum 2/4; [20,30) hits nothing
    SpanScore sc = new SpanScore();
    sc.add(List.of(s(0, 4), s(20, 30)), List.of(s(2, 6)));
    assertEquals(0.25, sc.precision(), EPS);
    assertEquals(0.5, sc.recall(), EPS);
    assertEquals(2 * 0.25 * 0.5 / 0.75, sc.f1(), EPS);
    assertEquals(2, sc.predictedSpans());
    assertEquals(1, sc.goldSpans());
  }

  @Test
  void predictionCoveringTwoGoldSpansGetsCreditFromEach() {
    // [0,20) vs gold [0,5) and [10,15): P = (5+5)/20, R = (1 + 1) / 2
    SpanScore sc = new SpanScore();
    sc.add(List.of(s(0, 20)), List.of(s(0, 5), s(10, 15)));
    assertEquals(0.5, sc.precision(), EPS);
    assertEquals(1.0, sc.recall(), EPS);
  }

  @Test
  void overlappingGoldSpansAreMergedBeforeScoring() {
    // unmerged, precision would be 6/10 + 6/10 = 1.2 and there would be two gold spans
    SpanScore sc = new SpanScore();
    sc.add(List.of(s(0, 10)), List.of(s(0, 6), s(4, 10)));
    assertEquals(1, sc.goldSpans());
    assertEquals(1.0, sc.precision(), EPS);
    assertEquals(1.0, sc.recall(), EPS);
  }

  @Test
  void overlappingPredictedSpansAreMergedBeforeScoring() {
    SpanScore sc = new SpanScore();
    sc.add(List.of(s(4, 10), s(0, 6)), List.of(s(0, 10)));
    assertEquals(1, sc.predictedSpans());
    assertEquals(1.0, sc.precision(), EPS);
    assertEquals(1.0, sc.recall(), EPS);
  }

  @Test
  void noPredictionsGiveZeroPrecisionAndZeroF1() {
    SpanScore sc = new SpanScore();
    sc.add(List.of(), List.of(s(0, 5)));
    assertEquals(0.0, sc.precision(), 0.0);
    assertEquals(0.0, sc.recall(), 0.0);
    assertEquals(0.0, sc.f1(), 0.0);
    assertEquals(0, sc.predictedSpans());
    assertEquals(1, sc.goldSpans());
  }

  @Test
  void emptyScoreIsAllZero() {
    SpanScore sc = new SpanScore();
    assertEquals(0.0, sc.precision(), 0.0);
    assertEquals(0.0, sc.recall(), 0.0);
    assertEquals(0.0, sc.f1(), 0.0);
  }

  @Test
  void accumulationSumsNumeratorsAndCountsAcrossArticles() {
    SpanScore sc = new SpanScore();
    // article 1: P sum 0.5 (1 span), R sum 0.5 (1 span)
    sc.add(List.of(s(0, 10)), List.of(s(5, 15)));
    // article 2: [0,4) inside gold [0,8): P sum 1, R sum 0.5; gold [20,30) missed
    sc.add(List.of(s(0, 4)), List.of(s(0, 8), s(20, 30)));
    assertEquals(2, sc.predictedSpans());
    assertEquals(3, sc.goldSpans());
    assertEquals(1.5 / 2, sc.precision(), EPS);
    // micro (1.0 / 3), not the mean of the per-article recalls (0.375)
    assertEquals(1.0 / 3, sc.recall(), EPS);
    double p = 0.75;
    double r = 1.0 / 3;
    assertEquals(2 * p * r / (p + r), sc.f1(), EPS);
  }

  @Test
  void emptySpansAreDropped() {
    SpanScore sc = new SpanScore();
    sc.add(List.of(s(3, 3), s(0, 5)), List.of(s(0, 5), s(7, 7)));
    assertEquals(1, sc.predictedSpans());
    assertEquals(1, sc.goldSpans());
    assertEquals(1.0, sc.f1(), EPS);
  }

  @Test
  void mergeSortsAndJoinsOverlappingSpans() {
    assertEquals(List.of(s(0, 12), s(20, 25)),
        SpanScore.merge(List.of(s(20, 25), s(5, 12), s(0, 6), s(2, 3), s(9, 9))));
  }

  @Test
  void mergeKeepsMerelyTouchingSpansApartAsDocumented() {
    // the javadoc of merge: "Overlapping spans (not merely touching ones) merged into one"
    assertEquals(List.of(s(0, 5), s(5, 10)), SpanScore.merge(List.of(s(0, 5), s(5, 10))));
    assertEquals(List.of(s(0, 10)), SpanScore.merge(List.of(s(0, 6), s(5, 10))));
  }

  @Test
  void toStringShowsThreeDecimals() {
    SpanScore sc = new SpanScore();
    sc.add(List.of(s(0, 4), s(20, 30)), List.of(s(2, 6)));
    assertEquals("span_f1=0.333 precision=0.250 recall=0.500", sc.toString());
  }
}
