package org.framelens.axes;

import static org.framelens.text.TextInvariants.check;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Fuzzes the reader of axes files ({@code --axes}, docs/FUZZING.md). The documented rejection is
 * an IllegalArgumentException whose message starts with the file name; an accepted file has at
 * least one axis, each with words at both poles.
 */
class AxisSetFuzzTest {

  @FuzzTest(maxDuration = "10s")
  void parseAxes(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    List<Axis> axes;
    try {
      axes = AxisSet.parse(new StringReader(text), "fuzz.tsv");
    } catch (IllegalArgumentException e) {
      check(e.getMessage() != null && e.getMessage().startsWith("fuzz.tsv"),
          "rejection that does not name the file: " + e.getMessage());
      return;
    } catch (IOException e) {
      throw new AssertionError("IOException from a StringReader", e);
    }
    check(!axes.isEmpty(), "no axes accepted");
    for (Axis a : axes) {
      check(!a.wordsA().isEmpty() && !a.wordsB().isEmpty(), "axis " + a.id() + " without words");
    }
  }
}
