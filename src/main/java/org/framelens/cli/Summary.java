package org.framelens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.framelens.ingest.InputReport;
import org.framelens.ingest.Problem;
import org.framelens.pipeline.RunResult;
import org.framelens.report.CsvReportWriter;

/** The one-screen run summary printed on stderr. */
final class Summary {

  static final int MAX_PROBLEMS = 12;

  private Summary() {
  }

  static void print(PrintWriter err, RunResult r, Path out, int code, boolean quiet) {
    List<Problem> problems = r.problems();
    if (!quiet) {
      err.printf(java.util.Locale.ROOT, "framelens analyze: %d input file(s): %d ok, %d skipped, %d failed%n",
          r.manifest().size(), r.count(InputReport.Status.OK),
          r.count(InputReport.Status.SKIPPED), r.count(InputReport.Status.FAILED));
      err.printf(java.util.Locale.ROOT, "  %d article(s), %d sentence(s), %d boilerplate line(s) removed%n",
          r.articles(), r.sentences(), r.removed());
      err.printf(java.util.Locale.ROOT, "  reports: %s%n", String.join(", ", CsvReportWriter.FILES.stream()
          .map(f -> out.resolve(f).toString()).toList()));
    }
    // --quiet prints errors only: the problems when some input failed (the list holds them, with
    // any warnings); with exit 0 they are all warnings and notes, and stay in manifest.csv
    if (!problems.isEmpty() && (!quiet || code != ExitCodes.OK)) {
      // with exit 0 nothing failed: the list holds warnings and notes (a first line taken as the
      // title, an encoding guessed), which a first-time user should not read as problems
      err.printf(java.util.Locale.ROOT, code == ExitCodes.OK ? "%d note(s) (nothing failed):%n"
          : "%d problem(s):%n", problems.size());
      problems.stream().limit(MAX_PROBLEMS).forEach(p -> err.println("  " + p));
      if (problems.size() > MAX_PROBLEMS) {
        err.printf(java.util.Locale.ROOT, "  ... and %d more: see %s%n", problems.size() - MAX_PROBLEMS,
            out.resolve("manifest.csv"));
      }
    }
    if (code == ExitCodes.SOME_FAILED) {
      err.println("exit 1: some inputs or records failed; every input is listed in "
          + out.resolve("manifest.csv"));
    } else if (code == ExitCodes.NOTHING_READ) {
      err.println("exit 3: no article could be read from any input; see "
          + out.resolve("manifest.csv"));
    }
    err.flush();
  }
}
