package org.framelens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;

/**
 * The progress bar of {@code analyze} on stderr: articles done, articles per second, MB of text
 * per second and an estimated time left, redrawn in place at most a few times a second. The
 * estimate compares the characters of article text done with the bytes of all inputs (counted
 * once before the run), so it runs a little ahead of the truth for inputs with much markup or
 * metadata; it never shows 100% before the end. Silent unless enabled.
 */
final class ProgressBar {

  private static final long REDRAW_NANOS = 250_000_000L;

  private final PrintWriter err;
  private final long totalBytes;
  private final boolean enabled;
  private final long start = System.nanoTime();
  private long lastDraw;
  private boolean drawn;

  private ProgressBar(PrintWriter err, long totalBytes, boolean enabled) {
    this.err = err;
    this.totalBytes = Math.max(1, totalBytes);
    this.enabled = enabled;
  }

  /** A bar for a run over {@code inputs}; a silent one unless {@code enabled}. */
  static ProgressBar forRun(PrintWriter err, List<String> inputs, boolean enabled) {
    return new ProgressBar(err, enabled ? bytes(inputs) : 1, enabled);
  }

  /**
   * Whether stderr is a terminal. Java cannot ask for stderr alone, so the launcher tells
   * ({@code -Dframelens.stderr.tty=true} when {@code [ -t 2 ]}); without the launcher, no bar.
   */
  static boolean stderrIsTerminal() {
    return Boolean.getBoolean("framelens.stderr.tty");
  }

  void update(long articles, long chars) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (drawn && now - lastDraw < REDRAW_NANOS) {
      return;
    }
    lastDraw = now;
    drawn = true;
    err.print("\r" + line(articles, chars, (now - start) / 1e9, totalBytes));
    err.flush();
  }

  void done() {
    if (enabled && drawn) {
      err.print("\r" + " ".repeat(78) + "\r");
      err.flush();
    }
  }

  /** One redraw of the bar (no carriage return). */
  static String line(long articles, long chars, double seconds, long totalBytes) {
    double fraction = Math.min(0.99, chars / (double) Math.max(1, totalBytes));
    int width = 20;
    int filled = (int) (fraction * width);
    double rate = seconds > 0 ? articles / seconds : 0;
    double mbps = seconds > 0 ? chars / 1e6 / seconds : 0;
    String eta = fraction >= 0.01 && seconds >= 3
        ? clock(seconds / fraction - seconds) : "--:--";
    return String.format(Locale.ROOT, "framelens: [%s%s] %3d%% %,d articles, %,.0f/s, %.1f MB/s, "
        + "ETA %s", "#".repeat(filled), "-".repeat(width - filled), (int) (fraction * 100),
        articles, rate, mbps, eta);
  }

  private static String clock(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }

  private static long bytes(List<String> inputs) {
    long[] total = new long[1];
    for (String input : inputs) {
      try {
        Files.walkFileTree(Path.of(input), new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            total[0] += attrs.size();
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            return FileVisitResult.CONTINUE;
          }
        });
      } catch (IOException | RuntimeException e) {
        // the run itself reports unreadable inputs; the bar only loses some accuracy
      }
    }
    return total[0];
  }
}
