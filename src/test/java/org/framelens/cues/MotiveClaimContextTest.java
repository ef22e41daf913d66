package org.framelens.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Motive claims that were no motive the outlet imputes (audit 6 of the ABP sample: 48 of 100
 * sampled motive claims right): announced plans ("plans to hold a hearing"), the stated purposes
 * of laws, treaties and programmes ("The Paris climate accord aims to"), questions, conditions
 * and generic subjects ("anyone who wants to"). Real imputed motives stay claims: "Putin wants to
 * divide NATO", "in an effort to distract from", "under the pretext of", and a purpose the outlet
 * doubts ("ostensibly designed to"). Run through the cue stage, one sentence at a time.
 */
class MotiveClaimContextTest {

  /** The rule ids of the unattributed claims of {@code sentence}. */
  private static List<String> claims(String sentence) {
    return CueTestSupport.run(sentence).of(CueType.UNATTRIBUTED_CLAIM).stream()
        .map(Evidence::ruleId).toList();
  }

  private static void none(String... sentences) {
    for (String s : sentences) {
      assertEquals(List.of(), claims(s), s);
    }
  }

  @Test
  void realImputedMotivesStay() {
    assertEquals(List.of("claim.motive"), claims("Putin wants to divide NATO."));
    assertEquals(List.of("claim.motive-bid"),
        claims("The drills were staged in an effort to distract from the crisis at home."));
    assertEquals(List.of("claim.motive-bid"),
        claims("Troops moved in an attempt to seize the bridge."));
    assertEquals(List.of("claim.motive-bid"),
        claims("Troops crossed the border under the pretext of drills."));
    assertEquals(List.of("claim.motive"),
        claims("The law is ostensibly designed to protect voters."));
    assertEquals(List.of("claim.motive"), claims("The Kremlin aims to keep NATO out."));
    assertEquals(List.of("claim.motive"),
        claims("Republicans who wanted to delay the vote met on Monday."));
    assertEquals(List.of("claim.motive"), claims("Those lawmakers sought to delay the vote."));
    assertEquals(List.of("claim.motive"),
        claims("The speech was designed to rally the party's base."));
  }

  @Test
  void plansAreNoMotive() {
    none("The senator plans to hold a hearing on Tuesday.",
        "The network originally planned to live stream the interview.",
        "Her plans to promote economic fairness were popular.",
        "Republican senators met as plans to hold just one hearing took shape.");
  }

  @Test
  void aPolicyNounsPurposeIsOfRecord() {
    none("The Paris climate accord aims to keep temperatures down.",
        "The Affordable Care Act is intended to serve 48 million Americans.",
        "The Clean Power Plan, which aimed to reduce emissions, was repealed.",
        "The 2015 rules were intended to ensure an open internet.",
        "The Green New Deal also aims to create an economic safety net.",
        "The test is meant to detect the virus.");
  }

  @Test
  void questionsConditionsAndGenericSubjectsAssertNoMotive() {
    none("Why is Moscow trying to divide NATO?",
        "Is the Kremlin trying to divide NATO?",
        "If Moscow wants to divide NATO, it will fail.",
        "It is unclear whether Moscow wants to divide NATO.",
        "Imagine a president who tried to cancel an election.",
        "Anyone who wants to vote needs a photo ID.",
        "Any Republican president who seriously wants to repeal the law needs a plan.",
        "The fund is for those seeking to support the victims.",
        "You're trying to fix a broken system.");
    // a condition after the trigger, or in another clause, leaves it asserted
    assertEquals(List.of("claim.motive"),
        claims("Moscow wants to divide NATO, if the letter is genuine."));
    // a question mark inside a quotation is not the outlet asking
    assertEquals(List.of("claim.motive"),
        claims("Moscow is trying to divide NATO, which raises the question “why?”"));
  }

  @Test
  void questionsAndConditionsSuspendTheOtherTriggersButNotLoadedWords() {
    none("Will the sanctions lead to a crisis?", "If the sanctions lead to a crisis, talks end.");
    assertEquals(List.of("claim.prediction"),
        claims("If talks fail, the sanctions will likely lead to a crisis."));
    // a loaded word is presupposed, not asked: the question still labels
    assertEquals(List.of("claim.loaded"), claims("Why is the regime still in power?"));
  }
}
