package org.framelens.cues;

import static org.framelens.cues.CueTestSupport.run;
import static org.framelens.cues.CueTestSupport.words;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.framelens.cues.CueTestSupport.Result;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * Attributions and their sources, through the cue stage on one-sentence articles (and a few
 * short multi-sentence ones for pronouns).
 */
class AttributionDetectorTest {

  /** The single attribution of a one-sentence article, checked for cue, source and type. */
  private static Evidence attribution(String sentence, String cue, String category,
      String source, SourceType type) {
    Result r = run(sentence);
    Evidence e = r.only(CueType.ATTRIBUTION);
    assertEquals(cue, r.text(e.span()), "cue in " + r.describe());
    assertEquals(category, e.category(), r.describe());
    if (source == null) {
      assertNull(e.sourceSpan(), r.describe());
    } else {
      assertEquals(source, e.sourceSpan() == null ? null : r.text(e.sourceSpan()),
          "source in " + r.describe());
    }
    assertEquals(type, e.sourceType(), r.describe());
    assertEquals(Match.RULE, e.match());
    assertEquals(0, e.sentenceIndex());
    assertEquals("", e.targetActor(), "attributions are aimed at nobody");
    SentenceCues s = r.single();
    if (!category.equals("belief")) {
      assertTrue(s.attributed(), r.describe());
      assertEquals(source == null ? "" : source, s.attributionSource());
      assertEquals(type, s.sourceType());
    }
    return e;
  }

  @Test
  void aSpeechVerbTakesTheNamedPersonBeforeIt() {
    Evidence e = attribution("Foreign Minister Anna Berg said the talks failed.", "said", "verb",
        "Foreign Minister Anna Berg", SourceType.NAMED_PERSON);
    assertEquals("attr.said", e.ruleId());
    assertEquals(Voice.AUTHOR, e.voice());
    assertEquals("“said” ties what is reported to “Foreign Minister Anna Berg”.",
        e.explanation());
  }

  @Test
  void aStatementCueAddsNothingWhenAVerbNamesTheInstitution() {
    Result r = run("The ministry said in a statement that the talks failed.");
    assertEquals(1, r.of(CueType.ATTRIBUTION).size(), r.describe());
    attribution("The ministry said in a statement that the talks failed.", "said", "verb",
        "The ministry", SourceType.INSTITUTION);
  }

  @Test
  void aStatementWithoutAVerbIsAnAttributionToAnUnnamedSource() {
    Evidence e = attribution("The figures were published in a statement on Sunday.",
        "in a statement", "statement", null, SourceType.UNKNOWN);
    assertEquals("attr.statement", e.ruleId());
    assertTrue(e.explanation().contains("an unnamed source"), e.explanation());
  }

  /**
   * The entry's {@code except} column is honoured for attributions as for every lexicon entry:
   * a phone call, a cancellation or "calls into question" reports no speech; naming someone
   * something still does.
   */
  @Test
  void exceptionsOfTheAttributionEntriesCancelTheHit() {
    for (String s : List.of("Macron called Putin on Sunday to discuss the crisis.",
        "Macron called Russia's Vladimir Putin for talks on Ukraine.",
        "Lukashenko called off the parade.", "The ruling calls his credibility into question.",
        "Officials logged the phone calls, not their content.",
        "The governor called in the National Guard.")) {
      Result r = run(s);
      assertTrue(r.of(CueType.ATTRIBUTION).isEmpty(), r.describe());
      assertFalse(r.single().attributed(), r.describe());
    }
    attribution("Cruz called Trump a liar.", "called", "verb", "Cruz", SourceType.NAMED_PERSON);
  }

  /** Times are never a source nor part of one (days, months, "last week", "by the end of"). */
  @Test
  void aTimeIsNeitherASourceNorPartOfOne() {
    Result r = run("Residents have been promised new houses by the end of the year.");
    assertTrue(r.of(CueType.ATTRIBUTION).isEmpty(), r.describe());
    attribution("The Fish and Wildlife Service in December reported that sales rose.", "reported",
        "verb", "The Fish and Wildlife Service", SourceType.INSTITUTION);
    attribution("Judge Kimba Wood last week denied the request.", "denied", "verb",
        "Judge Kimba Wood", SourceType.NAMED_PERSON);
    attribution("Earlier Friday, two U.S. officials identified the student and said it was over.",
        "said", "verb", "two U.S. officials", SourceType.ANONYMOUS);
    Evidence e = run("The deal was reported by Russian news agencies Sunday.")
        .only(CueType.ATTRIBUTION);
    assertEquals("Russian news agencies",
        run("The deal was reported by Russian news agencies Sunday.").text(e.sourceSpan()));
    attribution("Theresa May said the deal was done.", "said", "verb", "Theresa May",
        SourceType.NAMED_PERSON);
    Result poll = run("Most voters backed him, according to a new poll released Thursday.");
    assertEquals("a new poll", poll.text(poll.only(CueType.ATTRIBUTION).sourceSpan()));
    assertEquals("Education Week", run("The figures were reported by Education Week.")
        .text(run("The figures were reported by Education Week.").only(CueType.ATTRIBUTION)
            .sourceSpan()));
  }

  @Test
  void accordingToTakesTheNounPhraseAfterIt() {
    Evidence e = attribution("Prices rose, according to the Statistics Office.", "according to",
        "according_to", "the Statistics Office", SourceType.INSTITUTION);
    assertEquals("attr.according-to", e.ruleId());
  }

  /**
   * Bug: the noun phrase after "according to" only grows over capitalised words, determiners
   * and source words, so "national" ends it at "the", which is trimmed, and the whole
   * attribution is dropped.
   */

  @Test
  void accordingToTakesALowerCaseNounPhraseAfterIt() {
    attribution("Prices rose, according to the national statistics office.", "according to",
        "according_to", "the national statistics office", SourceType.INSTITUTION);
  }

  @Test
  void anInvertedSpeechVerbTakesTheNameAfterIt() {
    attribution("“We will stay,” said Berg.", "said", "verb", "Berg", SourceType.NAMED_PERSON);
    attribution("The road will reopen, said Berg.", "said", "verb", "Berg",
        SourceType.NAMED_PERSON);
  }

  @Test
  void aCapitalisedAppositionBelongsToTheSource() {
    attribution("Tom Reed, the Mayor of Leeds, told reporters the road would reopen.", "told",
        "verb", "Tom Reed, the Mayor of Leeds", SourceType.NAMED_PERSON);
  }

  /**
   * Bug: a lower-case apposition ("the mayor of the city") is not read as a noun phrase
   * ("city" is no noun-phrase word), so it is skipped like an adverbial and the source shrinks
   * to "Tom Reed".
   */

  @Test
  void aLowerCaseAppositionBelongsToTheSource() {
    attribution("Tom Reed, the mayor of the city, told reporters the road would reopen.", "told",
        "verb", "Tom Reed, the mayor of the city", SourceType.NAMED_PERSON);
  }

  @Test
  void anAdverbialBetweenCommasIsSkipped() {
    attribution("Berg, speaking at a rally on Friday, said the road would reopen.", "said",
        "verb", "Berg", SourceType.NAMED_PERSON);
  }

  @Test
  void aRelativeClauseBetweenCommasIsSkipped() {
    attribution("The ministry, which oversees the roads, reported heavy snow.", "reported",
        "verb", "The ministry", SourceType.INSTITUTION);
  }

  /**
   * Bug: "region" is neither capitalised nor a source word, so "The region" is no noun phrase
   * and the sentence has no attribution at all (the same holds without the relative clause,
   * and for "The opposition said ..." or "A source close to the talks said ...").
   */

  @Test
  void aRelativeClauseIsSkippedBeforeACommonNounSubject() {
    attribution("The region, which lies in the north, reported heavy snow.", "reported", "verb",
        "The region", SourceType.UNKNOWN);
  }

  @Test
  void auxiliariesAndAdverbsBetweenSourceAndVerbAreSkipped() {
    attribution("Berg has also said the road would reopen.", "said", "verb", "Berg",
        SourceType.NAMED_PERSON);
    attribution("Berg told reporters, however, that the road would reopen.", "told", "verb",
        "Berg", SourceType.NAMED_PERSON);
  }

  @Test
  void aVerbAfterAndTakesTheSentenceSubject() {
    attribution("Berg arrived on Monday and said the road would reopen.", "said", "verb", "Berg",
        SourceType.NAMED_PERSON);
  }

  @Test
  void unnamedOfficialsAreAnonymous() {
    attribution("Officials said the road would reopen.", "said", "verb", "Officials",
        SourceType.ANONYMOUS);
    attribution("The officials, who spoke on condition of anonymity, said the road would reopen.",
        "said", "verb", "The officials", SourceType.ANONYMOUS);
  }

  @Test
  void someArgueIsAWeaselAttribution() {
    Result r = run("Some argue that the road should stay closed.");
    attribution("Some argue that the road should stay closed.", "argue", "verb", "Some",
        SourceType.WEASEL);
    assertEquals("Some argue", r.text(r.only(CueType.WEASEL).span()));
    assertTrue(r.single().weasel());
  }

  @Test
  void newsAgenciesAreMediaSources() {
    attribution("Russian agencies reported heavy snow.", "reported", "verb", "Russian agencies",
        SourceType.MEDIA_DOCUMENT);
  }

  @Test
  void aPassiveSpeechVerbTakesItsAgentAfterBy() {
    attribution("The plan was dubbed a failure by the ministry.", "dubbed", "verb",
        "the ministry", SourceType.INSTITUTION);
    attribution("The plan was dubbed a failure by critics.", "dubbed", "verb", "critics",
        SourceType.WEASEL);
  }

  /** Bug: "opposition" is no noun-phrase word, so the agent is lost and so is the attribution. */

  @Test
  void aPassiveSpeechVerbTakesALowerCaseAgent() {
    attribution("The plan was dubbed a failure by the opposition.", "dubbed", "verb",
        "the opposition", SourceType.UNKNOWN);
  }

  @Test
  void anAgentlessAccusationIsNoAttribution() {
    Result r = run("The minister is accused of fraud.");
    assertEquals(List.of(), r.of(CueType.ATTRIBUTION), r.describe());
    assertEquals("is accused of", r.text(r.only(CueType.AGENTLESS_PASSIVE).span()));
    assertFalse(r.single().attributed());
    assertEquals("", r.single().attributionSource());
    assertNull(r.single().sourceType());
  }

  @Test
  void aCapitalisedWordIsNoSpeechVerb() {
    Result r = run("The United States sent troops.");
    assertEquals(List.of(), r.of(CueType.ATTRIBUTION), r.describe());
    assertFalse(r.single().attributed());
    // "states" is no cue at all since PolNeAR tuning (as a noun it is far more common)
    attribution("The United States stated its case.", "stated", "verb", "The United States",
        SourceType.INSTITUTION);
  }

  @Test
  void aBeliefVerbIsReportedButDoesNotSourceTheSentence() {
    Evidence e = attribution("The government hopes the deal holds.", "hopes", "belief",
        "The government", SourceType.INSTITUTION);
    assertEquals("attr.belief", e.ruleId());
    assertEquals("“hopes” reports a belief or wish of “The government”, as told by the outlet.",
        e.explanation());
    SentenceCues s = run("The government hopes the deal holds.").single();
    assertFalse(s.attributed());
    assertEquals("", s.attributionSource());
    assertNull(s.sourceType());
  }

  @Test
  void heOrSheWithoutAnAntecedentIsUnknown() {
    Result r = run("The talks began on Monday. She said the plan was sound.");
    assertEquals(2, r.cues().sentences().size());
    assertFalse(r.sentence(0).attributed(), "'began' is no attribution verb");
    SentenceCues second = r.sentence(1);
    assertTrue(second.attributed());
    assertTrue(second.attributionSource().startsWith("She"), second.attributionSource());
    assertEquals(SourceType.UNKNOWN, second.sourceType());
    Evidence e = r.only(CueType.ATTRIBUTION);
    assertEquals(1, e.sentenceIndex());
    assertEquals("She", r.text(e.sourceSpan()));
    assertEquals(SourceType.UNKNOWN, e.sourceType());
  }

  @Test
  void aPronounShowsAPersonNamedWithinThreeSentences() {
    Result near = run("Anna Berg said the plan was sound. It rained. It rained. "
        + "She said it would work.");
    assertEquals("She (Anna Berg)", near.sentence(3).attributionSource());
    assertEquals(SourceType.NAMED_PERSON, near.sentence(3).sourceType());
    Result far = run("Anna Berg said the plan was sound. It rained. It rained. It rained. "
        + "She said it would work.");
    assertEquals("She", far.sentence(4).attributionSource());
    assertEquals(SourceType.UNKNOWN, far.sentence(4).sourceType());
  }

  @Test
  void itOrTheyTakeTheLastInstitutionNamed() {
    Result r = run("The ministry said the plan was sound. They said it would work.");
    assertEquals("They (The ministry)", r.sentence(1).attributionSource());
    assertEquals(SourceType.INSTITUTION, r.sentence(1).sourceType());
    Result it = run("The ministry said the plan was sound. It said it would work.");
    assertEquals("It (The ministry)", it.sentence(1).attributionSource());
  }

  @Test
  void theyWithoutAnAntecedentIsUnknown() {
    Result r = run("The talks failed. They said the plan was sound.");
    assertEquals("They", r.sentence(1).attributionSource());
    assertEquals(SourceType.UNKNOWN, r.sentence(1).sourceType());
    assertTrue(r.sentence(1).attributed());
  }

  @Test
  void aPersonIsNoAntecedentOfThey() {
    Result r = run("Anna Berg said the plan was sound. They said it would work.");
    assertEquals("They", r.sentence(1).attributionSource());
    assertEquals(SourceType.UNKNOWN, r.sentence(1).sourceType());
  }

  @Test
  void findGivesTokenIndicesOfCueAndSource() {
    AttributionDetector d = AttributionDetector.bundled(SourceClassifier.bundled(Actors.bundled()));
    CueTestSupport.Words w = words("Officials said on Monday that the drills ended.");
    List<AttributionDetector.Found> found = d.find(w.raw(), w.lower());
    assertEquals(1, found.size());
    AttributionDetector.Found f = found.get(0);
    assertEquals(AttributionDetector.Kind.VERB, f.kind());
    assertEquals(1, f.cueFrom());
    assertEquals(2, f.cueTo());
    assertEquals(0, f.sourceFrom());
    assertEquals(1, f.sourceTo());
    assertTrue(f.hasSource());
    assertTrue(f.sources());
  }

  @Test
  void aSentenceWithoutCuesHasNoAttribution() {
    AttributionDetector d = AttributionDetector.bundled(SourceClassifier.bundled(Actors.bundled()));
    CueTestSupport.Words w = words("The drills ended on Monday near the border.");
    assertEquals(List.of(), d.find(w.raw(), w.lower()));
  }
}
