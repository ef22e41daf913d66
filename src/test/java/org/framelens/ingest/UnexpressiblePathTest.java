package org.framelens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A path the JVM cannot express as a file name (under a non-UTF-8 locale {@code café.txt}; under
 * any locale a lone surrogate, used here so the test does not depend on the locale) is one failed
 * input with a hint, not the end of the run.
 */
class UnexpressiblePathTest {

  @TempDir
  Path tmp;

  @Test
  void anInputNameJavaCannotExpressFailsAloneWithAHint() throws IOException {
    Path good = Files.writeString(tmp.resolve("good.txt"), "The harbour reopened on Monday.\n");
    String bad = tmp.resolve("bad").toString() + "\uD800.txt";

    List<Article> articles = new ArrayList<>();
    List<InputReport> reports = new Ingestor(IngestOptions.defaults()).read(
        List.of(bad, good.toString()), articles::add);

    assertEquals(2, reports.size());
    InputReport r = reports.get(0);
    assertEquals(InputReport.Status.FAILED, r.status());
    assertEquals(bad, r.path());
    assertTrue(r.reason().startsWith("cannot open this file name: Java's file-name encoding here "
        + "is "), r.reason());
    assertTrue(r.reason().endsWith("(from the locale); run with a UTF-8 locale, e.g. "
        + "LC_ALL=C.UTF-8"), r.reason());
    assertEquals(1, articles.size(), "the other input is read");
  }

  @Test
  void theOutputCheckPassesOverItAndLeavesItToTheReader() {
    String bad = tmp.resolve("bad").toString() + "\uD800";
    assertEquals(Optional.empty(), OutputOverlap.check(List.of(bad), List.of(tmp), "--out"));
  }
}
