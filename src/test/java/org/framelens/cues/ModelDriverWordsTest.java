package org.framelens.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.framelens.analyze.AnalyzedArticle;
import org.framelens.embed.CompactVectors;
import org.framelens.embed.DefaultModel;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the learned scorer's explanations name, and what its context sees, as a black-box hunt
 * found them: "driven by: … the word “people” (+0.5), … the word “the” (+0.3)" (function words
 * given to students as reasons a phrase is loaded), and the outlet's own "opposition leaders"
 * flagged as its loaded language "driven by: … the nearby word “traitors” (+3.9)", a word inside
 * the government's quotation.
 */
class ModelDriverWordsTest {

  private static CueAnalyzer cues;

  @BeforeAll
  static void load() throws Exception {
    Assumptions.assumeTrue(CompactVectors.isModelDirectory(DefaultModel.directory()),
        "skipped: the default model is not converted; run scripts/fetch-model");
    CompactVectors v = CompactVectors.load(DefaultModel.directory());
    cues = CueAnalyzer.defaults(LoadedModel.bundled(v, Lexicon.bundled()));
  }

  private static List<Evidence> model(String text) {
    AnalyzedArticle a = CueTestSupport.analyse(text);
    return cues.analyze(a).evidence().stream().filter(e -> e.match() == Match.MODEL).toList();
  }

  @Test
  void functionWordsAreNeverNamedAsDrivers() {
    for (String w : List.of("the", "The", "a", "of", "and", "to", "in", "is", "people", "’s")) {
      assertFalse(LoadedModel.isDriverWord(w), w);
    }
    for (String w : List.of("corrupt", "elite", "punish", "regime", "leaders", "")) {
      assertTrue(LoadedModel.isDriverWord(w), w);
    }
    String text = "\"The sanctions are a failure. They punish ordinary people and reward the "
        + "corrupt elite.\"";
    List<Evidence> hits = model(text);
    Evidence punish = hits.stream().filter(e -> e.span().text(text).contains("corrupt"))
        .findFirst().orElseThrow(() -> new AssertionError(hits.toString()));
    String x = punish.explanation();
    assertTrue(x.contains("the word “corrupt”"), x);
    for (String w : List.of("the", "people", "and")) {
      assertFalse(x.contains("word “" + w + "”"), x);
    }
  }

  @Test
  void aQuotedInsultDoesNotMakeTheOutletsWordsNextToItLoaded() {
    String text = "The government called the opposition leaders \"traitors and puppets\" in a "
        + "televised address.";
    List<Evidence> hits = model(text);
    for (Evidence e : hits) {
      if (e.voice() == Voice.AUTHOR) {
        assertFalse(e.explanation().contains("“traitors”"), e.explanation());
        assertFalse(e.span().text(text).contains("opposition"), e.toString());
      }
    }
    String critics = "The plan is \"reckless,\" critics say.";
    for (Evidence e : model(critics)) {
      assertFalse(e.voice() == Voice.AUTHOR && e.span().text(critics).equals("critics"),
          e.toString());
    }
  }
}
