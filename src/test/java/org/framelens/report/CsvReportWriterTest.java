package org.framelens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.framelens.text.Quote;
import org.framelens.text.Span;
import org.junit.jupiter.api.Test;

class CsvReportWriterTest {

  @Test
  void quotationsCountDistinctTopLevelIdsAsTheStreamDid() {
    Random r = new Random(31);
    for (int i = 0; i < 20_000; i++) {
      List<Quote> quotes = new ArrayList<>();
      for (int k = r.nextInt(12); k > 0; k--) {
        quotes.add(new Quote(r.nextInt(8) - 1, new Span(k, k + 1), 1 + r.nextInt(3),
            r.nextBoolean()));
      }
      long expected = quotes.stream().filter(q -> q.depth() == 1).map(q -> q.id()).distinct()
          .count();
      assertEquals(expected, CsvReportWriter.quotations(quotes), quotes.toString());
    }
  }
}
