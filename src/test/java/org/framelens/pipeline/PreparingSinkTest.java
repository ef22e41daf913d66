package org.framelens.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.framelens.ingest.IngestOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sink's {@link ArticleSink#prepare} runs on the analysis threads and its appends on the
 * reading thread in reading order, so a sink sees what the single-threaded run showed it.
 */
class PreparingSinkTest {

  @TempDir
  Path tmp;

  private List<String> corpus() throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      lines.add("{\"id\":\"j" + i + "\",\"text\":\"" + "Troops arrived. ".repeat(1 + i % 13)
          + "\"}");
    }
    Path f = tmp.resolve("c.jsonl");
    Files.write(f, lines, StandardCharsets.UTF_8);
    return List.of("seeds", f.toString());
  }

  /** Records the order of its appends and the threads its prepares ran on. */
  private static final class Recording implements ArticleSink {
    final List<String> appended = new ArrayList<>();
    final Set<String> prepareThreads = ConcurrentHashMap.newKeySet();

    @Override
    public void accept(ArticleResult r) throws IOException {
      prepare(r).append();
    }

    @Override
    public Append prepare(ArticleResult r) {
      prepareThreads.add(Thread.currentThread().getName());
      String id = r.analyzed().article().id() + "/" + r.analyzed().sentences().size();
      return () -> appended.add(id);
    }
  }

  @Test
  void appendsComeInReadingOrderWhatevertheThreads() throws IOException {
    Pipeline pipeline = Pipeline.textOnly(IngestOptions.defaults());
    List<String> inputs = corpus();
    List<String> plain = new ArrayList<>();
    pipeline.run(inputs, r -> plain.add(r.analyzed().article().id() + "/"
        + r.analyzed().sentences().size()), RunOptions.defaults().withThreads(1));
    Recording one = new Recording();
    pipeline.run(inputs, one, RunOptions.defaults().withThreads(1));
    Recording three = new Recording();
    Recording next = new Recording();
    pipeline.run(inputs, three.andThen(next), RunOptions.defaults().withThreads(3));
    assertEquals(plain, one.appended);
    assertEquals(plain, three.appended);
    assertEquals(plain, next.appended, "andThen prepares and appends both sinks");
    assertEquals(Set.of(Thread.currentThread().getName()), one.prepareThreads);
    assertTrue(three.prepareThreads.stream().allMatch(t -> t.startsWith("framelens-analysis-")),
        three.prepareThreads.toString());
  }

  @Test
  void aFailingPrepareFailsTheRunAsAFailingSinkDid() throws IOException {
    Pipeline pipeline = Pipeline.textOnly(IngestOptions.defaults());
    List<String> inputs = corpus();
    IllegalArgumentException boom = new IllegalArgumentException("boom");
    ArticleSink failing = new ArticleSink() {
      @Override
      public void accept(ArticleResult r) {
        throw boom;
      }

      @Override
      public Append prepare(ArticleResult r) {
        throw boom;
      }
    };
    for (int threads : new int[] {1, 3}) {
      assertSame(boom, assertThrows(IllegalArgumentException.class,
          () -> pipeline.run(inputs, failing, RunOptions.defaults().withThreads(threads))));
      assertSame(boom, assertThrows(IllegalArgumentException.class,
          () -> pipeline.run(inputs, r -> {
            throw boom;
          }, RunOptions.defaults().withThreads(threads))));
    }
  }
}
