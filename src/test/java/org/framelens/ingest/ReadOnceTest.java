package org.framelens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every input accounted for exactly once: a file met twice in one run (given twice, given by
 * name and inside a folder, reached through a symbolic or hard link) is read once, so no article
 * is counted twice, and the later sights are skipped rows naming the first; an input directory
 * with no file in it is a row of its own.
 */
class ReadOnceTest {

  @TempDir
  Path tmp;

  @Test
  void aFileMetTwiceIsReadOnceAndEverySightIsListed() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Path a = Files.writeString(in.resolve("a.txt"), "The harbour reopened on Monday.\n");
    Files.writeString(in.resolve("b.jsonl"), "{\"text\": \"Snow fell overnight.\"}\n"
        + "{\"text\": \"The bridge closed.\"}\n");
    Files.createSymbolicLink(in.resolve("c-link.txt"), a.getFileName());
    Files.createLink(in.resolve("d-hard.txt"), a);
    String dir = in.toString();

    List<Article> articles = new ArrayList<>();
    List<InputReport> reports = new Ingestor(IngestOptions.defaults()).read(
        List.of(a.toString(), dir, dir + "/b.jsonl"), articles::add);

    String same = "the same file as " + a + ", already read (each file is read once)";
    assertEquals(List.of(
        a + " OK ",
        dir + "/a.txt SKIPPED " + same,
        dir + "/b.jsonl OK ",
        dir + "/c-link.txt SKIPPED " + same,
        dir + "/d-hard.txt SKIPPED " + same,
        dir + "/b.jsonl SKIPPED the same file as " + dir
            + "/b.jsonl, already read (each file is read once)"),
        reports.stream().map(r -> r.path() + " " + r.status() + " " + r.reason()).toList());
    assertEquals(List.of("The harbour reopened on Monday.", "Snow fell overnight.",
        "The bridge closed."), articles.stream().map(x -> x.text().strip()).toList());
  }

  @Test
  void twoFilesWithTheSameTextAreTwoFiles() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("a.txt"), "The harbour reopened on Monday.\n");
    Files.writeString(in.resolve("b.txt"), "The harbour reopened on Monday.\n");
    List<Article> articles = new ArrayList<>();
    new Ingestor(IngestOptions.defaults()).read(List.of(in.toString()), articles::add);
    assertEquals(2, articles.size(), "copies are different files: only the same file is skipped");
  }

  @Test
  void anEmptyInputDirectoryIsListedSoEveryInputIsAccountedFor() throws IOException {
    Path empty = Files.createDirectories(tmp.resolve("empty").resolve("sub"));
    List<InputReport> reports = new Ingestor(IngestOptions.defaults())
        .read(List.of(empty.getParent().toString()), a -> { });
    assertEquals(List.of(empty.getParent() + " SKIPPED empty directory (no files in it or below)"),
        reports.stream().map(r -> r.path() + " " + r.status() + " " + r.reason()).toList());
  }
}
