package org.framelens.cli;

import static org.framelens.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.framelens.cli.CliRun.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code analyze} command over bad inputs, run in-process: exit codes, what stderr names,
 * and that manifest.csv accounts for every input.
 */
class BadInputCliTest {

  @TempDir
  Path tmp;

  /** The exact stderr line of an internal error; the usage text may say "internal error". */
  private static final String INTERNAL_ERROR = "framelens: internal error";

  private static void assertNoStackTrace(String err) {
    CliRun.assertNoStackTrace(err, INTERNAL_ERROR);
  }

  /** The rows of a report CSV, keyed by their first column, in file order. */
  private static Map<String, CSVRecord> rows(Path csv, String... expectedHeader)
      throws IOException {
    CliRun.Csv table = CliRun.readCsv(csv);
    if (expectedHeader.length > 0) {
      assertEquals(List.of(expectedHeader), table.header().subList(0, expectedHeader.length));
    }
    return table.byFirstColumn();
  }

  private Path inputDirWithGoodAndBadFiles() throws IOException {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    Files.writeString(in.resolve("good.txt"), "Harbour Reopens\n\n"
        + "The harbour reopened on Monday after two weeks of repairs. "
        + "Officials said ferry traffic would resume on Tuesday.\n");
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.write(in.resolve("binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0, 8, 0});
    Files.writeString(in.resolve("corpus.jsonl"),
        "{\"title\": \"Rates Rise\", \"source\": \"Wire\", "
            + "\"text\": \"The bank raised rates. Markets fell.\"}\n"
            + "{\"title\": \"Broken\", \"text\": \"no closing brace\"\n"
            + "{\"title\": \"Snow Falls\", \"text\": \"Snow fell overnight in the hills.\"}\n");
    Files.writeString(in.resolve("table.csv"), "title,text,source\n"
        + "Bridge Closes,The bridge closed for inspection on Friday.,Daily\n"
        + "Ragged,only two fields\n");
    return in;
  }

  @Test
  void someBadInputsExitOneAndEveryInputIsListedInTheManifest() throws IOException {
    Path in = inputDirWithGoodAndBadFiles();
    String missing = tmp.resolve("missing.txt").toString();
    Path out = tmp.resolve("reports");
    String d = in.toString();

    Result r = run("analyze", "--no-embeddings", d, missing, "--out", out.toString());

    assertEquals(ExitCodes.SOME_FAILED, r.code(), r.err());
    assertEquals("", r.out(), "reports go to files, messages to stderr");
    assertNoStackTrace(r.err());
    assertAll("stderr names every bad input",
        () -> assertTrue(r.err().contains(d + "/empty.txt: empty file (0 bytes)"), r.err()),
        () -> assertTrue(r.err().contains(d + "/binary.txt:1: binary content (NUL byte at byte "
            + "offset 4); not a text file"), r.err()),
        () -> assertTrue(r.err().contains(d + "/corpus.jsonl:2: malformed JSON: "), r.err()),
        () -> assertTrue(r.err().contains(d + "/table.csv:3: ragged row: 2 field(s), the header "
            + "has 3"), r.err()),
        () -> assertTrue(r.err().contains(missing + ": no such file or directory"), r.err()),
        () -> assertTrue(r.err().contains(
            "framelens analyze: 6 input file(s): 3 ok, 1 skipped, 2 failed"), r.err()),
        () -> assertTrue(r.err().contains("5 problem(s):"), r.err()),
        () -> assertTrue(r.err().contains("exit 1: some inputs or records failed; every input is "
            + "listed in " + out.resolve("manifest.csv")), r.err()));

    Map<String, CSVRecord> manifest = rows(out.resolve("manifest.csv"), "path", "format",
        "status", "reason", "articles", "records_failed", "sentences", "boilerplate_removed",
        "encoding", "bytes");
    assertEquals(List.of(d + "/binary.txt", d + "/corpus.jsonl", d + "/empty.txt",
        d + "/good.txt", d + "/table.csv", missing), new ArrayList<>(manifest.keySet()),
        "one row per input, in reading order");
    assertAll("manifest status and counts",
        () -> assertRow(manifest.get(d + "/binary.txt"), "txt", "failed", "0", "0"),
        () -> assertRow(manifest.get(d + "/corpus.jsonl"), "jsonl", "ok", "2", "1"),
        () -> assertRow(manifest.get(d + "/empty.txt"), "txt", "skipped", "0", "0"),
        () -> assertRow(manifest.get(d + "/good.txt"), "txt", "ok", "1", "0"),
        () -> assertRow(manifest.get(d + "/table.csv"), "csv", "ok", "1", "1"),
        () -> assertRow(manifest.get(missing), "", "failed", "0", "0"));
    assertEquals("no such file or directory", manifest.get(missing).get("reason"));
    assertEquals("empty file (0 bytes)", manifest.get(d + "/empty.txt").get("reason"));
    assertEquals("", manifest.get(missing).get("bytes"), "unknown size is left empty");
    assertTrue(manifest.get(d + "/corpus.jsonl").get("reason")
        .startsWith("1 record(s) could not be read; first at line 2: malformed JSON: "));
    assertEquals("1 record(s) could not be read; first at line 3: ragged row: 2 field(s), the "
        + "header has 3", manifest.get(d + "/table.csv").get("reason"));
    assertTrue(Integer.parseInt(manifest.get(d + "/good.txt").get("sentences")) >= 2,
        "the good article was split into sentences");

    Map<String, CSVRecord> articles = rows(out.resolve("articles.csv"), "article_id", "source",
        "title", "date");
    assertEquals(List.of("corpus:1", "corpus:3", "good", "table:2"),
        new ArrayList<>(articles.keySet()));
    assertEquals("Harbour Reopens", articles.get("good").get("title"));
    assertEquals(d + "/good.txt", articles.get("good").get("path"));
    assertEquals("Wire", articles.get("corpus:1").get("source"));
    assertEquals("3", articles.get("corpus:3").get("line"));
    assertEquals("Daily", articles.get("table:2").get("source"));
    assertEquals("csv", articles.get("table:2").get("format"));
    for (String f : List.of("sentences.csv", "boilerplate.csv")) {
      assertTrue(Files.isRegularFile(out.resolve(f)), f);
    }
  }

  private static void assertRow(CSVRecord row, String format, String status, String articles,
      String recordsFailed) {
    assertEquals(List.of(format, status, articles, recordsFailed),
        List.of(row.get("format"), row.get("status"), row.get("articles"),
            row.get("records_failed")), "row for " + row.get("path"));
  }

  @Test
  void everyInputBadExitsThreeAndStillWritesTheManifest() throws IOException {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.write(in.resolve("binary.txt"), new byte[] {0, 1, 2, 3});
    Files.writeString(in.resolve("bad.jsonl"), "not json\n[1, 2]\n");
    String missing = tmp.resolve("missing.csv").toString();
    Path out = tmp.resolve("reports");
    String d = in.toString();

    Result r = run("analyze", "--no-embeddings", "--out", out.toString(), d, missing);

    assertEquals(ExitCodes.NOTHING_READ, r.code(), r.err());
    assertNoStackTrace(r.err());
    assertTrue(r.err().contains("exit 3: no article could be read from any input; see "
        + out.resolve("manifest.csv")), r.err());
    assertTrue(r.err().contains(d + "/bad.jsonl:1: malformed JSON: "), r.err());
    assertTrue(r.err().contains(d + "/bad.jsonl:2: expected a JSON object, found array"), r.err());
    assertTrue(r.err().contains(d + "/binary.txt:1: binary content"), r.err());
    assertTrue(r.err().contains(d + "/empty.txt: empty file (0 bytes)"), r.err());
    assertTrue(r.err().contains(missing + ": no such file or directory"), r.err());

    Map<String, CSVRecord> manifest = rows(out.resolve("manifest.csv"));
    assertEquals(List.of(d + "/bad.jsonl", d + "/binary.txt", d + "/empty.txt", missing),
        new ArrayList<>(manifest.keySet()));
    assertEquals(List.of("failed", "failed", "skipped", "failed"),
        manifest.values().stream().map(x -> x.get("status")).toList());
    assertEquals("2", manifest.get(d + "/bad.jsonl").get("records_failed"));
    assertEquals(Map.of(), rows(out.resolve("articles.csv"), "article_id"),
        "articles.csv has only its header");
  }

  @Test
  void unknownOptionIsAUsageErrorAndReadsNothing() throws IOException {
    Path good = tmp.resolve("good.txt");
    Files.writeString(good, "A sentence.\n");
    Path out = tmp.resolve("reports");

    Result r = run("analyze", "--zzz-bogus", good.toString(), "--out", out.toString());

    assertEquals(ExitCodes.USAGE, r.code());
    assertEquals(List.of("framelens: Unknown option: '--zzz-bogus'; see 'framelens analyze "
        + "--help'"), r.errLines(), "one line, pointing to the help");
    assertNoStackTrace(r.err());
    assertFalse(Files.exists(out), "nothing is written on a usage error");
  }

  @Test
  void analyzeWithoutInputsIsAUsageError() {
    Result r = run("analyze");

    assertEquals(ExitCodes.USAGE, r.code());
    assertEquals(List.of("framelens: Missing required parameter: 'INPUT'; see 'framelens "
        + "analyze --help'"), r.errLines(), "one line, pointing to the help");
    assertNoStackTrace(r.err());
  }

  @Test
  void noCommandIsAUsageError() {
    Result r = run();

    assertEquals(ExitCodes.USAGE, r.code());
    assertEquals(List.of("framelens: a command is required (analyze, exercise, vectors, eval, "
        + "lexicon, train, bench, help); see 'framelens --help'"), r.errLines());
    assertNoStackTrace(r.err());
  }

  private static final List<String> EXIT_CODE_LINES = List.of(
      "0\\s+all inputs read, reports written",
      "1\\s+reports written, but some inputs or records failed \\(see manifest\\.csv\\)",
      "2\\s+usage error",
      "3\\s+no article could be read from any input",
      "4\\s+reports could not be written, or an internal error");

  private static void assertListsExitCodes(String help) {
    assertTrue(help.contains("Exit codes:"), help);
    for (String line : EXIT_CODE_LINES) {
      assertTrue(Pattern.compile("(?m)^\\s*" + line + "$").matcher(help).find(),
          "help lists exit code /" + line + "/:\n" + help);
    }
  }

  @Test
  void helpExitsZeroAndListsTheExitCodes() {
    Result r = run("--help");

    assertEquals(0, r.code());
    assertTrue(r.out().startsWith("Usage: framelens"), r.out());
    assertTrue(r.out().contains("analyze"), r.out());
    assertListsExitCodes(r.out());
    assertEquals("", r.err());
  }

  @Test
  void analyzeHelpExitsZeroAndListsTheExitCodes() {
    Result r = run("analyze", "--help");

    assertEquals(0, r.code());
    assertTrue(r.out().startsWith("Usage: framelens analyze"), r.out());
    assertTrue(r.out().contains("--out=DIR"), r.out());
    assertListsExitCodes(r.out());
    assertEquals("", r.err());
  }

  @Test
  void versionExitsZeroAndNamesFrameLens() {
    Result r = run("--version");

    assertEquals(0, r.code());
    assertTrue(r.out().startsWith("FrameLens "), r.out());
    assertTrue(r.out().contains("Java " + System.getProperty("java.version")), r.out());
    assertEquals("", r.err());
  }

  @Test
  void outputBelowARegularFileExitsFourWithAClearMessage() throws IOException {
    Path good = tmp.resolve("good.txt");
    Files.writeString(good, "Harbour Reopens\n\nThe harbour reopened on Monday.\n");
    Path blocker = tmp.resolve("blocker");
    Files.writeString(blocker, "a regular file, not a directory\n");
    Path out = blocker.resolve("reports");

    Result r = run("analyze", "--no-embeddings", good.toString(), "--out", out.toString());

    assertEquals(ExitCodes.CANNOT_WRITE, r.code(), r.err());
    assertNoStackTrace(r.err());
    List<String> lines = r.err().lines().toList();
    assertEquals(1, lines.size(), "no word of earlier reports where there were none: " + r.err());
    assertTrue(Pattern.matches("framelens: cannot write reports to " + Pattern.quote(out.toString())
        + ": " + Pattern.quote(out.toString()) + ": \\S.*", lines.get(0)), lines.get(0));
    assertEquals("", r.out());
    assertEquals("a regular file, not a directory\n", Files.readString(blocker),
        "the regular file is untouched");
  }

  @Test
  void outputThatIsARegularFileExitsFourAndLeavesTheFileAlone() throws IOException {
    Path good = tmp.resolve("good.txt");
    Files.writeString(good, "Harbour Reopens\n\nThe harbour reopened on Monday.\n");
    Path out = tmp.resolve("reports.csv");
    Files.writeString(out, "keep me\n");

    Result r = run("analyze", "--no-embeddings", good.toString(), "--out", out.toString());

    assertEquals(ExitCodes.CANNOT_WRITE, r.code(), r.err());
    assertNoStackTrace(r.err());
    assertTrue(r.err().startsWith("framelens: cannot write reports to " + out + ": "), r.err());
    assertEquals("keep me\n", Files.readString(out));
    try (Stream<Path> left = Files.list(tmp)) {
      assertEquals(List.of("good.txt", "reports.csv"),
          left.map(p -> p.getFileName().toString()).sorted().toList(),
          "no temporary files are left behind");
    }
  }

  @Test
  void aLoneSurrogateEscapeInJsonIsReadAsReplacementCharacter() throws Exception {
    Path in = tmp.resolve("surrogate");
    Files.createDirectories(in);
    Files.writeString(in.resolve("a.jsonl"), "{\"id\":\"x\",\"title\":\"T \\udc00\","
        + "\"text\":\"Officials said the talks \\ud800 went well.\"}\n"
        + "{\"id\":\"y\",\"text\":\"Fine text here.\"}\n");
    Path out = tmp.resolve("surrogate-out");
    CliRun.Result r = run("analyze", in.toString(), "--out", out.toString(), "--no-embeddings");
    assertEquals(ExitCodes.OK, r.code(), r.err());
    String sentences = Files.readString(out.resolve("sentences.csv"));
    assertTrue(sentences.contains("Officials said the talks \uFFFD went well."), sentences);
    assertTrue(Files.readString(out.resolve("articles.csv")).contains("T \uFFFD"));
  }

  @Test
  void aFileGivenTwiceIsCountedOnceInTheReportsAndTheManifest() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("twice"));
    Path a = Files.writeString(in.resolve("a.txt"), "Harbour Reopens\n\n"
        + "The harbour reopened on Monday. Officials said ferries would resume.\n");
    Path out = tmp.resolve("reports");

    Result r = run("analyze", "--no-embeddings", a.toString(), in.toString(), "--out",
        out.toString());

    assertEquals(ExitCodes.OK, r.code(), "a second sight is skipped, not a failure: " + r.err());
    assertEquals(1, CliRun.csvRows(out.resolve("articles.csv")).size());
    assertEquals(List.of(
        "path,format,status,reason,articles,records_failed,sentences,boilerplate_removed,"
            + "encoding,bytes",
        a + ",txt,ok,,1,0,2,0,UTF-8," + Files.size(a),
        a + ",,skipped,\"the same file as " + a + ", already read (each file is read once)\","
            + "0,0,0,0,,"), Files.readAllLines(out.resolve("manifest.csv")),
        "the sentence count is on the row that read the file, once");
  }

  @Test
  void metadataRowsThatMatchNoArticleAreNamedWithTheirLines() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("m"));
    Files.writeString(in.resolve("a.txt"), "The harbour reopened on Monday.\n");
    Path side = Files.writeString(in.resolve("sources.csv"), "file,source,date,title,notes\n"
        + "a.txt,Daily,2022-02-10,,\n"
        + "b-typo.txt,Other,2022-02-11,,\n");
    Path manifest = Files.writeString(tmp.resolve("meta.csv"), "file,title\n"
        + "a.txt,Harbour Reopens\n"
        + "a-typo.txt,Another Title\n");
    Path out = tmp.resolve("reports");

    Result r = run("analyze", "--no-embeddings", in.toString(), "--manifest",
        manifest.toString(), "--out", out.toString());

    assertEquals(ExitCodes.OK, r.code(), "notes, not failures: " + r.err());
    assertTrue(r.err().contains(manifest + ":3: no article matched this row (file 'a-typo.txt'), "
        + "so its metadata was not used"), r.err());
    assertTrue(r.err().contains(side.toAbsolutePath() + ":3: no article matched this row (file "
        + "'b-typo.txt'), so its metadata was not used"), r.err());
    assertFalse(r.err().contains(":2: no article matched"), r.err());
    CSVRecord a = CliRun.csvRows(out.resolve("articles.csv")).get(0);
    assertEquals(List.of("Daily", "Harbour Reopens"), List.of(a.get("source"), a.get("title")));

    // with --quiet nothing is printed: the unused rows must be in manifest.csv (found by a
    // black-box check: they left no trace at all)
    Path quiet = tmp.resolve("reports-q");
    r = run("analyze", "--no-embeddings", "-q", in.toString(), "--manifest", manifest.toString(),
        "--out", quiet.toString());
    assertEquals(ExitCodes.OK, r.code(), r.err());
    assertEquals("", r.err());
    List<CSVRecord> rows = CliRun.csvRows(quiet.resolve("manifest.csv"));
    CSVRecord sideRow = rows.stream().filter(x -> x.get("format").equals("sources")).findFirst()
        .orElseThrow();
    assertTrue(sideRow.get("reason").contains("1 row(s) matched no article; first at line 3: no "
        + "article matched this row (file 'b-typo.txt'), so its metadata was not used"),
        sideRow.get("reason"));
    CSVRecord manifestRow = rows.stream().filter(x -> x.get("format").equals("manifest"))
        .findFirst().orElseThrow();
    assertEquals(manifest.toString(), manifestRow.get("path"));
    assertEquals("ok", manifestRow.get("status"));
    assertEquals("1 row(s) matched no article; first at line 3: no article matched this row "
        + "(file 'a-typo.txt'), so its metadata was not used", manifestRow.get("reason"));
  }

  /** The manifest rows as "path format status reason", in order. */
  private static List<String> manifestRows(Path out) throws IOException {
    return CliRun.csvRows(out.resolve("manifest.csv")).stream().map(r -> r.get("path") + " "
        + r.get("format") + " " + r.get("status") + " " + r.get("reason")).toList();
  }

  /**
   * A folder with a sidecar gives the same manifest rows whether it is read as a folder or its
   * files are given one by one (some or all): the sidecar has its own {@code sources} row, and
   * only a row that names no file of the folder is a typo to note; the files not given are not
   * (hunt 5, F5). A folder met again through a link has its sidecar read once.
   */
  @Test
  void aSidecarIsListedAndCheckedAlikeForAFolderAndForItsFilesGivenByName() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("side"));
    for (String f : List.of("a", "b", "c")) {
      Files.writeString(in.resolve(f + ".txt"), "The harbour " + f + " reopened on Monday.\n");
    }
    Files.writeString(in.resolve("sources.csv"), "file,source,date,title,notes\n"
        + "a.txt,Daily A,,,\nb.txt,Daily B,,,\nc.txt,Daily C,,,\nd-typo.txt,Daily D,,,\n");
    String d = in.toString();
    String typo = d + "/sources.csv sources ok 1 row(s) matched no article; first at line 5: no "
        + "article matched this row (file 'd-typo.txt'), so its metadata was not used";

    Result folder = run("analyze", "--no-embeddings", d, "--out", tmp.resolve("o1").toString());
    assertEquals(ExitCodes.OK, folder.code(), folder.err());
    List<String> whole = manifestRows(tmp.resolve("o1"));
    assertEquals(List.of(d + "/a.txt txt ok ", d + "/b.txt txt ok ", d + "/c.txt txt ok ",
        typo.replace("ok 1 row", "ok metadata for 4 file(s) in this folder; 1 row")), whole);

    Result one = run("analyze", "--no-embeddings", d + "/a.txt", "--out",
        tmp.resolve("o2").toString());
    assertEquals(ExitCodes.OK, one.code(), one.err());
    assertEquals(List.of(whole.get(3), d + "/a.txt txt ok "), manifestRows(tmp.resolve("o2")),
        "the sidecar as given beside the file, and no note for b.txt and c.txt");
    assertFalse(one.err().contains("b.txt"), one.err());
    assertEquals("Daily A", CliRun.csvRows(tmp.resolve("o2").resolve("articles.csv")).get(0)
        .get("source"));

    Result all = run("analyze", "--no-embeddings", d + "/a.txt", d + "/b.txt", d + "/c.txt",
        "--out", tmp.resolve("o3").toString());
    assertEquals(ExitCodes.OK, all.code(), all.err());
    assertEquals(java.util.Set.copyOf(whole), java.util.Set.copyOf(manifestRows(
        tmp.resolve("o3"))), "the same rows as the folder's");

    Path link = Files.createSymbolicLink(tmp.resolve("link"), in);
    Result twice = run("analyze", "--no-embeddings", d, link.toString(), "--out",
        tmp.resolve("o4").toString());
    assertEquals(ExitCodes.OK, twice.code(), twice.err());
    List<String> rows = manifestRows(tmp.resolve("o4"));
    assertEquals(whole, rows.subList(0, 4));
    assertEquals(link + "/sources.csv  skipped the same file as " + d + "/sources.csv, "
        + "already read (each file is read once)", rows.get(7));
    assertEquals(1, Pattern.compile("no article matched").matcher(twice.err()).results().count(),
        twice.err());
  }

  @Test
  void metadataTablesSeparatedBySemicolonsAreReadAndAnUnclosedQuoteIsNamedByLine()
      throws IOException {
    Path in = Files.createDirectories(tmp.resolve("semi"));
    Files.writeString(in.resolve("a.txt"), "The harbour reopened on Monday.\n");
    Path semi = Files.writeString(tmp.resolve("semi.csv"), "file;source;date\n"
        + "a.txt;Dagblad;2022-02-10\n");
    Path out = tmp.resolve("semi-out");
    Result r = run("analyze", "--no-embeddings", in.toString(), "--manifest", semi.toString(),
        "--out", out.toString());
    assertEquals(ExitCodes.OK, r.code(), r.err());
    CSVRecord a = CliRun.csvRows(out.resolve("articles.csv")).get(0);
    assertEquals(List.of("Dagblad", "2022-02-10"), List.of(a.get("source"), a.get("date")));
    // a sidecar separated by semicolons is recognised as one too
    Files.writeString(in.resolve("sources.csv"), "file;source\na.txt;Sidecar Daily\n");
    assertEquals(ExitCodes.OK, run("analyze", "--no-embeddings", in.toString(), "--out",
        out.toString()).code());
    assertEquals("Sidecar Daily", CliRun.csvRows(out.resolve("articles.csv")).get(0)
        .get("source"));

    Path unclosed = Files.writeString(tmp.resolve("unclosed.csv"), "file,source\n"
        + "a.txt,Daily\n\"b.txt,Broken\n");
    Result u = run("analyze", "--no-embeddings", in.toString(), "--manifest",
        unclosed.toString(), "--out", tmp.resolve("u").toString());
    assertEquals(ExitCodes.USAGE, u.code(), u.err());
    assertEquals("framelens: " + unclosed + ":3: metadata file " + unclosed + " is not valid CSV: "
        + "a quotation mark opened on this line is never closed\n", u.err());
  }

  @Test
  void anArticleWithoutWordsHasEmptyPerWordRatesNotZero() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("nowords"));
    // quotation marks around dots: a sentence without words (a line of only dots or other
    // punctuation is removed as a separator, chrome-separator, and would leave no sentence)
    Files.writeString(in.resolve("dots.txt"), "“...”\n");
    Files.writeString(in.resolve("talks.txt"), "The talks began on Monday.\n");
    Path out = tmp.resolve("nowords-out");
    assertEquals(ExitCodes.OK, run("analyze", "--no-embeddings", in.toString(), "--out",
        out.toString()).code());
    Map<String, CSVRecord> rows = new java.util.HashMap<>();
    CliRun.csvRows(out.resolve("articles.csv")).forEach(r -> rows.put(r.get("article_id"), r));
    CSVRecord dots = rows.get("dots");
    assertEquals("0", dots.get("words"));
    assertEquals("", dots.get("loaded_author_per_1000_words"), "undefined, not 0");
    assertEquals("0.000", dots.get("loaded_author_per_100_sentences"), "it has a sentence");
    assertEquals("0.000", rows.get("talks").get("loaded_author_per_1000_words"));
  }

  @Test
  void quietPrintsErrorsButNotWarnings() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("quiet"));
    // windows-1252 text: read, with a warning in manifest.csv; exit 0
    Files.write(in.resolve("legacy.txt"), "Caf\u00e9 talks began on Monday.\n"
        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    Result warned = run("analyze", "--no-embeddings", "-q", in.toString(), "--out",
        tmp.resolve("q1").toString());
    assertEquals(ExitCodes.OK, warned.code(), warned.err());
    assertEquals("", warned.err(), "a warning is not an error");
    Result loud = run("analyze", "--no-embeddings", in.toString(), "--out",
        tmp.resolve("q2").toString());
    assertTrue(loud.err().contains("read as Windows-1252"), loud.err());
    assertTrue(loud.err().contains("1 note(s) (nothing failed):"), loud.err());
    assertFalse(loud.err().contains("problem"), "a run that succeeded has no problems (hunt 5, "
        + "F7): " + loud.err());
    Files.write(in.resolve("binary.txt"), new byte[] {'a', 0, 'b'});
    Result failed = run("analyze", "--no-embeddings", "-q", in.toString(), "--out",
        tmp.resolve("q3").toString());
    assertEquals(ExitCodes.SOME_FAILED, failed.code());
    assertTrue(failed.err().contains("binary.txt"), failed.err());
  }

  @Test
  void conflictingMetadataRowsAndDuplicateColumnsAreNamed() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("dup"));
    Files.writeString(in.resolve("a.txt"), "The harbour reopened on Monday.\n");
    Path same = Files.writeString(tmp.resolve("same.csv"), "file,source\na.txt,Daily\n"
        + "a.txt,Daily\n");
    assertEquals(ExitCodes.OK, run("analyze", "--no-embeddings", in.toString(), "--manifest",
        same.toString(), "--out", tmp.resolve("d1").toString()).code(), "the same row twice");
    Path other = Files.writeString(tmp.resolve("other.csv"), "file,source\na.txt,Daily\n"
        + "b.txt,Weekly\na.txt,Weekly\n");
    Result r = run("analyze", "--no-embeddings", in.toString(), "--manifest", other.toString(),
        "--out", tmp.resolve("d2").toString());
    assertEquals(ExitCodes.USAGE, r.code(), r.err());
    assertEquals("framelens: " + other + ":4: metadata file " + other + ": file 'a.txt' has a row "
        + "already, with other metadata, at line 2; keep one of them\n", r.err());

    Path csv = Files.writeString(in.resolve("table.csv"), "id,text,Text,source\n"
        + "t1,The first text column.,The second.,Wire\n");
    Result c = run("analyze", "--no-embeddings", csv.toString(), "--out",
        tmp.resolve("d3").toString());
    assertEquals(ExitCodes.OK, c.code(), c.err());
    assertTrue(c.err().contains("the header names 'Text' more than once: the first such column "
        + "is read, the others are not"), c.err());
  }

  @Test
  void anEmptyFieldOptionIsAUsageError() {
    for (String option : List.of("--text-field=", "--source-field=,,")) {
      Result r = run("analyze", "--no-embeddings", "seeds", option, "--out",
          tmp.resolve("f").toString());
      assertEquals(ExitCodes.USAGE, r.code(), option + ": " + r.err());
      assertEquals("framelens: " + option.substring(0, option.indexOf('='))
          + " needs at least one field name (it was given none: an unset variable?)\n", r.err());
    }
    assertFalse(Files.exists(tmp.resolve("f")));
  }

  @Test
  void anArticleThatDoesNotReadAsEnglishIsNotedInTheManifest() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("lang"));
    Files.writeString(in.resolve("de.txt"), "Die Truppen Russlands sind unter dem Vorwand "
        + "gemeinsamer Übungen nach Belarus verlegt worden, wie die Regierung in Minsk am "
        + "Donnerstag mitteilte. Kritiker sagen, dies sei eine Bedrohung für die Nachbarländer. "
        + "Die Nato beobachtet die Lage genau und hat ihre Präsenz im Osten verstärkt. Moskau "
        + "weist alle Vorwürfe zurück und spricht von einer rein defensiven Maßnahme.\n");
    Path out = tmp.resolve("reports");

    Result r = run("analyze", "--no-embeddings", in.toString(), "--out", out.toString());

    assertEquals(ExitCodes.OK, r.code(), "a note, not a failure: " + r.err());
    String note = "1 article(s) do not read as English prose (few common English words; first "
        + "at line 1: de); the lexicons, rules and model are English, so their figures mean little";
    assertEquals(note, CliRun.csvRows(out.resolve("manifest.csv")).get(0).get("reason"));
    assertTrue(r.err().contains(in + "/de.txt:1: " + note), r.err());
  }
}
