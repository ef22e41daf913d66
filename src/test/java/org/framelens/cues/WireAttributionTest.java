package org.framelens.cues;

import static org.framelens.cues.CueTestSupport.run;
import static org.framelens.cues.CueTestSupport.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.framelens.cues.CueTestSupport.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Wire-copy attribution forms and source kinds, through the cue stage as {@code sentences.csv}
 * and {@code cues.csv} report them: a lower-case title before the name after an inverted verb
 * ("said farmer Tom Reed"), a name in apposition after the title ("said the mayor, Jan Novak"),
 * "was quoted as saying", organisations and persons typed as such, the anonymous "people
 * familiar with the matter", and the speaker's affiliation in an apposition, whom the speaker's
 * loaded words are not aimed at.
 */
class WireAttributionTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "\"We left,\" said farmer Tom Reed. | farmer Tom Reed | NAMED_PERSON",
      "\"We left,\" said protester Tom Reed. | protester Tom Reed | NAMED_PERSON",
      "\"We will win,\" said campaign chair John Podesta. | campaign chair John Podesta"
          + " | NAMED_PERSON",
      "\"We will win,\" said former President Barack Obama. | former President Barack Obama"
          + " | NAMED_PERSON",
      // the right cases stay right
      "\"We were peaceful,\" said local shopkeeper Ana Ruiz. | local shopkeeper Ana Ruiz"
          + " | NAMED_PERSON",
      "\"We left,\" said Colonel Anna Berg. | Colonel Anna Berg | NAMED_PERSON",
      "Protester Tom Reed said they left. | Protester Tom Reed | NAMED_PERSON",
  })
  void aLowerCaseTitleBeforeTheNameKeepsTheName(String sentence, String source,
      SourceType type) {
    source(sentence, source, type);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "\"The talks failed,\" said Tom Reed in Moscow.",
      "\"The talks failed,\" he said in Moscow on Monday.",
      "The talks failed, saying goodbye to Tom Reed.",
      "\"The talks failed,\" said retired Pentagon analyst and veteran watcher Tom Reed.",
  })
  void noWordsAfterTheVerbBecomeATitle(String sentence) {
    Result r = run(sentence);
    String src = r.single().attributionSource();
    assertFalse(src.contains("in Moscow") || src.contains("goodbye")
        || src.equals("retired Pentagon"), r.describe());
  }

  @Test
  void aNameInAppositionAfterTheTitleIsTheSource() {
    source("'This is a disgrace,' said the mayor, Jan Novak.", "the mayor, Jan Novak",
        SourceType.NAMED_PERSON);
    // no name after the comma: the title alone, as before
    source("\"This is a disgrace,\" said the mayor, adding that the talks had failed.",
        "the mayor", SourceType.UNKNOWN);
  }

  @Test
  void quotedAsSayingAttributesToTheSubject() {
    source("\"It is a sham,\" the ambassador was quoted as saying.", "the ambassador",
        SourceType.UNKNOWN);
    source("Ivan Petrov was quoted as saying the talks had failed.", "Ivan Petrov",
        SourceType.NAMED_PERSON);
    // "quoted" alone is no speech verb
    Result r = run("The ambassador was quoted in the report.");
    assertTrue(r.of(CueType.ATTRIBUTION).stream().noneMatch(
        e -> e.ruleId().equals("attr.quoted-as")), r.describe());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Prices rose, according to the Bureau of Labor Statistics."
          + " | the Bureau of Labor Statistics | INSTITUTION",
      "The population grew, according to the Census Bureau. | the Census Bureau | INSTITUTION",
      "The missile flew for 37 minutes, according to US Pacific Command."
          + " | US Pacific Command | INSTITUTION",
      "\"The border is calm,\" the company said in a statement. | the company | INSTITUTION",
      "The firm said it had done nothing wrong. | The firm | INSTITUTION",
      "North Korean leader Kim Jong Un said the test was a success."
          + " | North Korean leader Kim Jong Un | NAMED_PERSON",
      "The utility company said the outage was over. | The utility company | INSTITUTION",
      "Office of Management and Budget Director Mick Mulvaney said the plan was ready."
          + " | Office of Management and Budget Director Mick Mulvaney | NAMED_PERSON",
      "The administration of President Donald Trump said the plan was ready."
          + " | The administration of President Donald Trump | INSTITUTION",
      // the right cases stay right
      "The UN said the test was a provocation. | The UN | INSTITUTION",
      "The UK said the test was a provocation. | The UK | INSTITUTION",
  })
  void organisationsAreInstitutionsAndPersonsArePersons(String sentence, String source,
      SourceType type) {
    source(sentence, source, type);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "People familiar with the matter said the deal was almost done. | People | ANONYMOUS",
      "People with knowledge of the talks said the deal was almost done. | People | ANONYMOUS",
      "A source close to the talks said the deal was almost done. | A source | ANONYMOUS",
      // a vague group with no such modifier stays a vague group
      "People say the deal was almost done. | People | WEASEL",
      "Critics said the deal was a mistake. | Critics | WEASEL",
  })
  void peopleFamiliarWithTheMatterAreAnonymousLikeASource(String sentence, String source,
      SourceType type) {
    source(sentence, source, type);
  }

  @Test
  void speakingMakesAnInformedSourceOnlyOnConditionOfAnonymity() {
    SourceClassifier classifier = SourceClassifier.bundled(Actors.bundled());
    CueTestSupport.Words on = CueTestSupport.words("people speaking on condition of anonymity");
    assertEquals(SourceType.ANONYMOUS, classifier.classify(on.raw(), on.lower(), 0, 1));
    CueTestSupport.Words generally = CueTestSupport.words("the American people speaking");
    assertEquals(SourceType.WEASEL, classifier.classify(generally.raw(), generally.lower(), 0, 3));
  }

  private static List<String> targets(String text) {
    Result r = run(text);
    return r.of(CueType.LOADED).stream().map(e -> r.text(e.span()) + "->" + e.targetActor())
        .toList();
  }

  @Test
  void loadedWordsAreNotAimedAtTheSpeakersSideNamedInAnApposition() {
    List<String> inline = targets("Russian Foreign Ministry spokeswoman Maria Zakharova said the "
        + "sanctions were a brutal farce.");
    assertEquals(List.of("brutal->", "farce->"), inline);
    assertEquals(inline, targets("Maria Zakharova, of the Russian Foreign Ministry, said the "
        + "sanctions were a brutal farce."));
    assertEquals(inline, targets("Maria Zakharova, a spokeswoman for the Russian Foreign "
        + "Ministry, said the sanctions were a brutal farce."));
    // a participle clause is no affiliation: Kyiv stays the target
    assertEquals(List.of("brutal->ukraine", "farce->ukraine"), targets("Maria Zakharova, "
        + "speaking in Kyiv, said the sanctions were a brutal farce."));
  }
}
