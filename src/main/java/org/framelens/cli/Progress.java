package org.framelens.cli;

import java.io.PrintWriter;
import java.util.Locale;

/** A one-line progress bar on stderr: redrawn in place on a terminal, a few lines otherwise. */
final class Progress {

  private final PrintWriter err;
  private final String label;
  private final long total;
  private final boolean terminal = System.console() != null;
  private final long start = System.nanoTime();
  private int lastPercent = -1;

  Progress(PrintWriter err, String label, long total) {
    this.err = err;
    this.label = label;
    this.total = Math.max(1, total);
  }

  void update(long done) {
    int percent = (int) Math.min(100, done * 100 / total);
    if (percent == lastPercent || (!terminal && percent / 25 == lastPercent / 25)) {
      return;
    }
    lastPercent = percent;
    double secs = (System.nanoTime() - start) / 1e9;
    int width = 30;
    int filled = percent * width / 100;
    String bar = "#".repeat(filled) + "-".repeat(width - filled);
    String line = String.format(Locale.ROOT, "framelens: %s [%s] %3d%% %5.1f s", label, bar,
        percent, secs);
    err.print(terminal ? "\r" + line : line + "\n");
    err.flush();
  }

  void done() {
    if (terminal && lastPercent >= 0) {
      err.println();
      err.flush();
    }
  }
}
