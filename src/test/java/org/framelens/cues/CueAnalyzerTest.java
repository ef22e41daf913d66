package org.framelens.cues;

import static org.framelens.cues.CueTestSupport.actors;
import static org.framelens.cues.CueTestSupport.analyse;
import static org.framelens.cues.CueTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.framelens.analyze.AnalyzedArticle;
import org.framelens.analyze.Sentence;
import org.framelens.cues.CueTestSupport.Result;
import org.framelens.text.Token;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/** The cue stage as a whole: voice, scare quotes, unattributed claims, targets and scores. */
class CueAnalyzerTest {

  private static final String ACME_ACTORS = "# test actors\n"
      + "actor_id\tname\taliases\n"
      + "acme\tAcme Corporation\tAcme|ACME Corp\n";

  private static Evidence loaded(Result r, String words) {
    List<Evidence> es = r.of(CueType.LOADED).stream()
        .filter(e -> r.text(e.span()).equals(words)).toList();
    assertEquals(1, es.size(), "one loaded hit on '" + words + "' in " + r.describe());
    return es.get(0);
  }

  // ---- voice ----

  @Test
  void aLoadedWordInsideQuotationMarksIsInTheQuotedVoice() {
    Result r = run("“The storm is brutal,” Berg said.");
    Evidence e = loaded(r, "brutal");
    assertEquals(Voice.QUOTED, e.voice());
    assertEquals("loaded.brutal", e.ruleId());
    assertEquals(Match.LEXICON, e.match());
    assertEquals(List.of(), r.of(CueType.UNATTRIBUTED_CLAIM),
        "a quoted loaded word is no claim of the outlet");
  }

  @Test
  void aLoadedWordOutsideQuotationMarksIsInTheAuthorsVoice() {
    Result r = run("The brutal storm hit the coast.");
    Evidence e = loaded(r, "brutal");
    assertEquals(Voice.AUTHOR, e.voice());
    assertEquals("emotive_intensifier", e.category());
    assertEquals("“brutal” is an emotional word that condemns rather than describes.",
        e.explanation());
  }

  @Test
  void voiceIsDecidedPerHitWithinOneSentence() {
    Result r = run("Berg called the brutal plan “a massive mistake” in the hall.");
    assertEquals(Voice.AUTHOR, loaded(r, "brutal").voice());
    assertEquals(Voice.QUOTED, loaded(r, "massive").voice());
  }

  // ---- scare quotes ----

  @Test
  void aShortQuoteWithoutASpeakerIsAScareQuoteIncludingItsMarks() {
    // not "Residents call it a “liberation”": the residents' label is attributed (CallLabelTest)
    Result r = run("Residents see it as a “liberation” now.");
    Evidence e = r.only(CueType.SCARE_QUOTE);
    assertEquals("“liberation”", r.text(e.span()));
    assertEquals("scare_quote.short-unsourced", e.ruleId());
    assertEquals("distancing", e.category());
    assertEquals(Voice.AUTHOR, e.voice());
    assertEquals(Match.RULE, e.match());
    assertEquals("The quotation marks around “liberation” keep the writer at a distance from "
        + "these words without saying who used them.", e.explanation());
    assertFalse(r.single().attributed());
  }

  @Test
  void aShortQuoteInASentenceWithASpeakerIsNoScareQuote() {
    Result r = run("Berg said the move was a “liberation” for the town.");
    assertEquals(List.of(), r.of(CueType.SCARE_QUOTE), r.describe());
    assertTrue(r.single().attributed());
    assertEquals(List.of(), run("“Liberation,” said Berg.").of(CueType.SCARE_QUOTE));
  }

  @Test
  void aQuoteOfMoreThanThreeWordsIsNoScareQuote() {
    Result r = run("Residents call it “a liberation of the whole town” now.");
    assertEquals(List.of(), r.of(CueType.SCARE_QUOTE), r.describe());
  }

  // ---- unattributed claims ----

  @Test
  void aMotiveInTheOutletsVoiceIsAnUnattributedClaimOverTheWholeSentence() {
    String text = "The decision is a bid to divide the allies.";
    Result r = run(text);
    Evidence claim = r.only(CueType.UNATTRIBUTED_CLAIM);
    assertEquals("claim.motive-bid", claim.ruleId());
    assertEquals("motive", claim.category());
    assertEquals(text, r.text(claim.span()), "the claim's span is the whole sentence");
    assertEquals(r.article().sentences().get(0).span(), claim.span());
    assertEquals(Voice.AUTHOR, claim.voice());
    assertEquals(Match.RULE, claim.match());
    assertEquals("In its own voice and without naming a source, the outlet asserts a motive: "
        + "“a bid to”.", claim.explanation());
    assertTrue(r.single().unattributedClaim());
    assertFalse(r.single().attributed());
    assertEquals("a bid to", r.text(loaded(r, "a bid to").span()), "also loaded");
  }

  @Test
  void theSameMotiveWithASpeakerIsNoUnattributedClaim() {
    Result r = run("The decision is a bid to divide the allies, the minister said.");
    assertEquals(List.of(), r.of(CueType.UNATTRIBUTED_CLAIM), r.describe());
    SentenceCues s = r.single();
    assertFalse(s.unattributedClaim());
    assertTrue(s.attributed());
    assertEquals("the minister", s.attributionSource());
    assertEquals(1, r.of(CueType.LOADED).size(), "the loaded hit stays");
  }

  @Test
  void aLoadedWordInTheOutletsVoiceIsAnUnattributedEvaluation() {
    Result r = run("Moscow is sabre-rattling again.");
    Evidence claim = r.only(CueType.UNATTRIBUTED_CLAIM);
    assertEquals("claim.loaded", claim.ruleId());
    assertEquals("evaluation", claim.category());
    assertEquals("russia", claim.targetActor(), "the claim's subject");
    assertEquals("In its own voice and without naming a source, the outlet asserts an "
        + "evaluation: “sabre-rattling”.", claim.explanation());
  }

  @Test
  void aSentenceInsideAQuotationAttributedElsewhereIsSourced() {
    Result r = run("“The road is closed. It will stay closed for weeks,” Berg said.");
    assertEquals(2, r.cues().sentences().size());
    assertEquals(1.0, r.article().sentences().get(0).quotedShare());
    assertTrue(r.sentence(0).attributed(), "carried over from the attributed quotation");
    assertEquals("Berg", r.sentence(0).attributionSource());
    assertEquals(SourceType.NAMED_PERSON, r.sentence(0).sourceType());
    assertEquals(1, r.only(CueType.ATTRIBUTION).sentenceIndex());
  }

  @Test
  void aSentenceOfDatesPlacesAndNumbersRaisesNoCue() {
    Result r = run("On 3 May 2021, 400 soldiers arrived in Brest.");
    assertEquals(List.of(), r.cues().evidence(), r.describe());
    assertEquals(new SentenceCues(0.0, false, "", null, false, false, "author"), r.single());
  }

  // ---- target actors ----

  @Test
  void aLoadedHitTargetsTheActorNamedBeforeIt() {
    Result r = run("Moscow is sabre-rattling again.");
    assertEquals("russia", loaded(r, "sabre-rattling").targetActor());
    assertEquals("russia", loaded(run("Moscow sent brutal troops to Minsk."), "brutal")
        .targetActor(), "the nearest actor before the hit");
  }

  @Test
  void aLoadedHitWithNoActorBeforeItTargetsTheFirstOneAfter() {
    assertEquals("belarus", loaded(run("The brutal crackdown in Minsk went on for weeks."), "brutal")
        .targetActor());
  }

  @Test
  void soCalledTargetsTheActorItPrefixes() {
    Result r = run("They met the so-called Kyiv government.");
    Evidence e = loaded(r, "so-called");
    assertEquals("delegitimising", e.category());
    assertEquals("ukraine", e.targetActor());
    assertEquals("ukraine", loaded(run("Moscow mocked the so-called Kyiv government."),
        "so-called").targetActor(), "the prefixed actor, not the one before");
  }

  @Test
  void aHitWithNoActorInItsSentenceHasNoTarget() {
    assertEquals("", loaded(run("The brutal storm hit the coast."), "brutal").targetActor());
  }

  @Test
  void actorsFromAUserFileReplaceTheBundledOnes() {
    CueAnalyzer analyzer = new CueAnalyzer(Lexicon.bundled(), actors("acme.tsv", ACME_ACTORS),
        null);
    Result r = run(analyzer, "Acme is a puppet.");
    Evidence e = loaded(r, "puppet");
    assertEquals("loaded.puppet", e.ruleId());
    assertEquals("acme", e.targetActor());
    assertEquals("acme", loaded(run(analyzer, "The ACME Corp board is a puppet."), "puppet")
        .targetActor());
    assertEquals("", loaded(run(analyzer, "Moscow is sabre-rattling again."), "sabre-rattling")
        .targetActor(), "the bundled actors are gone");
  }

  // ---- loaded score ----

  @Test
  void loadedScoreIsZeroWithoutLoadedHits() {
    assertEquals(0.0, run("The road may reopen.").single().loadedScore(),
        "a hedge is no loaded hit");
    assertEquals(0.0, run("Officials said the road would reopen.").single().loadedScore());
  }

  @Test
  void loadedScoreCombinesLexiconHitsBelowOne() {
    assertEquals(0.8, CueAnalyzer.LEXICON_WEIGHT);
    assertEquals(0.8, run("The brutal storm hit the coast.").single().loadedScore(), 1e-12);
    assertEquals(0.96, run("The brutal regime fell.").single().loadedScore(), 1e-12);
    assertEquals(0.992, run("The massive and brutal regime fell.").single().loadedScore(),
        1e-12);
    double many = run("The brutal, savage, vicious, ruthless regime fell.").single()
        .loadedScore();
    assertEquals(1 - Math.pow(0.2, 5), many, 1e-12);
    assertTrue(many < 1);
  }

  /**
   * Bug: 1 − 0.2^n rounds to exactly 1.0 in double arithmetic from n = 24 hits on, against
   * "below 1 always" in {@link SentenceCues}.
   */

  @Test
  void loadedScoreStaysBelowOneWithVeryManyHits() {
    Result r = run("The brutal, savage, vicious, heinous, atrocious, barbaric, ruthless, shameful, "
        + "outrageous, disgraceful, scandalous, appalling, abhorrent, despicable, reprehensible, "
        + "cynical, sinister, malicious, evil, wicked, treacherous, horrific, terrifying, "
        + "chilling, hysterical, paranoid, belligerent, bellicose, aggressive regime fell.");
    assertTrue(r.of(CueType.LOADED).size() >= 24);
    assertTrue(r.single().loadedScore() < 1, "score " + r.single().loadedScore());
  }

  @Test
  void modelHitsAddTheirProbabilityAndYieldToLexiconHits() {
    // a scorer that flags "storm" (token 2) with 0.5 and "brutal" (token 1), already a lexicon hit
    LoadedScorer scorer = new LoadedScorer() {
      @Override
      public List<Scored> score(AnalyzedArticle article, Sentence s) {
        return List.of(new Scored(1, 2, 0.9, "brutal"), new Scored(2, 3, 0.5, "storm, wind"));
      }

      @Override
      public String id() {
        return "test-model";
      }
    };
    CueAnalyzer analyzer = new CueAnalyzer(Lexicon.bundled(), Actors.bundled(), scorer);
    Result r = run(analyzer, "The brutal storm hit the coast.");
    assertEquals(2, r.of(CueType.LOADED).size(), r.describe());
    assertEquals(Match.LEXICON, loaded(r, "brutal").match());
    Evidence model = loaded(r, "storm");
    assertEquals(Match.MODEL, model.match());
    assertEquals("test-model", model.ruleId());
    assertEquals("model", model.category());
    assertEquals(0.5, model.score());
    assertEquals("The word-vector model rates “storm” as loaded language (probability 0.50), "
        + "driven by: storm, wind.", model.explanation());
    assertEquals(1 - 0.2 * 0.5, r.single().loadedScore(), 1e-12);
  }

  @Test
  void modelExplanationReadsAsItDidWithStringFormat() {
    java.util.Random r = new java.util.Random(8);
    for (int i = 0; i < 20_000; i++) {
      double p = i < 1000 ? (i + 0.5) / 1000 : r.nextDouble();
      String words = i % 2 == 0 ? "storm" : "so-called “experts”";
      String drivers = "the word “storm” (+" + r.nextInt(10) + ".0)";
      assertEquals(String.format(java.util.Locale.ROOT, "The word-vector model rates “%s” as "
          + "loaded language (probability %.2f), driven by: %s.", words, p, drivers),
          CueAnalyzer.modelExplanation(words, new LoadedScorer.Scored(0, 1, p, drivers)));
    }
  }

  /** A model hit with no driver worth naming leaves "driven by" out: still one sentence. */
  @Test
  void modelExplanationWithoutDriversIsOneSentence() {
    assertEquals("The word-vector model rates “storm” as loaded language (probability 0.50).",
        CueAnalyzer.modelExplanation("storm", new LoadedScorer.Scored(0, 1, 0.5, "")));
  }

  // ---- voice mix ----

  @Test
  void voiceMixIsAuthorBelowOneFifthQuoted() {
    Result r = run("He wrote “yes” on the bigger form.");
    assertTrue(r.article().sentences().get(0).quotedShare() < 0.2);
    assertEquals("author", r.single().voiceMix());
    assertEquals("author", run("The road may reopen.").single().voiceMix());
  }

  @Test
  void voiceMixIsMixedFromOneFifthQuoted() {
    Result r = run("He wrote “yes” on the big form.");
    assertEquals(0.2, r.article().sentences().get(0).quotedShare(), "5 of 25 characters");
    assertEquals("mixed", r.single().voiceMix());
  }

  @Test
  void voiceMixIsMixedJustBelowFourFifthsQuoted() {
    Result r = run("Anna: “We shall stay here now”.");
    double share = r.article().sentences().get(0).quotedShare();
    assertTrue(share > 0.75 && share < 0.8, "share " + share);
    assertEquals("mixed", r.single().voiceMix());
  }

  @Test
  void voiceMixIsQuotedFromFourFifthsQuoted() {
    Result r = run("Ann: “We shall stay here now”.");
    assertEquals(0.8, r.article().sentences().get(0).quotedShare(), "20 of 25 characters");
    assertEquals("quoted", r.single().voiceMix());
    assertEquals("quoted", run("“We will all stay here.”").single().voiceMix());
  }

  // ---- weasels ----

  @Test
  void criticsSayIsAWeasel() {
    Result r = run("Critics say the bridge is unsafe.");
    Evidence w = r.only(CueType.WEASEL);
    assertEquals("Critics say", r.text(w.span()));
    assertEquals("weasel.critics-say", w.ruleId());
    assertEquals("vague_group", w.category());
    SentenceCues s = r.single();
    assertTrue(s.weasel());
    assertTrue(s.attributed(), "attributed, but to a hidden source");
    assertEquals(SourceType.WEASEL, s.sourceType());
    assertFalse(s.unattributedClaim());
  }

  @Test
  void aWeaselSourceTypeAloneSetsTheWeaselFlag() {
    Result r = run("The plan was dubbed a failure by critics.");
    assertEquals(List.of(), r.of(CueType.WEASEL));
    assertTrue(r.single().weasel());
  }

  @Test
  void aNamedSourceIsNoWeasel() {
    assertFalse(run("Foreign Minister Anna Berg said the talks failed.").single().weasel());
  }

  @Test
  void aWeaselPhraseWithoutASpeechVerbStillSourcesTheSentence() {
    Result r = run("There are concerns that the bridge is unsafe.");
    assertEquals("There are concerns that", r.text(r.only(CueType.WEASEL).span()));
    assertEquals(List.of(), r.of(CueType.ATTRIBUTION));
    SentenceCues s = r.single();
    assertTrue(s.weasel());
    assertTrue(s.attributed());
    assertEquals("There are concerns that", s.attributionSource());
    assertEquals(SourceType.WEASEL, s.sourceType());
  }

  // ---- evidence in general ----

  @Test
  void evidenceIsInTextOrderAndWellFormedAcrossAParagraph() {
    Result r = run("Moscow is sabre-rattling again. Critics say the so-called reform is a "
        + "“farce”. The minister is accused of fraud, according to Reuters. “The brutal regime "
        + "may fall,” Berg said. The decision is clearly a bid to divide the allies.");
    List<Evidence> es = r.cues().evidence();
    assertTrue(es.size() >= 10, r.describe());
    List<Evidence> sorted = new ArrayList<>(es);
    sorted.sort((a, b) -> a.span().compareTo(b.span()));
    assertEquals(sorted.stream().map(Evidence::span).toList(),
        es.stream().map(Evidence::span).toList());
    for (Evidence e : es) {
      Sentence s = r.article().sentences().get(e.sentenceIndex());
      boolean startsOnToken = s.tokens().stream().map(Token::start)
          .anyMatch(x -> x == e.span().start());
      boolean endsOnToken = s.tokens().stream().map(Token::end)
          .anyMatch(x -> x == e.span().end());
      assertTrue(startsOnToken && endsOnToken, "token-aligned: " + e.ruleId());
      if (e.type() != CueType.ATTRIBUTION) {
        assertNull(e.sourceSpan(), e.ruleId());
      }
    }
    assertEquals(5, r.cues().sentences().size());
  }

  @Test
  void anEmptyArticleHasNoCues() {
    ArticleCues cues = CueTestSupport.BUNDLED.analyze(analyse(""));
    assertEquals(List.of(), cues.evidence());
    assertEquals(List.of(), cues.sentences());
  }
}
