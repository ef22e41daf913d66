package org.framelens.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.framelens.analyze.AnalyzedArticle;
import org.framelens.analyze.Sentence;
import org.framelens.clean.Removal;
import org.framelens.ingest.IngestOptions;
import org.framelens.text.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Exact offsets on the hard cases of the seed articles, through the whole pipeline (ingest,
 * clean, text). Offsets are into the original file text; the expected numbers were read off the
 * files (see src/test/resources/gold/seed-sentences.tsv).
 */
class SeedOffsetsTest {

  static List<AnalyzedArticle> seeds = new ArrayList<>();

  @BeforeAll
  static void analyseSeeds() throws Exception {
    Pipeline.textOnly(IngestOptions.defaults()).run(List.of("seeds"), r -> seeds.add(r.analyzed()));
    assertEquals(5, seeds.size());
  }

  static AnalyzedArticle seed(String prefix) {
    return seeds.stream().filter(a -> a.article().id().startsWith(prefix)).findFirst().orElseThrow();
  }

  static Sentence sentenceContaining(AnalyzedArticle a, String needle) {
    int at = a.text().indexOf(needle);
    assertTrue(at >= 0, needle);
    return a.sentences().stream().filter(s -> s.span().contains(at)).findFirst().orElseThrow();
  }

  @Test
  void kievDatelineIsMetadataAndTheFirstSentenceStartsAfterIt() {
    AnalyzedArticle a = seed("004");
    assertEquals("KIEV", a.clean().dateline());
    assertEquals(new Span(0, 5), a.clean().datelineSpan());
    Sentence first = a.sentences().get(0);
    assertEquals(new Span(6, 179), first.span());
    assertTrue(first.span().text(a.text()).startsWith("NATO expressed concern"));
    assertEquals("", a.article().metadata().title(), "a dateline line is not a title");
  }

  @Test
  void violentGestureIsAQuotationInsideItsSentence() {
    AnalyzedArticle a = seed("002");
    Sentence s = sentenceContaining(a, "“violent gesture”");
    assertEquals(new Span(253, 392), s.span());
    int open = a.text().indexOf("“violent gesture”");
    assertEquals(364, open);
    assertTrue(a.quotes().quotes().stream().anyMatch(q -> q.span().equals(new Span(364, 381))));
    assertTrue(a.quotes().isQuoted(365));
    assertTrue(!a.quotes().isQuoted(363) && !a.quotes().isQuoted(381));
  }

  @Test
  void dottedUsDoesNotEndASentenceButAFollowingCapitalSentenceDoes() {
    AnalyzedArticle a = seed("004");
    Sentence accused = sentenceContaining(a, "accused the U.S. of");
    assertEquals(new Span(920, 1060), accused.span());
    Sentence next = a.sentences().get(accused.index() + 1);
    assertEquals(new Span(1061, 1168), next.span());
    assertTrue(next.span().text(a.text()).startsWith("The U.S. has reportedly"));
  }

  @Test
  void thousandsSeparatorIsNotABoundaryAndIsOneToken() {
    AnalyzedArticle a = seed("000");
    Sentence s = sentenceContaining(a, "8,500 troops");
    assertEquals(new Span(1331, 1458), s.span());
    int at = a.text().indexOf("8,500");
    assertTrue(s.tokens().stream().anyMatch(t -> t.span().equals(new Span(at, at + 5))));
  }

  @Test
  void datePrefixIsMetadataNotText() {
    AnalyzedArticle a = seed("001");
    assertEquals("2022-02-20", a.article().metadata().date());
    assertEquals(17, a.article().bodyStart());
    assertEquals(new Span(17, 179), a.sentences().get(0).span());
    assertTrue(a.sentences().get(0).span().text(a.text()).startsWith("The Belarusian government"));
  }

  @Test
  void authorLineAtTheEndOf004IsRemovedAsBoilerplateWithItsReason() {
    AnalyzedArticle a = seed("004");
    List<Removal> removed = a.clean().removed();
    assertEquals(1, removed.size());
    Removal r = removed.get(0);
    assertEquals(new Span(2772, 2931), r.span());
    assertEquals(15, r.line());
    assertEquals("author-bio", r.ruleId());
    assertTrue(r.span().text(a.text()).startsWith("The author covers politics"));
    assertTrue(a.sentences().stream().noneMatch(s -> s.span().overlaps(r.span())));
  }

  @Test
  void quotationRunningOverAParagraphBreakIsReopenedInTheNextParagraph() {
    AnalyzedArticle a = seed("004");
    Sentence second = sentenceContaining(a, "This is the biggest Russian deployment");
    int closing = a.text().indexOf("troops”") + "troops".length();
    assertTrue(a.quotes().isQuoted(second.span().start()));
    assertTrue(a.quotes().isQuoted(closing));
    assertTrue(!a.quotes().isQuoted(closing + 2), "“as well as” is the outlet's own voice");
    long pieces = a.quotes().quotes().stream()
        .filter(q -> q.span().contains(a.text().indexOf("Over the last days"))
            || q.span().contains(second.span().start()))
        .map(q -> q.id()).distinct().count();
    assertEquals(1, pieces, "both pieces belong to one quotation");
  }

  @Test
  void titleAndNoDatelineForFilesThatStartWithAHeadline() {
    assertEquals("Belarus says Russian forces to remain for more drills",
        seed("000").article().metadata().title());
    assertEquals("Russia has begun military exercises with Belarus.",
        seed("002").article().metadata().title());
    assertNull(seed("000").clean().datelineSpan());
  }

  @Test
  void sentenceTextIsExactlyTheOriginalCharacters() {
    for (AnalyzedArticle a : seeds) {
      int previousEnd = 0;
      for (Sentence s : a.sentences()) {
        assertTrue(s.span().start() >= previousEnd, "sorted, no overlap");
        String t = s.span().text(a.text());
        assertEquals(t.strip(), t);
        previousEnd = s.span().end();
      }
    }
  }
}
