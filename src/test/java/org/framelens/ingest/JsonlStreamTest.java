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
}
