package org.framelens.cues;

import static org.framelens.cues.CueTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.framelens.cues.CueTestSupport.Result;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The one spoken to is never the speaker (black-box hunt 4, finding F6): after a long apposition
 * ("…, director of the Sex and Gender Lab at Cornell University, told Slate") the speaker is the
 * name that opens the clause, even after a lower-case title ("developmental psychologist Ritch
 * Savin-Williams"), and the object of "told" is the listener, never the source.
 */
class ListenerNotSpeakerTest {

  private static void sourced(String sentence, String source, SourceType type) {
    Result r = run(sentence);
    SentenceCues s = r.single();
    assertTrue(s.attributed(), r.describe());
    assertEquals(source, s.attributionSource(), r.describe());
    assertEquals(type, s.sourceType(), r.describe());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // ABP 5ewRD1EU8TvywLY8: Slate was the source
      "\"This is clearly not a case of abuse,\" developmental psychologist Ritch Savin-Williams,"
          + " director of the Sex and Gender Lab at Cornell University, told Slate."
          + " | Ritch Savin-Williams | NAMED_PERSON",
      "\"This is clearly not a case of abuse,\" Cornell psychologist Ritch Savin-Williams,"
          + " director of the Sex and Gender Lab at Cornell University, told Slate."
          + " | Ritch Savin-Williams | NAMED_PERSON",
      "\"This is clearly not a case of abuse,\" developmental psychologist Ritch Savin-Williams,"
          + " the director of the lab, told Slate."
          + " | Ritch Savin-Williams, the director of the lab | NAMED_PERSON",
      // a party tag's full stop is no sentence end; the quotation's "I" is no speaker (ABP)
      "\"I think it will be better for the country,\" Sen. Amy Klobuchar, D-Minn., told NPR."
          + " | Sen. Amy Klobuchar | NAMED_PERSON",
      "McCain, R-Ariz., told CBS News that the review would fail. | McCain | NAMED_PERSON",
  })
  void theSpeakerBeforeALongAppositionIsFound(String sentence, String source, SourceType type) {
    sourced(sentence, source, type);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "The case is closed, director of the Sex and Gender Lab at Cornell University, told Slate.",
      "The case is closed, director of the lab at Cornell University, assured Congress.",
  })
  void theListenerIsNeverTheSource(String sentence) {
    Result r = run(sentence);
    assertEquals("", r.single().attributionSource(), r.describe());
    for (Evidence e : r.of(CueType.ATTRIBUTION)) {
      assertEquals(null, e.sourceSpan(), r.describe());
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "The case is closed, director of the Sex and Gender Lab at Cornell University, told Slate.",
  })
  void aStrongVerbStillAttributes(String sentence) {
    Result r = run(sentence);
    assertTrue(r.single().attributed(), "“told” still makes someone the speaker: "
        + r.describe());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // what already worked stays
      "\"This is clearly not a case of abuse,\" developmental psychologist Ritch Savin-Williams"
          + " told Slate. | Ritch Savin-Williams | NAMED_PERSON",
      "The bill is dead, a law enforcement official involved in the investigation told reporters."
          + " | a law enforcement official | ANONYMOUS",
      "\"The bill is dead,\" said Ivan Petrov, a Kremlin official. | Ivan Petrov | NAMED_PERSON",
      "\"Why are they here?\" asked a resident. | a resident | ANONYMOUS",
      // a title rule that reached too far (ABP): a common noun, a role word or a list is no name
      "The House minority leader, Nancy Pelosi, said the list was ready. | Nancy Pelosi"
          + " | NAMED_PERSON",
      "1936: Franklin Delano Roosevelt vs. Alf Landon, says Alison Dagnes, who teaches at"
          + " Shippensburg University. | Alison Dagnes | NAMED_PERSON",
      "Jindal went a step further, saying anyone running for president should sign on."
          + " | Jindal | NAMED_PERSON",
      "Howard University law professor Justin Hansford, who was involved with the protests, says"
          + " awareness grew. | Justin Hansford | NAMED_PERSON",
  })
  void rightCasesStayRight(String sentence, String source, SourceType type) {
    sourced(sentence, source, type);
  }
}
