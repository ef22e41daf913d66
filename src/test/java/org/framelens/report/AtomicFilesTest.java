package org.framelens.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that dies while writing its reports (killed, disk full, an exception) leaves the
 * previous reports byte for byte as they were, and no temporary files.
 */
class AtomicFilesTest {

  @TempDir
  Path dir;

  private Map<String, byte[]> snapshot() throws IOException {
    Map<String, byte[]> m = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.toList()) {
        m.put(p.getFileName().toString(), Files.readAllBytes(p));
      }
    }
    return m;
  }

  private void oldReports() throws IOException {
    Files.writeString(dir.resolve("articles.csv"), "article_id\nold-1\nold-2\n");
    Files.writeString(dir.resolve("manifest.csv"), "path,status\nold.txt,ok\n");
  }

  @Test
  void aWriterThatFailsMidwayLeavesTheOldFilesByteIdentical() throws IOException {
    oldReports();
    Map<String, byte[]> before = snapshot();

    IOException e = assertThrows(IOException.class, () -> {
      try (AtomicFiles files = new AtomicFiles(dir)) {
        BufferedWriter a = files.open("articles.csv");
        a.write("article_id\nnew-1\n".repeat(10_000));
        BufferedWriter m = files.open("manifest.csv");
        m.write("path,status\n");
        throw new IOException("disk full (simulated) halfway through manifest.csv");
      }
    });

    assertEquals("disk full (simulated) halfway through manifest.csv", e.getMessage());
    Map<String, byte[]> after = snapshot();
    assertEquals(before.keySet(), after.keySet(), "no temporary files are left");
    for (String f : before.keySet()) {
      assertArrayEquals(before.get(f), after.get(f), f + " is byte-identical");
    }
  }

  @Test
  void aCsvReportWriterClosedWithoutFinishingLeavesTheOldReports() throws IOException {
    oldReports();
    Map<String, byte[]> before = snapshot();

    try (CsvReportWriter w = new CsvReportWriter(dir, null, List.of(), false)) {
      // the run dies here: finish() is never called
      try (Stream<Path> files = Files.list(dir)) {
        assertTrue(files.filter(p -> p.getFileName().toString().startsWith(".")).count() >= 9,
            "while running, the new reports are temporary files beside the old ones");
      }
    }

    Map<String, byte[]> after = snapshot();
    assertEquals(before.keySet(), after.keySet());
    for (String f : before.keySet()) {
      assertArrayEquals(before.get(f), after.get(f), f + " is byte-identical");
    }
  }

  @Test
  void committedFilesReplaceTheOldOnesWhole() throws IOException {
    oldReports();
    try (AtomicFiles files = new AtomicFiles(dir)) {
      files.open("articles.csv").write("article_id\nnew-1\n");
      files.open("manifest.csv").write("path,status\nnew.txt,ok\n");
      files.commit();
    }
    assertEquals("article_id\nnew-1\n",
        Files.readString(dir.resolve("articles.csv"), StandardCharsets.UTF_8));
    assertEquals(List.of("articles.csv", "manifest.csv"), List.copyOf(snapshot().keySet()));
  }

  @Test
  void aSecondWriterOfTheSameDirectoryIsRefusedUntilTheFirstIsDone() throws IOException {
    oldReports();
    Map<String, byte[]> before = snapshot();
    try (AtomicFiles first = new AtomicFiles(dir)) {
      first.open("articles.csv").write("article_id\nfirst\n");
      IOException e = assertThrows(IOException.class, () -> new AtomicFiles(dir).close());
      assertEquals("another FrameLens run is writing to " + dir + "; wait for it to finish or "
          + "choose another output directory", e.getMessage());
      assertTrue(Files.exists(dir.resolve(AtomicFiles.LOCK)), "the lock file is there meanwhile");
      assertEquals(java.util.Set.of(".articles.csv." + ProcessHandle.current().pid() + ".tmp",
          AtomicFiles.LOCK), snapshot().keySet().stream().filter(n -> !before.containsKey(n))
          .collect(java.util.stream.Collectors.toSet()), "the refused writer added nothing");
      first.commit();
    }
    assertEquals("article_id\nfirst\n", Files.readString(dir.resolve("articles.csv")));
    assertEquals(before.keySet(), snapshot().keySet(), "no lock file left behind");
    try (AtomicFiles next = new AtomicFiles(dir)) {
      next.open("articles.csv").write("article_id\nnext\n");
      next.commit();
    }
    assertEquals("article_id\nnext\n", Files.readString(dir.resolve("articles.csv")),
        "a committed writer let go of the lock");
    try (AtomicFiles failed = new AtomicFiles(dir)) {
      failed.open("articles.csv").write("never committed");
    }
    try (AtomicFiles after = new AtomicFiles(dir)) {
      after.commit();
    }
    assertEquals(before.keySet(), snapshot().keySet(), "nothing left behind after a failed run");
  }

  @Test
  void temporaryFilesOfKilledRunsAreRemovedAndOtherFilesKept() throws IOException {
    oldReports();
    Files.writeString(dir.resolve(".articles.csv.999999.tmp"), "left by kill -9");
    Files.writeString(dir.resolve(".axes.999998.part"), "left by kill -9");
    Files.writeString(dir.resolve(".notes.2022.tmp"), "the user's own");
    Files.writeString(dir.resolve("draft.csv"), "the user's own");
    Map<String, byte[]> mine = snapshot();
    mine.remove(".articles.csv.999999.tmp");
    mine.remove(".axes.999998.part");
    try (AtomicFiles files = new AtomicFiles(dir)) {
      files.commit();
    }
    assertEquals(mine.keySet(), snapshot().keySet());
  }

  @Test
  void aStoppedRunRemovesItsTemporaryFilesAndLockAndKeepsTheOldReports() throws IOException {
    oldReports();
    Map<String, byte[]> before = snapshot();
    OutputLock lock = OutputLock.take(dir, AtomicFiles.OURS);
    try (AtomicFiles files = new AtomicFiles(lock, AtomicFiles.OURS)) {
      files.open("articles.csv").write("article_id\nhalf-written\n");
      Files.writeString(dir.resolve(".axes." + ProcessHandle.current().pid() + ".part"), "x");
      lock.stopped(); // what the shutdown hook does on Ctrl-C or kill
      Map<String, byte[]> after = snapshot();
      assertEquals(before.keySet(), after.keySet(), "no temporary or lock file");
      before.forEach((k, v) -> assertArrayEquals(v, after.get(k), k));
    }
    try (AtomicFiles next = new AtomicFiles(dir)) {
      next.commit();
    }
  }

  @Test
  void aLockTakenOnARemovedLockFileIsNoticed() throws IOException {
    // run B opened the lock file just before run A, finishing, removed it; run C then made a new
    // one at the path. B's lock is on the removed file, and B must see that it holds nothing.
    Path dir = Files.createDirectories(this.dir.resolve("race"));
    Path lock = dir.resolve(AtomicFiles.LOCK);
    Files.writeString(lock, "");
    try (java.nio.channels.FileChannel b = java.nio.channels.FileChannel.open(lock,
        java.nio.file.StandardOpenOption.WRITE)) {
      Files.delete(lock);
      try (AtomicFiles c = new AtomicFiles(dir)) {
        assertEquals(null, OutputLock.atPath(lock, b, "B's token\n"),
            "B's file is not the one at the path");
        IOException e = assertThrows(IOException.class, () -> new AtomicFiles(dir).close());
        assertTrue(e.getMessage().startsWith("another FrameLens run is writing to"));
      }
    }
    try (java.nio.channels.FileChannel own = java.nio.channels.FileChannel.open(lock,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
        java.nio.channels.FileChannel view = OutputLock.atPath(lock, own, "mine\n")) {
      assertTrue(view != null && view.isOpen(), "the descriptor that read the token stays open");
    }
  }

  /**
   * Two runs are two JVMs, and the lock is the operating system's, which a process loses when it
   * closes any descriptor of the lock file: reading the token back through a descriptor closed at
   * once let a second process take the directory, delete the first one's temporary files and
   * win (hunt 5, F3). The holder here is a real second process.
   */
  @Test
  void aRunInAnotherProcessKeepsTheDirectoryUntilItIsDone() throws Exception {
    oldReports();
    Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-cp", System.getProperty("java.class.path"), Holder.class.getName(),
        dir.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    try {
      java.io.BufferedReader said = new java.io.BufferedReader(new java.io.InputStreamReader(
          holder.getInputStream(), StandardCharsets.UTF_8));
      assertEquals("locked", said.readLine(), "the other process took the lock");
      Path its = dir.resolve(".articles.csv." + holder.pid() + ".tmp");
      for (int i = 0; i < 2; i++) {
        IOException e = assertThrows(IOException.class, () -> new AtomicFiles(dir).close(),
            "a second run is refused while the first holds the directory");
        assertTrue(e.getMessage().startsWith("another FrameLens run is writing to " + dir),
            e.getMessage());
        assertTrue(Files.exists(its), "the first run's temporary file is left alone");
      }
      holder.getOutputStream().close(); // the first run finishes
      assertTrue(holder.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
      assertEquals(0, holder.exitValue(), "the first run committed its reports");
    } finally {
      holder.destroyForcibly();
    }
    assertEquals("article_id\nfirst run\n", Files.readString(dir.resolve("articles.csv")));
    assertFalse(Files.exists(dir.resolve(AtomicFiles.LOCK)), "its lock file is gone");
    try (AtomicFiles next = new AtomicFiles(dir)) {
      next.commit(); // and the directory is free again
    }
  }

  /** The first run of {@link #aRunInAnotherProcessKeepsTheDirectoryUntilItIsDone}. */
  static final class Holder {
    public static void main(String[] args) throws IOException {
      try (AtomicFiles files = new AtomicFiles(Path.of(args[0]),
          java.util.Set.of("articles.csv"))) {
        files.open("articles.csv").write("article_id\nfirst run\n");
        System.out.println("locked");
        System.out.flush();
        System.in.readAllBytes(); // until the test closes our input
        files.commit();
      }
    }
  }

  @Test
  void aRunThatFailsWhileWritingTheHtmlPageLeavesNoTemporaryFile() throws IOException {
    oldReports();
    Map<String, byte[]> before = snapshot();
    String pid = Long.toString(ProcessHandle.current().pid());
    try (CsvReportWriter w = new CsvReportWriter(dir, null, List.of(), false)) {
      // what another process removing this run's files did: report.html's page is then
      // half-written when copying its article part fails
      Files.delete(dir.resolve("." + HtmlReportWriter.FILE + "." + pid + ".part"));
      IOException e = assertThrows(IOException.class,
          () -> w.finish(new org.framelens.pipeline.RunResult(List.of(), 0, 0, 0, List.of())));
      assertTrue(Files.exists(dir.resolve("." + HtmlReportWriter.FILE + "." + pid + ".tmp")),
          "the page was begun: " + e);
    }
    Map<String, byte[]> after = snapshot();
    assertEquals(before.keySet(), after.keySet(), "no temporary or lock file left");
    before.forEach((k, v) -> assertArrayEquals(v, after.get(k), k));
  }
}
