package org.framelens.cues;

import static org.framelens.cues.CueTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.framelens.cues.CueTestSupport.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A plural common noun capitalised only because it opens the sentence is a group, not a named
 * person (black-box hunt 4, findings F1 and F7): "Organisers said" is {@code unknown} unless
 * {@code source-words.tsv} types the word; a surname the article also writes with a capital
 * elsewhere ("Sen. Bernie Sanders … Sanders said") stays a name.
 */
class GroupAtSentenceStartTest {

  /** The last sentence's source and kind. */
  private static void source(String text, String source, SourceType type) {
    Result r = run(text);
    SentenceCues s = r.sentence(r.cues().sentences().size() - 1);
    assertTrue(s.attributed(), r.describe());
    assertEquals(source, s.attributionSource(), r.describe());
    assertEquals(type, s.sourceType(), r.describe());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // /tmp/h4a/in/a3.txt
      "Organisers said the protest was peaceful and that 12 people were injured."
          + " | Organisers | UNKNOWN",
      "Doctors say the drug works. | Doctors | UNKNOWN",
      "Fact-checkers say the figure is wrong. | Fact-checkers | UNKNOWN",
      "\u201CWe are ready.\u201D Researchers say the drug works. | Researchers | UNKNOWN",
      "The organisers met on Monday. Organisers said the protest was peaceful."
          + " | Organisers | UNKNOWN",
  })
  void aPluralCapitalisedByItsPlaceIsNoName(String text, String source, SourceType type) {
    source(text, source, type);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Sen. Bernie Sanders spoke on Monday. Sanders said the bill was dead."
          + " | Sanders | NAMED_PERSON",
      "The bill is dead, said Sanders. Sanders said it again on Monday. | Sanders | NAMED_PERSON",
      "Marcus said the bill was dead. | Marcus | NAMED_PERSON",
      "Democrats said the bill was dead. | Democrats | INSTITUTION",
      "Lawmakers said the bill was dead. | Lawmakers | ANONYMOUS",
      "Critics said the bill was dead. | Critics | WEASEL",
      "Environmental groups called the operation a crackdown. | Environmental groups | UNKNOWN",
  })
  void namesAndListedWordsKeepTheirKind(String text, String source, SourceType type) {
    source(text, source, type);
  }

  @Test
  void theShapeOfAPluralCommonNoun() {
    for (String w : new String[] {"Organisers", "Doctors", "Fact-checkers", "Ex-prisoners"}) {
      assertTrue(CueAnalyzer.pluralCommonNounShape(w), w);
    }
    for (String w : new String[] {"Congress", "Marcus", "Paris", "Sanders's", "NATO", "Bus",
        "organisers", "McMasters"}) {
      assertFalse(CueAnalyzer.pluralCommonNounShape(w), w);
    }
  }
}
