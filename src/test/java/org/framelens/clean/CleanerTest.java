package org.framelens.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.framelens.ingest.Article;
import org.framelens.ingest.Metadata;
import org.framelens.text.Span;
import org.junit.jupiter.api.Test;

class CleanerTest {

  private final Cleaner cleaner = Cleaner.defaults();

  private CleanArticle clean(String text) {
    return cleaner.clean(new Article("a", "a.txt", 1, "txt", Metadata.empty(), text, 0));
  }

  private static List<String> paragraphs(CleanArticle c) {
    return c.paragraphs().stream().map(p -> p.span().text(c.article().text())).toList();
  }

  @Test
  void everyLineIsAParagraphAndBlankLinesAreIgnored() {
    CleanArticle c = clean("First line.\nSecond line\n\n  Third line.  \n");
    assertEquals(List.of("First line.", "Second line", "Third line."), paragraphs(c));
    assertEquals(new Span(27, 38), c.paragraphs().get(2).span());
  }

  @Test
  void hardWrappedLinesAreJoined() {
    CleanArticle c = clean("The drills, which are estimated\nto be the largest, began.\nA new one.");
    assertEquals(List.of("The drills, which are estimated\nto be the largest, began.", "A new one."),
        paragraphs(c));
  }

  @Test
  void crlfLineEndsKeepOffsetsOnTheOriginal() {
    String t = "One.\r\nTwo.\r\n\r\nThree.";
    CleanArticle c = clean(t);
    assertEquals(List.of("One.", "Two.", "Three."), paragraphs(c));
    assertEquals(new Span(14, 20), c.paragraphs().get(2).span());
  }

  @Test
  void datelinesOfSeveralStyles() {
    assertEquals("KIEV", clean("KIEV: NATO expressed concern.").dateline());
    assertEquals("WASHINGTON", clean("WASHINGTON — The Pentagon said.").dateline());
    assertEquals("MOSCOW", clean("MOSCOW, Feb 17 (Reuters) - Russia said.").dateline());
    assertEquals("", clean("NATO expressed concern: it said so.").dateline());
    assertEquals("", clean("BREAKING: Troops cross the border.").dateline());
    CleanArticle c = clean("MOSCOW, Feb 17 (Reuters) - Russia said.");
    assertEquals(List.of("Russia said."), paragraphs(c));
  }

  @Test
  void removedLinesAreRecordedWithRuleAndLine() {
    CleanArticle c = clean("Real news here.\n\nExit mobile version\n");
    assertEquals(List.of("Real news here."), paragraphs(c));
    assertEquals(1, c.removed().size());
    Removal r = c.removed().get(0);
    assertEquals("chrome-mobile-version", r.ruleId());
    assertEquals(3, r.line());
    assertEquals(new Span(17, 36), r.span());
  }

  @Test
  void shortLinesWithoutFinalPunctuationAreHeadings() {
    CleanArticle c = clean("Erdogan in Kiev\nHe arrived on Thursday.\n‘External aggression’");
    assertTrue(c.paragraphs().get(0).heading());
    assertFalse(c.paragraphs().get(1).heading());
    assertTrue(c.paragraphs().get(2).heading());
  }

  @Test
  void veryLongLinesAreNeverBoilerplate() {
    String longLine = "The author covers " + "politics ".repeat(100) + "and more.";
    CleanArticle c = clean(longLine);
    assertEquals(0, c.removed().size());
    assertEquals(1, c.paragraphs().size());
  }
}
