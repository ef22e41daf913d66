package org.framelens.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.framelens.text.Span;
import org.junit.jupiter.api.Test;

/** Overlap matching: predicted spans correct when they overlap gold, gold found when overlapped. */
class MatchScoreTest {

  private static final double EPS = 1e-12;

  private static Span s(int start, int end) {
    return new Span(start, end);
  }

  @Test
  void countsMatchedPredictionsAndFoundGoldSeparately() {
    MatchScore m = new MatchScore();
    m.add(List.of(s(0, 5), s(10, 15), s(30, 35)), List.of(s(3, 12), s(40, 45)));
    assertEquals(3, m.predicted());
    assertEquals(2, m.gold());
    assertEquals(2.0 / 3, m.precision(), EPS);
    assertEquals(0.5, m.recall(), EPS);
    assertEquals(4.0 / 7, m.f1(), EPS);
  }

  @Test
  void touchingSpansDoNotMatch() {
    MatchScore m = new MatchScore();
    m.add(List.of(s(0, 5)), List.of(s(5, 10)));
    assertEquals(0.0, m.precision(), 0.0);
    assertEquals(0.0, m.recall(), 0.0);
    assertEquals(0.0, m.f1(), 0.0);
  }

  @Test
  void oneLongPredictionFindsEveryGoldSpanItOverlaps() {
    MatchScore m = new MatchScore();
    m.add(List.of(s(0, 20)), List.of(s(0, 5), s(10, 15)));
    assertEquals(1.0, m.precision(), EPS);
    assertEquals(1.0, m.recall(), EPS);
    assertEquals(1.0, m.f1(), EPS);
  }

  @Test
  void accumulatesCountsOverArticles() {
    MatchScore m = new MatchScore();
    m.add(List.of(s(0, 5)), List.of(s(1, 2)));
    m.add(List.of(s(0, 5), s(6, 8)), List.of(s(20, 25)));
    m.add(List.of(), List.of(s(0, 1)));
    assertEquals(3, m.predicted());
    assertEquals(3, m.gold());
    assertEquals(1.0 / 3, m.precision(), EPS);
    assertEquals(1.0 / 3, m.recall(), EPS);
    assertEquals(1.0 / 3, m.f1(), EPS);
  }

  @Test
  void nothingPredictedOrNoGoldGivesZero() {
    MatchScore m = new MatchScore();
    assertEquals(0.0, m.f1(), 0.0);
    m.add(List.of(s(0, 3)), List.of());
    assertEquals(0.0, m.precision(), 0.0);
    assertEquals(0.0, m.recall(), 0.0);
    assertEquals(0.0, m.f1(), 0.0);
  }

  @Test
  void toStringReportsScoresAndCounts() {
    MatchScore m = new MatchScore();
    m.add(List.of(s(0, 5), s(10, 15), s(30, 35)), List.of(s(3, 12), s(40, 45)));
    assertEquals("P=0.667 R=0.500 F1=0.571 (3 predicted, 2 gold)", m.toString());
  }
}
