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

/** A run's outputs kept apart from its inputs: the check before a run, and the walk. */
class OutputOverlapTest {

  @TempDir
  Path tmp;

  private Path corpus() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(in.resolve("a.txt"), "The harbour reopened on Monday. Ferries resumed.\n");
    return in;
  }

  @Test
  void theOutputDirectoryGivenAsAnInputIsAnError() throws IOException {
    Path in = corpus();
    Optional<String> why = OutputOverlap.check(List.of(in.toString()),
        List.of(in, in.resolve("articles.csv")), "--out");
    assertEquals(Optional.of("the input directory " + in + " is where this run writes (--out): "
        + "what it writes there would be read as articles and could replace input files; "
        + "choose another --out"), why);
  }

  @Test
  void theSameDirectoryIsFoundThroughDotDotAndSymbolicLinks() throws IOException {
    Path in = corpus();
    Path link = Files.createSymbolicLink(tmp.resolve("link"), in);
    String viaDots = Files.createDirectories(in.resolve("sub")).resolve("..").toString();
    assertTrue(OutputOverlap.check(List.of(viaDots), List.of(in), "--out").isPresent());
    assertTrue(OutputOverlap.check(List.of(link.toString()), List.of(in), "--out").isPresent());
    assertTrue(OutputOverlap.check(List.of(in.toString()), List.of(link), "--out").isPresent());
  }

  @Test
  void anInputFileTheRunWritesIsAnError() throws IOException {
    Path in = corpus();
    Path report = Files.writeString(in.resolve("sentences.csv"), "text\nOld report row.\n");
    Optional<String> why = OutputOverlap.check(List.of(report.toString()),
        List.of(in, report), "--out");
    assertEquals(Optional.of("the input " + report + " is a file this run writes: it would be "
        + "read and then replaced; choose another --out"), why);
  }

  @Test
  void inputsApartFromTheOutputsPass() throws IOException {
    Path in = corpus();
    Path out = tmp.resolve("reports");
    Path inside = in.resolve("reports");
    assertEquals(Optional.empty(), OutputOverlap.check(List.of(in.toString(),
        tmp.resolve("missing").toString()), List.of(out, out.resolve("articles.csv")), "--out"));
    assertEquals(Optional.empty(), OutputOverlap.check(List.of(in.toString()),
        List.of(inside), "--out"), "an output directory inside an input is skipped by the walk");
    assertEquals(Optional.empty(), OutputOverlap.check(List.of(in.resolve("a.txt").toString()),
        List.of(in, in.resolve("articles.csv")), "--out"),
        "an input file in the output directory that the run does not write may be read");
  }

  @Test
  void aPathThatDoesNotExistYetIsLocatedByItsNearestFolder() throws IOException {
    Path in = corpus();
    Path link = Files.createSymbolicLink(tmp.resolve("link"), in);
    assertEquals(in.toRealPath().resolve("new/reports"),
        OutputOverlap.located(link.resolve("new").resolve("reports")));
  }

  @Test
  void theWalkSkipsTheOutputDirectoryAndOutputFilesAndNotTheRest() throws IOException {
    Path in = corpus();
    Path out = Files.createDirectories(in.resolve("reports"));
    Files.writeString(out.resolve("sentences.csv"), "text\nAn old report's sentence.\n");
    Path npy = in.resolve("vectors.npy");
    Files.write(npy, new byte[] {1, 2, 3});
    Path index = Files.writeString(in.resolve("vectors.index.csv"), "row,text\n0,old\n");
    Files.writeString(in.resolve(".vectors.npy." + ProcessHandle.current().pid() + ".tmp"), "x");
    Files.writeString(in.resolve(".other.tmp"), "x");
    IngestOptions options = IngestOptions.defaults().withOutputs(List.of(out, npy, index));

    List<Article> articles = new ArrayList<>();
    List<InputReport> reports = new Ingestor(options).read(List.of(in.toString()),
        articles::add);

    List<String> rows = reports.stream()
        .map(r -> r.path().substring(in.toString().length()) + " " + r.status() + " "
            + r.reason())
        .toList();
    assertEquals(List.of(
        "/.other.tmp SKIPPED hidden file",
        "/a.txt OK ",
        "/reports SKIPPED the output directory of this run (its reports are not read as "
            + "articles)",
        "/vectors.index.csv SKIPPED a file this run writes (not read as an article)",
        "/vectors.npy SKIPPED a file this run writes (not read as an article)"), rows,
        "this process's own temporary file is not an input and is not listed");
    assertEquals(1, articles.size());
  }
}
