package org.framelens.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Continued" reports words only beside a quotation ("…,” he continued"); "The crackdown in
 * Minsk continued." made Minsk the source of its own sentence, so a loaded word in it was aimed
 * at nobody and the sentence counted as sourced. "Calls" (present tense, as "called" already
 * was) and "chanted"/"shouted" name who used the quoted words, so "Moscow calls the drills
 * “defensive”" is no unsourced scare quote (found by a black-box hunt, 2026-11-22); "phone calls"
 * stays a noun.
 */
class QuoteOnlyVerbTest {

  private static List<String> attributions(String text) {
    CueTestSupport.Result r = CueTestSupport.run(text);
    return r.of(CueType.ATTRIBUTION).stream().map(e -> r.text(e.span()) + "<-"
        + (e.sourceSpan() == null ? "" : r.text(e.sourceSpan()))).toList();
  }

  @Test
  void continuedReportsWordsOnlyBesideAQuotation() {
    assertEquals(List.of(), attributions("The brutal crackdown in Minsk continued."));
    assertEquals(List.of(), attributions("The drills continued for ten days."));
    assertEquals(List.of("continued<-he"), attributions("“We will stay,” he continued."));
    assertEquals(List.of("continued<-Lavrov"),
        attributions("Lavrov continued: “The drills are defensive.”"));
  }

  @Test
  void callsChantedAndShoutedNameWhoUsedTheWords() {
    CueTestSupport.Result r = CueTestSupport.run("Moscow calls the drills “defensive” in nature.");
    assertEquals(List.of("calls<-Moscow"), attributions("Moscow calls the drills “defensive” in "
        + "nature."));
    assertEquals(List.of(), r.of(CueType.SCARE_QUOTE));
    assertEquals(List.of("chanted<-Protesters"),
        attributions("Protesters chanted “Go home” outside the embassy on Friday."));
    assertEquals(List.of(), attributions("The phone calls were recorded."));
  }
}
