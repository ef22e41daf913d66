package org.framelens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test support: one file written to a folder and read by the Ingestor with default options. */
final class OneFile {

  /** The articles read, in order. */
  final List<Article> articles = new ArrayList<>();
  private final Path dir;

  OneFile(Path dir) {
    this.dir = dir;
  }

  /** Writes {@code content} to {@code dir/name} and reads it: its one report. */
  InputReport read(String name, String content) throws IOException {
    Path f = Files.writeString(dir.resolve(name), content);
    List<InputReport> reports = new Ingestor(IngestOptions.defaults())
        .read(List.of(f.toString()), articles::add);
    assertEquals(1, reports.size());
    return reports.get(0);
  }
}
