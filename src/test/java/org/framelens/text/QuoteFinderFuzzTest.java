package org.framelens.text;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes the quote finder (docs/FUZZING.md). The input bytes are read as UTF-8; every non-blank
 * line (trimmed) is a paragraph, so quotations may run over paragraph breaks. Checked on every
 * input: quotation pieces inside the text and inside one paragraph, sorted, well nested with
 * growing depth, {@code isQuoted} agreeing with the pieces, quoted shares between 0 and 1; the
 * same with the speaker turns of {@link SpeakerTurns} added.
 */
class QuoteFinderFuzzTest {

  private static final QuoteFinder FINDER = new QuoteFinder();

  @FuzzTest(maxDuration = "10s")
  void findQuotes(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    List<Span> paragraphs = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        Span line = new Span(start, i).trim(text);
        if (!line.isEmpty()) {
          paragraphs.add(line);
        }
        start = i + 1;
      }
    }
    QuoteMap quotes = FINDER.find(text, paragraphs);
    TextInvariants.quotes(text, paragraphs, quotes);
    for (Span p : paragraphs) {
      double share = quotes.quotedShare(text, p);
      TextInvariants.check(share >= 0 && share <= 1, "quoted share " + share + " of " + p);
    }
    // with an interview transcript's speaker turns added as quotations: the same invariants
    QuoteMap withTurns = SpeakerTurns.withTurns(quotes, new SpeakerTurns().find(text, paragraphs));
    TextInvariants.quotes(text, paragraphs, withTurns);
  }
}
