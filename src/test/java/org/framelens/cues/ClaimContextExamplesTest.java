package org.framelens.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.framelens.text.TsvTable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every row of {@code lexicons/claim-context.tsv} is a test: its example, a one-sentence article
 * run through the cue stage, raises no unattributed claim with the bundled table, but raises one
 * with the table without that row, so the example shows what the row does; its
 * {@code example_kept}, when given, still raises a claim.
 */
class ClaimContextExamplesTest {

  private static List<String> claims(ClaimContext context, String sentence) {
    CueAnalyzer cues = new CueAnalyzer(Lexicon.bundled(), Actors.bundled(), null, context);
    return CueTestSupport.run(cues, sentence).of(CueType.UNATTRIBUTED_CLAIM).stream()
        .map(Evidence::ruleId).toList();
  }

  @TestFactory
  Stream<DynamicTest> everyRowsExampleShowsWhatItDoes() {
    ClaimContext bundled = ClaimContext.BUNDLED;
    List<DynamicTest> tests = new ArrayList<>();
    for (TsvTable.Row r : bundled.rows()) {
      String where = r.file() + ":" + r.line() + " " + r.get(0) + " (" + r.get(1) + ")";
      String example = r.get(2);
      tests.add(DynamicTest.dynamicTest(where + ": " + example, () -> {
        assertEquals(List.of(), claims(bundled, example), where + ": no claim expected");
        assertTrue(!claims(bundled.without(r.line()), example).isEmpty(),
            where + ": without the row the example should raise a claim, or the row does nothing"
                + " in it");
      }));
      String kept = r.get(3);
      if (!kept.isEmpty()) {
        tests.add(DynamicTest.dynamicTest(where + " keeps: " + kept, () ->
            assertTrue(!claims(bundled, kept).isEmpty(), where + ": '" + kept
                + "' should still raise a claim")));
      }
    }
    return tests.stream();
  }

  private static ClaimContext parse(String tsv) throws IOException {
    return new ClaimContext(TsvTable.parse(new StringReader(tsv), "my.tsv", 4, "word", "x"));
  }

  @Test
  void errorsNameTheFileAndLine() {
    String header = "word\tkind\texample\texample_kept\n";
    assertEquals("my.tsv:2: unknown kind 'motive' (one of condition, motive_verb, step_over, "
        + "purpose_subject, generic_subject, generic_det)",
        assertThrows(IllegalStateException.class,
            () -> parse(header + "law\tmotive\tThe law aims to help.\t\n")).getMessage());
    assertEquals("my.tsv:3: the word 'law' is listed twice", assertThrows(
        IllegalStateException.class, () -> parse(header + "law\tpurpose_subject\tA.\t\n"
            + "law\tgeneric_subject\tB.\t\n")).getMessage());
    assertEquals("my.tsv:2: the word 'Law' must be one lower-case word", assertThrows(
        IllegalStateException.class, () -> parse(header + "Law\tpurpose_subject\tA.\t\n"))
        .getMessage());
    assertEquals("my.tsv:2: no example for 'law'", assertThrows(IllegalStateException.class,
        () -> parse(header + "law\tpurpose_subject\t\t\n")).getMessage());
    assertEquals("my.tsv:2: expected x", assertThrows(IllegalStateException.class,
        () -> parse(header + "law\tpurpose_subject\n")).getMessage());
  }
}
