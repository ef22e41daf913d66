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
 * old one only when {@link #commit()} is called. While it writes, it holds the directory's lock
 * ({@link OutputLock}), so two runs cannot mix their files. Used for the reports of {@code analyze} and the worksheets
 * of {@code exercise}.
 */
public final class AtomicFiles implements AutoCloseable {

  private final Path dir;
  /** The names of the files this kind of run writes (whose stale temporary files are removed). */
  private final java.util.Set<String> names;
  private final List<Path[]> pending = new ArrayList<>(); // {tmp, target}
  /** What writes each file (a {@link BufferedWriter} or a {@link CsvWriter}), closed in order. */
  private final List<java.io.Closeable> writers = new ArrayList<>();
  /** The files under the writers: closed on their own too, as a writer whose flush fails (a
   * full disk) throws from close without closing its file. */
  private final List<java.io.OutputStream> streams = new ArrayList<>();
  private boolean committed;
  private boolean closed;
  private final OutputLock lock;

  AtomicFiles(Path dir) throws IOException {
    this(dir, OURS);
  }

  /**
   * Starts writing files named among {@code names} into {@code dir} (created when missing):
   * takes its lock and removes temporary files of those names that killed runs left.
   */
  public AtomicFiles(Path dir, java.util.Set<String> names) throws IOException {
    this(OutputLock.take(dir, names), names);
  }

  /**
   * Starts writing files named among {@code names} into the directory of {@code lock}, taken
   * earlier by the command (before its expensive work). The lock is let go when the files are
   * committed or this writer is closed.
   */
  public AtomicFiles(OutputLock lock, java.util.Set<String> names) throws IOException {
    if (!lock.held()) {
      throw new IllegalStateException("the lock of " + lock.dir() + " was already let go");
    }
    this.dir = lock.dir();
    this.names = java.util.Set.copyOf(names);
    this.lock = lock;
    lock.attach(this);
  }

  /** The report names whose temporary files ({@code .NAME.PID.tmp} or {@code .part}) are ours. */
  static final java.util.Set<String> OURS;

  static {
    java.util.Set<String> names = new java.util.HashSet<>(CsvReportWriter.FILES);
    names.add("axes");
    OURS = java.util.Set.copyOf(names);
  }

  /**
   * Run when the JVM is stopped before the reports are committed (Ctrl-C, {@code kill}, through
   * {@link OutputLock}'s shutdown hook, which then lets the lock go): removes this process's
   * temporary files in the directory; false when the reports were already done. Waits for a
   * commit under way, so that a stop during the renames still leaves a whole set of reports.
   */
  synchronized boolean abandon() {
    if (committed || closed) {
      return false;
    }
    closed = true;
    removeOwn(null);
    return true;
  }

  /**
   * Removes this process's temporary files in the directory ({@code .NAME.PID.tmp} or
   * {@code .part}): those of {@code names}, or all of them when null. Besides the files this
   * writer opened, they are those the report writers keep on their own ({@code report.html}'s
   * page and part file, the axes' part file), which a failed run would otherwise leave behind.
   */
  private void removeOwn(java.util.Set<String> names) {
    String self = Long.toString(ProcessHandle.current().pid());
    try (java.nio.file.DirectoryStream<Path> ds = Files.newDirectoryStream(dir, ".*")) {
      for (Path p : ds) {
        java.util.regex.Matcher m = OutputLock.TEMPORARY.matcher(p.getFileName().toString());
        if (m.matches() && m.group(2).equals(self)
            && (names == null || names.contains(m.group(1)))) {
          Files.deleteIfExists(p);
        }
      }
    } catch (IOException | SecurityException ignored) {
      // best effort
    }
  }

  /** The lock file in an output directory, there while a run writes there. */
  static final String LOCK = OutputLock.FILE;

  /** A text file (UTF-8), written to a temporary file until {@link #commit}. */
  public BufferedWriter open(String name) throws IOException {
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
  public synchronized void commit() throws IOException {
    if (closed) {
      throw new IOException("the run was stopped before its files were moved into place");
    }
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
    lock.close();
  }

  /** Without a commit: deletes the temporary files, leaving old reports as they were. */
  @Override
  public synchronized void close() {
    if (committed) {
      return;
    }
    closed = true;
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
    removeOwn(names);
    lock.close();
  }
}
