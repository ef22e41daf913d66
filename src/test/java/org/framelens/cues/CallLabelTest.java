package org.framelens.cues;

import static org.framelens.cues.CueTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.framelens.cues.CueTestSupport.Result;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "X call Y a Z" attributes the label to X (black-box hunt 4, finding F20 and hunt 4c finding
 * 9): "which critics call a land grab" is a vague group's label, a weasel attribution, and not
 * the outlet's own unattributed evaluation; with a named subject the label is that source's.
 * "call" as naming ("a town called Minsk"), as a noun ("the call", "a phone call") or as a
 * phone call ("call off", "call 911") is no attribution.
 */
class CallLabelTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "The project, which critics call a land grab, will cost two billion dollars. | critics"
          + " | WEASEL",
      "Critics call the regime brutal. | Critics | WEASEL",
      "The project, which some call a land grab, will cost two billion dollars. | some | WEASEL",
      "Opponents call the plan a land grab. | Opponents | WEASEL",
      "The project, what many call a land grab, will cost two billion dollars. | many | WEASEL",
      "The project, which Democrats call a land grab, will cost two billion dollars. | Democrats"
          + " | INSTITUTION",
      "Democrats call for an inquiry into the land grab. | Democrats | INSTITUTION",
      "Many Democrats disagree and call the inquiry a \"witch hunt.\" | Many Democrats | WEASEL",
      "Trump will call for unity in the fight against the land grab. | Trump | NAMED_PERSON",
  })
  void theLabelIsTheSubjectsNotTheOutlets(String sentence, String source, SourceType type) {
    Result r = run(sentence);
    SentenceCues s = r.single();
    assertTrue(s.attributed(), r.describe());
    assertEquals(source, s.attributionSource(), r.describe());
    assertEquals(type, s.sourceType(), r.describe());
    assertFalse(s.unattributedClaim(), "the outlet does not assert the label: " + r.describe());
    assertEquals(type == SourceType.WEASEL, s.weasel(), r.describe());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Residents of a town called Minsk gathered in the square.",
      "He made a call to the minister on Monday.",
      "The call for reform grew louder.",
      "The July 25 call was perfect.",
      "It was a close call for the regime.",
      "The senators want to call witnesses.",
      "The union will call off the strike.",
      "Please call 911 if you see the suspect.",
      "The talks went on until they decided to call it a day.",
      "A phone call between the two leaders lasted an hour.",
      // after a singular noun or adjective "call" is a noun (ABP)
      "On Wednesday morning, Dianne received an alarming call.",
      "Ordering people to their homes was the right call.",
      "The government was shut down over a campaign trail call that Trump uses.",
      "Kadyrov has many men at his beck and call.",
      "It was not viewed as an obvious call.",
      "But desperate times call for desperate measures.",
      "You know, you can call your senator.",
  })
  void callAsNamingNounOrPhoneIsNoAttribution(String sentence) {
    Result r = run(sentence);
    assertTrue(r.of(CueType.ATTRIBUTION).isEmpty(), r.describe());
    assertFalse(r.single().attributed(), r.describe());
  }
}
