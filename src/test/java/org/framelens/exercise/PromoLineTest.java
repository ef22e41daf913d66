package org.framelens.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.framelens.clean.Removal;
import org.framelens.pipeline.ArticleResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A newsletter sign-up line ("Sign up for our daily newsletter to get the latest…") was picked
 * as a "clean" spot item, a sentence students are told has no framing device. A sign-up
 * paragraph is now left out by the clean stage (boilerplate rule {@code chrome-signup-prompt},
 * counted in boilerplate.csv and the manifest), and a sign-up sentence that came in a paragraph
 * of the article's text is never offered as an item.
 */
class PromoLineTest {

  @TempDir
  Path dir;

  private static final String PROSE = "The committee met on Tuesday in the old town hall to "
      + "discuss the budget for the coming year. Members of the public filled the room and "
      + "asked about the new school, the roads and the cost of the bridge repairs. The mayor "
      + "answered questions for two hours before the meeting closed at nine in the evening.";

  private static Exercise spot(List<ArticleResult> r) {
    return Exercises.spot(r, new Options(Kind.SPOT, Level.ADVANCED, 20, 1, "", ""));
  }

  private static void noItemIsAPrompt(Exercise ex) {
    assertFalse(ex.items().isEmpty());
    for (Item i : ex.items()) {
      String s = i.sentences().get(0).text();
      assertFalse(s.contains("Sign up") || s.contains("Subscribe"), s);
    }
  }

  @Test
  void aSignUpParagraphIsLeftOutAsBoilerplate() throws IOException {
    List<ArticleResult> r = ExerciseTestSupport.analyze(dir, "p.txt", "Title line\n\n" + PROSE
        + "\n\nSign up for our daily newsletter to get the latest news from the town hall.\n\n"
        + "Subscribe to our podcast to hear the mayor answer your questions every week.\n\n"
        + "The bridge will reopen in the spring after the repairs are finished.\n");
    List<Removal> removed = r.get(0).analyzed().clean().removed();
    assertEquals(List.of("chrome-signup-prompt", "chrome-signup-prompt"),
        removed.stream().map(Removal::ruleId).toList());
    assertTrue(r.get(0).analyzed().sentences().stream().noneMatch(s -> s.span()
        .text(r.get(0).analyzed().text()).contains("Sign up")));
    noItemIsAPrompt(spot(r));
  }

  @Test
  void aSignUpSentenceInAParagraphOfTheArticleIsNoItem() throws IOException {
    List<ArticleResult> r = ExerciseTestSupport.analyze(dir, "p.txt", "Title line\n\n" + PROSE
        + " Sign up for our daily newsletter to get the latest news from the town hall.\n");
    ArticleResult a = r.get(0);
    assertTrue(a.analyzed().clean().removed().isEmpty(), "the article's text stays");
    int last = a.analyzed().sentences().size() - 1;
    assertTrue(a.analyzed().sentences().get(last).span().text(a.analyzed().text())
        .startsWith("Sign up"));
    assertFalse(Facts.printable(a, last), "a sign-up prompt is no item");
    assertTrue(Facts.printable(a, last - 1), "the article's sentences are");
    noItemIsAPrompt(spot(r));
    assertTrue(spot(r).items().stream().anyMatch(Item::clean));
  }

  @Test
  void newsAboutSigningUpStays() throws IOException {
    List<ArticleResult> r = ExerciseTestSupport.analyze(dir, "p.txt", "Title line\n\n"
        + "More than 2 million people signed up for coverage, the agency said in an email.\n\n"
        + "Residents can subscribe to the water service before the end of the month.\n");
    assertTrue(r.get(0).analyzed().clean().removed().isEmpty());
    assertTrue(Facts.printable(r.get(0), 0));
    assertTrue(Facts.printable(r.get(0), 1));
  }
}
