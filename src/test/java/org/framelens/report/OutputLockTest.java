package org.framelens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lock of an output directory, taken by a command before its expensive work: what it leaves
 * behind when its run stops at that point, and lock files it must neither trust nor follow.
 */
class OutputLockTest {

  @TempDir
  Path tmp;

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aRunThatStopsBeforeWritingLeavesNoFolderItMadeAndKeepsOneThatWasThere()
      throws IOException {
    Path made = tmp.resolve("new").resolve("reports");
    try (OutputLock lock = OutputLock.take(made, AtomicFiles.OURS)) {
      assertEquals(List.of(OutputLock.FILE), names(made));
    }
    assertFalse(Files.exists(tmp.resolve("new")), "the folder and the parent it made are gone");

    Path there = Files.createDirectories(tmp.resolve("there"));
    try (OutputLock lock = OutputLock.take(there, AtomicFiles.OURS)) {
      assertTrue(lock.held());
    }
    assertEquals(List.of(), names(there), "a folder that was there stays, without the lock file");
  }

  @Test
  void aLinkInPlaceOfTheLockFileIsNotFollowed() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("reports"));
    Path precious = tmp.resolve("precious.txt");
    Files.writeString(precious, "not to be truncated\n");
    Files.createSymbolicLink(dir.resolve(OutputLock.FILE), precious);

    IOException e = assertThrows(IOException.class,
        () -> OutputLock.take(dir, AtomicFiles.OURS).close());

    assertEquals(dir.resolve(OutputLock.FILE) + " is not FrameLens's lock file (it is a symbolic "
        + "link); remove it or choose another output directory", e.getMessage());
    assertEquals("not to be truncated\n", Files.readString(precious));
  }

  /**
   * A run stopped (Ctrl-C, {@code kill}) while it holds only the lock, loading the model or
   * reading its inputs: its shutdown hook removes the lock file and the folder it made.
   */
  @Test
  void aRunStoppedWhileHoldingOnlyTheLockRemovesItsLockFileAndItsFolder() throws Exception {
    Path dir = tmp.resolve("made").resolve("reports");
    Path err = tmp.resolve("holder.err");
    Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-cp", System.getProperty("java.class.path"), Holder.class.getName(),
        dir.toString()).redirectError(err.toFile()).start();
    try {
      assertEquals("locked", new BufferedReader(new InputStreamReader(holder.getInputStream(),
          StandardCharsets.UTF_8)).readLine());
      assertEquals(List.of(OutputLock.FILE), names(dir));
      holder.destroy(); // SIGTERM
      assertTrue(holder.waitFor(60, TimeUnit.SECONDS));
    } finally {
      holder.destroyForcibly();
    }
    assertFalse(Files.exists(tmp.resolve("made")), "nothing is left: " + Files.readString(err));
    assertEquals("framelens: stopped before anything was written to " + dir + ".",
        Files.readString(err).strip());
  }

  /** Holds the lock of a directory, as a command loading its model, until it is stopped. */
  static final class Holder {
    public static void main(String[] args) throws Exception {
      try (OutputLock lock = OutputLock.take(Path.of(args[0]), Set.of("articles.csv"))) {
        System.out.println("locked");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
      }
    }
  }
}
