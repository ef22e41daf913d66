package org.framelens.cues;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.framelens.analyze.AnalyzedArticle;
import org.framelens.analyze.Sentence;
import org.framelens.text.Quote;
import org.framelens.text.Span;
import org.junit.jupiter.api.Test;

/** The quotation pieces of each sentence are those that trying every quote finds, in order. */
class SentenceQuotesTest {

  private static void assertSameAsScan(List<Sentence> sentences, List<Quote> quotes) {
    Quote[][] fast = SentenceQuotes.of(sentences, quotes);
    Quote[][] scan = SentenceQuotes.byScan(sentences, quotes);
    assertEquals(scan.length, fast.length);
    for (int i = 0; i < scan.length; i++) {
      assertArrayEquals(scan[i], fast[i], "sentence " + i + " " + sentences.get(i).span()
          + " of " + sentences + " with " + quotes);
    }
  }

  private static Sentence sentence(int index, int start, int end) {
    return new Sentence(index, 0, new Span(start, end), List.of(), 0, false);
  }

  @Test
  void realArticlesWithQuotationsOverSeveralSentences() {
    AnalyzedArticle a = CueTestSupport.analyse("“We will stay. We will not leave,” he said. "
        + "Officials called it a “so-called” deal.\n\nHe added: “Nothing changes.\n\n"
        + "“Not now.” "
        + "Then a ‘nested “quote” here’ and “an open one.\n\nThe end.");
    assertTrue(a.quotes().quotes().size() >= 5, a.quotes().quotes().toString());
    assertSameAsScan(a.sentences(), a.quotes().quotes());
    assertSameAsScan(a.sentences(), List.of());
    assertSameAsScan(List.of(), a.quotes().quotes());
  }

  @Test
  void randomSentencesAndQuotes() {
    Random r = new Random(17);
    for (int round = 0; round < 20_000; round++) {
      // sorted sentences that do not overlap, some empty, some with gaps between them
      List<Sentence> sentences = new ArrayList<>();
      int at = r.nextInt(3);
      for (int i = 0, n = r.nextInt(8); i < n; i++) {
        int len = r.nextInt(6);
        sentences.add(sentence(i, at, at + len));
        at += len + r.nextInt(3);
      }
      if (round % 10 == 0 && sentences.size() > 1) {
        // out of order or overlapping: matched quote by quote
        sentences.add(sentence(sentences.size(), r.nextInt(at + 1), at + r.nextInt(3)));
      }
      List<Quote> quotes = new ArrayList<>();
      for (int k = 0, m = r.nextInt(6); k < m; k++) {
        int start = r.nextInt(at + 3);
        quotes.add(new Quote(k, new Span(start, start + r.nextInt(12)), 1 + r.nextInt(2),
            r.nextBoolean()));
      }
      if (r.nextBoolean()) {
        quotes.sort((x, y) -> x.span().compareTo(y.span()));
      }
      assertSameAsScan(sentences, quotes);
    }
  }
}
