package org.framelens.cues;

import static org.framelens.cues.CueTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.framelens.analyze.Sentence;
import org.framelens.cues.CueTestSupport.Result;
import org.junit.jupiter.api.Test;

/**
 * German-style quotations open with a low-9 mark: {@code „…“} (or {@code „…”}) and {@code ‚…‘}
 * (or {@code ‚…’}). The closing {@code “} used to open a quotation of its own that ran to the
 * end of the paragraph, so the outlet's words after it counted as quoted; single low-9 marks
 * opened nothing. Each is now read as the straight quotation marks are.
 */
class LowQuotationMarksTest {

  private static final String BEFORE = "The minister said ";
  private static final String AFTER = " on Monday. Critics call the regime brutal and its "
      + "leaders thugs.";

  /** The sentences' quoted shares and the loaded words' voices of the article. */
  private static List<Object> voices(String quotation) {
    Result r = run(BEFORE + quotation + AFTER);
    List<Double> shares = r.article().sentences().stream().map(Sentence::quotedShare).toList();
    List<Voice> loaded = r.of(CueType.LOADED).stream().map(Evidence::voice).toList();
    return List.of(shares, loaded);
  }

  @Test
  void aLowDoubleQuotationEndsAtItsClosingMark() {
    List<Object> straight = voices("\"the drills are defensive\"");
    assertEquals(List.of(Voice.AUTHOR, Voice.AUTHOR, Voice.AUTHOR), straight.get(1));
    assertEquals(0.0, ((List<?>) straight.get(0)).get(1));
    for (String q : List.of("\u201Ethe drills are defensive\u201C",
        "\u201Ethe drills are defensive\u201D")) {
      assertEquals(straight, voices(q), q);
    }
  }

  @Test
  void aLowSingleQuotationIsFoundAndEndsAtItsClosingMark() {
    List<Object> straight = voices("'the drills are defensive'");
    for (String q : List.of("\u201Athe drills are defensive\u2018",
        "\u201Athe drills are defensive\u2019",
        "\u201Athe drills are Russia\u2019s defence\u2018")) {
      List<Object> got = voices(q);
      assertEquals(straight.get(1), got.get(1), q);
      assertEquals(((List<?>) straight.get(0)).get(1), ((List<?>) got.get(0)).get(1), q);
      assertEquals(true, (Double) ((List<?>) got.get(0)).get(0) > 0.4, q + ": " + got);
    }
  }
}
