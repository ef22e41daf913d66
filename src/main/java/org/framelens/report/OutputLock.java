package org.framelens.report;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lock of an output directory: one run at a time writes there. A command takes it before its
 * expensive work (loading the word vectors, reading the inputs), so that a second run with the
 * same {@code --out} is refused at once, and hands it to the {@link AtomicFiles} that writes the
 * reports, which lets it go once they are in place.
 *
 * <p>The lock is the operating system's, on the hidden file {@code .framelens.lock}: a run killed
 * outright ({@code kill -9}, a crash, power loss) loses it with its process, so a lock file left
 * behind never blocks a run; the next run that locks the directory removes it when it is done,
 * with the temporary report files such a run left. A run stopped with Ctrl-C or {@code kill}
 * removes its temporary files and the lock file itself (a shutdown hook).
 */
public final class OutputLock implements AutoCloseable {

  /** The lock file in an output directory, there while a run writes there. */
  static final String FILE = ".framelens.lock";

  /** A temporary file of a report: {@code .NAME.PID.tmp} or {@code .NAME.PID.part}. */
  static final Pattern TEMPORARY = Pattern.compile("\\.(.+)\\.([0-9]+)\\.(tmp|part)");

  private final Path dir;
  /** The directories this run made to hold {@code dir}, deepest first: removed when empty. */
  private List<Path> created = List.of();
  private Held held;
  /** The writers whose temporary files go when the JVM is stopped before they are committed. */
  private final List<AtomicFiles> writers = new CopyOnWriteArrayList<>();
  private final Thread onExit;

  /** Registers the shutdown hook first, so that a stop while the lock is taken is caught too. */
  private OutputLock(Path dir) {
    this.dir = dir;
    this.onExit = ExitHooks.add("framelens-release-output", this::stopped);
  }

  /**
   * Takes the lock of {@code dir}, creating it when missing, and removes the temporary files of
   * {@code names} that runs killed outright left there.
   *
   * @throws IOException naming {@code dir}: it is a file, cannot be created or written, or
   *                     another run holds it ("another FrameLens run is writing to DIR; ...")
   */
  public static OutputLock take(Path dir, Set<String> names) throws IOException {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new IOException(dir + " exists and is not a directory");
    }
    OutputLock taking = new OutputLock(dir);
    boolean taken = false;
    // held while the directory and lock file are made: a shutdown hook waits for it, and then
    // finds everything this run made recorded (a Ctrl-C here left the lock file behind)
    synchronized (taking) {
      try {
        List<Path> made = new ArrayList<>();
        for (Path p = dir.toAbsolutePath(); p != null && Files.notExists(p); p = p.getParent()) {
          made.add(p);
        }
        taking.created = List.copyOf(made);
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
        taking.held = lock(dir);
        removeStale(dir, names);
        taken = true;
        return taking;
      } finally {
        if (!taken) {
          taking.close();
        }
      }
    }
  }

  /** The directory locked. */
  public Path dir() {
    return dir;
  }

  /** Whether the lock is still held (not yet released). */
  synchronized boolean held() {
    return held != null;
  }

  /** A writer whose temporary files go if the JVM is stopped while the lock is held. */
  void attach(AtomicFiles files) {
    writers.add(files);
  }

  /**
   * Lets the lock go and removes its file; returns whether it was held. The lock stays with the
   * process until then, even if a writer fails.
   */
  synchronized boolean release() {
    if (held == null) {
      return false;
    }
    Held h = held;
    held = null;
    try {
      Files.deleteIfExists(dir.resolve(FILE));
    } catch (IOException ignored) {
      // an empty hidden file left behind; the next run locks it as well
    }
    try {
      h.lock().release();
      h.lock().channel().close();
    } catch (IOException ignored) {
      // the lock goes with the process anyway
    }
    if (h.view() != null) {
      try {
        h.view().close(); // only now: closing it earlier would have let the lock go
      } catch (IOException ignored) {
        // as above
      }
    }
    return true;
  }

  /**
   * Releases the lock (if a writer has not) and removes the directories this run created, if they
   * are empty: a run that stops before writing anything leaves no trace.
   */
  @Override
  public void close() {
    release();
    removeEmpty(created());
    ExitHooks.remove(onExit);
  }

  private synchronized List<Path> created() {
    return created;
  }

  /**
   * Run when the JVM is stopped (Ctrl-C, {@code kill}) while the lock is held: each writer removes
   * its temporary files (waiting for a commit under way, so that a stop during the renames still
   * leaves a whole set of reports), then the lock goes. Not synchronized on this lock while the
   * writers run: a commit holds its writer and then releases this lock.
   */
  void stopped() {
    synchronized (this) {
      // until take() is done: then what it made is known
    }
    boolean abandoned = false;
    for (AtomicFiles w : writers) {
      abandoned |= w.abandon();
    }
    boolean wasHeld = release();
    removeEmpty(created());
    if (abandoned || wasHeld) {
      System.err.println(Files.exists(dir)
          ? "framelens: stopped before the reports were written; earlier reports in " + dir
              + " were left as they were."
          : "framelens: stopped before anything was written to " + dir + ".");
    }
  }

  private static void removeEmpty(List<Path> dirs) {
    for (Path d : dirs) {
      try {
        Files.deleteIfExists(d);
      } catch (IOException | SecurityException e) {
        return; // not empty (or not ours to remove): neither are its parents
      }
    }
  }

  /**
   * Removes the temporary report files of {@code names} that runs killed outright (which cannot
   * clean up) left in {@code dir}, whatever their process id (a container often gives each run the
   * same one). Only called with the lock just taken, before this run writes anything there.
   */
  private static void removeStale(Path dir, Set<String> names) {
    try (java.nio.file.DirectoryStream<Path> ds = Files.newDirectoryStream(dir, ".*")) {
      for (Path p : ds) {
        Matcher m = TEMPORARY.matcher(p.getFileName().toString());
        if (m.matches() && names.contains(m.group(1))
            && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          Files.deleteIfExists(p);
        }
      }
    } catch (IOException | SecurityException ignored) {
      // best effort: a file left behind is hidden and harmless
    }
  }

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
   *
   * <p>The file is opened without following a symbolic link: the lock truncates and writes its
   * file, and a link of that name must not lead it to another file.
   */
  private static Held lock(Path dir) throws IOException {
    Path file = dir.resolve(FILE);
    String token = token();
    for (int attempt = 0; attempt < 16; attempt++) {
      FileChannel channel;
      try {
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
            LinkOption.NOFOLLOW_LINKS);
      } catch (java.nio.file.NoSuchFileException e) {
        Files.createDirectories(dir); // a run that stopped removed its empty directory: again
        continue;
      } catch (java.nio.file.AccessDeniedException e) {
        if (!removeIfStale(file)) {
          throw new IOException("another FrameLens run is writing to " + dir
              + "; wait for it to finish or choose another output directory");
        }
        continue;
      } catch (IOException e) { // ELOOP comes as a plain IOException
        if (Files.isSymbolicLink(file) || Files.isDirectory(file)) {
          throw new IOException(file + " is not FrameLens's lock file (it is a "
              + (Files.isSymbolicLink(file) ? "symbolic link" : "directory")
              + "); remove it or choose another output directory");
        }
        throw e;
      }
      FileLock lock = null;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null; // this JVM already writes there
      } finally {
        if (lock == null) {
          channel.close();
        }
      }
      if (lock == null) {
        throw new IOException("another FrameLens run is writing to " + dir
            + "; wait for it to finish or choose another output directory");
      }
      FileChannel view;
      try {
        view = atPath(file, channel, token);
      } catch (IOException e) {
        // the token cannot be written (a full disk): keep the lock; the run's own writes will
        // fail there and say why, and the lock file goes with them
        return new Held(lock, null);
      }
      if (view != null) {
        return new Held(lock, view);
      }
      lock.release(); // the file was removed under us: lock the one at the path now
      channel.close();
    }
    throw new IOException("cannot take the lock of " + dir + ": its lock file keeps changing");
  }

  /**
   * A lock file this process may not write (left by a run of another user, in a folder both
   * write to): removed when no run holds it, as such a run's lock would keep a shared lock out;
   * false when one does. Any other error (a folder where files cannot be removed) is thrown.
   */
  private static boolean removeIfStale(Path file) throws IOException {
    try (FileChannel read = FileChannel.open(file, StandardOpenOption.READ,
        LinkOption.NOFOLLOW_LINKS)) {
      FileLock probe;
      try {
        probe = read.tryLock(0, Long.MAX_VALUE, true);
      } catch (OverlappingFileLockException e) {
        return false;
      }
      if (probe == null) {
        return false;
      }
      probe.release();
    } catch (java.nio.file.NoSuchFileException e) {
      return true; // gone meanwhile
    } catch (java.nio.file.AccessDeniedException e) {
      throw otherUsers(file);
    }
    try {
      Files.deleteIfExists(file);
    } catch (java.nio.file.AccessDeniedException e) {
      throw otherUsers(file);
    }
    return true;
  }

  private static IOException otherUsers(Path file) {
    return new IOException(file + " belongs to a run of another user and this one may not "
        + "use or remove it (permission denied); if no FrameLens run is going, ask them to "
        + "remove it, or choose another output directory");
  }

  /**
   * What the lock file says: this run's token (its process, a time and a thread, so that it is
   * told from any other run's) and, for whoever finds the file, what it means.
   */
  private static String token() {
    return "FrameLens run " + ProcessHandle.current().pid() + " (" + System.nanoTime() + "/"
        + Thread.currentThread().getId() + ") is writing to this folder.\n"
        + "If no FrameLens run is going, this file was left by one that was killed outright "
        + "(kill -9, a crash, power loss).\nIt is harmless: the next run here removes it, with "
        + "any hidden .NAME.PID.tmp or .part files it left.\n";
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
      view = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
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
}
