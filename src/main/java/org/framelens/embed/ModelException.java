package org.framelens.embed;

/**
 * A word-vector model that cannot be found, fetched, read or trusted. The message is one plain
 * line naming the file and what to do; commands print it and exit non-zero, never a stack trace.
 */
public final class ModelException extends Exception {

  private static final long serialVersionUID = 1L;

  public ModelException(String message) {
    super(message);
  }

  public ModelException(String message, Throwable cause) {
    super(message, cause);
  }
}
