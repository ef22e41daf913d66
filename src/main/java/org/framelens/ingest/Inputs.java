package org.framelens.ingest;

import java.nio.file.AccessDeniedException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/** Plain-language descriptions of I/O failures, without stack traces; input paths. */
public final class Inputs {

  private Inputs() {
  }

  /**
   * The path named {@code input} on the command line, or null when this JVM cannot express it:
   * Java encodes file names in the locale's character set, so under a non-UTF-8 locale (POSIX,
   * as in many cron jobs and containers) a name such as {@code café.txt} cannot be opened.
   */
  static Path path(String input) {
    try {
      return Path.of(input);
    } catch (InvalidPathException e) {
      return null;
    }
  }

  /** Why {@link #path} gave null, and what to do. */
  static String unexpressible() {
    return "cannot open this file name: Java's file-name encoding here is "
        + System.getProperty("sun.jnu.encoding", "not UTF-8")
        + " (from the locale); run with a UTF-8 locale, e.g. LC_ALL=C.UTF-8";
  }

  /** What went wrong, in a few words: "permission denied", "no such file or directory", ... */
  public static String describe(Throwable e) {
    if (e instanceof java.io.UncheckedIOException && e.getCause() != null) {
      e = e.getCause();
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    Throwable t = e;
    while (t.getCause() != null && t.getMessage() == null) {
      t = t.getCause();
    }
    String m = t.getMessage();
    if (m == null || m.isBlank()) {
      return t.getClass().getSimpleName();
    }
    int nl = m.indexOf('\n');
    return nl > 0 ? m.substring(0, nl) : m;
  }
}
