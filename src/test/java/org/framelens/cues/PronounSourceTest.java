package org.framelens.cues;

import static org.framelens.cues.CueTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.framelens.cues.CueTestSupport.Result;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The kind of a pronoun source ({@code source_type} of {@code sentences.csv}): a pronoun with an
 * antecedent takes the antecedent's kind; one without is {@code unknown}, as
 * {@code lexicons/source-words.tsv} says, never a named person nobody named. "I", "we" and "you"
 * take no antecedent.
 */
class PronounSourceTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // no antecedent at all
      "The drills began. He said the drills were a threat. | 1 | He | UNKNOWN",
      "The drills began. She said the drills were a threat. | 1 | She | UNKNOWN",
      // an antecedent of the other gender is left out
      "“We will win,” said Ivan Petrov. She said the drills were a threat. | 1 | She | UNKNOWN",
      // too far back: more than three sentences
      "Ivan Petrov said talks failed. The drills began. Troops came. Tanks came. Jets came. He"
          + " said the drills were a threat. | 5 | He | UNKNOWN",
      // with an antecedent, its kind
      "Ivan Petrov said talks failed. He added that the drills were a threat."
          + " | 1 | He (Ivan Petrov) | NAMED_PERSON",
      "The Pentagon said talks failed. It added that the drills were a threat."
          + " | 1 | It (The Pentagon) | INSTITUTION",
      "Critics say talks failed. They added that the drills were a threat."
          + " | 1 | They (Critics) | WEASEL",
      // first and second person speak for themselves
      "The Pentagon said talks failed. I told them the drills were a threat. | 1 | I | UNKNOWN",
      "The Pentagon said talks failed. We told them the drills were a threat. | 1 | We | UNKNOWN",
  })
  void aPronounTakesItsAntecedentsKindOrNone(String text, int sentence, String source,
      SourceType type) {
    Result r = run(text);
    SentenceCues s = r.sentence(sentence);
    assertTrue(s.attributed(), r.describe());
    assertEquals(source, s.attributionSource(), r.describe());
    assertEquals(type, s.sourceType(), r.describe());
  }
}
