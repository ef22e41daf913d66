package org.framelens.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
 * Group nicknames quoted as names are no scare quotes ({@code lexicons/quoted-names.tsv}): “the
 * Squad” (members of Congress) was explained as keeping "the writer at a distance from these
 * words". Every example runs through the cue stage: the name's quotation is no scare quote, and
 * the near miss (the word in lower case, held at a distance) still is.
 */
class QuotedNamesExamplesTest {

  private static List<String> scare(String sentence) {
    CueTestSupport.Result r = CueTestSupport.run(sentence);
    return r.of(CueType.SCARE_QUOTE).stream().map(e -> r.text(e.span())).toList();
  }

  @TestFactory
  Stream<DynamicTest> everyNameIsNoScareQuoteAndItsNearMissIs() {
    List<DynamicTest> tests = new ArrayList<>();
    for (QuotedNames.Entry e : QuotedNames.BUNDLED.entries()) {
      String where = "quoted-names.tsv:" + e.line() + " " + String.join(" ", e.words());
      tests.add(DynamicTest.dynamicTest(where + ": " + e.example(), () -> {
        assertEquals(List.of(), scare(e.example()), where);
        // the example is a real test: the same sentence with the name in lower case is one
        String lower = e.example().replace(String.join(" ", e.words()),
            String.join(" ", e.words()).toLowerCase(java.util.Locale.ROOT));
        assertEquals(1, scare(lower).size(), where + ": " + lower);
      }));
      if (!e.exampleScare().isBlank()) {
        tests.add(DynamicTest.dynamicTest(where + " near miss: " + e.exampleScare(),
            () -> assertEquals(1, scare(e.exampleScare()).size(), where)));
      }
    }
    assertFalse(tests.isEmpty());
    return tests.stream();
  }

  private static QuotedNames parse(String tsv) throws IOException {
    return QuotedNames.of(TsvTable.parse(new StringReader(tsv), QuotedNames.FILE, 4, "name",
        QuotedNames.EXPECTED));
  }

  @Test
  void errorsNameTheFileAndLine() throws IOException {
    String head = "# comment\nname\tkind\texample\texample_scare\n";
    assertEquals(1, parse(head + "Squad\tgroup\tThe “Squad” voted.\t\n").entries().size());
    assertEquals("quoted-names.tsv:3: expected " + QuotedNames.EXPECTED,
        assertThrows(IllegalStateException.class, () -> parse(head + "Squad\tgroup\n"))
            .getMessage());
    assertEquals("quoted-names.tsv:3: the name 'squad' must start with a capital letter",
        assertThrows(IllegalStateException.class,
            () -> parse(head + "squad\tgroup\tThe “squad” voted.\t\n")).getMessage());
    assertEquals("quoted-names.tsv:3: unknown kind 'team' (group)",
        assertThrows(IllegalStateException.class,
            () -> parse(head + "Squad\tteam\tThe “Squad” voted.\t\n")).getMessage());
    assertEquals("quoted-names.tsv:4: the name 'Squad' is listed twice",
        assertThrows(IllegalStateException.class, () -> parse(head
            + "Squad\tgroup\tThe “Squad” voted.\t\nSquad\tgroup\tThe “Squad” won.\t\n"))
            .getMessage());
    assertEquals("quoted-names.tsv:3: the example must quote 'Squad'",
        assertThrows(IllegalStateException.class,
            () -> parse(head + "Squad\tgroup\tThe group voted.\t\n")).getMessage());
  }
}
