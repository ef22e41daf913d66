package org.framelens.cues;

import static org.framelens.cues.CueTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.framelens.cues.CueTestSupport.Result;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A denied loaded label (black-box finding, hunt 3-A no. 5): "Belarus is not an aggressor." gave
 * a loaded "aggressor" aimed at Belarus and the claim "the outlet asserts an evaluation:
 * “aggressor”". The word stays a loaded cue, {@link Evidence#negated()}, says it is denied, is
 * aimed at no actor, and the claim it triggers says the outlet denies it. The negations are data
 * ({@code lexicons/negation.tsv}) whose examples run here.
 */
class NegationExamplesTest {

  @TestFactory
  Stream<DynamicTest> everyNegationDeniesItsHitExampleAndNoLoadedWordOfItsMissExample() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Negation.Entry e : Negation.BUNDLED.entries()) {
      String where = "negation.tsv:" + e.line() + " " + e.ruleId();
      String marked = e.exampleHit();
      int open = marked.indexOf("[[");
      int close = marked.indexOf("]]");
      String sentence = marked.substring(0, open) + marked.substring(open + 2, close)
          + marked.substring(close + 2);
      String word = marked.substring(open + 2, close);
      tests.add(DynamicTest.dynamicTest(where + " hits: " + marked, () -> {
        Result r = run(sentence);
        List<Evidence> loaded = r.of(CueType.LOADED);
        assertTrue(loaded.stream().anyMatch(x -> x.negated() && x.span().start() == open
            && r.text(x.span()).equals(word)), where + ": " + r.describe());
        for (Evidence x : loaded) {
          if (x.negated()) {
            assertEquals("", x.targetActor(), r.describe());
            LexiconExamplesTest.assertQuotesOnlyTheSentence(where, x.explanation(), sentence);
          }
        }
      }));
      if (!e.exampleMiss().isBlank()) {
        tests.add(DynamicTest.dynamicTest(where + " misses: " + e.exampleMiss(), () -> {
          Result r = run(e.exampleMiss());
          assertFalse(r.of(CueType.LOADED).isEmpty(), "the miss example needs a loaded word: "
              + r.describe());
          for (Evidence x : r.of(CueType.LOADED)) {
            assertFalse(x.negated(), where + ": " + r.describe());
          }
        }));
      }
    }
    assertFalse(tests.isEmpty());
    return tests.stream();
  }

  @Test
  void aDeniedLabelIsNotTheOutletLabellingTheActor() {
    Result r = run("Belarus is not an aggressor.");
    Evidence loaded = r.only(CueType.LOADED);
    assertEquals("aggressor", r.text(loaded.span()));
    assertTrue(loaded.negated());
    assertEquals("", loaded.targetActor(), "a denied label is aimed at no one");
    assertTrue(loaded.explanation().endsWith(" Here it is denied (“is not an aggressor”): the "
        + "sentence says it does not apply, so it is aimed at no one."), loaded.explanation());
    // a denial is still the outlet's own unsourced judgement, but not the label's assertion
    Evidence claim = r.only(CueType.UNATTRIBUTED_CLAIM);
    assertEquals("In its own voice and without naming a source, the outlet asserts an evaluation "
        + "by denying a loaded word: “is not an aggressor”.", claim.explanation());
    assertEquals("belarus", claim.targetActor(), "the claim is still about Belarus");
  }

  @Test
  void theAffirmedLabelIsUnchanged() {
    Result r = run("Belarus is an aggressor.");
    Evidence loaded = r.only(CueType.LOADED);
    assertFalse(loaded.negated());
    assertEquals("belarus", loaded.targetActor());
    assertEquals("“aggressor” labels someone as the side that starts wars, a judgement in one "
        + "word.", loaded.explanation());
    assertEquals("In its own voice and without naming a source, the outlet asserts an evaluation: "
        + "“aggressor”.", r.only(CueType.UNATTRIBUTED_CLAIM).explanation());
  }

  @Test
  void anAffirmedLabelTriggersTheClaimBeforeADeniedOne() {
    Result r = run("Belarus is not an aggressor but the regime in Kyiv is a junta.");
    assertEquals("In its own voice and without naming a source, the outlet asserts an evaluation: "
        + "“regime”.", r.only(CueType.UNATTRIBUTED_CLAIM).explanation());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Belarus isn't an aggressor.            | aggressor",
      "Belarus isn’t the aggressor.           | aggressor",
      "They are not thugs.                    | thugs",
      "It was never a sham.                   | sham",
      "He's not a dictator.                   | dictator",
      "Lukashenko is no longer a dictator.    | dictator",
      "The drills will not be massive.        | massive",
  })
  void theseAreDenied(String sentence, String word) {
    Result r = run(sentence);
    Evidence e = r.of(CueType.LOADED).stream().filter(x -> r.text(x.span()).equals(word))
        .findFirst().orElseThrow(() -> new AssertionError(r.describe()));
    assertTrue(e.negated(), r.describe());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Belarus is not only an aggressor.",
      "Belarus is not the only aggressor.",
      "Belarus is not just an aggressor but a puppet.",
      "The aggressor is not Belarus.",
      "Not every dictator is cruel.",
      "They are not the so-called peace keepers.",
      "It is not clear whether the regime will fall.",
      "They were not a bunch of thugs.",
  })
  void theseAreNotDenied(String sentence) {
    Result r = run(sentence);
    assertFalse(r.of(CueType.LOADED).isEmpty(), r.describe());
    for (Evidence e : r.of(CueType.LOADED)) {
      assertFalse(e.negated(), r.describe());
    }
  }
}
