package org.framelens.ingest;

import static org.framelens.text.TextInvariants.check;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fuzzes the whole ingest stage on one file under {@code target/} (docs/FUZZING.md). The first
 * input byte picks the file type, the rest is the file; a first byte of 128 or more writes the
 * file gzip-compressed as {@code NAME.gz}, whole (128-191) or cut to half its length (192-255). The Ingestor promises that nothing
 * throws for bad input: one report per file, whose article count is what reached the sink.
 */
class IngestorFuzzTest {

  private static final String[] NAMES = {"a.txt", "a.md", "a.html", "a.jsonl", "a.csv", "a.tsv",
      "a.json"};
  private static final Path DIR = Path.of(System.getProperty("java.io.tmpdir"),
      "fuzz-ingest-" + ProcessHandle.current().pid());

  @FuzzTest(maxDuration = "10s")
  void ingestOneFile(byte[] input) throws IOException {
    if (input.length == 0) {
      return;
    }
    Files.createDirectories(DIR);
    int pick = input[0] & 0xFF;
    byte[] content = Arrays.copyOfRange(input, 1, input.length);
    String name = NAMES[pick % NAMES.length];
    if (pick >= 128) {
      name += ".gz";
      content = GzipInputTest.gzip(content);
      if (pick >= 192) {
        content = Arrays.copyOf(content, content.length / 2);
      }
    }
    Path file = DIR.resolve(name);
    Files.write(file, content);
    List<Article> articles = new ArrayList<>();
    try {
      List<InputReport> reports = new Ingestor(IngestOptions.defaults())
          .read(List.of(file.toString()), articles::add);
      check(reports.size() == 1, reports.size() + " reports for one file");
      InputReport r = reports.get(0);
      check(r.articles() == articles.size(), "report counts " + r.articles() + " articles, "
          + articles.size() + " were read");
      check(r.status() != InputReport.Status.OK || r.articles() > 0 || r.recordsFailed() == 0,
          "ok without articles but with failed records");
      for (Problem p : r.problems()) {
        check(p.line() >= 0, "problem with line " + p.line());
      }
    } finally {
      Files.delete(file);
    }
  }
}
