package org.framelens.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.framelens.text.TsvTable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every row of {@code lexicons/quote-intro.tsv} through the whole cue stage: its example credits
 * one quotation to the marked source by rule {@code attr.quote-intro}, with the mark as its cue
 * (the row's own mark, or the colon of a speech noun's example), and makes that sentence
 * attributed; its near miss (when given) gets no such attribution.
 */
class QuoteIntroExamplesTest {

  @TestFactory
  List<DynamicTest> everyRowsExampleAndNearMiss() {
    List<DynamicTest> tests = new ArrayList<>();
    for (TsvTable.Row row : QuoteIntro.BUNDLED.rows()) {
      String word = row.get(0);
      String kind = row.get(1);
      tests.add(DynamicTest.dynamicTest(QuoteIntro.FILE + ":" + row.line() + " " + word,
          () -> example(word, kind, row.get(2))));
      if (!row.get(3).isBlank()) {
        tests.add(DynamicTest.dynamicTest(QuoteIntro.FILE + ":" + row.line() + " miss " + word,
            () -> nearMiss(row.get(3))));
      }
    }
    return tests;
  }

  private static void example(String word, String kind, String marked) {
    int open = marked.indexOf("[[");
    int close = marked.indexOf("]]");
    String source = marked.substring(open + 2, close);
    String text = marked.substring(0, open) + source + marked.substring(close + 2);
    CueTestSupport.Result r = CueTestSupport.run(text);
    Evidence e = r.rule(AttributionDetector.QUOTE_INTRO_RULE);
    assertEquals(CueType.ATTRIBUTION, e.type());
    assertEquals("quote_intro", e.category());
    assertEquals(source, r.text(e.sourceSpan()), r.describe());
    assertEquals(open, e.sourceSpan().start(), "the marked occurrence: " + r.describe());
    assertEquals(kind.equals("speech_noun") ? ":" : word, r.text(e.span()), r.describe());
    String name = kind.equals("dash") ? "dash" : "colon";
    assertTrue(e.explanation().startsWith("The quotation after the " + name
        + " is credited to “" + source + "”"), e.explanation());
    if (kind.equals("speech_noun")) {
      assertTrue(e.explanation().contains("“" + word + "”"), e.explanation());
    }
    assertTrue(r.sentence(e.sentenceIndex()).attributed(), r.describe());
    assertTrue(r.sentence(e.sentenceIndex()).attributionSource().startsWith(source),
        r.describe());
  }

  private static void nearMiss(String text) {
    CueTestSupport.Result r = CueTestSupport.run(text);
    assertTrue(r.cues().evidence().stream()
        .noneMatch(e -> e.ruleId().equals(AttributionDetector.QUOTE_INTRO_RULE)), r.describe());
  }

  private static QuoteIntro parse(String rows) throws IOException {
    return QuoteIntro.of(TsvTable.parse(new StringReader("word\tkind\texample\texample_miss\n"
        + rows), "q.tsv", 4, "word", QuoteIntro.EXPECTED));
  }

  @Test
  void errorsNameTheFileAndLine() throws IOException {
    assertEquals("colon", parse(":\tcolon\t[[He]] was blunt: “No.”\t\n").markName(":"));
    IllegalStateException kind = assertThrows(IllegalStateException.class,
        () -> parse(":\tcolons\t[[He]] was blunt: “No.”\t\n"));
    assertEquals("q.tsv:2: unknown kind 'colons' (one of colon, dash, speech_noun)",
        kind.getMessage());
    IllegalStateException twice = assertThrows(IllegalStateException.class,
        () -> parse("reply\tspeech_noun\t[[His]] reply: “No.”\t\n"
            + "reply\tspeech_noun\t[[Her]] reply: “No.”\t\n"));
    assertEquals("q.tsv:3: the word 'reply' is listed twice", twice.getMessage());
    IllegalStateException unmarked = assertThrows(IllegalStateException.class,
        () -> parse("reply\tspeech_noun\tHis reply: “No.”\t\n"));
    assertEquals("q.tsv:2: the example must mark its source once with [[...]]",
        unmarked.getMessage());
    IllegalStateException noun = assertThrows(IllegalStateException.class,
        () -> parse("Reply\tspeech_noun\t[[His]] Reply: “No.”\t\n"));
    assertEquals("q.tsv:2: the speech noun 'Reply' must be one word in lower case",
        noun.getMessage());
    IllegalStateException mark = assertThrows(IllegalStateException.class,
        () -> parse("::\tcolon\t[[He]] was blunt:: “No.”\t\n"));
    assertEquals("q.tsv:2: the mark '::' must be one punctuation character or '--'",
        mark.getMessage());
    assertThrows(IllegalStateException.class, () -> parse(":\tcolon\t[[He]] said\n"));
  }

  @Test
  void theBundledTableHasBothMarksAndSpeechNouns() {
    assertEquals("colon", QuoteIntro.BUNDLED.markName(":"));
    assertEquals("dash", QuoteIntro.BUNDLED.markName("\u2014"));
    assertEquals(null, QuoteIntro.BUNDLED.markName(","));
    assertTrue(QuoteIntro.BUNDLED.speechNouns().contains("message"));
    assertFalse(QuoteIntro.BUNDLED.speechNouns().contains("car"));
  }
}
