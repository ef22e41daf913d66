package org.framelens.cues;

import static org.framelens.cues.CueTestSupport.analyse;
import static org.framelens.cues.CueTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.framelens.analyze.Sentence;
import org.framelens.cues.CueTestSupport.Result;
import org.junit.jupiter.api.Test;

/**
 * No-break spaces (U+00A0, what scraped HTML's {@code &nbsp;} becomes: PolNeAR's texts hold 2,498
 * of them), zero-width spaces (U+200B) and zero-width no-break spaces (U+FEFF, a byte-order
 * mark left inside a text made by joining files) separate words like spaces: phrases match
 * across them, a sentence ends before them, and the evidence span keeps the original characters.
 */
class NoBreakSpaceTest {

  @Test
  void aPhraseMatchesAcrossNoBreakSpacesAndItsSpanKeepsThem() {
    Result r = run("Russia moved troops under\u00A0the\u00A0pretext of exercises.");
    List<Evidence> hits = r.of(CueType.LOADED);
    assertEquals(List.of("loaded.pretext"), hits.stream().map(Evidence::ruleId).toList());
    assertEquals("under\u00A0the\u00A0pretext", r.text(hits.get(0).span()));
  }

  @Test
  void aWeaselAttributionMatchesAcrossANarrowNoBreakOrZeroWidthSpace() {
    for (String gap : List.of("\u202F", "\u200B ", "\u2007", "\uFEFF")) {
      Result r = run("Some" + gap + "argue it is a threat.");
      assertEquals(List.of("weasel.some-argue"),
          r.of(CueType.WEASEL).stream().map(Evidence::ruleId).toList(), r.describe());
    }
  }

  @Test
  void aSentenceEndsBeforeANoBreakSpace() {
    String text = "The drills ended on Sunday.\u00A0Troops left on Monday.";
    List<String> sentences = analyse(text).sentences().stream()
        .map(Sentence::span).map(s -> text.substring(s.start(), s.end())).toList();
    assertEquals(List.of("The drills ended on Sunday.", "Troops left on Monday."), sentences);
  }

  @Test
  void aSentenceEndsBeforeAByteOrderMarkLeftInsideTheText() {
    String text = "The drills began.\uFEFFThey ended on Friday.";
    List<String> sentences = analyse(text).sentences().stream()
        .map(Sentence::span).map(s -> text.substring(s.start(), s.end())).toList();
    assertEquals(List.of("The drills began.", "They ended on Friday."), sentences);
  }
}
