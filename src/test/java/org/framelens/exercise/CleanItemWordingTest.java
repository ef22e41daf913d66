package org.framelens.exercise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.framelens.cues.CueType;
import org.framelens.cues.Evidence;
import org.framelens.pipeline.ArticleResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Smaller wording errors a black-box hunt found in the key: a question chosen as a clean item
 * that "states a checkable fact"; "It is said that" explained as "a belief"; "terrorists"
 * explained as "a charged label for fighters" when protesters were labelled.
 */
class CleanItemWordingTest {

  @TempDir
  Path dir;

  private List<ArticleResult> analyze(String text) throws IOException {
    List<ArticleResult> results = ExerciseTestSupport.analyze(dir, "c.txt", text);
    return results;
  }

  @Test
  void aQuestionIsNoCleanItem() throws IOException {
    List<ArticleResult> r = analyze("Title line\n\nWhere did Mueller come down on all this?\n\n"
        + "The committee met on Tuesday in the old town hall.\n\n"
        + "Why did the committee meet in the old town hall on Tuesday?\"\n");
    assertTrue(Facts.question(r.get(0), 0));
    assertFalse(Facts.question(r.get(0), 1));
    assertTrue(Facts.question(r.get(0), 2));
    Exercise ex = Exercises.spot(r, new Options(Kind.SPOT, Level.ADVANCED, 10, 1, "", ""));
    for (Item i : ex.items()) {
      assertFalse(i.sentences().get(0).text().contains("?"), i.toString());
    }
    assertTrue(ex.items().stream().anyMatch(Item::clean), ex.toString());
  }

  @Test
  void lexiconExplanationsDoNotSayWhoIsMeant() throws IOException {
    ArticleResult r = analyze("Title line\n\nIt is said that the deal was almost done.\n\n"
        + "The protesters were described by the interior minister as thugs and terrorists.\n")
        .get(0);
    String text = r.analyzed().text();
    for (Evidence e : r.cues().evidence()) {
      if (e.type() == CueType.WEASEL) {
        assertFalse(e.explanation().contains("belief without"), e.explanation());
      }
      if (e.span().text(text).equals("terrorists")) {
        assertFalse(e.explanation().contains("fighters"), e.explanation());
      }
    }
  }
}
