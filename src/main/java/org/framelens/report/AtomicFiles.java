package org.framelens.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
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
 * old one only when {@link #commit()} is called. While it writes, it holds the directory's lock,
 * so two runs cannot mix their files. Used for the reports of {@code analyze} and the worksheets
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
  private final Held lock;

  AtomicFiles(Path dir) throws IOException {
    this(dir, OURS);
  }

  /**
   * Starts writing files named among {@code names} into {@code dir} (created when missing):
   * takes its lock and removes temporary files of those names that killed runs left.
   */
  public AtomicFiles(Path dir, java.util.Set<String> names) throws IOException {
    this.dir = dir;
    this.names = java.util.Set.copyOf(names);
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
    lock = lock(dir);
    removeStale(dir, this.names);
    onExit = ExitHooks.add("framelens-abandon-reports", () -> {
      if (abandon()) {
        System.err.println("framelens: stopped before the reports were written; earlier reports "
            + "in " + dir + " were left as they were.");
      }
    });
  }

  /** The report names whose temporary files ({@code .NAME.PID.tmp} or {@code .part}) are ours. */
  private static final java.util.Set<String> OURS;

  static {
    java.util.Set<String> names = new java.util.HashSet<>(CsvReportWriter.FILES);
    names.add("axes");
    OURS = java.util.Set.copyOf(names);
  }

  /** A temporary file of a report: {@code .NAME.PID.tmp} or {@code .NAME.PID.part}. */
  private static final java.util.regex.Pattern TEMPORARY =
      java.util.regex.Pattern.compile("\\.(.+)\\.([0-9]+)\\.(tmp|part)");

  /**
   * Removes the temporary report files that runs killed outright (which cannot clean up) left in
   * {@code dir}. Only called with the directory's lock held, so no other run is writing them.
   */
  private static void removeStale(Path dir, java.util.Set<String> names) {
    String self = Long.toString(ProcessHandle.current().pid());
    try (java.nio.file.DirectoryStream<Path> ds = Files.newDirectoryStream(dir, ".*")) {
      for (Path p : ds) {
        java.util.regex.Matcher m = TEMPORARY.matcher(p.getFileName().toString());
        if (m.matches() && names.contains(m.group(1)) && !m.group(2).equals(self)
            && Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          Files.deleteIfExists(p);
        }
      }
    } catch (IOException | SecurityException ignored) {
      // best effort: a file left behind is hidden and harmless
    }
  }

  /** The shutdown hook that calls {@link #abandon}, until the reports are committed or closed. */
  private final Thread onExit;

  /**
   * Run when the JVM is stopped before the reports are committed (Ctrl-C, {@code kill}): removes
   * this process's temporary files in the directory and the lock file; false when the reports
   * were already done. Waits for a commit under way, so that a stop during the renames still
   * leaves a whole set of reports.
   */
  synchronized boolean abandon() {
    if (committed || !lock.lock().isValid()) {
      return false;
    }
    removeOwn(null);
    unlock();
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
        java.util.regex.Matcher m = TEMPORARY.matcher(p.getFileName().toString());
        if (m.matches() && m.group(2).equals(self)
            && (names == null || names.contains(m.group(1)))) {
          Files.deleteIfExists(p);
        }
      }
    } catch (IOException | SecurityException ignored) {
      // best effort
    }
  }

  private void forgetExitHook() {
    ExitHooks.remove(onExit);
  }

  /** The lock file in an output directory, there while a run writes there. */
  static final String LOCK = ".framelens.lock";

  /**
   * Takes the output directory's lock, so that two runs writing to one directory at once cannot
   * leave a mix of their reports (each renames its files into place one by one). The lock is the
   * operating system's, so a killed run's lock goes with it; the file is removed when the run is
   * done, so that nothing is left behind. Because it is removed, a run that opened the file just
   * before another removed it could lock the removed file while a third run locks a new one; so
   * after locking, a run writes its own token into the file and reads it back through the path:
   * if the path holds another file, its lock was on a removed file, and it tries again.
   *
   * <p>The operating system's lock belongs to the process and goes when the process closes
   * <em>any</em> descriptor of the file (POSIX {@code fcntl} locks): so the descriptor that read
   * the token back stays open as long as the lock is held ({@link Held#view}). Reading it with
   * {@code Files.readString} and closing it at once released the lock, and a second run in
   * another process then took the directory, removed the first run's files and won.
   */
  private static Held lock(Path dir) throws IOException {
    Path file = dir.resolve(LOCK);
    String token = ProcessHandle.current().pid() + " " + System.nanoTime() + " "
        + Thread.currentThread().getId() + "\n";
    for (int attempt = 0; attempt < 16; attempt++) {
      FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
          StandardOpenOption.WRITE);
      FileLock held = null;
      try {
        held = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        held = null; // this JVM already writes there
      } finally {
        if (held == null) {
          channel.close();
        }
      }
      if (held == null) {
        throw new IOException("another FrameLens run is writing to " + dir
            + "; wait for it to finish or choose another output directory");
      }
      FileChannel view;
      try {
        view = atPath(file, channel, token);
      } catch (IOException e) {
        // the token cannot be written (a full disk): keep the lock; the run's own writes will
        // fail there and say why, and the lock file goes with them
        return new Held(held, null);
      }
      if (view != null) {
        return new Held(held, view);
      }
      held.release(); // the file was removed under us: lock the one at the path now
      channel.close();
    }
    throw new IOException("cannot take the lock of " + dir + ": its lock file keeps changing");
  }

  /**
   * A held lock and the descriptor that read its token back through the path: closed only after
   * the lock is released, since closing it releases the process's lock on the file.
   */
  private record Held(FileLock lock, FileChannel view) {
  }

  /**
   * Writes {@code token} into the open {@code channel} and reads the file at {@code file} through
   * a new descriptor. When it holds the token (the channel's file is still the one at that path)
   * that descriptor is returned open, and the caller must keep it open while it holds the lock;
   * otherwise null (the path holds another file, or none).
   */
  static FileChannel atPath(Path file, FileChannel channel, String token) throws IOException {
    channel.truncate(0);
    byte[] mine = token.getBytes(StandardCharsets.US_ASCII);
    channel.write(java.nio.ByteBuffer.wrap(mine), 0);
    FileChannel view;
    try {
      view = FileChannel.open(file, StandardOpenOption.READ);
    } catch (java.nio.file.NoSuchFileException e) {
      return null;
    }
    java.nio.ByteBuffer read = java.nio.ByteBuffer.allocate(mine.length + 1);
    try {
      while (read.hasRemaining() && view.read(read) >= 0) {
        // until the token and one more byte, or the end of the file
      }
    } catch (IOException e) {
      return view; // cannot tell: keep it open, as it may be the locked file
    }
    if (java.util.Arrays.equals(java.util.Arrays.copyOf(read.array(), read.position()), mine)) {
      return view;
    }
    view.close(); // another file: closing it does not touch this process's lock
    return null;
  }

  private void unlock() {
    if (!lock.lock().isValid()) {
      return;
    }
    try {
      Files.deleteIfExists(dir.resolve(LOCK));
    } catch (IOException ignored) {
      // an empty hidden file left behind; the next run locks it as well
    }
    try {
      lock.lock().release();
      lock.lock().channel().close();
    } catch (IOException ignored) {
      // the lock goes with the process anyway
    }
    if (lock.view() != null) {
      try {
        lock.view().close(); // only now: closing it earlier would have let the lock go
      } catch (IOException ignored) {
        // as above
      }
    }
  }

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
    unlock();
    forgetExitHook();
  }

  /** Without a commit: deletes the temporary files, leaving old reports as they were. */
  @Override
  public synchronized void close() {
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
    removeOwn(names);
    unlock();
    forgetExitHook();
  }
}
