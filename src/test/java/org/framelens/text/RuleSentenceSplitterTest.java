package org.framelens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSentenceSplitterTest {

  private final SentenceSplitter splitter = RuleSentenceSplitter.english();

  private List<String> split(String s) {
    return splitter.split(s, new Span(0, s.length())).stream().map(x -> x.text(s)).toList();
  }

  @Test
  void titlesAndInitialsDoNotEndSentences() {
    assertEquals(List.of("Mr. Lavrov met Gen. Zmeko and John F. Kennedy Jr. in Minsk.",
        "They talked."), split("Mr. Lavrov met Gen. Zmeko and John F. Kennedy Jr. in Minsk. They talked."));
  }

  @Test
  void dottedInitialismEndsASentenceOnlyBeforeATypicalOpener() {
    assertEquals(List.of("Troops were sent to the U.S.", "The talks failed."),
        split("Troops were sent to the U.S. The talks failed."));
    assertEquals(List.of("The U.S. Army arrived."), split("The U.S. Army arrived."));
  }

  @Test
  void monthsAndNumberAbbreviationsBeforeDigits() {
    assertEquals(List.of("It starts on Feb. 20 at No. 5 base."), split("It starts on Feb. 20 at No. 5 base."));
  }

  @Test
  void numbersAreNotBoundaries() {
    assertEquals(List.of("Some 8,500 troops and 3.5 tanks."), split("Some 8,500 troops and 3.5 tanks."));
  }

  @Test
  void quoteClosingASentenceStaysWithIt() {
    assertEquals(List.of("He called it “the last effort.”", "Then he left."),
        split("He called it “the last effort.” Then he left."));
    assertEquals(List.of("\"We will stay...\"", "Nobody believed it."),
        split("\"We will stay...\" Nobody believed it."));
  }

  @Test
  void lowerCaseAfterAFullStopIsNoNewSentence() {
    assertEquals(List.of("He said so in a statement. communicated."),
        split("He said so in a statement. communicated."));
    assertEquals(List.of("“Why?” he asked."), split("“Why?” he asked."));
  }

  @Test
  void questionAndExclamationMarksEndSentences() {
    assertEquals(List.of("Will they stay?", "Nobody knows!", "Wait…", "Yes."),
        split("Will they stay? Nobody knows! Wait… Yes."));
  }

  @Test
  void emDashesAndUrlsDoNotSplit() {
    assertEquals(List.of("Drones — and jets — at https://example.org/a.b today."),
        split("Drones — and jets — at https://example.org/a.b today."));
  }

  @Test
  void headlineWithoutFinalPunctuationIsOneSentence() {
    assertEquals(List.of("US, NATO increasingly militarizing Eastern Europe"),
        split("US, NATO increasingly militarizing Eastern Europe"));
  }

  @Test
  void overlongRunOnSentenceIsCutAtWhitespace() {
    String s = "word ".repeat(3000).strip();
    List<Span> spans = splitter.split(s, new Span(0, s.length()));
    assertTrue(spans.size() >= 3);
    for (Span sp : spans) {
      assertTrue(sp.length() <= RuleSentenceSplitter.MAX_SENTENCE_CHARS);
      assertEquals(sp.text(s).strip(), sp.text(s));
    }
    assertEquals(s.replace(" ", "").length(),
        spans.stream().mapToInt(sp -> sp.text(s).replace(" ", "").length()).sum());
  }
}
