package org.framelens.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A quotation opened right after a colon or dash is credited to the subject of the clause that
 * introduces it, as news style writes attribution ("The envoy put it bluntly: “We will not
 * move.”"); before, such a quotation had no source, so {@code attributed_share_*} was undercounted
 * and a three-word quotation became a scare quote. A colon before a list or an explanation, a
 * headline without a quotation, a heading, or a clause whose subject is no person or
 * organisation credits nobody. All through the public cue stage.
 */
class QuoteIntroTest {

  private static final String RULE = AttributionDetector.QUOTE_INTRO_RULE;

  /** The attribution cues: "cue<-source", in text order. */
  private static List<String> attributions(CueTestSupport.Result r) {
    return r.of(CueType.ATTRIBUTION).stream().map(e -> r.text(e.span()) + "<-"
        + (e.sourceSpan() == null ? "" : r.text(e.sourceSpan()))).toList();
  }

  private static boolean credited(CueTestSupport.Result r) {
    return r.cues().evidence().stream().anyMatch(e -> e.ruleId().equals(RULE));
  }

  @Test
  void theSubjectOfTheIntroducingClauseIsTheSpeaker() {
    String text = "The envoy put it bluntly: “We will not move.”";
    CueTestSupport.Result r = CueTestSupport.run(text);
    Evidence e = r.rule(RULE);
    assertEquals(text.indexOf(':'), e.span().start());
    assertEquals(text.indexOf(':') + 1, e.span().end());
    assertEquals("The envoy", r.text(e.sourceSpan()));
    assertEquals(SourceType.UNKNOWN, e.sourceType()); // a role, as "The envoy said" is
    assertEquals("quote_intro", e.category());
    assertEquals(Voice.AUTHOR, e.voice());
    assertEquals("The quotation after the colon is credited to “The envoy”, the subject of the "
        + "clause that introduces it.", e.explanation());
    SentenceCues s = r.single();
    assertTrue(s.attributed());
    assertEquals("The envoy", s.attributionSource());
  }

  @Test
  void aDashIntroducesAQuotationToo() {
    CueTestSupport.Result r = CueTestSupport.run("Kremlin spokesman Dmitry Peskov spoke on "
        + "Monday. Peskov was blunt — “There is no plan to invade.”");
    Evidence e = r.rule(RULE);
    assertEquals("—", r.text(e.span()));
    assertEquals("Peskov", r.text(e.sourceSpan()));
    assertEquals(SourceType.NAMED_PERSON, e.sourceType());
    assertTrue(e.explanation().startsWith("The quotation after the dash is credited to "
        + "“Peskov”"), e.explanation());
    assertTrue(r.sentence(1).attributed());
  }

  @Test
  void aPossessiveSpeakerIsResolvedLikeAPronoun() {
    CueTestSupport.Result r = CueTestSupport.run("Maria Zakharova spoke on Monday. "
        + "Her message was simple: “Nobody will leave.”");
    Evidence e = r.rule(RULE);
    assertEquals("Her", r.text(e.sourceSpan()));
    assertEquals(SourceType.NAMED_PERSON, e.sourceType());
    assertEquals("Her (Maria Zakharova)", r.sentence(1).attributionSource());
    assertEquals("The quotation after the colon is credited to “Her”, as the clause before it "
        + "introduces it as their “message”.", e.explanation());
    // three quoted words in a sentence with a source are no scare quote any more
    assertEquals(List.of(), r.of(CueType.SCARE_QUOTE), r.describe());
    assertEquals(List.of(":<-Putin"), attributions(CueTestSupport.run("Putin's reply: “We will "
        + "see.”")));
    // the owner of something else is no speaker: "Russia's economy"
    assertEquals(List.of(), attributions(CueTestSupport.run("Russia's economy was strong: “We "
        + "will see.”")));
  }

  @Test
  void theIntroducingClauseStaysTheOutletsOwnWords() {
    CueTestSupport.Result r = CueTestSupport.run("Asked about the brutal sanctions of the West "
        + "in a long interview, Peskov was blunt: “No.”");
    assertEquals(List.of(":<-Peskov"), attributions(r));
    Evidence brutal = r.of(CueType.LOADED).stream()
        .filter(e -> r.text(e.span()).equals("brutal")).findFirst()
        .orElseThrow(() -> new AssertionError(r.describe()));
    assertEquals(Voice.AUTHOR, brutal.voice());
    assertFalse(brutal.reported(), "not Peskov's words: " + brutal.explanation());
  }

  @Test
  void aQuotationOverSeveralSentencesKeepsItsSpeaker() {
    CueTestSupport.Result r = CueTestSupport.run("The envoy put it bluntly: “We will not move. "
        + "We will stay here as long as it takes.” The talks ended on Monday.");
    assertEquals(3, r.cues().sentences().size(), r.describe());
    assertEquals("The envoy", r.sentence(0).attributionSource());
    assertTrue(r.sentence(1).attributed(), r.describe());
    assertEquals("The envoy", r.sentence(1).attributionSource());
    assertFalse(r.sentence(2).attributed(), r.describe());
    assertEquals(1, r.of(CueType.ATTRIBUTION).size(), "one cue, carried: " + r.describe());
  }

  @Test
  void aBlockQuotationAfterAColonTakesTheIntroducingSentencesSource() {
    CueTestSupport.Result rule = CueTestSupport.run("Intro line\n\nThe ministry was clear:\n\n"
        + "“The drills are defensive. They end on Sunday.”\n\nThe troops left.");
    assertEquals(List.of(":<-The ministry"), attributions(rule));
    assertEquals(SourceType.INSTITUTION, rule.rule(RULE).sourceType());
    assertEquals("The ministry", rule.sentence(2).attributionSource(), rule.describe());
    assertEquals("The ministry", rule.sentence(3).attributionSource(), rule.describe());
    assertFalse(rule.sentence(4).attributed(), rule.describe());
    // a verb names the source: its quotation, in the next paragraph, is the verb's source's
    CueTestSupport.Result verb = CueTestSupport.run("Intro line\n\nThe Post reports:\n\n"
        + "“Voters in rural areas all showed strong support.”");
    assertEquals(List.of("reports<-The Post"), attributions(verb));
    assertEquals("The Post", verb.sentence(2).attributionSource(), verb.describe());
  }

  @Test
  void aSpeechVerbKeepsItsOwnAttribution() {
    CueTestSupport.Result replied = CueTestSupport.run("Asked about the drills, Lavrov replied: "
        + "“They are routine.”");
    assertEquals(List.of("replied<-Lavrov"), attributions(replied));
    CueTestSupport.Result wrote = CueTestSupport.run("In a statement, the ministry wrote: "
        + "“The drills are defensive.”");
    assertEquals(List.of("wrote<-the ministry"), attributions(wrote));
    CueTestSupport.Result after = CueTestSupport.run("The envoy was blunt: “We will not move,” "
        + "he said.");
    assertEquals(List.of("said<-he"), attributions(after));
    // a statement cue without a source gives way to the clause's subject
    CueTestSupport.Result statement = CueTestSupport.run("In a statement, the ministry was "
        + "clear: “The drills are defensive.”");
    assertEquals(List.of(":<-the ministry"), attributions(statement));
  }

  @Test
  void aCapitalisedVerbBeforeItsSpeakerIsAnAttribution() {
    CueTestSupport.Result said = CueTestSupport.run("Said Brennan: “The only questions that "
        + "remain are legal ones.”");
    assertEquals(List.of("Said<-Brennan"), attributions(said));
    assertEquals("attr.said", said.only(CueType.ATTRIBUTION).ruleId());
    CueTestSupport.Result added = CueTestSupport.run("Added another source: “She was hired to "
        + "help.”");
    assertEquals(List.of("Added<-another source"), attributions(added));
    assertEquals(SourceType.ANONYMOUS, added.only(CueType.ATTRIBUTION).sourceType());
    // a participle opens an adverbial, not an inverted verb: Kael is no speaker
    assertFalse(attributions(CueTestSupport.run("Citing Kael, one of the most prominent "
        + "Republicans complained: “We have become insular.”")).contains("Citing<-Kael"));
    assertEquals(List.of(":<-Mr. Stevens"), attributions(CueTestSupport.run("Citing Kael, "
        + "Mr. Stevens complained: “We have become insular.”")));
    assertEquals(List.of(":<-Sterling Brown"), attributions(CueTestSupport.run("Sterling Brown, "
        + "the owner, was blunt: “We have become insular.”")));
  }

  @Test
  void labelsAndNamesBeforeAColon() {
    assertEquals(List.of(":<-Carl Bialik"), attributions(CueTestSupport.run(
        "Pollsters agree - Carl Bialik: “One of the biggest lessons was a simple one.”")));
    assertEquals(List.of(":<-Rep. Trey Gowdy"), attributions(CueTestSupport.run(
        "Rep. Trey Gowdy (R-S.C.): \"I have not heard anyone cite that figure.\"")));
    assertEquals(List.of(":<-Republican presidential nominee Donald Trump"),
        attributions(CueTestSupport.run("Republican presidential nominee Donald Trump issued "
            + "the following statement: “Our prayers are with all those affected.”")));
    assertEquals(List.of(":<-NYT"), attributions(CueTestSupport.run("MORE RUMBLINGS ON "
        + "IMMIGRATION PUSH - NYT: “Speaker John Boehner has signaled he may embrace changes.”")));
  }

  @Test
  void aColonWithoutAQuotationCreditsNobody() {
    for (String text : List.of("The reason is simple: the drills are large.",
        "Russia: troops to stay", "The drills — large and loud — ended on Sunday.",
        "The message was simple: “Nobody will leave.”")) {
      CueTestSupport.Result r = CueTestSupport.run(text);
      assertFalse(credited(r), r.describe());
      assertEquals(List.of(), attributions(r), r.describe());
      assertTrue(r.cues().sentences().stream().noneMatch(SentenceCues::attributed),
          r.describe());
    }
  }

  @Test
  void nearMissesCreditNobody() {
    for (String text : List.of(
        // a word capitalised by its place is no name
        "Let us return to Jefferson's vision: “For here we are not afraid to follow the truth.”",
        // the quotation does not end the sentence: a title or a term, not speech
        "Jill Filipovic: 'Bombshell' exposes some very ugly truths",
        "They are choosing to leave — “hunkering down,” as Lichter likes to call it — and "
            + "staying away.",
        // headings and labels in capitals
        "WATCH: “The convoy crosses the border.”",
        "NOW OPEN — “Pop-up art show strives to confront the Bronx.”",
        // a name right before the colon may be the speaker instead
        "Frank quotes former Carter adviser Alfred Kahn: “I would love the Teamsters to be "
            + "worse off.”",
        // another clause whose subject may speak
        "The bill passed, while Senate candidates preferred to stay mum: “the majority of "
            + "Senate candidates said nothing.”",
        // the subject is in a quotation
        "“Some Good News,” But Policies Still Fail, Boehner Adds: “We are not there.”",
        "It is simple: “Stay home.”")) {
      CueTestSupport.Result r = CueTestSupport.run(text);
      assertFalse(credited(r), r.describe());
    }
    // a name alone after "And then" is no label: the quotation after it is another's
    CueTestSupport.Result carson = CueTestSupport.run("Intro line\n\nAnd then Ben Carson:\n\n"
        + "“Carson is an enigma to me,” he said.");
    assertFalse(credited(carson), carson.describe());
  }
}
