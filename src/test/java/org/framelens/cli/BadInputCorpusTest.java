package org.framelens.cli;

import static org.framelens.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVRecord;
import org.framelens.cli.BadInputCorpus.Row;
import org.framelens.cli.CliRun.Result;
import org.framelens.ingest.IngestOptions;
import org.framelens.ingest.Ingestor;
import org.framelens.ingest.InputReport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input corpus (issue 7) end to end: every kind of {@code bad-input/kinds.tsv} is made
 * by {@link BadInputCorpus} and run through {@code analyze}; each file must be in manifest.csv
 * with its status, the message must name the file (and line), the good articles must be read, no
 * stack trace may reach stderr and the exit code must be the documented one.
 */
class BadInputCorpusTest {

  private static final String INTERNAL_ERROR = "framelens: internal error";
  private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

  @TempDir
  Path tmp;

  @Test
  void theSpecListsAtLeastThirtyKindsAndTheGeneratorMakesEveryOne() throws IOException {
    List<Row> rows = BadInputCorpus.rows();
    Set<String> kinds = BadInputCorpus.kinds(rows);
    assertTrue(kinds.size() >= 30, "kinds: " + kinds.size());
    Set<String> runs = Set.of("corpus", "nobody", "huge", "many", "lexicon", "actors", "axes",
        "output");
    for (Row r : rows) {
      assertTrue(runs.contains(r.run()), "unknown run in " + r);
      assertTrue(Set.of("ok", "skipped", "failed", "-").contains(r.status()), r.toString());
      assertTrue(r.file().startsWith(r.kind() + "/"), "a kind's files live in its folder: " + r);
      assertFalse(r.what().isBlank(), r.toString());
    }
    String doc = Files.readString(Path.of(System.getProperty("framelens.home", "."),
        "docs", "BAD-INPUT.md"));
    for (String k : kinds) {
      assertTrue(doc.contains("| `" + k + "` |"), "docs/BAD-INPUT.md lists " + k);
    }
    // the counts the docs quote are the spec's
    String count = kinds.size() + " kinds";
    assertTrue(doc.contains(count + ", " + rows.size() + " files"), "docs/BAD-INPUT.md: " + count);
    Path home = Path.of(System.getProperty("framelens.home", "."));
    assertTrue(Files.readString(home.resolve("README.md")).contains("the " + count),
        "README.md: " + count);
    assertTrue(Files.readString(home.resolve("EVALUATION.md")).contains(count + ", "
        + rows.size() + " files"), "EVALUATION.md: " + count);
    // the generator knows every kind except the big ones, which their own tests make
    Path root = tmp.resolve("all");
    for (String k : kinds) {
      if (!Set.of("long-line-txt", "long-line-jsonl", "many-files").contains(k)) {
        BadInputCorpus.generate(k, root);
        assertTrue(Files.isDirectory(root.resolve(k)), k);
      }
    }
  }

  // ------------------------------------------------------------------ the combined run

  @Test
  void everyKindInOneRunWithWordVectors() throws IOException {
    CliRun.assumeDefaultModel();
    List<Row> rows = BadInputCorpus.rows("corpus");
    Path root = tmp.resolve("corpus");
    for (String k : BadInputCorpus.kinds(rows)) {
      BadInputCorpus.generate(k, root);
    }
    List<String> good = BadInputCorpus.writeGoodArticles(root);
    String missing = root.resolve("missing-path/nowhere.txt").toString();
    Path out = tmp.resolve("reports");

    long t0 = System.nanoTime();
    Result r = run("analyze", "--out", out.toString(), root.toString(), missing);
    long ms = (System.nanoTime() - t0) / 1_000_000;

    assertEquals(ExitCodes.SOME_FAILED, r.code(), r.err());
    CliRun.assertNoStackTrace(r.err(), INTERNAL_ERROR);
    assertTrue(ms < 60_000, "the corpus run took " + ms + " ms");
    Map<String, CSVRecord> manifest = manifest(out);
    checkRows(rows, root, manifest, r.err());

    Set<String> expected = new TreeSet<>();
    rows.forEach(x -> expected.add(root + "/" + x.file()));
    good.forEach(g -> expected.add(root + "/" + g));
    assertEquals(expected, new TreeSet<>(manifest.keySet()),
        "manifest.csv has exactly one row per input file");
    for (String g : good) {
      assertEquals("ok", manifest.get(root + "/" + g).get("status"), g);
      assertEquals("1", manifest.get(root + "/" + g).get("articles"), g);
    }
    List<CSVRecord> articles = CliRun.csvRows(out.resolve("articles.csv"));
    Set<String> titles = new TreeSet<>();
    articles.forEach(a -> titles.add(a.get("title")));
    assertTrue(titles.containsAll(List.of("Harbour Reopens", "Bridge Closes", "Storm Hits Coast",
        "Dam Opens", "Prices in Bavaria", "Talks Resume", "Story 1", "Story 3")), titles.toString());
    int perManifest = manifest.values().stream().mapToInt(m -> Integer.parseInt(m.get("articles")))
        .sum();
    assertEquals(articles.size(), perManifest, "articles.csv and manifest.csv agree");
    String sentences = Files.readString(out.resolve("sentences.csv"));
    assertAll("the scripts and handlers of html-scripts are not text",
        () -> assertFalse(sentences.contains("alert("), sentences),
        () -> assertFalse(sentences.contains("injected text"), sentences),
        () -> assertTrue(sentences.contains("The dam opened on Friday"), sentences),
        () -> assertTrue(sentences.contains("The council met in the town hall"),
            "the deeply nested paragraph is read"));
    assertTrue(Files.readString(out.resolve("report.html")).contains("Dam Opens"));
    assertFalse(Files.readString(out.resolve("report.html")).contains("alert("));
  }

  /** Status, message, line, for each row: from manifest.csv, or the file:line on stderr. */
  private static void checkRows(List<Row> rows, Path root, Map<String, CSVRecord> manifest,
      String err) {
    List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
    for (Row x : rows) {
      String path = root + "/" + x.file();
      checks.add(() -> {
        CSVRecord m = manifest.get(path);
        assertTrue(m != null, "manifest.csv has no row for " + x);
        assertEquals(x.status(), m.get("status"), x.kind() + ": " + m.get("reason"));
        String reason = m.get("reason");
        if (x.message().isEmpty()) {
          assertEquals("", reason, x.kind());
        } else {
          assertTrue(reason.contains(x.message()), x.kind() + ": " + reason);
        }
        if (x.line() > 0) {
          assertTrue(reason.contains("line " + x.line() + ":")
                  || reason.contains("at line " + x.line())
                  || err.contains(path + ":" + x.line() + ": "),
              x.kind() + " names line " + x.line() + ": " + reason);
        }
      });
    }
    assertAll("kinds.tsv rows", checks.stream());
  }

  private static Map<String, CSVRecord> manifest(Path out) throws IOException {
    Map<String, CSVRecord> m = new LinkedHashMap<>();
    for (CSVRecord rec : CliRun.csvRows(out.resolve("manifest.csv"))) {
      assertEquals(null, m.put(rec.get("path"), rec), "duplicate row " + rec.get("path"));
    }
    return m;
  }

  // ------------------------------------------------------------------ configuration files

  @Test
  void lexiconActorsAndAxesErrorsAreUsageErrorsNamingFileAndLine() throws IOException {
    Path good = BadInputCorpus.write(tmp, "in/good.txt", "Harbour Reopens\n\nThe harbour "
        + "reopened on Monday.\n");
    List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
    for (Row x : BadInputCorpus.rows()) {
      String option = switch (x.run()) {
        case "lexicon" -> "--lexicon";
        case "actors" -> "--actors";
        case "axes" -> "--axes";
        default -> null;
      };
      if (option == null) {
        continue;
      }
      BadInputCorpus.generate(x.kind(), tmp);
      Path file = tmp.resolve(x.file());
      Path out = tmp.resolve("out-" + x.kind());
      Result r = run("analyze", "--no-embeddings", option, file.toString(), "--out",
          out.toString(), good.toString());
      checks.add(() -> {
        assertEquals(x.exit(), r.code(), x.kind() + ": " + r.err());
        CliRun.assertNoStackTrace(r.err(), INTERNAL_ERROR);
        assertTrue(r.err().contains(file + ":" + x.line() + ": "), x.kind() + ": " + r.err());
        assertTrue(r.err().contains(x.message()), x.kind() + ": " + r.err());
        assertEquals(1, r.errLines().size(), "one clear line: " + r.err());
        assertFalse(Files.exists(out), "nothing is written on a usage error");
      });
    }
    assertEquals(18, checks.size());
    assertAll("configuration files", checks.stream());
  }

  // ------------------------------------------------------------------ unreadable inputs

  @Test
  void unreadableFilesAndDirectoriesAreFailedAndTheRestIsRead() throws Exception {
    List<Row> rows = BadInputCorpus.rows("nobody");
    Path root = tmp.resolve("corpus");
    for (String k : BadInputCorpus.kinds(rows)) {
      BadInputCorpus.generate(k, root);
    }
    List<String> good = BadInputCorpus.writeGoodArticles(root);
    Path out = tmp.resolve("reports");

    Result r = ROOT ? asNobody(out, List.of("analyze", "--no-embeddings", "--out",
        out.toString(), root.toString()))
        : run("analyze", "--no-embeddings", "--out", out.toString(), root.toString());

    assertEquals(ExitCodes.SOME_FAILED, r.code(), r.err());
    CliRun.assertNoStackTrace(r.err(), INTERNAL_ERROR);
    Map<String, CSVRecord> manifest = manifest(out);
    checkRows(rows, root, manifest, r.err());
    for (String g : good) {
      assertEquals("ok", manifest.get(root + "/" + g).get("status"), g);
    }
    assertEquals(rows.size() + good.size(), manifest.size(), manifest.keySet().toString());
  }

  // ------------------------------------------------------------------ output directory

  @Test
  void readOnlyOutputDirectoryExitsFourAndLeavesTheOldReports() throws Exception {
    Row x = row("output-read-only");
    BadInputCorpus.generate(x.kind(), tmp);
    BadInputCorpus.writeGoodArticles(tmp.resolve("in"));
    Path out = tmp.resolve(x.file());
    Files.writeString(out.resolve("manifest.csv"), "path,format,status\nold report\n");
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
    List<String> args = List.of("analyze", "--no-embeddings", "--out", out.toString(),
        tmp.resolve("in").toString());
    try {
      Result r = ROOT ? asNobody(null, args) : run(args.toArray(String[]::new));

      assertEquals(x.exit(), r.code(), r.err());
      CliRun.assertNoStackTrace(r.err(), INTERNAL_ERROR);
      assertTrue(r.err().contains("framelens: cannot write reports to " + out + ": "), r.err());
      assertTrue(r.err().contains(x.message()), r.err());
      assertEquals("path,format,status\nold report\n", Files.readString(out.resolve("manifest.csv")));
      try (var left = Files.list(out)) {
        assertEquals(List.of("manifest.csv"), left.map(p -> p.getFileName().toString()).toList());
      }
    } finally {
      Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  /**
   * A lock file left in a shared output folder by another user's run, which this user may not
   * write: it blocks nothing once that run is gone (it is removed), and while that run goes on the
   * second run is refused as usual. Needs root, to be two users (the other is nobody).
   */
  @Test
  void aLockFileOfAnotherUsersRunBlocksOnlyWhileThatRunGoesOn() throws Exception {
    Assumptions.assumeTrue(ROOT, "skipped: needs root to run as two users");
    BadInputCorpus.writeGoodArticles(tmp.resolve("in"));
    Path out = Files.createDirectories(tmp.resolve("shared"));
    List<String> args = List.of("analyze", "--no-embeddings", "--out", out.toString(),
        tmp.resolve("in").toString());
    Path lockFile = out.resolve(".framelens.lock");
    Result refused;
    try (var held = org.framelens.report.CsvReportWriter.lock(out)) { // root's run, going on
      new ProcessBuilder("chown", "65534:65534", out.toString()).start().waitFor();
      assertEquals("rw-r--r--", PosixFilePermissions.toString(
          Files.getPosixFilePermissions(lockFile)), "nobody may not write root's lock file");
      refused = asNobody(null, args);
      assertTrue(Files.exists(lockFile), "a held lock file stays");
    }
    assertEquals(ExitCodes.CANNOT_WRITE, refused.code(), refused.err());
    assertTrue(refused.err().startsWith("framelens: cannot write reports to " + out
        + ": another FrameLens run is writing to " + out + ";"), refused.err());

    Files.writeString(lockFile, "FrameLens run 1 (killed) is writing to this folder.\n");
    Files.setPosixFilePermissions(lockFile, PosixFilePermissions.fromString("rw-r--r--"));
    Result r = asNobody(null, args);

    assertEquals(ExitCodes.OK, r.code(), r.err());
    assertFalse(Files.exists(lockFile), "the stale lock file of root's killed run is gone");
    assertTrue(Files.exists(out.resolve("articles.csv")));
  }

  @Test
  void fullOutputFileSystemExitsFourAndLeavesTheOldReports() throws Exception {
    Row x = row("output-full");
    BadInputCorpus.generate(x.kind(), tmp);
    BadInputCorpus.writeGoodArticles(tmp.resolve("in"));
    Path out = tmp.resolve(x.file());
    Assumptions.assumeTrue(ROOT, "skipped: mounting a small tmpfs needs root");
    Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs",
        out.toString()).redirectErrorStream(true).start();
    String why = new String(mount.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    Assumptions.assumeTrue(mount.waitFor() == 0, "skipped: cannot mount a tmpfs: " + why);
    try {
      Files.writeString(out.resolve("manifest.csv"), "path,format,status\nold report\n");
      // fill the file system but for a few kilobytes
      try (var w = Files.newOutputStream(out.resolve("filler"))) {
        byte[] b = new byte[1024];
        for (int i = 0; i < 64; i++) {
          w.write(b);
          w.flush();
        }
      } catch (IOException full) {
        // expected: the file system is full
      }
      // in a new JVM: file handles that fail to flush on a full disk die with it, so that the
      // tmpfs can be unmounted
      Result r = subprocess(false, "-Xmx256m", List.of("analyze", "--no-embeddings", "--out",
          out.toString(), tmp.resolve("in").toString()));

      assertEquals(x.exit(), r.code(), r.err());
      CliRun.assertNoStackTrace(r.err(), INTERNAL_ERROR);
      assertTrue(r.err().contains(x.message() + " " + out + ": "), r.err());
      assertTrue(r.err().contains("Earlier reports in " + out + " were left as they were."),
          r.err());
      assertEquals("path,format,status\nold report\n", Files.readString(out.resolve("manifest.csv")));
      try (var left = Files.list(out)) {
        assertEquals(List.of("filler", "manifest.csv"),
            left.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary files");
      }
    } finally {
      if (new ProcessBuilder("umount", out.toString()).start().waitFor() != 0) {
        new ProcessBuilder("umount", "-l", out.toString()).start().waitFor();
      }
    }
  }

  // ------------------------------------------------------------------ big inputs

  @Test
  void fiftyMegabyteSingleLinesAreReadInBoundedMemory() throws Exception {
    List<Row> rows = BadInputCorpus.rows("huge");
    Path root = tmp.resolve("corpus");
    for (String k : BadInputCorpus.kinds(rows)) {
      BadInputCorpus.generate(k, root);
    }
    Path out = tmp.resolve("reports");
    Files.createDirectories(out);

    // a new JVM with a 700 MB heap: the 50 MB lines are read, found too long for one article
    // (Pipeline.MAX_ARTICLE_CHARS; Jackson's string limit for the JSONL line) and reported
    Result r = subprocess(false, "-Xmx700m", List.of("analyze", "--no-embeddings", "--out",
        out.toString(), root.toString()));

    assertEquals(ExitCodes.NOTHING_READ, r.code(), r.err());
    CliRun.assertNoStackTrace(r.err(), INTERNAL_ERROR);
    Map<String, CSVRecord> manifest = manifest(out);
    checkRows(rows, root, manifest, r.err());
    assertEquals(rows.size(), manifest.size());
    assertEquals(String.valueOf(50 << 20), manifest.get(root + "/long-line-txt/line.txt")
        .get("bytes"));
  }

  /**
   * 100,000 files are read and each accounted for, in order. At ingest level: the analysis of
   * 100,000 articles takes about 50 s on the 2-core machine (the pipeline's normal speed,
   * 2,000 articles/s), which is not what this kind is about; the rest of the path to
   * manifest.csv is the one the combined run checks.
   */
  @Test
  void hundredThousandTinyFilesAreEachAccountedFor() throws IOException {
    Row x = row("many-files");
    // in /tmp when there is one: making 100,000 files in the build directory is up to 8 times
    // slower on the shared machine
    Path base = Files.isDirectory(Path.of("/tmp"))
        ? Files.createTempDirectory(Path.of("/tmp"), "framelens-many") : tmp;
    try {
      BadInputCorpus.generate(x.kind(), base);
      String dir = base.resolve(x.kind()).toString();
      int[] articles = new int[1];

      List<InputReport> reports = new Ingestor(IngestOptions.defaults())
          .read(List.of(dir), a -> articles[0]++);

      assertEquals(100_000, reports.size());
      assertEquals(100_000, articles[0]);
      assertTrue(reports.stream().allMatch(m -> m.status() == InputReport.Status.OK
          && m.articles() == 1 && m.problems().isEmpty()));
      assertEquals(dir + "/d000/f0000.txt", reports.get(0).path());
      assertEquals(dir + "/d042/f0017.txt", reports.get(42_017).path());
      assertEquals(dir + "/d099/f0999.txt", reports.get(99_999).path());
    } finally {
      if (!base.equals(tmp)) {
        try (var all = Files.walk(base)) {
          for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
    }
  }

  // ------------------------------------------------------------------ helpers

  private static Row row(String kind) throws IOException {
    return BadInputCorpus.rows().stream().filter(r -> r.kind().equals(kind)).findFirst()
        .orElseThrow();
  }

  /**
   * Runs FrameLens as user {@code nobody} (uid 65534), for which permissions hold even when the
   * tests run as root: the class path is hard-linked (or copied) where nobody can read it, and
   * {@code writable} (if any) is made nobody's.
   */
  private Result asNobody(Path writable, List<String> args) throws Exception {
    // nobody must reach the temporary directory: JUnit makes it private; its parents (the build
    // directory) must already be open to others
    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
    for (Path p = tmp.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
      Assumptions.assumeTrue(Files.getPosixFilePermissions(p)
              .contains(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE),
          "skipped: user nobody cannot reach " + p);
    }
    if (writable != null) {
      Files.createDirectories(writable);
      new ProcessBuilder("chown", "65534:65534", writable.toString()).start().waitFor();
    }
    return subprocess(true, "-Xmx256m", args);
  }

  /** Runs Main in a new JVM (as nobody when {@code nobody}) and waits at most two minutes. */
  private Result subprocess(boolean nobody, String xmx, List<String> args) throws Exception {
    List<String> cmd = new ArrayList<>();
    if (nobody) {
      cmd.addAll(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
    }
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(List.of(xmx, "-Djava.io.tmpdir=/tmp", "-cp", classPath(nobody),
        Main.class.getName()));
    cmd.addAll(args);
    Path stdout = tmp.resolve("stdout.txt");
    Path stderr = tmp.resolve("stderr.txt");
    Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile())
        .redirectError(stderr.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("analyze did not finish within 120 s: " + cmd);
    }
    return new Result(p.exitValue(), Files.readString(stdout), Files.readString(stderr));
  }

  /** The test class path, with its jars linked into a folder nobody can read when asked. */
  private String classPath(boolean forNobody) throws IOException {
    String cp = System.getProperty("java.class.path");
    if (!forNobody) {
      return cp;
    }
    Path lib = Files.createDirectories(tmp.resolve("lib"));
    List<String> entries = new ArrayList<>();
    int n = 0;
    for (String e : cp.split(File.pathSeparator)) {
      Path p = Path.of(e);
      if (Files.isDirectory(p) || !e.endsWith(".jar") || !Files.exists(p)) {
        entries.add(e); // target/classes and target/test-classes are world-readable
        continue;
      }
      Path link = lib.resolve((n++) + "-" + p.getFileName());
      try {
        Files.createLink(link, p);
      } catch (IOException | UnsupportedOperationException notSameFs) {
        Files.copy(p, link);
      }
      entries.add(link.toString());
    }
    return String.join(File.pathSeparator, entries);
  }
}
