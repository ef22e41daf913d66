package org.framelens.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An agentless passive whose agent is named later in the clause ("was accused of theft by
 * prosecutors") is not flagged "without saying who makes it": found by a black-box hunt (about
 * 20 such rows on the ABP sample, e.g. "was accused of sexual harassment by Anna Graham
 * Hunter"). "By" with an -ing form is a means, and a "by" past the end of the clause is
 * someone else's: those stay flagged.
 */
class AgentNamedLaterTest {

  private static List<String> agentless(String sentence) {
    CueTestSupport.Result r = CueTestSupport.run(sentence);
    return r.of(CueType.AGENTLESS_PASSIVE).stream().map(Evidence::ruleId).toList();
  }

  @Test
  void anAgentLaterInTheClauseCancelsTheFlag() {
    for (String s : List.of("He was accused of theft by prosecutors.",
        "The senator was accused of sexual harassment by five former staff members.",
        "The plan was widely criticised in the press by opposition leaders.",
        "She was considered a rising star by her colleagues in the party.")) {
      assertEquals(List.of(), agentless(s), s);
    }
  }

  @Test
  void noAgentAMeansOrAByInAnotherClauseKeepsTheFlag() {
    assertEquals(List.of("agentless.accused"), agentless("He was accused of theft."));
    assertEquals(List.of("agentless.accused"),
        agentless("He was accused of winning by cheating."));
    assertEquals(List.of("agentless.accused"),
        agentless("He was accused of theft; the case was dropped by the court."));
    assertEquals(List.of("agentless.accused"),
        agentless("He was accused of theft “and worse” by then."));
    for (String when : List.of("by then", "by 2019", "by the end of the year", "by Friday",
        "by mistake", "by phone", "by some", "by many")) {
      String s = "He was accused of theft " + when + ".";
      assertEquals(List.of("agentless.accused"), agentless(s), s);
    }
    assertEquals(List.of("agentless.accused"), agentless("He was accused of theft, and of lying "
        + "to the investigators in two separate interviews last year, which he denied by letter."));
  }
}
