package org.framelens.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.framelens.cues.CueTestSupport.Result;
import org.junit.jupiter.api.Test;

/**
 * Explanations read right whatever was matched: found by a black-box check of the ABP sample's
 * reports (2026-11-22), where "“think” reports what “I” thinks or wants", "Calling a government a
 * “regimes”" and "“purported experts” uses “alleged”" were shown to students.
 */
class ExplanationWordingTest {

  private static Result run(String text) {
    return CueTestSupport.run(text);
  }

  private static Result run(CueAnalyzer analyzer, String text) {
    return CueTestSupport.run(analyzer, text);
  }

  private static String explanation(Result r, String ruleId, String text) {
    List<Evidence> es = r.cues().evidence().stream()
        .filter(e -> e.ruleId().equals(ruleId) && r.text(e.span()).equals(text)).toList();
    assertEquals(1, es.size(), ruleId + " on '" + text + "' in " + r.describe());
    return es.get(0).explanation();
  }

  @Test
  void aBeliefReadsRightForAnySource() {
    assertEquals("“think” reports a belief or wish of “I”, as told by the outlet.",
        explanation(run("I think the plan will fail."), "attr.belief", "think"));
    assertEquals("“believe” reports a belief or wish of “They”, as told by the outlet.",
        explanation(run("Officials met. They believe the plan will fail."), "attr.belief",
            "believe"));
    assertEquals("“hopes” reports a belief or wish of “The US”, as told by the outlet.",
        explanation(run("The US hopes allies would feel reassured."), "attr.belief", "hopes"));
  }

  @Test
  void labelsReadRightForPluralMatches() {
    assertEquals("“regimes” labels governments as illegitimate or oppressive instead of naming "
        + "them neutrally.", explanation(run("The regimes in the region sent more troops."),
            "loaded.regime", "regimes"));
    assertEquals("“regime” labels governments as illegitimate or oppressive instead of naming "
        + "them neutrally.", explanation(run("The regime in Minsk sent more troops."),
            "loaded.regime", "regime"));
    assertEquals("“puppets” says the people or government it names have no will of their own, "
        + "a label rather than a fact.",
        explanation(run("Critics call them puppets of Moscow."), "loaded.puppet", "puppets"));
    assertEquals("“mouthpiece” dismisses information, or those who spread it, as manipulation "
        + "without showing why.",
        explanation(run("The channel is a mouthpiece of the state."), "loaded.propaganda",
            "mouthpiece"));
  }

  @Test
  void theSneerNamesTheWordMatched() {
    for (String word : new String[] {"alleged", "purported", "supposed", "Purported"}) {
      String sentence = (word.equals("Purported") ? "" : "The ") + word
          + " experts said nothing new.";
      String matched = word + " experts";
      assertEquals("“" + matched + "” uses “" + word + "” to sneer at a title or status rather "
          + "than to report an open legal question.",
          explanation(run(sentence), "loaded.alleged-sneer", matched));
    }
  }

  @Test
  void firstIsTheFirstWordOfTheMatch() {
    LexiconEntry e = new LexiconEntry("t.x", List.of(PhrasePattern.parse("b c")), CueType.LOADED,
        "c", "“{text}” starts with “{first}”.", List.of(), "[[b c]]", "", "t.tsv", 2);
    assertEquals("“b c” starts with “b”.", e.explain("b c"));
    assertEquals("“b\u00a0c” starts with “b”.", e.explain("b\u00a0c", "b"));
    assertEquals("“b” starts with “b”.", e.explain("b"));
    // the cue stage takes the first token: "Kremlin" of "Kremlin's puppet"
    Lexicon lex = CueTestSupport.lexicon("t.tsv", CueTestSupport.LEXICON_HEADER
        + CueTestSupport.row("t.k", "kremlin's puppet", "loaded", "c", "“{text}” names “{first}”.",
            "", "The [[Kremlin's puppet]].", "The puppet."));
    Result r = run(new CueAnalyzer(lex, Actors.bundled(), null), "He is the Kremlin’s puppet.");
    assertEquals("“Kremlin’s puppet” names “Kremlin”.",
        explanation(r, "t.k", "Kremlin’s puppet"));
    assertTrue(Lexicon.bundled().entries().stream().anyMatch(x -> x.explanation()
        .contains("{first}")));
  }

  @Test
  void wordsInsideAQuotationAreTheSpeakersNotTheWriters() {
    Result quoted = run("“The so-called sanctions will fail,” Lavrov said. “Kyiv claims that we "
        + "attacked first,” Peskov said. “The troops reportedly left,” he said.");
    assertEquals("“so-called” signals that the speaker does not accept the name that follows.",
        explanation(quoted, "loaded.so-called", "so-called"));
    assertEquals("“claims that” distances the speaker from what follows, hinting it may be "
        + "untrue.", explanation(quoted, "doubt.claims-that", "claims that"));
    assertEquals("“reportedly” marks the claim as second-hand, not confirmed by the speaker.",
        explanation(quoted, "hedge.reportedly", "reportedly"));
    Result own = run("The so-called sanctions will fail. Kyiv claims that Moscow attacked "
        + "first. The troops reportedly left.");
    assertEquals("“so-called” signals that the writer does not accept the name that follows.",
        explanation(own, "loaded.so-called", "so-called"));
    assertEquals("“claims that” distances the writer from what follows, hinting it may be "
        + "untrue.", explanation(own, "doubt.claims-that", "claims that"));
    assertEquals("“reportedly” marks the claim as second-hand, not confirmed by the writer.",
        explanation(own, "hedge.reportedly", "reportedly"));
    LexiconEntry e = new LexiconEntry("t.x", List.of(PhrasePattern.parse("b")), CueType.LOADED,
        "c", "{writer} wrote “{text}”.", List.of(), "[[b]]", "", "t.tsv", 2);
    assertEquals("the speaker wrote “b”.", e.explain("b", "b", Voice.QUOTED));
    assertEquals("the writer wrote “b”.", e.explain("b", "b", Voice.AUTHOR));
  }
}
