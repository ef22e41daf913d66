package org.framelens.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.framelens.pipeline.ArticleResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Q&A transcripts in the key. A turn ("A: …") is read as someone's spoken words, but it has no
 * quotation marks: the key told students "The words inside the quotation marks are …" and
 * "The sentence is in quotation marks", which they could not find. It now names the label. In a
 * mailbag column (a reader's signed question, the columnist's answer) the answer is the
 * outlet's own voice.
 */
class TranscriptKeyTest {

  @TempDir
  Path dir;

  private static final String INTERVIEW = "An interview with the defence minister\n\n"
      + "The defence minister, Viktor Khrenin, answered our questions about the drills.\n\n"
      + "Q: Why are the drills being held now?\n\n"
      + "A: The drills are routine and will end on Sunday as planned.\n\n"
      + "Q: Are the troops staying in Belarus?\n\n"
      + "A: The troops will return to their bases after the exercise.\n\n"
      + "KHRENIN: The brigades will be home by the end of the month.\n\n"
      + "KHRENIN: That is all for now.\n";

  private int sentence(ArticleResult r, String start) {
    for (int i = 0; i < r.analyzed().sentences().size(); i++) {
      if (r.analyzed().sentences().get(i).span().text(r.analyzed().text()).startsWith(start)) {
        return i;
      }
    }
    throw new AssertionError("no sentence " + start);
  }

  @Test
  void aTurnsKeyNamesItsLabelNotQuotationMarks() throws IOException {
    ArticleResult r = ExerciseTestSupport.analyze(dir, "qa.txt", INTERVIEW).get(0);
    int a = sentence(r, "A: The drills");
    Answer voice = Facts.voice(r, a);
    assertEquals("a speaker in a transcript (after “A:”)", voice.answer());
    assertEquals("quoted", voice.voice());
    assertEquals("The drills are routine and will end on Sunday as planned.", voice.text());
    assertTrue(voice.explanation().contains("after the label “A:”, which names nobody"),
        voice.explanation());
    Answer source = Facts.attribution(r, a);
    assertEquals("no source is named", source.answer());
    assertEquals(voice.explanation(), source.explanation());
    assertTrue(Facts.clean(r, a).explanation().contains("after the label “A:” of a transcript"));
    // a named turn: the label is the source, and the key points at it
    int k = sentence(r, "KHRENIN: The brigades");
    Answer named = Facts.attribution(r, k);
    assertEquals("yes: “KHRENIN” (a named person)", named.answer());
    assertEquals("KHRENIN", named.text());
    assertEquals("It is a turn of a transcript: the label “KHRENIN:” before it names the "
        + "speaker.", named.explanation());
    assertTrue(Facts.voice(r, k).explanation().contains("the words of “KHRENIN”"));
    // no point of any kind speaks of quotation marks the turns do not have
    for (Exercise ex : List.of(
        Exercises.spot(List.of(r), new Options(Kind.SPOT, Level.ADVANCED, 20, 1, "", "")),
        Exercises.sources(List.of(r), new Options(Kind.SOURCES, Level.ADVANCED, 20, 1, "", "")))) {
      assertFalse(ex.items().isEmpty());
      for (Item i : ex.items()) {
        for (Answer x : i.answers()) {
          if (!x.voice().equals("author")) {
            assertFalse(x.explanation().contains("inside the quotation marks")
                || x.explanation().contains("is in quotation marks"), x.toString());
          }
        }
      }
    }
    // an ordinary quotation keeps its wording
    ArticleResult q = ExerciseTestSupport.analyze(dir, "qa.txt", "Title line\n\n"
        + "\"The troops will return to their bases after the exercise.\"\n").get(0);
    int quote = sentence(q, "\"The troops");
    assertTrue(Facts.voice(q, quote).explanation().startsWith("The words inside the quotation "
        + "marks"), Facts.voice(q, quote).explanation());
  }

  @Test
  void aMailbagsAnswerIsTheOutletsOwnVoice() throws IOException {
    ArticleResult r = ExerciseTestSupport.analyze(dir, "mb.txt", "Political Updates\n\n"
        + "Here are some questions from the mailbox.\n\n"
        + "Q: Has a candidate ever been beaten worse in his home state? — Louis Gudema, Newton, "
        + "Mass.\n\n"
        + "A: Davis lost the Empire State by more than 26 points in 1924.\n\n"
        + "Q: Will the debates decide the winner? — Jeff Ewener, Toronto, Canada\n\n"
        + "A: The debates rarely decide an election on their own.\n").get(0);
    int a = sentence(r, "A: Davis");
    Answer voice = Facts.voice(r, a);
    assertEquals("the outlet (its own voice)", voice.answer(), voice.toString());
    int q = sentence(r, "Q: Has a candidate");
    assertNotNull(Facts.turn(r, r.analyzed().sentences().get(q).span()));
    assertEquals("quoted", Facts.voice(r, q).voice());
  }
}
