package org.framelens.ingest;

/**
 * Something wrong with an input, named by file and (where known) line.
 *
 * @param path    the input file, as given
 * @param line    1-based line number, or 0 when the problem concerns the whole file
 * @param message a plain sentence saying what is wrong
 */
public record Problem(String path, int line, String message) {

  @Override
  public String toString() {
    return line > 0 ? path + ":" + line + ": " + message : path + ": " + message;
  }
}
