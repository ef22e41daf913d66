package org.framelens.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.framelens.analyze.AnalyzedArticle;
import org.framelens.embed.CompactVectors;
import org.framelens.embed.DefaultModel;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The default model (GloVe as packaged by wink) lacks "a", "I" and the clitics ("’s", "n't"),
 * so the learned scorer saw them as unknown words and flagged a lone "a" or "’s" as loaded
 * language (519 spans on the ABP sample, and unattributed-claim explanations quoting “a”). They
 * are now trimmed from span ends like the other very frequent words.
 */
class FunctionWordSpanTest {

  @Test
  void theFunctionWordsTheModelLacksAreTheOnesTrimmed() {
    for (String w : List.of("a", "A", "I", "'s", "’s", "n't", "n’t", "'re", "'ll")) {
      assertTrue(LoadedModel.isFunctionWord(w), w);
    }
    for (String w : List.of("regime", "as", "s'", "vile", "")) {
      assertFalse(LoadedModel.isFunctionWord(w), w);
    }
  }

  @Test
  void noModelSpanIsOrEndsInAFunctionWordTheModelLacks() throws Exception {
    Assumptions.assumeTrue(CompactVectors.isModelDirectory(DefaultModel.directory()),
        "skipped: the default model is not converted; run scripts/fetch-model");
    CompactVectors v = CompactVectors.load(DefaultModel.directory());
    for (String w : List.of("a", "'s", "i", "n't")) {
      assertEquals(-1, v.index(w), "the packaged model lacks '" + w + "'");
    }
    CueAnalyzer cues = CueAnalyzer.defaults(LoadedModel.bundled(v, Lexicon.bundled()));
    String text = "Gillibrand was a Clinton neophyte and sycophant. The team's victory was a "
        + "success. I can't believe it's a disaster, he said. That's a shameful, vile lie.";
    AnalyzedArticle a = CueTestSupport.analyse(text);
    List<Evidence> model = cues.analyze(a).evidence().stream()
        .filter(e -> e.match() == Match.MODEL).toList();
    assertFalse(model.isEmpty(), "the model still finds loaded words here");
    for (Evidence e : model) {
      String span = e.span().text(text);
      String[] words = span.split("[\\s]+|(?=['’])");
      assertFalse(LoadedModel.isFunctionWord(words[0]), "starts with a function word: " + span);
      assertFalse(LoadedModel.isFunctionWord(words[words.length - 1]),
          "ends with a function word: " + span);
    }
    assertTrue(model.stream().anyMatch(e -> e.span().text(text).equals("neophyte and sycophant")),
        model.toString());
    List<Evidence> claims = cues.analyze(a).evidence().stream()
        .filter(e -> e.type() == CueType.UNATTRIBUTED_CLAIM).toList();
    for (Evidence c : claims) {
      assertFalse(c.explanation().contains("“a”"), c.explanation());
    }
  }
}
