package org.framelens.cli;

import static org.framelens.cli.CliRun.assertOneErrorLine;
import static org.framelens.cli.CliRun.assertNoStackTrace;
import static org.framelens.cli.CliRun.assumeDefaultModel;
import static org.framelens.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.framelens.cli.CliRun.Result;
import org.junit.jupiter.api.Test;

/**
 * {@code lexicon expand}: an entry's or a word's neighbours, and a one-line message with a
 * documented exit code for what it cannot expand (exit 1) or a bad argument (exit 2). The
 * argument checks need no model; the rest skip without the default model.
 */
class LexiconExpandCommandTest {


  @Test
  void anEmptyRuleIsAUsageError() {
    for (String rule : List.of("", "  ")) {
      assertOneErrorLine(run("lexicon", "expand", rule), ExitCodes.USAGE, "RULE is empty",
          "loaded.regime");
    }
  }

  @Test
  void aRuleThatIsNoPhraseIsAUsageError() {
    assertOneErrorLine(run("lexicon", "expand", "["), ExitCodes.USAGE, "cannot read '[' as a word",
        "unclosed");
  }

  @Test
  void kBelowOneIsAUsageErrorWithTheRange() {
    for (String k : List.of("0", "-1")) {
      assertOneErrorLine(run("lexicon", "expand", "regime", "-k", k), ExitCodes.USAGE,
          "-k must be 1 or more, got " + k);
    }
  }

  @Test
  void aSimilarityOutsideMinusOneToOneIsAUsageErrorWithTheRange() {
    for (String min : List.of("2", "-1.5", "NaN")) {
      assertOneErrorLine(run("lexicon", "expand", "regime", "--min-similarity", min),
          ExitCodes.USAGE, "--min-similarity must be from -1 to 1");
    }
  }

  @Test
  void anEmptyMeasureFolderIsAUsageError() {
    assertOneErrorLine(run("lexicon", "expand", "--measure", ""), ExitCodes.USAGE,
        "--measure is empty");
  }

  @Test
  void aRuleIdThatIsNoLexiconEntryIsExit1NamingTheRuleIds() {
    assumeDefaultModel();
    for (String rule : List.of("loaded.nonexistent", "attr.said")) {
      assertOneErrorLine(run("lexicon", "expand", rule), ExitCodes.SOME_FAILED,
          "'" + rule + "' is not a lexicon entry", "loaded., weasel.",
          "nor a word in the vocabulary of glove-6b-100d");
    }
  }

  @Test
  void aWordNotInTheVocabularyIsExit1AsForVectorsNeighbors() {
    assumeDefaultModel();
    assertOneErrorLine(run("lexicon", "expand", "Qzxqzxqzx"), ExitCodes.SOME_FAILED,
        "'qzxqzxqzx' is not in the vocabulary of glove-6b-100d");
    assertOneErrorLine(run("lexicon", "expand", "so called"), ExitCodes.SOME_FAILED,
        "'so called' is not a single word");
  }

  @Test
  void anEntryOfOnlyMultiWordPhrasesSaysItHasNoSingleWord() {
    assumeDefaultModel();
    // loaded.land-grab: land grab|power grab|grab for power
    assertOneErrorLine(run("lexicon", "expand", "loaded.land-grab"), ExitCodes.SOME_FAILED,
        "loaded.land-grab has no single word to expand",
        "phrases of several words or patterns");
  }

  @Test
  void anEntryAndAWordListTheirNeighboursAsBefore() {
    assumeDefaultModel();
    Result e = run("lexicon", "expand", "loaded.regime", "-k", "3");
    assertEquals(ExitCodes.OK, e.code(), e.err());
    assertEquals("", e.err());
    List<String> lines = e.outLines();
    assertEquals("neighbours of loaded.regime (regime, regimes):", lines.get(0));
    assertTrue(lines.get(1).matches("  dictatorship {9}0\\.\\d{4}  \\(from regime\\)"),
        lines.get(1));

    Result w = run("lexicon", "expand", "Regime", "-k", "2");
    assertEquals(ExitCodes.OK, w.code(), w.err());
    assertEquals("neighbours of word (regime):", w.outLines().get(0));
    assertEquals(3, w.outLines().size(), w.out());
  }

  @Test
  void aHugeKListsWhatReachesTheSimilarity() {
    assumeDefaultModel();
    Result r = run("lexicon", "expand", "regime", "-k", "2147483647", "--min-similarity", "0.7");
    assertEquals(ExitCodes.OK, r.code(), r.err());
    assertTrue(r.out().contains("dictatorship"), r.out());
    assertNoStackTrace(r.err());
  }

  @Test
  void punctuationAmongTheNearestDoesNotEatIntoK(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path tmp) throws Exception {
    // so-called's two nearest are quotation marks, which are never suggested
    java.nio.file.Path model = tmp.resolve("m");
    org.framelens.embed.TestModels.write(model,
        List.of("so-called", "\u201c", "\u2018", "hence", "examples", "banana"),
        new float[][] {{1, 0, 0}, {1, 0.01f, 0}, {1, 0.02f, 0}, {1, 0.1f, 0}, {1, 0.2f, 0},
            {0, 0, 1}});
    Result r = run("lexicon", "expand", "so-called", "-k", "2", "--model", model.toString());
    assertEquals(ExitCodes.OK, r.code(), r.err());
    List<String> words = r.outLines().stream().skip(1).map(l -> l.strip().split("\\s+")[0])
        .toList();
    assertEquals(List.of("hence", "examples"), words, r.out());
  }
}
