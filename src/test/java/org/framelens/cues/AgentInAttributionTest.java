package org.framelens.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An agentless passive in what the sentence's own source is reported to say names its judge
 * (audit 6: 4 of the 9 agentless passives with their agent in the sentence gave it as
 * "according to X" or "X notes that"): "CNN notes that Obama is viewed as …" is CNN's report.
 * A passive in another clause ("…, but he said", "…, who compared …"), or under a vague source
 * ("critics say"), keeps its flag; so do accusations, while neutral hearsay about a death or a
 * place ("is believed to have died") is no accusation.
 */
class AgentInAttributionTest {

  private static List<String> agentless(String sentence) {
    return CueTestSupport.run(sentence).of(CueType.AGENTLESS_PASSIVE).stream()
        .map(Evidence::ruleId).toList();
  }

  @Test
  void theSentencesSourceNamesTheJudge() {
    for (String s : List.of("CNN notes that Obama is viewed as the worst president since 1945.",
        "Emwazi is believed to have traveled to Syria in 2012, according to the newspaper.",
        "The administration is considered the wealthiest in history, according to a tally by "
            + "Bloomberg.",
        "Ukraine said Russia was widely seen as the aggressor.")) {
      assertEquals(List.of(), agentless(s), s);
      assertEquals(1, CueTestSupport.run(s).of(CueType.ATTRIBUTION).size(), s);
    }
  }

  @Test
  void aPassiveInAnotherClauseOrUnderAVagueSourceKeepsItsFlag() {
    assertEquals(List.of("agentless.accused"),
        agentless("He was accused of fraud, but he said he was innocent."));
    assertEquals(List.of("agentless.suspected"), agentless("“He wants them sent back,” said "
        + "Jorge Baron, a lawyer, who compared the tweets with comments Trump was reported to "
        + "have made in January."));
    assertEquals(List.of("agentless.considered"),
        agentless("Critics say the plan is widely seen as a failure."));
    assertEquals(List.of("agentless.accused"), agentless("Russia is accused of gathering troops."));
    // a relative "that" far from the attribution opens another clause; "notes that" does not
    assertEquals(List.of("agentless.criticised"), agentless("The Trump administration on "
        + "Tuesday proposed a plan that includes revoking Obama-administration rules that were "
        + "criticized for easing discipline of minority students."));
  }

  @Test
  void aShareOfPeopleAfterByIsTheAgent() {
    for (String s : List.of("He is viewed negatively by 94 percent of black voters.",
        "He is viewed negatively by 94% of black voters.")) {
      assertEquals(List.of(), agentless(s), s);
    }
    assertEquals(List.of("agentless.considered"),
        agentless("He is viewed as a rival by 2020."));
  }

  @Test
  void neutralHearsayIsNoAccusation() {
    for (String s : List.of("The captain is believed to have died in the fire.",
        "Two sailors are thought to be missing.", "The suspect was believed to be hiding.",
        "No one was thought to have been injured.")) {
      assertEquals(List.of(), agentless(s), s);
    }
    assertEquals(List.of("agentless.suspected"),
        agentless("The captain is believed to have lied to investigators."));
  }
}
