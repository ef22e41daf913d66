package org.framelens.pipeline;

import java.util.List;
import org.framelens.ingest.InputReport;
import org.framelens.ingest.Problem;

/**
 * The outcome of a run: every input accounted for, and totals.
 *
 * @param manifest  one entry per input file, in reading order
 * @param articles  articles analysed
 * @param sentences sentences found
 * @param removed   boilerplate lines removed
 * @param problems  every problem, with file and line
 */
public record RunResult(List<ManifestEntry> manifest, int articles, int sentences, int removed,
    List<Problem> problems) {

  public RunResult {
    manifest = List.copyOf(manifest);
    problems = List.copyOf(problems);
  }

  public long count(InputReport.Status status) {
    return manifest.stream().filter(m -> m.input().status() == status).count();
  }

  /** Whether any input failed or lost records. */
  public boolean hasFailures() {
    return manifest.stream().anyMatch(m -> m.input().hasFailures());
  }
}
