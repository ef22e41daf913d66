package org.framelens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.framelens.ingest.JsonlStreamTest.Recorder;
import org.junit.jupiter.api.Test;

/**
 * A JSON object that names a field twice ({@code {"text": "A", "text": "B"}}, what a scraper that
 * merges two dictionaries by hand can write) is read as JSON readers read it, the last value
 * winning, and the file's warning says so with the first such line; before, the first value was
 * lost without a word. Whole reading, streaming and {@code .json} files agree.
 */
class DuplicateJsonKeysTest {

  private static final String LINES = "{\"id\":\"a\",\"text\":\"First.\",\"text\":\"Second.\"}\n"
      + "{\"id\":\"b\",\"text\":\"Plain.\"}\n"
      + "{\"id\":\"c\",\"source\":\"X\",\"text\":\"Third.\",\"source\":\"Y\"}\n";

  @Test
  void jsonlKeepsTheLastValueAndWarnsWithTheFirstLine() throws Exception {
    Recorder whole = new Recorder();
    JsonlReader.read(new SourceFile("f.jsonl", "f", LINES), FieldMapping.defaults(), whole);
    assertEquals(List.of("article a line 1 : Second.", "article b line 2 : Plain.",
        "article c line 3 Y: Third.", "warning: 2 record(s) name a field twice in one object "
            + "(first: line 1 ('text')); the last value was used, as JSON readers do: check how "
            + "the file was made"), whole.events);
    Recorder streamed = new Recorder();
    JsonlReader.stream(new ByteArrayInputStream(LINES.getBytes(StandardCharsets.UTF_8)),
        "f.jsonl", "f", FieldMapping.defaults(), streamed);
    assertEquals(whole.events, streamed.events);
  }

  @Test
  void aJsonFileIsReadAgainLenientlyWithOneWarning() throws Exception {
    Recorder r = new Recorder();
    JsonFileReader.read(new SourceFile("f.json", "f", "[\n{\"id\":\"a\",\"text\":\"One.\"},\n"
        + "{\"id\":\"b\",\"text\":\"Two.\",\"id\":\"c\"}\n]"), FieldMapping.defaults(), r);
    assertEquals(List.of("article a line 2 : One.", "article c line 3 : Two.",
        "warning: an object names a field twice (line 3 ('id')); the last value was used, as "
            + "JSON readers do: check how the file was made"), r.events);
    Recorder clean = new Recorder();
    JsonFileReader.read(new SourceFile("g.json", "g", "[{\"id\":\"a\",\"text\":\"One.\"}]"),
        FieldMapping.defaults(), clean);
    assertEquals(List.of("article a line 1 : One."), clean.events);
  }

  @Test
  void nestedObjectsAreCheckedToo() throws Exception {
    Recorder r = new Recorder();
    JsonlReader.read(new SourceFile("f.jsonl", "f", "{\"id\":\"a\",\"text\":\"One.\","
        + "\"source\":{\"name\":\"X\",\"name\":\"Y\"}}\n"), FieldMapping.defaults(), r);
    assertEquals(List.of("article a line 1 Y: One.", "warning: 1 record(s) name a field twice "
        + "in one object (first: line 1 ('name')); the last value was used, as JSON readers do: "
        + "check how the file was made"), r.events);
  }
}
