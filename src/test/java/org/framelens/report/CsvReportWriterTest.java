package org.framelens.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.framelens.axes.Axis;
import org.framelens.axes.AxisSet;
import org.framelens.axes.FrameAxes;
import org.framelens.compare.Alignment;
import org.framelens.cues.CueAnalyzer;
import org.framelens.embed.CompactVectors;
import org.framelens.embed.DefaultModel;
import org.framelens.embed.SentenceEmbedder;
import org.framelens.ingest.IngestOptions;
import org.framelens.pipeline.ArticleResult;
import org.framelens.pipeline.ArticleSink;
import org.framelens.pipeline.Pipeline;
import org.framelens.pipeline.RunResult;
import org.framelens.text.Quote;
import org.framelens.text.Span;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  /**
   * Articles prepared out of order on several threads, then appended in reading order, give the
   * very reports that taking each article whole, in order, gave.
   */
  @Test
  void preparedArticlesGiveTheReportsOfWholeOnes(@TempDir Path tmp) throws Exception {
    Assumptions.assumeTrue(CompactVectors.isModelDirectory(DefaultModel.directory()),
        "skipped: the default word vectors are not converted; run scripts/fetch-model");
    SentenceEmbedder embedder = new SentenceEmbedder(CompactVectors.load(DefaultModel.directory()));
    List<Axis> axes = AxisSet.bundled();
    Pipeline pipeline = Pipeline.defaults(IngestOptions.defaults(), embedder,
        CueAnalyzer.defaults(null)).withAxes(new FrameAxes(embedder.vectors(), axes));
    List<ArticleResult> results = new ArrayList<>();
    RunResult run = pipeline.run(List.of("seeds", "seeds"), results::add);
    List<String> ids = axes.stream().map(Axis::id).toList();
    try (CsvReportWriter w = new CsvReportWriter(tmp.resolve("whole"), new Alignment(embedder),
        ids, false)) {
      for (ArticleResult r : results) {
        w.accept(r);
      }
      w.finish(run);
    }
    try (CsvReportWriter w = new CsvReportWriter(tmp.resolve("prepared"),
        new Alignment(embedder), ids, false)) {
      ArticleSink.Append[] appends = new ArticleSink.Append[results.size()];
      List<Integer> order = new ArrayList<>();
      for (int i = results.size() - 1; i >= 0; i--) {
        order.add(i);
      }
      order.parallelStream().forEach(i -> appends[i] = w.prepare(results.get(i)));
      for (ArticleSink.Append a : appends) {
        a.append();
      }
      w.finish(run);
    }
    for (String f : CsvReportWriter.FILES) {
      assertArrayEquals(Files.readAllBytes(tmp.resolve("whole").resolve(f)),
          Files.readAllBytes(tmp.resolve("prepared").resolve(f)), f);
    }
  }
}
