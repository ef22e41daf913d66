package org.framelens.ingest;

import java.io.IOException;
import java.util.List;

/**
 * No article could be read from any input of a run that needs some (a benchmark, the training
 * of word vectors). The message names the inputs and why each gave nothing.
 */
public final class NothingReadException extends IOException {

  private static final long serialVersionUID = 1L;

  public NothingReadException(String message) {
    super(message);
  }

  /** The exception for {@link #describe}'s message. */
  public static NothingReadException of(List<String> inputs, List<InputReport> reports) {
    return new NothingReadException(describe(inputs, reports));
  }

  /**
   * "no article could be read from INPUT: REASON; …" from what became of the inputs (the first
   * three, then how many more).
   */
  public static String describe(List<String> inputs, List<InputReport> reports) {
    if (reports.isEmpty()) {
      return "no article could be read from " + String.join(" ", inputs);
    }
    StringBuilder b = new StringBuilder("no article could be read from ");
    for (int i = 0; i < Math.min(3, reports.size()); i++) {
      InputReport r = reports.get(i);
      b.append(i == 0 ? "" : "; ").append(r.path()).append(": ").append(r.reason().isEmpty()
          ? r.status().label() : r.reason());
    }
    if (reports.size() > 3) {
      b.append("; and ").append(reports.size() - 3).append(" more input file(s)");
    }
    return b.toString();
  }
}
