package org.framelens.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Claim triggers and loaded words that fired on schedules, paths, tests and titles (found by a
 * black-box hunt, 2026-11-22): "is due to open in May" is a date, not a cause; "will make a
 * statement" an announcement, not a prediction; "the blood test showed that" cites a test;
 * "horror film" and the film "Terrorists" name a genre and a title. The same trigger words
 * with their contested meaning still fire.
 */
class ClaimTriggerExceptionsTest {

  private static List<String> found(String sentence) {
    CueTestSupport.Result r = CueTestSupport.run(sentence);
    return r.cues().evidence().stream()
        .filter(e -> e.type() == CueType.UNATTRIBUTED_CLAIM || e.type() == CueType.LOADED)
        .map(Evidence::ruleId).toList();
  }

  @Test
  void schedulesPathsTestsAndTitlesAreNotClaims() {
    for (String s : List.of("The bridge is due to open in May.",
        "The ambassador is due to testify on Thursday.", "The road leads to the border crossing.",
        "The minister will make a statement on Monday.", "The talks are set to begin on Tuesday.",
        "The blood test showed that he was healthy.", "The horror film premiered in Kyiv.",
        "The film Terrorists was banned.", "The court is due to hear the case next week.")) {
      assertEquals(List.of(), found(s), s);
    }
  }

  @Test
  void theContestedMeaningsStillFire() {
    assertEquals(List.of("claim.cause"), found("Prices rose due to open borders."));
    assertEquals(List.of("claim.cause"), found("Cases rose due to close contact at schools."));
    assertEquals(List.of("claim.cause"), found("The sanctions led to a crisis."));
    assertEquals(List.of("claim.prediction"), found("The decision will make the war longer."));
    assertEquals(List.of("claim.prediction"), found("The talks are set to fail."));
    assertEquals(List.of("claim.evaluation"), found("The move showed that Moscow is weak."));
    assertEquals(List.of("claim.loaded", "loaded.horror"),
        found("The horrific scenes shocked Europe."));
  }
}
