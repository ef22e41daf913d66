package org.framelens.cues;

import static org.framelens.cues.CueTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.framelens.cues.CueTestSupport.Result;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "…to make another country believe it is under threat" was read as a belief of "another
 * country" reported by the outlet (attr.belief). "Make/let X believe" and "would have you
 * believe" say what someone causes, or wants, another to believe: nobody's belief is reported.
 * The fix is data: the {@code except} of attr.belief in {@code attribution.tsv}.
 */
class CausedBeliefTest {

  private static List<String> beliefs(Result r) {
    return r.of(CueType.ATTRIBUTION).stream().filter(e -> e.category().equals("belief"))
        .map(e -> r.text(e.span()) + "/" + (e.sourceSpan() == null ? "" : r.text(e.sourceSpan())))
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "The drills were likely meant to make another country believe it is under threat.",
      "The leaders will let the outside world believe nothing has changed.",
      "Blanket coverage of plane crashes makes us think flying is unsafe.",
      "Comey let people think the inquiry was over.",
      "The Journal would have us believe the deal is dead.",
      "Both parties would have you believe the vote is rigged.",
      "What makes our leaders think the drills will end?",
  })
  void aBeliefSomeoneCausesIsNoneReported(String sentence) {
    Result r = run(sentence);
    assertEquals(List.of(), beliefs(r), r.describe());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "He made clear he doesn't believe the drills are routine.  | believe/he",
      "Many officials have said they believe the drills are routine. | believe/they",
      "Kyiv believes the drills are a threat.                   | believes/Kyiv",
      "The US hopes allies would feel reassured.                | hopes/The US",
  })
  void aReportedBeliefStaysOne(String sentence, String belief) {
    Result r = run(sentence);
    assertEquals(List.of(belief), beliefs(r), r.describe());
  }
}
