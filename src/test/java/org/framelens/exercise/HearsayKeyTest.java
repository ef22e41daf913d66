package org.framelens.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.framelens.pipeline.ArticleResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The answer key on a sentence the outlet marks as second-hand ("reportedly", "allegedly") with
 * nobody named: neither the attribution point nor the sources key may say the outlet vouches
 * for it or states it as fact (a black-box hunt found both, next to the key's own hedge point
 * saying the claim is not confirmed by the writer); an unhedged unsourced sentence still is the
 * outlet's own statement.
 */
class HearsayKeyTest {

  @TempDir
  Path dir;

  private ArticleResult analyze(String text) throws IOException {
    List<ArticleResult> results = ExerciseTestSupport.analyze(dir, "h.txt", text);
    return results.get(0);
  }

  private static int index(ArticleResult r, String words) {
    String text = r.analyzed().text();
    for (int i = 0; i < r.analyzed().sentences().size(); i++) {
      if (r.analyzed().sentences().get(i).span().text(text).contains(words)) {
        return i;
      }
    }
    throw new AssertionError("no sentence with " + words);
  }

  @Test
  void aSecondHandSentenceIsNotVouchedFor() throws IOException {
    ArticleResult r = analyze("Title line\n\nThe general was reportedly killed in the strike."
        + "\n\nThe mayor allegedly took bribes from the contractor.\n\n"
        + "The bridge was closed on Monday for repairs.\n");
    for (String s : List.of("reportedly killed", "allegedly took")) {
      int i = index(r, s);
      Answer a = Facts.attribution(r, i);
      assertEquals(Facts.HEARSAY_ANSWER, a.answer(), a.toString());
      assertFalse(a.explanation().contains("vouches for this"), a.toString());
      assertTrue(a.explanation().contains(s.split(" ")[0]), a.toString());
      for (Answer w : Exercises.whoSays(r, i)) {
        assertFalse(w.answer().contains("states it as fact"), w.toString());
        assertTrue(w.answer().contains("second-hand"), w.toString());
        assertFalse(w.explanation().contains("vouches for this"), w.toString());
      }
    }
    Answer plain = Facts.attribution(r, index(r, "bridge was closed"));
    assertEquals("no source is named", plain.answer());
    assertTrue(plain.explanation().contains("vouches for this statement"), plain.toString());
  }
}
