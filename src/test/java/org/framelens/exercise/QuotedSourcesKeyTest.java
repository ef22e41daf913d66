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
 * The sources answer key on quoted sentences: a quotation right after the speaker's attributed
 * quotation is the speaker's, and a quotation whose speaker is not named is never "the outlet
 * itself vouches for this statement" nor "the outlet states it as fact" (a black-box hunt found
 * both in the key).
 */
class QuotedSourcesKeyTest {

  @TempDir
  Path dir;

  private List<Answer> answers(String text) throws IOException {
    List<ArticleResult> results = ExerciseTestSupport.analyze(dir, "q.txt", text);
    Exercise ex = Exercises.sources(results,
        new Options(Kind.SOURCES, Level.ADVANCED, 200, 1, "", "q"));
    return ex.items().stream().flatMap(i -> i.answers().stream()).toList();
  }

  @Test
  void aQuotationIsNeverTheOutletsOwnStatement() throws IOException {
    List<Answer> a = answers("Title line\n\n\"Everyone seemed to like him,\" Mr. Singh said."
        + " \"The Kremlin is lying and the regime is brutal.\"\n\n"
        + "\"The so-called exercises are a provocation.\"\n");
    Answer kremlin = a.stream().filter(x -> x.text().startsWith("Mr. Singh")
        || x.explanation().contains("speaker of this quotation")).findFirst().orElseThrow();
    assertTrue(kremlin.answer().contains("Mr. Singh"), a.toString());
    Answer unnamed = a.stream().filter(x -> x.text().contains("so-called exercises"))
        .findFirst().orElseThrow(() -> new AssertionError(a.toString()));
    assertEquals("nobody: a quotation whose speaker is not named", unnamed.answer());
    assertEquals("quoted", unnamed.voice());
    for (Answer x : a) {
      assertFalse(x.explanation().contains("vouches"), x.toString());
      assertFalse(x.answer().contains("states it as fact"), x.toString());
    }
  }
}
