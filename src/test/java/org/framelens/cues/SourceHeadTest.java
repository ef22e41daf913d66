package org.framelens.cues;

import static org.framelens.cues.CueTestSupport.run;
import static org.framelens.cues.CueTestSupport.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.framelens.cues.CueTestSupport.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The source a sentence is attributed to, and its kind, when the source has a modifier after its
 * head ("A source familiar with the talks said"), is a group, a newspaper or an office, or an
 * unnamed person with a capitalised adjective ("A Republican strategist"): through the cue
 * stage, as {@code sentences.csv} reports them.
 */
class SourceHeadTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "A senior U.S. official who spoke on condition of anonymity said Washington was watching."
          + " | A senior U.S. official | ANONYMOUS",
      "One GOP aide familiar with the talks said the bill was dead. | One GOP aide | ANONYMOUS",
      "A woman who was seated near the gunman said she heard shots. | A woman | ANONYMOUS",
      "An aide to a senator who favors diplomacy with Iran said the deal was close."
          + " | An aide to a senator | ANONYMOUS",
      "Officials close to the negotiations said the bill was dead. | Officials | ANONYMOUS",
      "Two sources with direct knowledge of the probe told CNN the bill was dead."
          + " | Two sources | ANONYMOUS",
      "The bill is dead, a law enforcement official involved in the investigation told reporters."
          + " | a law enforcement official | ANONYMOUS",
      "One organizer in Portland who has received threats says the bill is dead."
          + " | One organizer | ANONYMOUS",
      "\"The bill is dead,\" said a person familiar with the matter. | a person | ANONYMOUS",
  })
  void aModifierAfterTheHeadIsNoPartOfTheSource(String sentence, String source,
      SourceType type) {
    source(sentence, source, type);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // the verb of a relative clause keeps its own reading
      "Close friends say the bill is dead. | Close friends | UNKNOWN",
      "Lawmakers who have seen the memo say the bill is dead. | Lawmakers | ANONYMOUS",
      "Ivan Petrov, a Kremlin official, said the talks had failed."
          + " | Ivan Petrov, a Kremlin official | NAMED_PERSON",
  })
  void rightCasesStayRight(String sentence, String source, SourceType type) {
    source(sentence, source, type);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Democrats said the bill was dead. | Democrats | INSTITUTION",
      "Senate Democrats said the bill was dead. | Senate Democrats | INSTITUTION",
      "Lawmakers said the bill was dead. | Lawmakers | ANONYMOUS",
      "On Monday, lawmakers said the bill was dead. | lawmakers | ANONYMOUS",
      "Residents said the bill was dead. | Residents | UNKNOWN",
      "On Monday, residents said the bill was dead. | residents | UNKNOWN",
      "The New York Times reported that the bill was dead. | The New York Times | MEDIA_DOCUMENT",
      "The Wall Street Journal reported that the bill was dead."
          + " | The Wall Street Journal | MEDIA_DOCUMENT",
      "The Washington Post reported that the bill was dead."
          + " | The Washington Post | MEDIA_DOCUMENT",
      "Politico reported that the bill was dead. | Politico | MEDIA_DOCUMENT",
      "Fox News reported that the bill was dead. | Fox News | MEDIA_DOCUMENT",
      "Downing Street said the bill was dead. | Downing Street | INSTITUTION",
      "The IRS said the bill was dead. | The IRS | INSTITUTION",
      "Mr. Trump's critics said the bill was dead. | Mr. Trump's critics | WEASEL",
      // bare "Sanders said" alone in a text may be a plural by its shape (GroupAtSentenceStart)
      "Bernie Sanders said the bill was dead. | Bernie Sanders | NAMED_PERSON",
      "Pelosi's top aide, Drew Hammill, said the bill was dead."
          + " | Pelosi's top aide, Drew Hammill | NAMED_PERSON",
  })
  void groupsNewspapersAndOfficesAreNoNamedPersons(String sentence, String source,
      SourceType type) {
    source(sentence, source, type);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "A Republican strategist said the bill was dead. | A Republican strategist | ANONYMOUS",
      "A Democratic aide said the bill was dead. | A Democratic aide | ANONYMOUS",
      "A Western diplomat said the talks had failed. | A Western diplomat | ANONYMOUS",
      "one senior adviser said the talks had failed. | one senior adviser | ANONYMOUS",
      "A Republican congressman said the bill was dead. | A Republican congressman | ANONYMOUS",
      "A Trump administration official said the bill was dead."
          + " | A Trump administration official | ANONYMOUS",
      "The Republican senator said the bill was dead. | The Republican senator | UNKNOWN",
      "Republican strategist Karl Rove said the bill was dead."
          + " | Republican strategist Karl Rove | NAMED_PERSON",
      "No. 10 said the prime minister was concerned. | No. 10 | INSTITUTION",
      "An Iowa Republican said the bill was dead. | An Iowa Republican | ANONYMOUS",
      "The Kentucky Republican said the bill was dead. | The Kentucky Republican | NAMED_PERSON",
      "One protester, Sara Khalili, said the bill was dead."
          + " | One protester, Sara Khalili | NAMED_PERSON",
  })
  void unnamedIndividualsAreAnonymous(String sentence, String source, SourceType type) {
    source(sentence, source, type);
  }

  @Test
  void criticsCallIsAWeaselAttributionNotAnUnattributedClaim() {
    Result r = run("Critics call the regime brutal.");
    SentenceCues s = r.single();
    assertTrue(s.weasel(), r.describe());
    assertTrue(s.attributed(), r.describe());
    assertFalse(s.unattributedClaim(), r.describe());
    assertEquals(SourceType.WEASEL, s.sourceType(), r.describe());
  }
}
