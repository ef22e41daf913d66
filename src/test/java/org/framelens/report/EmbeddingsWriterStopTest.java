package org.framelens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --embeddings} when the JVM is stopped (Ctrl-C, kill) before the vectors are written. */
class EmbeddingsWriterStopTest {

  @TempDir
  Path dir;

  private List<String> names() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aStopRemovesTheTemporaryFilesAndNothingIsMovedIntoPlace() throws IOException {
    Path npy = dir.resolve("v.npy");
    try (EmbeddingsWriter w = new EmbeddingsWriter(npy, 4)) {
      assertEquals(2, names().size(), "two temporary files while writing: " + names());
      w.abandon(); // what the shutdown hook does
      assertEquals(List.of(), names());
      IOException e = assertThrows(IOException.class, w::finish);
      assertTrue(e.getMessage().startsWith("stopped before"), e.getMessage());
    }
    assertEquals(List.of(), names(), "no v.npy or v.index.csv from a stopped run");
  }

  @Test
  void afterFinishAStopChangesNothing() throws IOException {
    Path npy = dir.resolve("v.npy");
    try (EmbeddingsWriter w = new EmbeddingsWriter(npy, 4)) {
      w.finish();
      w.abandon();
    }
    assertEquals(List.of("v.index.csv", "v.npy"), names());
  }
}
