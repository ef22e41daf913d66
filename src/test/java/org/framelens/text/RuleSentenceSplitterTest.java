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

  @Test
  void versusInACaseNameNeverEndsTheSentence() {
    assertEquals(List.of("The court overturned Roe v. Wade on Friday, activists said."),
        split("The court overturned Roe v. Wade on Friday, activists said."));
    assertEquals(List.of("The case, Whole Woman’s Health v. Hellerstedt, was decided."),
        split("The case, Whole Woman’s Health v. Hellerstedt, was decided."));
  }

  @Test
  void aGermanClosingMarkAfterTheStopEndsTheSentence() {
    assertEquals(List.of("Er sagte: „Das ist defensiv.“", "Danach ging er."),
        split("Er sagte: „Das ist defensiv.“ Danach ging er."));
    assertEquals(List.of("Er sagte: „Sie rief ‚Halt!‘“", "Niemand antwortete."),
        split("Er sagte: „Sie rief ‚Halt!‘“ Niemand antwortete."));
    // English: an opening mark after a space starts the next sentence as before
    assertEquals(List.of("He left.", "“We stay,” she said."),
        split("He left. “We stay,” she said."));
  }

  @Test
  void spacedEllipsisIsOneRunOfStops() {
    assertEquals(List.of("He paused. . . and then left."), split("He paused. . . and then left."));
    assertEquals(List.of("He paused. . . .", "Then he left."),
        split("He paused. . . . Then he left."));
    assertEquals(List.of("some guy named . . . er, Pontius Pilate."),
        split("some guy named . . . er, Pontius Pilate."));
    assertEquals(List.of("But I did. ...", "It is wild."), split("But I did. ... It is wild."));
  }

  @Test
  void aPieceOfOnlyPunctuationJoinsASentence() {
    assertEquals(List.of("He called it “A TOTAL WITCH HUNT!!!” .", "Then he left."),
        split("He called it “A TOTAL WITCH HUNT!!!” . Then he left."));
    assertEquals(List.of("They left. […]", "Then they came back."),
        split("They left. […] Then they came back."));
    // at the paragraph start, with the sentence after it
    assertEquals(List.of("… Then he left."), split("… Then he left."));
    // a paragraph of nothing but punctuation stays one sentence
    assertEquals(List.of("* * *"), split("* * *"));
  }

  @Test
  void aListNumberStaysWithItsItem() {
    assertEquals(List.of("1. Russia withdraws."), split("1. Russia withdraws."));
    assertEquals(List.of("2. NATO responds."), split("2. NATO responds."));
    assertEquals(List.of("The demands were these.", "1. Russia withdraws.", "2. NATO responds."),
        split("The demands were these. 1. Russia withdraws. 2. NATO responds."));
    assertEquals(List.of("Hillary is vulnerable …", "2.) There is no alternative."),
        split("Hillary is vulnerable … 2.) There is no alternative."));
    assertEquals(List.of("1) Russia withdraws."), split("1) Russia withdraws."));
    assertEquals(List.of("(1) Russia withdraws."), split("(1) Russia withdraws."));
    // not a list number: a number that ends a sentence, a year
    assertEquals(List.of("The score was 3 to 1.", "Then it rained."),
        split("The score was 3 to 1. Then it rained."));
    assertEquals(List.of("2016.", "That was the year."), split("2016. That was the year."));
    // "Prop." (a ballot proposition) before its number
    assertEquals(List.of("The controversy surrounding Prop. 8.", "Jane Wishon agreed."),
        split("The controversy surrounding Prop. 8. Jane Wishon agreed."));
  }

  @Test
  void aStopAfterAnEmailAddressOrUrlEndsTheSentence() {
    assertEquals(List.of("Write to info@nato.int.", "Officials replied within a week."),
        split("Write to info@nato.int. Officials replied within a week."));
    assertEquals(List.of("See https://www.nato.int/news.", "Officials replied."),
        split("See https://www.nato.int/news. Officials replied."));
    assertEquals(List.of("See www.nato.int.", "Officials replied."),
        split("See www.nato.int. Officials replied."));
    // before a lower-case word, as everywhere, no break
    assertEquals(List.of("Write to info@nato.int. or call."),
        split("Write to info@nato.int. or call."));
  }

  /**
   * "St." stays a title: in the ABP sample every "St." between two capitalised words is a saint's
   * name (The St. Louis Post-Dispatch, Jack St. Martin, Mount St. Helens), none a street at a
   * sentence end, so "Main St. Police ..." is knowingly left one sentence (EVALUATION.md).
   */
  @Test
  void stIsATitleEvenAfterACapitalisedWord() {
    assertEquals(List.of("The St. Louis Post-Dispatch reports it."),
        split("The St. Louis Post-Dispatch reports it."));
    assertEquals(List.of("Jack St. Martin and Mount St. Helens."),
        split("Jack St. Martin and Mount St. Helens."));
  }
}
