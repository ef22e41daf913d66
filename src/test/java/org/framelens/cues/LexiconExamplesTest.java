package org.framelens.cues;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.framelens.analyze.AnalyzedArticle;
import org.framelens.ingest.Article;
import org.framelens.ingest.IngestOptions;
import org.framelens.ingest.Metadata;
import org.framelens.pipeline.Pipeline;
import org.framelens.text.Span;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every lexicon entry's own examples are tests (LanguageTool style): its {@code example_hit},
 * run through the whole cue stage as a one-sentence article, must raise this rule exactly on the
 * span marked {@code [[...]]}, with an explanation that quotes only words of the sentence; its
 * {@code example_miss} (a sentence, or a few) must not raise it. For claim triggers the evidence
 * is the unattributed_claim of the whole sentence, and the marked trigger must be what the
 * explanation quotes.
 */
class LexiconExamplesTest {

  private static final CueAnalyzer CUES = CueAnalyzer.defaults(null);
  private static final Pipeline TEXT = Pipeline.textOnly(IngestOptions.defaults());

  static List<LexiconEntry> allEntries() throws IOException {
    List<LexiconEntry> all = new ArrayList<>(Lexicon.bundled().entries());
    try (InputStream in = LexiconExamplesTest.class.getResourceAsStream("/lexicons/attribution.tsv")) {
      all.addAll(Lexicon.parse(new InputStreamReader(in, StandardCharsets.UTF_8),
          "attribution.tsv").entries());
    }
    return all;
  }

  static ArticleCues cues(String sentence) {
    AnalyzedArticle a = TEXT.analyze(new Article("example", "example.txt", 1, "txt",
        Metadata.empty(), sentence, 0)).analyzed();
    return CUES.analyze(a);
  }

  /**
   * An explanation quotes only words of its sentence (“…”): the matched words, the source, a word
   * of the match ({@code {first}}), so it never names a word that is not there (as "uses
   * “alleged”" did for "purported experts").
   */
  static void assertQuotesOnlyTheSentence(String where, String explanation, String sentence) {
    java.util.regex.Matcher q = java.util.regex.Pattern.compile("“([^”]*)”").matcher(explanation);
    while (q.find()) {
      assertTrue(sentence.toLowerCase(java.util.Locale.ROOT)
          .contains(q.group(1).toLowerCase(java.util.Locale.ROOT)),
          where + ": the explanation quotes “" + q.group(1) + "”, which the sentence does not "
              + "hold: " + explanation);
    }
  }

  @TestFactory
  Stream<DynamicTest> everyEntryMatchesItsHitExampleAndNotItsMissExample() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (LexiconEntry e : allEntries()) {
      String marked = e.exampleHit();
      int open = marked.indexOf("[[");
      int close = marked.indexOf("]]");
      String sentence = marked.substring(0, open) + marked.substring(open + 2, close)
          + marked.substring(close + 2);
      Span expected = new Span(open, close - 2);
      String where = e.file() + ":" + e.line() + " " + e.ruleId();
      tests.add(DynamicTest.dynamicTest(where + " hits: " + marked, () -> {
        ArticleCues c = cues(sentence);
        if (e.type() == CueType.UNATTRIBUTED_CLAIM) {
          assertTrue(c.evidence().stream().anyMatch(x -> x.ruleId().equals(e.ruleId())
              && x.type() == CueType.UNATTRIBUTED_CLAIM
              && x.explanation().contains("“" + expected.text(sentence) + "”")),
              where + ": expected an unattributed claim triggered by '" + expected.text(sentence)
                  + "', got " + c.evidence());
        } else {
          assertTrue(c.evidence().stream().anyMatch(x -> x.ruleId().equals(e.ruleId())
              && x.span().equals(expected)),
              where + ": expected a hit on '" + expected.text(sentence) + "' " + expected
                  + ", got " + c.evidence());
        }
        for (Evidence x : c.evidence()) {
          if (x.ruleId().equals(e.ruleId())) {
            assertQuotesOnlyTheSentence(where, x.explanation(), sentence);
          }
        }
      }));
      tests.add(DynamicTest.dynamicTest(where + " misses: " + e.exampleMiss(), () -> {
        assertFalse(e.exampleMiss().isBlank(), where + " needs an example_miss");
        ArticleCues c = cues(e.exampleMiss());
        assertFalse(c.evidence().stream().anyMatch(x -> x.ruleId().equals(e.ruleId())),
            where + ": must not fire on its example_miss, got " + c.evidence());
      }));
    }
    return tests.stream();
  }
}
