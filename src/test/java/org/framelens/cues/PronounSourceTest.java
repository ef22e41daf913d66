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
      // a person or institution named as a clause's subject, though no attribution names it
      "Maria Zakharova spoke on Monday. \"We are ready,\" she said."
          + " | 1 | she (Maria Zakharova) | NAMED_PERSON",
      "On Monday, Sen. Lindsey Graham went on a tweet-storm. He warned that the bill was dead."
          + " | 1 | He (Sen. Lindsey Graham) | NAMED_PERSON",
      // institutions only as sources: "They" after a subject "The ministry" stays unresolved
      "The ministry issued a statement. They said the drills were over. | 1 | They | UNKNOWN",
      "Mr. Christie was wrong when he claimed that taxes rose. | 0 | he (Mr. Christie) | NAMED_PERSON",
      // the newest person of the right gender, not only the newest person
      "Anna Berg said talks failed. Ivan Petrov said the drills began. She added that sanctions"
          + " would follow. | 2 | She (Anna Berg) | NAMED_PERSON",
      // a subject that is no sure person is no antecedent: a firm, a gerund, a stray capital
      "Facebook changed its rules on Monday. He said the rules were fair. | 1 | He | UNKNOWN",
      "Knowing Joe is all that is required. He said the rules were fair. | 1 | He | UNKNOWN",
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
