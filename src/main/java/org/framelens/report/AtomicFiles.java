package org.framelens.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a set of report files so that a run killed midway leaves the previous reports
 * intact: each file is written to a temporary file in the same directory and renamed over the
 * old one only when {@link #commit()} is called.
 */
final class AtomicFiles implements AutoCloseable {

  private final Path dir;
  private final List<Path[]> pending = new ArrayList<>(); // {tmp, target}
  /** What writes each file (a {@link BufferedWriter} or a {@link CsvWriter}), closed in order. */
  private final List<java.io.Closeable> writers = new ArrayList<>();
  /** The files under the writers: closed on their own too, as a writer whose flush fails (a
   * full disk) throws from close without closing its file. */
  private final List<java.io.OutputStream> streams = new ArrayList<>();
  private boolean committed;

  AtomicFiles(Path dir) throws IOException {
    this.dir = dir;
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new IOException(dir + " exists and is not a directory");
    }
    try {
      Files.createDirectories(dir);
    } catch (java.nio.file.FileAlreadyExistsException e) {
      throw new IOException("cannot create directory " + dir + ": a file is in the way ("
          + e.getFile() + ")");
    } catch (java.nio.file.AccessDeniedException e) {
      throw new IOException("cannot create directory " + dir + ": permission denied");
    }
    if (!Files.isWritable(dir)) {
      throw new IOException("output directory " + dir + " is not writable");
    }
  }

  BufferedWriter open(String name) throws IOException {
    java.io.OutputStream out = stream(name);
    BufferedWriter w = new BufferedWriter(new java.io.OutputStreamWriter(out,
        StandardCharsets.UTF_8.newEncoder()));
    writers.add(w);
    return w;
  }

  /** A CSV file in the reports' dialect, its header written (see {@link CsvWriter}). */
  CsvWriter csv(String name, boolean raw, String... header) throws IOException {
    CsvWriter w = new CsvWriter(stream(name), raw, header);
    writers.add(w);
    return w;
  }

  /** The temporary file for {@code name}, registered to be moved into place or deleted. */
  private java.io.OutputStream stream(String name) throws IOException {
    Path target = dir.resolve(name);
    Path tmp = dir.resolve("." + name + "." + ProcessHandle.current().pid() + ".tmp");
    java.io.OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
    pending.add(new Path[] {tmp, target});
    streams.add(out);
    return out;
  }

  /** Closes every file and moves each into place. */
  void commit() throws IOException {
    for (java.io.Closeable w : writers) {
      w.close();
    }
    for (Path[] p : pending) {
      try {
        Files.move(p[0], p[1], StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(p[0], p[1], StandardCopyOption.REPLACE_EXISTING);
      }
    }
    committed = true;
  }

  /** Without a commit: deletes the temporary files, leaving old reports as they were. */
  @Override
  public void close() {
    if (committed) {
      return;
    }
    for (java.io.Closeable w : writers) {
      try {
        w.close();
      } catch (IOException ignored) {
        // already failing; the temporary file is deleted below
      }
    }
    for (java.io.OutputStream out : streams) {
      try {
        out.close();
      } catch (IOException ignored) {
        // closing twice is harmless; this one only matters when the writer's close failed
      }
    }
    for (Path[] p : pending) {
      try {
        Files.deleteIfExists(p[0]);
      } catch (IOException ignored) {
        // best effort
      }
    }
  }
}
