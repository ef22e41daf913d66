package org.framelens.pipeline;

import java.util.function.Predicate;
import org.framelens.ingest.Article;

/**
 * How {@link Pipeline#run} schedules the work. The output never depends on these settings: the
 * sink sees results in reading order whatever the number of threads.
 *
 * @param threads  analysis threads (1 analyses on the reading thread)
 * @param select   which articles to analyse; the others are read and skipped (used by a second
 *                 pass that only needs some articles again)
 * @param listener told about each article once it has reached the sink (progress bars)
 */
public record RunOptions(int threads, Predicate<Article> select, Listener listener) {

  /** Told once per article that reached the sink, on the thread that feeds the sink. */
  public interface Listener {

    /**
     * @param articles articles done so far (analysed or failed)
     * @param chars    characters of article text done so far
     */
    void done(long articles, long chars);
  }

  public RunOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
  }

  /** All articles, one analysis thread per available processor, no listener. */
  public static RunOptions defaults() {
    return new RunOptions(Runtime.getRuntime().availableProcessors(), a -> true,
        (n, c) -> { });
  }

  public RunOptions withThreads(int n) {
    return new RunOptions(n, select, listener);
  }

  public RunOptions withSelect(Predicate<Article> p) {
    return new RunOptions(threads, p, listener);
  }

  public RunOptions withListener(Listener l) {
    return new RunOptions(threads, select, l);
  }
}
