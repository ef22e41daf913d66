package org.framelens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every entry of {@code lexicons/speaker-labels.tsv} is a test: its example, as the last
 * paragraph of a transcript, is no turn (a {@code heading} or {@code field} word) or a turn that
 * names nobody ({@code nameless}, {@code question}, {@code answer}), while without the word lists it would be a named turn (or, for
 * a single letter such as {@code Q}, none), so the example shows what the entry does; its {@code example_kept}, when given, stays a named turn.
 */
class SpeakerLabelsExamplesTest {

  private static final String TRANSCRIPT = "Interview\n\nAMY GOODMAN: Welcome to the show."
      + "\n\nJOHN SMITH: Thank you for having me.\n\nAMY GOODMAN: Let us begin.\n\n";
  private static final SpeakerTurns NO_LISTS = new SpeakerTurns(Set.of(), Set.of());

  /** The turn on the transcript's last paragraph, {@code paragraph}, or null if it is none. */
  static SpeakerTurns.Turn lastTurn(SpeakerTurns turns, String paragraph) {
    String text = TRANSCRIPT + paragraph;
    List<Span> paras = new ArrayList<>();
    int start = 0;
    for (int i = text.indexOf("\n\n"); i >= 0; i = text.indexOf("\n\n", start)) {
      paras.add(new Span(start, i));
      start = i + 2;
    }
    paras.add(new Span(start, text.length()));
    for (SpeakerTurns.Turn t : turns.find(text, paras)) {
      if (t.paragraph() == paras.size() - 1) {
        return t;
      }
    }
    return null;
  }

  @TestFactory
  Stream<DynamicTest> everyEntrysExampleShowsWhatItDoes() {
    SpeakerTurns bundled = new SpeakerTurns();
    List<DynamicTest> tests = new ArrayList<>();
    for (TsvTable.Row r : SpeakerTurns.Labels.load().rows()) {
      String word = r.get(0);
      String kind = r.get(1);
      String example = r.get(2);
      String where = r.file() + ":" + r.line() + " " + word + " (" + kind + ")";
      tests.add(DynamicTest.dynamicTest(where + ": " + example, () -> {
        String label = example.substring(0, Math.max(0, example.indexOf(':')));
        assertTrue(Arrays.asList(label.trim().split(" +")).contains(word),
            where + ": the example's label '" + label + "' does not hold the word");
        SpeakerTurns.Turn plain = lastTurn(NO_LISTS, example);
        SpeakerTurns.Turn t = lastTurn(bundled, example);
        if (kind.equals("nameless") || kind.equals("question") || kind.equals("answer")) {
          assertNotNull(t, where + ": a nameless label still makes a turn");
          assertFalse(t.named(), where + ": the turn should name nobody");
          // without the lists: a named turn, or none for a single letter (no label then)
          assertTrue(plain == null || plain.named(), where);
        } else {
          assertNull(t, where + ": a " + kind + " is no speaker's turn");
          assertNotNull(plain, where + ": the example is no turn even without the word lists");
          assertTrue(plain.named(), where);
        }
      }));
      String kept = r.get(3);
      if (!kept.isEmpty()) {
        tests.add(DynamicTest.dynamicTest(where + " keeps: " + kept, () -> {
          SpeakerTurns.Turn t = lastTurn(bundled, kept);
          assertNotNull(t, where + ": the near miss should stay a turn");
          assertTrue(t.named(), where + ": the near miss should name its speaker");
        }));
      }
    }
    return tests.stream();
  }

  @Test
  void theBundledListsAreTheOnesTheCodeHeld() {
    SpeakerTurns.Labels l = SpeakerTurns.Labels.load();
    // 95 until round 6 added EARLIER, REPORT, CHANCES, VOTES, HEADQUARTERS, DEAL, DEMOCRATS and
    // REPUBLICANS (labels in mixed case that open several paragraphs of ABP articles), SUBS,
    // SUBSTITUTES and REPLACEMENTS (BBC line-ups), and the nameless POLICE and OFFICIALS
    assertEquals(106, l.notSpeakers().size());
    assertEquals(Set.of("Q", "A", "Q.", "A.", "QUESTION", "ANSWER", "UNIDENTIFIED", "UNKNOWN",
        "INTERVIEWER", "AUDIENCE", "CROWD", "REPORTER", "REPORTERS", "POLICE", "OFFICIALS"),
        l.nameless());
    assertEquals(Set.of("Q", "Q.", "QUESTION"), l.questions());
    assertEquals(Set.of("A", "A.", "ANSWER"), l.answers());
    assertTrue(l.notSpeakers().containsAll(List.of("NOTE", "EDITOR’S", "P.S.", "DON'T",
        "TARGET", "LOSERS", "WHO")));
  }

  private static SpeakerTurns.Labels parse(String tsv) throws IOException {
    return SpeakerTurns.Labels.of(TsvTable.parse(new StringReader(tsv), "speaker-labels.tsv", 4,
        "word", SpeakerTurns.Labels.EXPECTED));
  }

  @Test
  void errorsNameTheFileAndLine() {
    String head = "# comment\nword\tkind\texample\texample_kept\n";
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> parse(head + "NOTE\theading\tNOTE: x.\t\nMORE\theading\n"));
    assertEquals("speaker-labels.tsv:4: expected " + SpeakerTurns.Labels.EXPECTED,
        e.getMessage());
    e = assertThrows(IllegalStateException.class, () -> parse(head + "NOTE\theader\tNOTE: x.\t\n"));
    assertEquals("speaker-labels.tsv:3: unknown kind 'header' (one of heading, field, nameless, "
        + "question, answer)",
        e.getMessage());
    e = assertThrows(IllegalStateException.class, () -> parse(head + "Note\theading\tNote: x.\t\n"));
    assertTrue(e.getMessage().startsWith("speaker-labels.tsv:3: the word 'Note' must be"),
        e.getMessage());
    e = assertThrows(IllegalStateException.class,
        () -> parse(head + "Q\tnameless\tQ: x?\t\nQ\theading\tQ: y.\t\n"));
    assertEquals("speaker-labels.tsv:4: the word 'Q' is listed twice", e.getMessage());
    e = assertThrows(IllegalStateException.class, () -> parse(head + "NOTE\theading\t \t\n"));
    assertEquals("speaker-labels.tsv:3: no example for 'NOTE'", e.getMessage());
  }
}
