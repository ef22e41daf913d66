package org.framelens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Large JSONL files are read as a stream, with the same records and problems as whole reading. */
class JsonlStreamTest {

  /** A stream that hands out at most {@code most} bytes per read, as a pipe or gzip may. */
  static final class Trickle extends java.io.FilterInputStream {
    private final int most;

    Trickle(byte[] bytes, int most) {
      super(new ByteArrayInputStream(bytes));
      this.most = most;
    }

    @Override
    public int read(byte[] b, int off, int len) throws java.io.IOException {
      return super.read(b, off, Math.min(len, most));
    }
  }

  /** What a reader reported, in order (also used by {@link JsonlFastRecordTest}). */
  static class Recorder implements RecordSink {
    final List<String> events = new ArrayList<>();

    /** How an article is recorded: id, line, source and text. */
    String describe(Article a) {
      return a.id() + " line " + a.line() + " " + a.metadata().source() + ": " + a.text();
    }

    @Override
    public void article(Article a) {
      events.add("article " + describe(a));
    }

    @Override
    public void badRecord(int line, String message) {
      events.add("bad " + line + ": " + message);
    }

    @Override
    public void warning(String message) {
      events.add("warning: " + message);
    }
  }

  private static final String LINES = "{\"id\":\"a\",\"source\":\"X\",\"text\":\"First.\"}\n"
      + "\n"
      + "{\"id\": broken\n"
      + "[1, 2]\n"
      + "{\"source\":\"Y\",\"text\":\"No id, so file:line.\"}\r\n"
      + "{\"id\":\"c\",\"text\":\"\"}\n"
      + "{\"id\":\"d\",\"text\":\"Last, with no newline.\"}";

  @Test
  void streamGivesWhatWholeReadingGives() throws Exception {
    Recorder whole = new Recorder();
    JsonlReader.read(new SourceFile("f.jsonl", "f", LINES), FieldMapping.defaults(), whole);
    Recorder streamed = new Recorder();
    String enc = JsonlReader.stream(new ByteArrayInputStream(LINES.getBytes(StandardCharsets.UTF_8)),
        "f.jsonl", "f", FieldMapping.defaults(), streamed);
    assertEquals("UTF-8", enc);
    assertEquals(whole.events, streamed.events);
    assertEquals(6, streamed.events.size(), streamed.events.toString());
    assertEquals("article f:5 line 5 Y: No id, so file:line.", streamed.events.get(3));
    assertTrue(streamed.events.get(1).startsWith("bad 3: malformed JSON"), streamed.events.get(1));
    assertEquals("bad 4: expected a JSON object, found array", streamed.events.get(2));
  }

  @Test
  void byteOrderMarkIsSkippedAndDamagedLinesAreNamed() throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
    b.write("{\"id\":\"a\",\"text\":\"ok\"}\n".getBytes(StandardCharsets.UTF_8));
    b.write("{\"id\":\"b\",\"text\":\"caf".getBytes(StandardCharsets.UTF_8));
    b.write(0xe9); // Latin-1 é: not UTF-8
    b.write("\"}\n".getBytes(StandardCharsets.UTF_8));
    Recorder r = new Recorder();
    String enc = JsonlReader.stream(new ByteArrayInputStream(b.toByteArray()), "g.jsonl", "g",
        FieldMapping.defaults(), r);
    assertEquals("UTF-8 (damaged)", enc);
    assertEquals("article a line 1 : ok", r.events.get(0));
    assertEquals("article b line 2 : caf\uFFFD", r.events.get(1));
    assertEquals("warning: not valid UTF-8 on 1 line(s) (first: line 2); the bad bytes were read "
        + "as U+FFFD", r.events.get(2));
    Recorder bom = new Recorder();
    assertEquals("UTF-8 (BOM)", JsonlReader.stream(new ByteArrayInputStream(
        new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, '{', '}'}), "h.jsonl", "h",
        FieldMapping.defaults(), bom));
    assertEquals(List.of("bad 1: no text field (looked for content_original, content, text, "
        + "body, article, maintext, body-paragraphs)"), bom.events);
  }

  @Test
  void ingestorStreamsLargeFilesAndSkipsOnesWithoutRecords(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path tmp) throws Exception {
    int size = (int) JsonlReader.STREAM_BYTES + 1024;
    java.nio.file.Path blank = tmp.resolve("blank.jsonl");
    java.nio.file.Files.write(blank, "\n".repeat(size).getBytes(StandardCharsets.UTF_8));
    java.nio.file.Path big = tmp.resolve("big.jsonl");
    String line = "{\"id\":\"%d\",\"text\":\"" + "word ".repeat(200) + "\"}\n";
    StringBuilder b = new StringBuilder();
    for (int n = 0; b.length() <= size; n++) {
      b.append(String.format(line, n));
    }
    java.nio.file.Files.writeString(big, b);
    int[] articles = new int[1];
    List<InputReport> reports = new Ingestor(IngestOptions.defaults())
        .read(List.of(blank.toString(), big.toString()), a -> articles[0]++);
    assertEquals(InputReport.Status.SKIPPED, reports.get(0).status());
    assertEquals("no records (only a header or blank lines)", reports.get(0).reason());
    assertEquals(InputReport.Status.OK, reports.get(1).status());
    assertEquals(b.toString().lines().count(), reports.get(1).articles());
    assertEquals(reports.get(1).articles(), articles[0]);
    assertEquals("UTF-8", reports.get(1).encoding());
  }

  /** LF, CRLF and a lone CR (old Mac files), mixed; CR CR LF is two line ends. */
  private static final String LINE_ENDS = "{\"id\":\"a\",\"text\":\"A.\"}\r"
      + "{\"text\":\"B.\"}\r\n"
      + "\r"
      + "{\"text\":\"D.\"} {\"text\":\"D2.\"}\n"
      + "{\"text\":\"E.\"}\r\r\n"
      + "{\"text\":\"G.\", \"source\": \"Wire\"}\r";

  @Test
  void aLoneCrACrlfAndALfEachEndOneLine() throws Exception {
    // before 2026-11-22: lines 1 and 2 were one line, a bad record with Jackson's "Trailing token
    // (of type START_OBJECT) found after value ... FAIL_ON_TRAILING_TOKENS"; so were 5 to 7
    List<String> expected = List.of("article a line 1 : A.", "article f:2 line 2 : B.",
        "bad 4: more than one JSON value on the line (each line must hold one object)",
        "article f:5 line 5 : E.", "article f:7 line 7 Wire: G.");
    Recorder whole = new Recorder();
    JsonlReader.read(new SourceFile("f.jsonl", "f", LINE_ENDS), FieldMapping.defaults(), whole);
    assertEquals(expected, whole.events);
    byte[] bytes = LINE_ENDS.getBytes(StandardCharsets.UTF_8);
    for (int most = 1; most <= bytes.length; most++) { // every split of every line end
      Recorder streamed = new Recorder();
      JsonlReader.stream(new Trickle(bytes, most), "f.jsonl", "f", FieldMapping.defaults(),
          streamed);
      assertEquals(expected, streamed.events, "reads of " + most + " byte(s)");
    }
  }

  @Test
  void aCrlfOrCrAtTheEndOfA64KbReadIsOneLineEnd() throws Exception {
    int chunk = 1 << 16; // JsonlReader.stream reads 64 KB at a time
    for (String end : List.of("\r\n", "\r", "\r\r\n", "\n")) {
      String first = "{\"text\":\"" + "x".repeat(chunk - 1 - "{\"text\":\"\"}".length())
          + "\"}";
      byte[] bytes = (first + end + "{\"text\":\"Second.\"}\r\n{\"text\":\"Third.\"}")
          .getBytes(StandardCharsets.UTF_8);
      assertEquals(end.charAt(0), (char) bytes[chunk - 1], "the line end starts at the last "
          + "byte of the first read");
      Recorder r = new Recorder() {
        @Override
        String describe(Article a) {
          return a.id() + " line " + a.line();
        }
      };
      JsonlReader.stream(new ByteArrayInputStream(bytes), "f.jsonl", "f",
          FieldMapping.defaults(), r);
      int second = end.equals("\r\r\n") ? 3 : 2;
      assertEquals(List.of("article f:1 line 1", "article f:" + second + " line " + second,
          "article f:" + (second + 1) + " line " + (second + 1)), r.events, end);
    }
  }

  @Test
  void aFileWithLoneCrLineEndsIsReadWholeWithItsLines(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path tmp) throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write("{\"text\":\"One.\"}\r{\"text\":\"Two.\"}\r{\"text\":\"caf".getBytes(
        StandardCharsets.UTF_8));
    b.write(0xe9); // Latin-1 é among UTF-8: damaged UTF-8, named by its line
    b.write("\u2019s.\"}\r".getBytes(StandardCharsets.UTF_8));
    java.nio.file.Path f = java.nio.file.Files.write(tmp.resolve("mac.jsonl"), b.toByteArray());
    List<Article> articles = new ArrayList<>();
    InputReport r = new Ingestor(IngestOptions.defaults()).read(List.of(f.toString()),
        articles::add).get(0);
    assertEquals(InputReport.Status.OK, r.status(), r.reason());
    assertEquals(List.of("mac:1 One.", "mac:2 Two.", "mac:3 caf\uFFFD\u2019s."),
        articles.stream().map(a -> a.id() + " " + a.text()).toList());
    assertEquals(0, r.recordsFailed());
    assertTrue(r.reason().contains("at line 3"), r.reason());
  }
}
