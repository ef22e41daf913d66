package org.framelens.ingest;

/** An input that cannot be read, with the line where the trouble is (0 for the whole file). */
public final class BadInputException extends Exception {

  private static final long serialVersionUID = 1L;
  private final int line;

  public BadInputException(int line, String message) {
    super(message);
    this.line = line;
  }

  public int line() {
    return line;
  }
}
