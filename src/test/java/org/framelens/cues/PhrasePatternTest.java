package org.framelens.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Parsing and matching of lexicon phrase patterns. */
class PhrasePatternTest {

  /** Space-separated tokens, normalised as the cue stage normalises them. */
  private static List<String> tokens(String spaced) {
    return Arrays.stream(spaced.split(" ")).map(PhrasePattern::normalise).toList();
  }

  private static int end(String pattern, String spacedTokens, int from) {
    return PhrasePattern.parse(pattern).matchAt(tokens(spacedTokens), from);
  }

  @Test
  void literalMatchesWhateverTheCaseOfPatternOrText() {
    assertEquals(2, end("regime", "the REGIME fell", 1));
    assertEquals(2, end("REGIME", "the regime fell", 1));
    assertEquals(3, end("Puppet Government", "a puppet GOVERNMENT .", 1));
    assertEquals(-1, end("regime", "the regimen fell", 1), "a literal is a whole word");
    assertEquals(-1, end("regime", "the regime fell", 0), "matching starts where asked");
  }

  @Test
  void curlyAndStraightApostrophesAreTheSame() {
    // the tokenizer splits clitics ("Russia" + "’s"), and so does the pattern
    assertEquals(3, end("Russia’s regime", "russia 's regime", 0));
    assertEquals(3, end("russia's regime", "Russia ’s regime", 0));
    assertEquals(2, end("russia‘s", "RUSSIA 's", 0));
    assertEquals("russia's", PhrasePattern.normalise("Russia’s"));
    assertEquals("'s", PhrasePattern.normalise("‘S"));
  }

  @Test
  void starSuffixMatchesAnyWordWithThatPrefix() {
    PhrasePattern p = PhrasePattern.parse("destabiliz* the region");
    assertEquals(3, p.matchAt(tokens("destabilize the region"), 0));
    assertEquals(3, p.matchAt(tokens("destabilizing the region"), 0));
    assertEquals(3, p.matchAt(tokens("destabiliz the region"), 0), "the prefix alone counts");
    assertEquals(-1, p.matchAt(tokens("stabilizing the region"), 0));
    assertEquals(-1, p.matchAt(tokens("destabilise the region"), 0));
  }

  @Test
  void bracketsOfferAlternativesIncludingMultiWordOnes() {
    PhrasePattern p = PhrasePattern.parse("[bid/ploy/cover story] to");
    assertEquals(2, p.matchAt(tokens("bid to"), 0));
    assertEquals(2, p.matchAt(tokens("ploy to"), 0));
    assertEquals(3, p.matchAt(tokens("cover story to"), 0), "a two-word alternative");
    assertEquals(-1, p.matchAt(tokens("cover to"), 0), "a multi-word alternative is whole");
    assertEquals(-1, p.matchAt(tokens("story to"), 0));
    assertEquals(-1, p.matchAt(tokens("plan to"), 0));
  }

  @Test
  void bracketAlternativesMayUseAPrefixStar() {
    PhrasePattern p = PhrasePattern.parse("[stok*/fan* the] tensions");
    assertEquals(2, p.matchAt(tokens("stoking tensions"), 0));
    assertEquals(3, p.matchAt(tokens("fanning the tensions"), 0));
    assertEquals(-1, p.matchAt(tokens("fanning tensions"), 0));
  }

  @Test
  void underscoreMatchesExactlyOneWordButNotPunctuation() {
    PhrasePattern p = PhrasePattern.parse("flexing _ muscles");
    assertEquals(3, p.matchAt(tokens("flexing its muscles"), 0));
    assertEquals(3, p.matchAt(tokens("flexing 400 muscles"), 0), "a number is a word");
    assertEquals(-1, p.matchAt(tokens("flexing , muscles"), 0), "a comma is no word");
    assertEquals(-1, p.matchAt(tokens("flexing “ muscles"), 0), "a quotation mark is no word");
    assertEquals(-1, p.matchAt(tokens("flexing muscles"), 0), "_ is not optional");
    assertEquals(-1, p.matchAt(tokens("flexing its big muscles"), 0), "_ is exactly one word");
  }

  @Test
  void optionalAnySlotMayBeSkipped() {
    PhrasePattern p = PhrasePattern.parse("bid _? to");
    assertEquals(2, p.matchAt(tokens("bid to"), 0));
    assertEquals(3, p.matchAt(tokens("bid again to"), 0));
    assertEquals(-1, p.matchAt(tokens("bid , to"), 0));
  }

  @Test
  void optionalAlternativesMayBeSkipped() {
    PhrasePattern p = PhrasePattern.parse("is [widely/largely]? seen");
    assertEquals(2, p.matchAt(tokens("is seen"), 0));
    assertEquals(3, p.matchAt(tokens("is widely seen"), 0));
    assertEquals(3, p.matchAt(tokens("is largely seen"), 0));
    assertEquals(-1, p.matchAt(tokens("is often seen"), 0));
  }

  @Test
  void theLongestMatchIsReturned() {
    // "a _? b" can end after the first "b" (skipping the slot) or after the second one
    assertEquals(3, end("a _? b", "a b b", 0));
    assertEquals(2, end("a _? b", "a b c", 0));
    // alternatives of different lengths: the longer one wins when both match
    assertEquals(3, end("[cover/cover story] for", "cover story for", 0));
    assertEquals(2, end("[cover/cover story] for", "cover for", 0));
    assertEquals(5, end("the [grave/grave and imminent]? threat", "the grave and imminent threat", 0));
    assertEquals(3, end("the [grave/grave and imminent]? threat", "the grave threat now", 0));
    assertEquals(2, end("the [grave/grave and imminent]? threat", "the threat", 0));
  }

  @Test
  void aMatchRunningPastTheEndOfTheTokensFails() {
    assertEquals(-1, end("powder keg", "a powder", 1));
    assertEquals(-1, end("flexing _", "flexing", 0));
    assertEquals(-1, end("[cover story] for", "cover", 0));
  }

  @Test
  void toStringIsThePhraseAsWritten() {
    assertEquals("[a/b c] _? d*", PhrasePattern.parse("  [a/b c] _? d*  ").toString());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "[bid/ploy to     | unclosed [..] in phrase '[bid/ploy to'",
      "[/ploy] to       | empty alternative in '[/ploy] to'",
      "[bid//ploy] to   | empty alternative in '[bid//ploy] to'",
      "[ ] to           | empty alternative in '[ ] to'",
      "[] to            | empty [..] in phrase '[] to'",
      "a * b            | unexpected '*' in 'a * b' (use _ for any word)",
      "*                | unexpected '*' in '*' (use _ for any word)",
      "*'m leader       | a bare * in '*'m' (use _ for any word)",
      "[*'s/a] leader   | a bare * in '*'s' (use _ for any word)",
      "bid] to          | unexpected 'bid]' in 'bid] to' (use _ for any word)",
      "_? bid to        | a phrase may not start or end with an optional slot: '_? bid to'",
      "[a/the]? bid     | a phrase may not start or end with an optional slot: '[a/the]? bid'",
      "bid to _?        | a phrase may not start or end with an optional slot: 'bid to _?'",
      "bid [to/for]?    | a phrase may not start or end with an optional slot: 'bid [to/for]?'",
      "_?               | empty phrase",
  })
  void malformedPhrasesAreRejectedWithAPlainMessage(String phrase, String message) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PhrasePattern.parse(phrase.strip()));
    assertEquals(message, e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\t"})
  void anEmptyPhraseIsRejected(String phrase) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PhrasePattern.parse(phrase));
    assertEquals("empty phrase", e.getMessage());
  }

  @Test
  void parseErrorMessagesAreOneLineWithoutExceptionJargon() {
    for (String bad : List.of("[a/b", "[/a]", "*", "_? a", "a _?", "")) {
      String m = assertThrows(IllegalArgumentException.class, () -> PhrasePattern.parse(bad))
          .getMessage();
      assertFalse(m.isBlank());
      assertFalse(m.contains("\n"), m);
      assertFalse(m.contains("Exception"), m);
      assertTrue(m.length() < 200, m);
    }
  }

  /**
   * Bug: {@code [a/]} is accepted as {@code [a]} because {@code String.split("/")} drops
   * trailing empty strings; {@code [/a]} and {@code [a//b]} are rejected.
   */

  @Test
  void aTrailingEmptyAlternativeIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PhrasePattern.parse("[bid/] to"));
    assertEquals("empty alternative in '[bid/] to'", e.getMessage());
  }
  /**
   * The id-based matcher, compiled against the pattern's own words or against the words of
   * every pattern, answers as the String-comparing matcher it replaced (a frozen copy, which
   * also checks that matching a slot of single words once equals trying every alternative).
   */
  @Test
  void theIdMatcherAnswersAsTheStringMatcherItReplaced() throws Exception {
    List<PhrasePattern> patterns = new java.util.ArrayList<>();
    Lexicon attribution;
    try (var in = PhrasePatternTest.class.getResourceAsStream("/lexicons/attribution.tsv")) {
      attribution = Lexicon.parse(new java.io.InputStreamReader(in,
          java.nio.charset.StandardCharsets.UTF_8), "attribution.tsv");
    }
    for (Lexicon lexicon : List.of(Lexicon.bundled(), attribution)) {
      for (LexiconEntry e : lexicon.entries()) {
        patterns.addAll(e.patterns());
        patterns.addAll(e.exceptions());
      }
    }
    for (String extra : new String[] {"the [a/an/a b]? [x*/xy/z] _? [widely/wide*]? seen as",
        "[is/are] [a b/a] c", "p [q*/q/r s]? t", "_ [é*/ß] don't", "[1*/2*] _? [it's/x y z]"}) {
      patterns.add(PhrasePattern.parse(extra));
    }
    List<FrozenPhrasePattern> frozen = new java.util.ArrayList<>();
    List<String> words = new java.util.ArrayList<>();
    for (PhrasePattern p : patterns) {
      frozen.add(FrozenPhrasePattern.parse(p.toString()));
      words.addAll(p.literalWords());
    }
    WordIds all = new WordIds(words);
    List<PhrasePattern.Compiled> compiled = new java.util.ArrayList<>();
    for (PhrasePattern p : patterns) {
      compiled.add(p.compile(all));
    }
    // the patterns' own words, some extended (prefixes), and filler
    List<String> vocabulary = new java.util.ArrayList<>(List.of("the", "x", "xyz", "z", "a",
        "b", "c", "q", "qq", "r", "s", "t", "p", ",", "wider", "seen", "as", "", "é", "éa",
        "ß", "do", "n't", "1", "12", "it", "'s", "’", "“", "-", "\uD835\uDC00", "\uD835", "i̇"));
    for (PhrasePattern p : patterns) {
      for (String w : p.toString().split("[\\s\\[\\]/?|]+")) {
        if (!w.isEmpty() && !w.equals("_")) {
          String word = PhrasePattern.normalise(w.replace("*", ""));
          vocabulary.add(word);
          vocabulary.add(word + "ed");
        }
      }
    }
    java.util.Random r = new java.util.Random(23);
    long matches = 0;
    for (int round = 0; round < 3000; round++) {
      String[] tokens = new String[1 + r.nextInt(12)];
      for (int i = 0; i < tokens.length; i++) {
        tokens[i] = vocabulary.get(r.nextInt(vocabulary.size()));
      }
      MatchTokens m = MatchTokens.of(tokens);
      int[] ids = m.ids(all);
      for (int k = 0; k < patterns.size(); k++) {
        PhrasePattern p = patterns.get(k);
        FrozenPhrasePattern f = frozen.get(k);
        for (int from = 0; from <= tokens.length; from++) {
          int expected = f.matchAtTryingEveryAlternative(tokens, tokens.length, from);
          String where = p + " in " + Arrays.toString(tokens) + " at " + from;
          assertEquals(expected, f.matchAt(tokens, tokens.length, from), where);
          assertEquals(expected, p.matchAt(Arrays.asList(tokens), from), where);
          assertEquals(expected, compiled.get(k).matchAt(m, ids, from), where);
          matches += expected >= 0 ? 1 : 0;
        }
      }
    }
    assertTrue(matches > 1000, "matches " + matches);
  }
}
