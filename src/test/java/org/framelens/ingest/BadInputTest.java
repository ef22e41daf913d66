package org.framelens.ingest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.framelens.ingest.InputReport.Status;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad and unusual inputs: every case builds its files at test time and checks exactly what
 * ingest reports (status, reason, line numbers, counts) and what articles it yields.
 */
class BadInputTest {

  private static final String SUPPORTED =
      " (supported: .txt .md .html .htm .json .jsonl .ndjson .csv .tsv, each also as .gz)";

  @TempDir
  Path tmp;

  private final List<Article> articles = new ArrayList<>();

  // ---------------------------------------------------------------- helpers

  private List<InputReport> read(String... inputs) {
    return new Ingestor(IngestOptions.defaults()).read(List.of(inputs), articles::add);
  }

  private InputReport readOne(Path file) {
    List<InputReport> reports = read(file.toString());
    assertEquals(1, reports.size(), "one report per explicit file: " + reports);
    return reports.get(0);
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path p = tmp.resolve(name);
    Files.createDirectories(p.getParent());
    Files.write(p, bytes);
    return p;
  }

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] concat(byte[]... parts) {
    int n = Arrays.stream(parts).mapToInt(b -> b.length).sum();
    byte[] out = new byte[n];
    int at = 0;
    for (byte[] b : parts) {
      System.arraycopy(b, 0, out, at, b.length);
      at += b.length;
    }
    return out;
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  // ---------------------------------------------------------------- whole-file problems

  @Test
  void emptyFileIsSkippedWithAProblemNamingIt() throws IOException {
    Path p = write("empty.txt", new byte[0]);

    InputReport r = readOne(p);

    assertEquals(new InputReport(p.toString(), "txt", Status.SKIPPED, "empty file (0 bytes)", 0, 0,
        "", 0, List.of(new Problem(p.toString(), 0, "empty file (0 bytes)"))), r);
    assertFalse(r.hasFailures(), "an empty file is skipped, not a failure");
    assertEquals(p + ": empty file (0 bytes)", r.problems().get(0).toString());
    assertTrue(articles.isEmpty());
  }

  @Test
  void binaryFileWithNulBytesFailsNamingTheFileLineAndOffset() throws IOException {
    // A PNG-like header: the first NUL is at byte offset 8, on line 3 (after \r\n and \n).
    byte[] png = bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D',
        'R', 0, 0, 1, 0);
    Path p = write("picture.txt", png);

    InputReport r = readOne(p);

    String why = "binary content (NUL byte at byte offset 8); not a text file";
    assertAll(
        () -> assertEquals(Status.FAILED, r.status()),
        () -> assertEquals("line 3: " + why, r.reason(), "manifest.csv names the line too"),
        () -> assertEquals("txt", r.format()),
        () -> assertEquals(0, r.articles()),
        () -> assertEquals(0, r.recordsFailed()),
        () -> assertEquals(List.of(new Problem(p.toString(), 3, why)), r.problems()),
        () -> assertEquals(p + ":3: " + why, r.problems().get(0).toString()),
        () -> assertTrue(r.hasFailures()));
    assertTrue(articles.isEmpty());
  }

  @Test
  void latin1TextIsReadAsWindows1252WithAWarningNamingTheLine() throws IOException {
    String body = "Caf\u00e9 in M\u00fcnchen costs \u00a35.";
    String text = "Prices in Bavaria\n\n" + body + "\n";
    Path p = write("latin1.txt", text.getBytes(StandardCharsets.ISO_8859_1));

    InputReport r = readOne(p);

    String warning = "not valid UTF-8 (byte 0xE9 at line 3); read as Windows-1252/Latin-1";
    assertAll(
        () -> assertEquals(Status.OK, r.status()),
        () -> assertEquals("windows-1252", r.encoding()),
        () -> assertEquals(warning, r.reason()),
        () -> assertEquals(List.of(new Problem(p.toString(), 0, warning)), r.problems()),
        () -> assertEquals(1, r.articles()),
        () -> assertEquals(0, r.recordsFailed()),
        () -> assertEquals(text.length(), r.bytes()),
        () -> assertFalse(r.hasFailures(), "a decoding warning is not a failure"));
    assertEquals(1, articles.size());
    Article a = articles.get(0);
    assertEquals(text, a.text(), "every Latin-1 character decoded correctly");
    assertEquals("Prices in Bavaria", a.metadata().title());
    assertEquals("Prices in Bavaria\n".length(), a.bodyStart());
    assertEquals("latin1", a.id());
  }

  @Test
  void damagedUtf8IsReadWithReplacementCharactersAndAWarningNamingTheLine() throws IOException {
    byte[] good = "Caf\u00e9 owners met on Monday.\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = concat("The mayor said ".getBytes(StandardCharsets.UTF_8), bytes(0xFF),
        " nothing.\n".getBytes(StandardCharsets.UTF_8));
    Path p = write("damaged.txt", concat(good, bad));

    InputReport r = readOne(p);

    String warning = "invalid UTF-8 (first bad byte 0xFF at line 2); "
        + "1 character(s) replaced by U+FFFD";
    assertAll(
        () -> assertEquals(Status.OK, r.status()),
        () -> assertEquals("UTF-8 (damaged)", r.encoding()),
        () -> assertEquals(warning, r.reason()),
        () -> assertEquals(List.of(new Problem(p.toString(), 0, warning)), r.problems()),
        () -> assertEquals(1, r.articles()),
        () -> assertEquals(0, r.recordsFailed()));
    assertEquals(1, articles.size());
    assertEquals("Caf\u00e9 owners met on Monday.\nThe mayor said \uFFFD nothing.\n",
        articles.get(0).text());
  }

  @Test
  void utf8ByteOrderMarkIsDroppedAndOffsetsStartAtTheFirstRealCharacter() throws IOException {
    String text = "Storm Hits Coast\n\nThe storm hit the coast on Friday. Power failed.\n";
    Path p = write("bom.txt", concat(bytes(0xEF, 0xBB, 0xBF), text.getBytes(StandardCharsets.UTF_8)));

    InputReport r = readOne(p);

    assertAll(
        () -> assertEquals(Status.OK, r.status()),
        () -> assertEquals("UTF-8 (BOM)", r.encoding()),
        () -> assertEquals("", r.reason()),
        () -> assertEquals(List.of(), r.problems()),
        () -> assertEquals(1, r.articles()),
        () -> assertEquals(text.length() + 3, r.bytes()));
    Article a = articles.get(0);
    assertEquals(text, a.text(), "no U+FEFF at the start of the text");
    assertEquals('S', a.text().charAt(0));
    assertEquals("Storm Hits Coast", a.metadata().title());
    assertEquals("Storm Hits Coast\n".length(), a.bodyStart());
    assertEquals(text.indexOf("The storm"), a.text().indexOf("The storm"));
  }

  @Test
  void crlfLineEndsDetectTheTitleAndKeepCarriageReturnsInTheText() throws IOException {
    String text = "Council Approves Budget\r\n\r\nThe council approved the budget. "
        + "Critics objected.\r\nA vote follows.\r\n";
    Path p = write("crlf.txt", text);

    InputReport r = readOne(p);

    assertEquals(new InputReport(p.toString(), "txt", Status.OK, "", 1, 0, "UTF-8",
        text.length(), List.of()), r);
    Article a = articles.get(0);
    assertEquals(text, a.text(), "\\r characters are kept so that offsets match the file");
    assertEquals("Council Approves Budget", a.metadata().title(), "no trailing \\r in the title");
    assertEquals("Council Approves Budget\r\n".length(), a.bodyStart(),
        "the body starts right after the title's CRLF");
    assertEquals(text.chars().filter(c -> c == '\r').count(),
        a.text().chars().filter(c -> c == '\r').count());
  }

  @Test
  void twentyMegabyteSingleLineTextFileIsReadWhole() throws IOException {
    byte[] sentence = "The committee met again on Tuesday and agreed on nothing. "
        .getBytes(StandardCharsets.US_ASCII);
    long target = 20L * 1024 * 1024;
    Path p = tmp.resolve("huge.txt");
    long written = 0;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(p), 1 << 16)) {
      while (written < target) {
        out.write(sentence);
        written += sentence.length;
      }
    }
    assertTrue(written >= target);

    InputReport r = readOne(p);

    assertEquals(new InputReport(p.toString(), "txt", Status.OK, "", 1, 0, "UTF-8", written,
        List.of()), r);
    assertEquals(1, articles.size());
    Article a = articles.get(0);
    assertEquals(written, a.text().length());
    assertTrue(a.text().startsWith("The committee met again on Tuesday"));
    assertTrue(a.text().endsWith("agreed on nothing. "));
    assertEquals("", a.metadata().title(), "a single line with no more text is no title");
    assertEquals(0, a.bodyStart());
    articles.clear(); // let the 20 MB string go
  }

  @Test
  void missingPathFailsWithNoSuchFileOrDirectory() {
    String missing = tmp.resolve("nowhere").resolve("gone.txt").toString();

    List<InputReport> reports = read(missing);

    assertEquals(List.of(new InputReport(missing, "", Status.FAILED, "no such file or directory",
        0, 0, "", -1, List.of(new Problem(missing, 0, "no such file or directory")))), reports);
    assertEquals(missing + ": no such file or directory",
        reports.get(0).problems().get(0).toString());
    assertTrue(articles.isEmpty());
  }

  @Test
  void utf16LittleEndianWithByteOrderMarkIsDecoded() throws IOException {
    String text = "Talks Resume\n\nNegotiators met in Gen\u00e8ve on Monday. \u201cWe are close,\u201d "
        + "one said.\n";
    Path p = write("utf16le.txt",
        concat(bytes(0xFF, 0xFE), text.getBytes(StandardCharsets.UTF_16LE)));

    InputReport r = readOne(p);

    assertEquals(new InputReport(p.toString(), "txt", Status.OK, "", 1, 0, "UTF-16LE",
        2 + 2L * text.length(), List.of()), r);
    Article a = articles.get(0);
    assertEquals(text, a.text(), "no byte-order mark in the text");
    assertEquals("Talks Resume", a.metadata().title());
    assertEquals("Talks Resume\n".length(), a.bodyStart());
  }

  @Test
  void utf16BigEndianWithByteOrderMarkIsDecoded() throws IOException {
    String text = "Talks Resume\n\nNegotiators met in Gen\u00e8ve on Monday.\n";
    // Java's "UTF-16" encoder writes a big-endian byte-order mark (FE FF) first.
    byte[] b = text.getBytes(StandardCharsets.UTF_16);
    assertEquals((byte) 0xFE, b[0]);
    Path p = write("utf16be.txt", b);

    InputReport r = readOne(p);

    assertEquals(new InputReport(p.toString(), "txt", Status.OK, "", 1, 0, "UTF-16BE",
        b.length, List.of()), r);
    assertEquals(text, articles.get(0).text());
  }

  // ---------------------------------------------------------------- JSONL records

  @Test
  void malformedJsonlLineIsReportedByLineNumberAndTheOthersAreRead() throws IOException {
    String jsonl = """
        {"title": "First", "source": "Wire", "text": "The first story is here."}

        {"title": "Broken", "text": "this line never closes
        {"title": "Fourth", "text": "The fourth line is fine."}
        {"title": "Fifth", "text": "So is the fifth."}
        """;
    Path p = write("corpus.jsonl", jsonl);

    InputReport r = readOne(p);

    assertAll(
        () -> assertEquals(Status.OK, r.status()),
        () -> assertEquals("jsonl", r.format()),
        () -> assertEquals(3, r.articles()),
        () -> assertEquals(1, r.recordsFailed()),
        () -> assertEquals(1, r.problems().size()),
        () -> assertEquals(p.toString(), r.problems().get(0).path()),
        () -> assertEquals(3, r.problems().get(0).line(), "blank line 2 still counts"),
        () -> assertTrue(r.problems().get(0).message().startsWith("malformed JSON: "),
            r.problems().get(0).message()),
        () -> assertTrue(r.problems().get(0).toString().startsWith(p + ":3: malformed JSON: ")),
        () -> assertTrue(r.reason().startsWith(
            "1 record(s) could not be read; first at line 3: malformed JSON: "), r.reason()),
        () -> assertTrue(r.hasFailures()));
    assertEquals(List.of("corpus:1", "corpus:4", "corpus:5"),
        articles.stream().map(Article::id).toList());
    assertEquals(List.of(1, 4, 5), articles.stream().map(Article::line).toList());
    assertEquals(List.of("First", "Fourth", "Fifth"),
        articles.stream().map(a -> a.metadata().title()).toList());
    assertEquals("The fourth line is fine.", articles.get(1).text());
    assertEquals("Wire", articles.get(0).metadata().source());
  }

  @Test
  void jsonlLineWithTrailingContentIsABadRecordNotASilentDrop() throws IOException {
    String jsonl = "{\"text\": \"First.\"} {\"text\": \"Second, on the same line.\"}\n"
        + "{\"text\": \"Third.\"} trailing garbage\n"
        + "{\"text\": \"Fourth.\"}\n";
    Path p = write("trailing.jsonl", jsonl);

    InputReport r = readOne(p);

    assertEquals(List.of("Fourth."), articles.stream().map(Article::text).toList(),
        "a line holding more than one JSON value is not one record");
    assertEquals(2, r.recordsFailed());
    assertEquals(List.of(1, 2), r.problems().stream().map(Problem::line).toList());
    // two objects on a line are named plainly (was Jackson's "Trailing token (of type
    // START_OBJECT) found after value ... FAIL_ON_TRAILING_TOKENS")
    assertEquals("more than one JSON value on the line (each line must hold one object)",
        r.problems().get(0).message());
    assertTrue(r.problems().get(1).message().startsWith("malformed JSON: Unrecognized token "
        + "'trailing'"), r.problems().toString());
  }

  @Test
  void jsonlLineHoldingAnArrayIsABadRecord() throws IOException {
    String jsonl = "{\"text\": \"A proper record.\"}\n[\"text\", \"an array is not a record\"]\n";
    Path p = write("arrays.jsonl", jsonl);

    InputReport r = readOne(p);

    String why = "expected a JSON object, found array";
    assertEquals(new InputReport(p.toString(), "jsonl", Status.OK,
        "1 record(s) could not be read; first at line 2: " + why, 1, 1, "UTF-8", jsonl.length(),
        List.of(new Problem(p.toString(), 2, why))), r);
    assertEquals(List.of("A proper record."), articles.stream().map(Article::text).toList());
  }

  @Test
  void jsonlFileOfOnlyAnArrayFails() throws IOException {
    Path p = write("only-array.jsonl", "[1, 2, 3]\n");

    InputReport r = readOne(p);

    assertEquals(Status.FAILED, r.status(), "no article and a bad record: failed");
    assertEquals(0, r.articles());
    assertEquals(1, r.recordsFailed());
    assertEquals(List.of(new Problem(p.toString(), 1, "expected a JSON object, found array")),
        r.problems());
    assertTrue(articles.isEmpty());
  }

  @Test
  void jsonlRecordWithoutTextFieldIsABadRecordNamingTheFieldsLookedFor() throws IOException {
    String jsonl = """
        {"title": "Has body", "body": "A body field counts as text."}
        {"title": "No body", "source": "Wire", "url": "https://example.org/x"}
        {"title": "Empty", "text": "   "}
        """;
    Path p = write("notext.jsonl", jsonl);

    InputReport r = readOne(p);

    String noText = "no text field (looked for content_original, content, text, body, article, maintext, body-paragraphs)";
    String empty = "empty text field (looked for content_original, content, text, body, article, maintext, body-paragraphs)";
    assertEquals(new InputReport(p.toString(), "jsonl", Status.OK,
        "2 record(s) could not be read; first at line 2: " + noText, 1, 2, "UTF-8",
        jsonl.length(), List.of(new Problem(p.toString(), 2, noText),
            new Problem(p.toString(), 3, empty))), r);
    assertEquals(1, articles.size());
    assertEquals("A body field counts as text.", articles.get(0).text());
    assertEquals("notext:1", articles.get(0).id());
  }

  // ---------------------------------------------------------------- CSV records

  @Test
  void raggedCsvRowIsReportedByLineNumberAndTheOtherRowsAreRead() throws IOException {
    String csv = """
        title,text,source
        One,The first row is fine.,Wire
        Two,This row lacks a column
        Three,The third row is fine.,Daily
        """;
    Path p = write("table.csv", csv);

    InputReport r = readOne(p);

    String why = "ragged row: 2 field(s), the header has 3";
    assertEquals(new InputReport(p.toString(), "csv", Status.OK,
        "1 record(s) could not be read; first at line 3: " + why, 2, 1, "UTF-8", csv.length(),
        List.of(new Problem(p.toString(), 3, why))), r);
    assertEquals(List.of("table:2", "table:4"), articles.stream().map(Article::id).toList());
    assertEquals(List.of(2, 4), articles.stream().map(Article::line).toList());
    assertEquals("Daily", articles.get(1).metadata().source());
    assertEquals("The third row is fine.", articles.get(1).text());
  }

  @Test
  void csvWithAnUnclosedQuoteKeepsTheRowsBeforeItAndNamesTheLineWhereTheQuoteOpens()
      throws IOException {
    String csv = "title,text\n"
        + "One,The first row is fine.\n"
        + "Two,\"This quote is never closed, so the rest\n"
        + "of the file is swallowed\n"
        + "Three,Never read.\n";
    Path p = write("unclosed.csv", csv);

    InputReport r = readOne(p);

    assertEquals(List.of("The first row is fine."), articles.stream().map(Article::text).toList());
    assertAll(
        () -> assertEquals(Status.OK, r.status()),
        () -> assertEquals(1, r.articles()),
        () -> assertEquals(1, r.recordsFailed()),
        () -> assertEquals(1, r.problems().size()),
        () -> assertEquals(p.toString(), r.problems().get(0).path()),
        () -> assertTrue(r.problems().get(0).message()
            .startsWith("CSV syntax error, the rest of the file is not read: "),
            r.problems().get(0).message()),
        () -> assertTrue(r.problems().get(0).message()
            .contains("EOF reached before encapsulated token finished"),
            r.problems().get(0).message()),
        () -> assertFalse(r.problems().get(0).message().contains("Exception"),
            "a plain message, not a Java exception name: " + r.problems().get(0).message()),
        () -> assertEquals(3, r.problems().get(0).line(),
            "the record with the unclosed quote starts on line 3 (the file has 5 lines)"));
  }

  @Test
  void blankLinesInCsvDoNotShiftRecordLineNumbers() throws IOException {
    String csv = "title,text\n"
        + "One,Line two.\n"
        + "\n"
        + "\n"
        + "Ragged\n"
        + "\n"
        + "Six,Line seven.\n";
    Path p = write("blanks.csv", csv);

    InputReport r = readOne(p);

    assertEquals(List.of(new Problem(p.toString(), 5, "ragged row: 1 field(s), the header has 2")),
        r.problems(), "the ragged row is on line 5, not on the blank line before it");
    assertEquals(List.of(2, 7), articles.stream().map(Article::line).toList());
    assertEquals(List.of("blanks:2", "blanks:7"), articles.stream().map(Article::id).toList());
  }

  /**
   * Found by CsvCorpusReaderFuzzTest (docs/FUZZING.md): Commons CSV ends a line at a lone CR
   * (old Mac files) but line numbers counted only LFs, so two rows had the same line.
   */
  @Test
  void csvWithCarriageReturnLineEndsNamesEachRowByItsOwnLine() throws IOException {
    String csv = "title,text\rOne,Line two.\rRagged\rFour,Line four.\r";
    Path p = write("mac.csv", csv);

    InputReport r = readOne(p);

    assertEquals(List.of(new Problem(p.toString(), 3, "ragged row: 1 field(s), the header has 2")),
        r.problems());
    assertEquals(List.of(2, 4), articles.stream().map(Article::line).toList());
  }

  @Test
  void quotedCsvFieldWithEmbeddedNewlineIsReadAndLaterLineNumbersStayRight() throws IOException {
    String csv = "title,text\n"
        + "One,\"A paragraph.\n\nAnother paragraph, with a comma.\"\n"
        + "Two,Line five starts here.\n"
        + "Three\n"
        + "Four,Line seven.\n";
    Path p = write("multiline.csv", csv);

    InputReport r = readOne(p);

    String why = "ragged row: 1 field(s), the header has 2";
    assertEquals(new InputReport(p.toString(), "csv", Status.OK,
        "1 record(s) could not be read; first at line 6: " + why, 3, 1, "UTF-8", csv.length(),
        List.of(new Problem(p.toString(), 6, why))), r);
    assertEquals(List.of(2, 5, 7), articles.stream().map(Article::line).toList());
    assertEquals("A paragraph.\n\nAnother paragraph, with a comma.", articles.get(0).text());
    assertEquals(List.of("multiline:2", "multiline:5", "multiline:7"),
        articles.stream().map(Article::id).toList());
  }

  // ---------------------------------------------------------------- directories

  @Test
  void directoryAccountsForEveryFileInStableSortedOrder() throws IOException {
    Path dir = tmp.resolve("in");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("b_good.txt"), "Dam Opens\n\nThe dam opened on Monday.\n");
    Files.write(dir.resolve("c_empty.txt"), new byte[0]);
    Files.write(dir.resolve("d_binary.txt"), bytes('G', 'I', 'F', '8', '9', 'a', 0, 1, 0, 0));
    Files.writeString(dir.resolve("e_corpus.jsonl"),
        "{\"text\": \"Record one.\"}\nnot json at all\n{\"text\": \"Record three.\"}\n");
    Files.writeString(dir.resolve("f_notes.pdf"), "%PDF-1.4 not really");
    Files.writeString(dir.resolve(".hidden.txt"), "Hidden text that must not be read.\n");
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve(".git").resolve("HEAD.txt"), "ref: refs/heads/main\n");
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub").resolve("a_nested.md"),
        "# Nested Title\n\nNested body text.\n");
    Files.writeString(dir.resolve("Z_upper.txt"), "Upper case sorts first.\n");
    String d = dir.toString();

    List<InputReport> reports = read(d);

    assertEquals(List.of(d + "/.git", d + "/.hidden.txt", d + "/Z_upper.txt", d + "/b_good.txt",
            d + "/c_empty.txt", d + "/d_binary.txt", d + "/e_corpus.jsonl", d + "/f_notes.pdf",
            d + "/sub/a_nested.md"),
        reports.stream().map(InputReport::path).toList(), "sorted by code point, recursively");
    assertEquals(List.of(Status.SKIPPED, Status.SKIPPED, Status.OK, Status.OK, Status.SKIPPED,
            Status.FAILED, Status.OK, Status.SKIPPED, Status.OK),
        reports.stream().map(InputReport::status).toList());
    assertEquals("hidden directory", reports.get(0).reason());
    assertEquals("hidden file", reports.get(1).reason());
    assertEquals("empty file (0 bytes)", reports.get(4).reason());
    assertEquals("line 1: binary content (NUL byte at byte offset 6); not a text file",
        reports.get(5).reason());
    assertEquals(List.of(new Problem(d + "/d_binary.txt", 1,
        "binary content (NUL byte at byte offset 6); not a text file")), reports.get(5).problems());
    assertEquals(2, reports.get(6).articles());
    assertEquals(1, reports.get(6).recordsFailed());
    assertEquals(2, reports.get(6).problems().get(0).line());
    assertEquals(d + "/e_corpus.jsonl", reports.get(6).problems().get(0).path());
    assertEquals("unsupported file type .pdf" + SUPPORTED, reports.get(7).reason());
    assertEquals("", reports.get(7).format());
    assertFalse(reports.get(7).hasFailures(), "an unsupported file in a folder is only skipped");
    assertEquals(List.of(0, 0, 1, 1, 0, 0, 2, 0, 1),
        reports.stream().map(InputReport::articles).toList());

    assertEquals(List.of("Z_upper", "b_good", "e_corpus:1", "e_corpus:3", "sub/a_nested"),
        articles.stream().map(Article::id).toList());
    assertEquals(d + "/sub/a_nested.md", articles.get(4).path());
    assertEquals("Nested Title", articles.get(4).metadata().title());
    assertTrue(articles.stream().noneMatch(a -> a.text().contains("Hidden")));

    List<Article> first = List.copyOf(articles);
    articles.clear();
    assertEquals(reports, read(d), "a second run reports the same, in the same order");
    assertEquals(first, articles);
  }

  @Test
  void explicitFileWithUnsupportedExtensionFails() throws IOException {
    Path p = write("report.docx", "not a real document");

    InputReport r = readOne(p);

    String why = "unsupported file type .docx" + SUPPORTED;
    assertEquals(new InputReport(p.toString(), "", Status.FAILED, why, 0, 0, "", -1,
        List.of(new Problem(p.toString(), 0, why))), r);
  }

  @Test
  void everyInputIsReportedInTheOrderGiven() throws IOException {
    Path good = write("good.txt", "One sentence of news.\n");
    String missing = tmp.resolve("missing.jsonl").toString();
    Path empty = write("empty.csv", new byte[0]);

    List<InputReport> reports = read(missing, good.toString(), empty.toString());

    assertEquals(List.of(missing, good.toString(), empty.toString()),
        reports.stream().map(InputReport::path).toList());
    assertEquals(List.of(Status.FAILED, Status.OK, Status.SKIPPED),
        reports.stream().map(InputReport::status).toList());
    assertEquals(List.of("good"), articles.stream().map(Article::id).toList());
  }

  // ---------------------------------------------------------------- the shared ABP corpus

  @Test
  void abpSampleCorpusReadsAllRecordsWithMetadata() throws IOException {
    Path corpus = Path.of(System.getProperty("framelens.shared", "../shared"),
        "data", "corpus", "abp_sample_5000.jsonl");
    Assumptions.assumeTrue(Files.isRegularFile(corpus),
        "shared corpus not found at " + corpus.toAbsolutePath().normalize()
            + " (set -Dframelens.shared=DIR)");
    JsonNode first;
    try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
      first = new ObjectMapper().readTree(in.readLine());
    }

    List<InputReport> reports = read(corpus.toString());

    assertEquals(1, reports.size());
    InputReport r = reports.get(0);
    assertAll(
        () -> assertEquals(Status.OK, r.status()),
        () -> assertEquals("jsonl", r.format()),
        () -> assertEquals("UTF-8", r.encoding()),
        // one record (a Fox News text with a link tag left in it) is read as HTML
        () -> assertEquals("the text field holds HTML (first at line 2375): the text was "
            + "extracted from it, so offsets point into the extracted text", r.reason()),
        () -> assertEquals(5000, r.articles()),
        () -> assertEquals(0, r.recordsFailed()),
        () -> assertEquals(1, r.problems().size()),
        () -> assertEquals(Files.size(corpus), r.bytes()));
    assertEquals(5000, articles.size());
    assertEquals(5000, articles.stream().map(Article::id).distinct().count(), "ids are unique");

    Article a = articles.get(0);
    Metadata m = a.metadata();
    assertAll(
        () -> assertEquals(first.get("source").asText(), m.source()),
        () -> assertEquals(first.get("title").asText(), m.title()),
        () -> assertEquals(first.get("date").asText(), m.date()),
        () -> assertEquals(first.get("url").asText(), m.url()),
        () -> assertEquals(first.get("topic").asText(), m.topic()),
        () -> assertEquals(first.get("content_original").asText(), a.text()),
        () -> assertEquals(first.get("ID").asText(), a.id(), "the ID field is the article id"),
        () -> assertEquals(1, a.line()),
        () -> assertEquals("jsonl", a.format()),
        () -> assertEquals(0, a.bodyStart()));
    assertFalse(m.source().isEmpty() || m.title().isEmpty() || m.date().isEmpty()
        || m.url().isEmpty() || m.topic().isEmpty(), "all five filled: " + m);
  }
}
