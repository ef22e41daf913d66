package org.framelens.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Quotation marks that present a word as a word ("known as", "the word", "the term", "the
 * phrase", "the hashtag", a vote "yes" or "no") keep no distance from it: no scare quote. A
 * black-box hunt found 175 + 58 such scare quotes in the ABP sample.
 */
class WordQuotedAsWordTest {

  private static List<String> scare(String sentence) {
    CueTestSupport.Result r = CueTestSupport.run(sentence);
    return r.of(CueType.SCARE_QUOTE).stream().map(e -> r.text(e.span())).toList();
  }

  @Test
  void wordsQuotedAsWordsAreNoScareQuotes() {
    for (String s : List.of("The process is known as \"budget reconciliation\" in Washington.",
        "Protesters wore tape with the word \"life\" written on it.",
        "The eight senators who voted \"no\" were punished.",
        "He used the phrase \"death cult\" twice.",
        "The term “hybrid warfare” has spread.",
        "The bill requires four “yes” votes.",
        "Supporters shared the hashtag “StandWithUkraine” widely.")) {
      assertEquals(List.of(), scare(s), s);
    }
  }

  @Test
  void wordsHeldAtADistanceStillAre() {
    assertEquals(List.of("“defensive”"), scare("The drills are “defensive” in nature."));
    assertEquals(List.of("“no deal”"), scare("The “no deal” plan failed in the end."));
    assertEquals(List.of("“experts”"), scare("The so-called “experts” were wrong again."));
  }
}
