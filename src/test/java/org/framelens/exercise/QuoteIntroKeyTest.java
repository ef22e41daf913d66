package org.framelens.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.framelens.pipeline.ArticleResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The answer key on a quotation introduced by a colon: before, it said "no source is named" for
 * "The ministry was clear: “…”"; now it names the subject of the introducing clause as the
 * source, with the rule and its plain explanation, and so for the quotation's next sentence.
 */
class QuoteIntroKeyTest {

  @TempDir
  Path dir;

  private static int sentence(ArticleResult r, String startsWith) {
    for (int i = 0; i < r.analyzed().sentences().size(); i++) {
      if (r.analyzed().sentences().get(i).span().text(r.analyzed().text())
          .startsWith(startsWith)) {
        return i;
      }
    }
    throw new AssertionError("no sentence " + startsWith);
  }

  @Test
  void theKeyNamesTheSubjectOfTheIntroducingClause() throws IOException {
    List<ArticleResult> results = ExerciseTestSupport.analyze(dir, "c.txt", "Drills story\n\n"
        + "The ministry was clear: “The drills are defensive. They end on Sunday.”\n\n"
        + "The reason is simple: the drills are large.\n");
    ArticleResult r = results.get(0);
    Answer a = Facts.attribution(r, sentence(r, "The ministry"));
    assertEquals("yes: “The ministry” (an institution or government)", a.answer());
    assertEquals("attr.quote-intro", a.ruleId());
    assertEquals("The ministry", a.text());
    assertEquals("The quotation after the colon is credited to “The ministry”, the subject of "
        + "the clause that introduces it.", a.explanation());
    Answer next = Facts.attribution(r, sentence(r, "They end"));
    assertEquals("yes: “The ministry” (an institution or government)", next.answer());
    assertEquals("attr.quote-intro", next.ruleId());
    Answer list = Facts.attribution(r, sentence(r, "The reason"));
    assertEquals("attribution.none", list.ruleId());
  }
}
