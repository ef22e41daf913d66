package org.framelens.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.framelens.exercise.ExerciseWriter;
import org.framelens.report.CsvReportWriter;
import org.framelens.report.OutputLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output directory under concurrent and stopped runs, with real second processes: a run is
 * refused at once while another holds the directory (before it loads the word vectors), and a
 * run killed midway ({@code kill -9}) or stopped ({@code kill}, Ctrl-C) leaves the earlier
 * reports byte for byte as they were. No timing: the stopped run is held midway by its own
 * progress bar (its stderr blocks at the first redraw, after the first article was written to
 * the temporary reports and long before they are moved into place), and the holder of a lock
 * says when it holds it.
 */
class StoppedRunTest {

  @TempDir
  Path tmp;

  private static final String LOCKED = "another FrameLens run is writing to %s; wait for it to "
      + "finish or choose another output directory";

  /** Every file in {@code dir}, hidden ones too, with its bytes. */
  private static Map<String, byte[]> snapshot(Path dir) throws IOException {
    Map<String, byte[]> m = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.toList()) {
        m.put(p.getFileName().toString(), Files.readAllBytes(p));
      }
    }
    return m;
  }

  private static void assertSame(Map<String, byte[]> before, Map<String, byte[]> after) {
    assertEquals(before.keySet(), after.keySet(), "the same files, no temporary or lock file");
    before.forEach((f, bytes) -> assertArrayEquals(bytes, after.get(f), f + " is byte-identical"));
  }

  /** {@code n} short articles in a new folder {@code name}. */
  private Path corpus(String name, int n) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve(name));
    for (int i = 0; i < n; i++) {
      Files.writeString(dir.resolve(String.format("a%03d.txt", i)), "Harbour story " + i
          + "\n\nOfficials said the harbour reopened on Monday after talks " + i + ". Critics "
          + "called the deal a shameful surrender, according to a local paper.\n");
    }
    return dir;
  }

  /** A second JVM running {@code main} of {@code type} with {@code args}, stderr to a file. */
  private Process start(Class<?> type, Path stderr, String... args) throws IOException {
    List<String> cmd = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), type.getName()));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).redirectError(stderr.toFile()).start();
  }

  /** The first line the process prints on stdout (it says "midway" or "locked"). */
  private static String said(Process p) throws IOException {
    return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))
        .readLine();
  }

  /** Earlier reports in {@code out}, from a first corpus: what a stopped run must keep. */
  private Map<String, byte[]> earlierReports(Path out) throws IOException {
    CliRun.Result first = CliRun.run("analyze", "-q", "--no-embeddings",
        corpus("first", 2).toString(), "--out", out.toString());
    assertEquals(ExitCodes.OK, first.code(), first.err());
    Map<String, byte[]> before = snapshot(out);
    assertTrue(before.containsKey("sentences.csv") && before.containsKey("report.html"),
        before.keySet().toString());
    return before;
  }

  @Test
  void aRunKilledMidwayLeavesTheEarlierReportsAndTheNextRunClearsWhatItLeft() throws Exception {
    Path out = tmp.resolve("reports");
    Map<String, byte[]> before = earlierReports(out);
    Path second = corpus("second", 30);
    Process run = start(HeldMidway.class, tmp.resolve("killed.err"), "analyze", "--progress",
        "--no-embeddings", "--threads", "1", second.toString(), "--out", out.toString());
    try {
      assertEquals("midway", said(run), "the run got as far as its first article");
      String pid = Long.toString(run.pid());
      assertTrue(Files.exists(out.resolve(".sentences.csv." + pid + ".tmp")),
          "the new reports are being written: " + snapshot(out).keySet());
      run.destroyForcibly(); // SIGKILL: no shutdown hook runs
      assertTrue(run.waitFor(60, TimeUnit.SECONDS));
    } finally {
      run.destroyForcibly();
    }

    Map<String, byte[]> after = snapshot(out);
    before.forEach((f, bytes) -> assertArrayEquals(bytes, after.get(f), f + " is byte-identical"));
    assertTrue(after.containsKey(".framelens.lock"), "a run killed outright leaves its lock file");
    String note = new String(after.get(".framelens.lock"), StandardCharsets.UTF_8);
    assertTrue(note.startsWith("FrameLens run " + run.pid() + " ") && note.contains("harmless"),
        "the lock file says what it is: " + note);
    assertTrue(after.keySet().stream().anyMatch(f -> f.endsWith("." + run.pid() + ".tmp")),
        "and its temporary reports: " + after.keySet());

    CliRun.Result next = CliRun.run("analyze", "-q", "--no-embeddings", second.toString(),
        "--out", out.toString());
    assertEquals(ExitCodes.OK, next.code(), "the left lock file blocks nothing: " + next.err());
    assertEquals(before.keySet(), snapshot(out).keySet(),
        "the next run removed the lock file and temporary files the killed run left");
    assertEquals(31, Files.readAllLines(out.resolve("articles.csv")).size(),
        "and wrote its own reports (a header and 30 articles)");
  }

  @Test
  void aRunStoppedWithKillRemovesItsFilesAndLeavesTheEarlierReports() throws Exception {
    Path out = tmp.resolve("reports");
    Map<String, byte[]> before = earlierReports(out);
    Path err = tmp.resolve("stopped.err");
    Process run = start(HeldMidway.class, err, "analyze", "--progress", "--no-embeddings",
        "--threads", "1", corpus("second", 30).toString(), "--out", out.toString());
    try {
      assertEquals("midway", said(run));
      assertTrue(Files.exists(out.resolve(".framelens.lock")));
      run.destroy(); // SIGTERM, as kill or a stopped job: the JVM runs its shutdown hooks
      assertTrue(run.waitFor(60, TimeUnit.SECONDS));
      assertEquals(143, run.exitValue(), "stopped by the signal");
    } finally {
      run.destroyForcibly();
    }
    assertSame(before, snapshot(out));
    assertTrue(Files.readString(err).contains("framelens: stopped before the reports were "
        + "written; earlier reports in " + out + " were left as they were."), Files.readString(err));
  }

  @Test
  void aSecondAnalyzeIsRefusedBeforeItLoadsTheModel() throws Exception {
    Path out = tmp.resolve("reports");
    Map<String, byte[]> before = earlierReports(out);
    Process holder = start(HoldsTheLock.class, tmp.resolve("holder.err"), "analyze",
        out.toString());
    try {
      assertEquals("locked", said(holder));
      Map<String, byte[]> held = snapshot(out);
      // a model that does not exist: loading it would end the run with exit 5, so exit 4 with the
      // lock's message shows the run was refused before it tried
      CliRun.Result r = CliRun.run("analyze", "--model", tmp.resolve("no-model").toString(),
          corpus("second", 2).toString(), "--out", out.toString());
      assertEquals(ExitCodes.CANNOT_WRITE, r.code(), r.err());
      assertEquals(List.of("framelens: cannot write reports to " + out + ": "
          + String.format(LOCKED, out), "Earlier reports in " + out + " were left as they were."),
          r.errLines());
      assertSame(held, snapshot(out));
    } finally {
      holder.getOutputStream().close();
      assertTrue(holder.waitFor(60, TimeUnit.SECONDS));
      holder.destroyForcibly();
    }
    assertSame(before, snapshot(out));
  }

  @Test
  void aSecondExerciseIsRefusedBeforeItLoadsTheModel() throws Exception {
    Path out = tmp.resolve("exercise");
    CliRun.Result first = CliRun.run("exercise", "-q", "--no-embeddings", "seeds", "--out",
        out.toString());
    assertEquals(ExitCodes.OK, first.code(), first.err());
    Map<String, byte[]> before = snapshot(out);
    Process holder = start(HoldsTheLock.class, tmp.resolve("holder.err"), "exercise",
        out.toString());
    try {
      assertEquals("locked", said(holder));
      CliRun.Result r = CliRun.run("exercise", "--model", tmp.resolve("no-model").toString(),
          "seeds", "--out", out.toString());
      assertEquals(ExitCodes.CANNOT_WRITE, r.code(), r.err());
      assertEquals(List.of("framelens: cannot write the exercise to " + out + ": "
          + String.format(LOCKED, out), "Earlier files in " + out + " were left as they were."),
          r.errLines());
    } finally {
      holder.getOutputStream().close();
      assertTrue(holder.waitFor(60, TimeUnit.SECONDS));
      holder.destroyForcibly();
    }
    assertSame(before, snapshot(out));
  }

  @Test
  void anExerciseRunClearsWhatAKilledRunLeftAndARunThatWritesNothingLeavesNoFolder()
      throws Exception {
    Path out = tmp.resolve("exercise");
    Process holder = start(HoldsTheLock.class, tmp.resolve("holder.err"), "exercise",
        out.toString());
    try {
      assertEquals("locked", said(holder));
      Files.writeString(out.resolve(".worksheet.html." + holder.pid() + ".tmp"), "half");
      holder.destroyForcibly();
      assertTrue(holder.waitFor(60, TimeUnit.SECONDS));
    } finally {
      holder.destroyForcibly();
    }
    assertEquals(List.of(".framelens.lock", ".worksheet.html." + holder.pid() + ".tmp"),
        List.copyOf(snapshot(out).keySet()));
    CliRun.Result r = CliRun.run("exercise", "-q", "--no-embeddings", "seeds", "--out",
        out.toString());
    assertEquals(ExitCodes.OK, r.code(), r.err());
    assertEquals(List.of("answers.html", "exercise.csv", "worksheet.html"),
        List.copyOf(snapshot(out).keySet()));

    // a run that finds nothing to write (no article) leaves no folder it made for nothing
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    Path none = tmp.resolve("new").resolve("exercise");
    CliRun.Result nothing = CliRun.run("exercise", "-q", "--no-embeddings", empty.toString(),
        "--out", none.toString());
    assertEquals(ExitCodes.NOTHING_READ, nothing.code(), nothing.err());
    assertFalse(Files.exists(tmp.resolve("new")), "neither the folder nor its parent is left");
  }

  /**
   * Runs the command line in this process, as {@code Main.main} does, with a stderr that stops
   * the run at the progress bar's first redraw and says "midway" on stdout: the reports are then
   * being written (the first article is in them), and are not moved into place before the run
   * ends, so it can be stopped there without any timing.
   */
  static final class HeldMidway {
    public static void main(String[] args) {
      OutputStream gate = new OutputStream() {
        @Override
        public void write(int b) {
          write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
          if (new String(b, off, len, StandardCharsets.UTF_8).contains("framelens: [")) {
            System.out.println("midway");
            System.out.flush();
            while (true) {
              try {
                Thread.sleep(60_000);
              } catch (InterruptedException e) {
                // held until the test stops the process
              }
            }
          }
          System.err.write(b, off, len);
        }
      };
      PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
      PrintWriter err = new PrintWriter(new OutputStreamWriter(gate, StandardCharsets.UTF_8),
          true);
      int code = Main.forArgs(out, err, args).execute(args);
      System.out.println("finished " + code); // never reached before the test stops it
      System.exit(code);
    }
  }

  /**
   * Holds the lock of an output directory ({@code analyze} or {@code exercise}, then the
   * directory) as a run does from before it loads the model, says "locked", and lets it go when
   * its stdin closes.
   */
  static final class HoldsTheLock {
    public static void main(String[] args) throws IOException {
      Path dir = Path.of(args[1]);
      try (OutputLock lock = args[0].equals("analyze") ? CsvReportWriter.lock(dir)
          : ExerciseWriter.lock(dir)) {
        System.out.println("locked");
        System.out.flush();
        System.in.readAllBytes();
      }
    }
  }
}
