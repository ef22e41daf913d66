package org.framelens.cli;

/** The exit codes of every FrameLens command (documented in README.md). */
public final class ExitCodes {

  /** Everything was read and written. */
  public static final int OK = 0;
  /** Reports were written, but some inputs (or records in them) failed: see manifest.csv. */
  public static final int SOME_FAILED = 1;
  /** The command line was wrong. */
  public static final int USAGE = 2;
  /** No article could be read from any input. */
  public static final int NOTHING_READ = 3;
  /** The reports could not be written, or an internal error occurred. */
  public static final int CANNOT_WRITE = 4;
  /** The word-vector model is missing, corrupted, or could not be fetched or imported. */
  public static final int MODEL = 5;

  private ExitCodes() {
  }
}
