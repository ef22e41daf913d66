package org.framelens.eval;

import java.io.IOException;

/**
 * The evaluation data was read, but holds no gold item to score against (no labelled article
 * in the articles folder, no labelled row, no annotated article): any score would be made up.
 * The message says what was looked for and where.
 */
public final class NothingToScoreException extends IOException {

  private static final long serialVersionUID = 1L;

  public NothingToScoreException(String message) {
    super(message);
  }
}
