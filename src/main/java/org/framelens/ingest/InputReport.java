package org.framelens.ingest;

import java.util.List;

/**
 * What became of one input file: a row of {@code manifest.csv} (without the counts that later
 * stages add).
 *
 * @param path          the file, as given or as found under a given directory
 * @param format        the format it was read as, or empty when it was not read
 * @param status        {@code ok}, {@code skipped} or {@code failed}
 * @param reason        why it was skipped or failed, or warnings for an ok file; empty if none
 * @param articles      articles read from it
 * @param recordsFailed records (lines or rows) that could not be read
 * @param encoding      the character encoding it was decoded with, empty if not decoded
 * @param bytes         its size in bytes, -1 when unknown
 * @param problems      every problem found, with line numbers
 */
public record InputReport(String path, String format, Status status, String reason, int articles,
    int recordsFailed, String encoding, long bytes, List<Problem> problems) {

  /** Status of an input. */
  public enum Status {
    OK, SKIPPED, FAILED;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public InputReport {
    problems = List.copyOf(problems);
  }

  /** Whether this input failed or lost records. */
  public boolean hasFailures() {
    return status == Status.FAILED || recordsFailed > 0;
  }
}
