package org.framelens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The byte-level record reader gives, for every line it accepts, exactly the fields that the
 * Jackson tree read it stands in for gives (both {@link #jackson}, the code it replaced on that
 * path, frozen here, and {@link JsonlReader#fields}, the Jackson path as it is now), and accepts
 * only well-formed UTF-8; a stream read through it gives the same articles and bad records as
 * whole-file reading, which reads every line with Jackson.
 */
class JsonlFastRecordTest {

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /**
   * The record as JsonlReader made it from Jackson's tree; null for no JSON object. A string is
   * its text; {@code null}, a number or a boolean a {@link JsonScalar} of its kind with Jackson's
   * text for it (since 2026-11-22: before, each was its text, so {@code null} was read as the
   * word "null"); a container its JSON.
   */
  static Map<String, Object> jackson(String line) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException ex) {
      return null;
    }
    if (node == null || !node.isObject()) {
      return null;
    }
    Map<String, Object> record = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      JsonNode v = field.getValue();
      Object value;
      if (v.isTextual()) {
        value = v.asText();
      } else if (v.isNull()) {
        value = new JsonScalar(JsonScalar.Kind.NULL, "null");
      } else if (v.isBoolean()) {
        value = new JsonScalar(JsonScalar.Kind.BOOLEAN, v.asText());
      } else if (v.isNumber()) {
        value = new JsonScalar(JsonScalar.Kind.NUMBER, v.asText());
      } else {
        value = v.toString();
      }
      record.put(field.getKey(), value);
    }
    return record;
  }

  private static boolean wellFormed(byte[] b) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** Checks one line; returns whether the fast reader accepted it (also the fuzz target's check). */
  static boolean check(byte[] line) {
    Map<String, Object> fast = new JsonlFastRecord().parse(line, 0, line.length);
    if (fast == null) {
      return false;
    }
    String shown = new String(line, StandardCharsets.UTF_8);
    assertTrue(wellFormed(line), shown);
    Map<String, Object> slow = jackson(shown);
    assertNotNull(slow, shown);
    assertEquals(new ArrayList<>(slow.entrySet()), new ArrayList<>(fast.entrySet()), shown);
    try {
      assertEquals(new ArrayList<>(JsonlReader.fields(JSON.readTree(shown)).entrySet()),
          new ArrayList<>(fast.entrySet()), shown);
    } catch (JsonProcessingException e) {
      throw new AssertionError(shown, e);
    }
    return true;
  }

  private static boolean check(String line) {
    return check(line.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsTheUsualRecords() {
    assertTrue(check("{\"topic\": \"terrorism\", \"bias\": 0, \"content_original\": \"Mr. A’s "
        + "“quote” —\\n\\nnext \\\"para\\\" \\u00e9\\ud83d\\ude00 é 😀\", \"n\": -12, "
        + "\"ok\": true, \"no\": false, \"x\": null, \"ID\": \"abc\"}"));
    assertTrue(check("{}"));
    assertTrue(check(" \t{ } \r"));
    assertTrue(check("{\"\":\"\"}"));
    assertTrue(check("{\"a\":\"\\/\\b\\f\\r\\t\\\\\",\"b\":123456789}"));
    assertTrue(check("{\"a\":\"\\ud800 lone\",\"b\":\"\\uFFFD real\"}"));
    assertTrue(check("{\"a\":\"\uFFFD\"}"));
  }

  @Test
  void leavesEverythingElseToJackson() {
    for (String s : List.of("", "  ", "[1]", "{\"a\":1.5}", "{\"a\":1e3}", "{\"a\":-0}",
        "{\"a\":007}", "{\"a\":1234567890}", "{\"a\":[1]}", "{\"a\":{}}", "{\"a\":\"x\",\"a\":\"y\"}",
        "{\"a\":\"\\x\"}", "{\"a\":\"\\u12\"}", "{\"a\":\"tab\there\"}", "{\"a\":\"x\"} x",
        "{\"a\":\"x\",}", "{\"a\" \"x\"}", "{'a':'x'}", "{\"a\":truex}", "{\"a\":nul}",
        "{\"a\":\"x\"", "{\"a\":\"x}", "{\"a\":1 2}", "{a:1}", "{\"a\":+1}", "{\"a\":-}")) {
      assertEquals(false, check(s), s);
    }
    // bytes that are not UTF-8: a stray continuation, an overlong form, a surrogate, cut short
    for (byte[] bad : List.of(new byte[] {(byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0x80},
        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xE2, (byte) 0x80},
        new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
        new byte[] {(byte) 0xF8})) {
      byte[] line = new byte[bad.length + 8];
      System.arraycopy("{\"a\":\"".getBytes(StandardCharsets.US_ASCII), 0, line, 0, 6);
      System.arraycopy(bad, 0, line, 6, bad.length);
      line[bad.length + 6] = '"';
      line[bad.length + 7] = '}';
      assertNull(new JsonlFastRecord().parse(line, 0, line.length));
    }
  }

  @Test
  void nullsNumbersAndBooleansInTextAndMetadataFieldsAgreeWithJackson() throws Exception {
    List<String> lines = List.of(
        "{\"text\": null, \"source\": \"Daily A\"}",
        "{\"text\": 42, \"id\": 7}",
        "{\"text\": true}",
        "{\"text\": false, \"date\": null}",
        "{\"text\": \"A.\", \"source\": null, \"date\": null, \"title\": null, \"id\": null}",
        "{\"text\": \"B.\", \"source\": 0, \"date\": \"20220210\", \"title\": true, \"id\": -12, "
            + "\"topic\": false, \"url\": null}",
        "{\"content_original\": \"C.\", \"text\": null}",
        "{\"content_original\": null, \"text\": \"E: a null first text field passes to the next\"}",
        "{\"Text\": null, \"ID\": 123456789}",
        "{\"text\": \"D.\", \"date\": 1644451200.5, \"id\": 1.5}");
    for (String line : lines) {
      assertEquals(!line.contains("1.5"), check(line), line); // a fraction is left to Jackson
    }
    byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    JsonlStreamTest.Recorder whole = recorder();
    JsonlReader.read(new SourceFile("f.jsonl", "f", new String(bytes, StandardCharsets.UTF_8)),
        FieldMapping.defaults(), whole);
    JsonlStreamTest.Recorder streamed = recorder();
    JsonlReader.stream(new ByteArrayInputStream(bytes), "f.jsonl", "f", FieldMapping.defaults(),
        streamed);
    assertEquals(whole.events, streamed.events);
    assertEquals(List.of("bad 1: the text field \"text\" is null",
        "bad 2: the text field \"text\" holds a number (42), not text",
        "bad 3: the text field \"text\" holds a boolean (true), not text",
        "bad 4: the text field \"text\" holds a boolean (false), not text",
        "article " + new Article("f:5", "f.jsonl", 5, "jsonl", Metadata.empty(), "A.", 0) + " "
            + Metadata.empty(),
        "article " + new Article("-12", "f.jsonl", 6, "jsonl",
            new Metadata("true", "0", "2022-02-10", "", "false"), "B.", 0) + " "
            + new Metadata("true", "0", "2022-02-10", "", "false"),
        "article " + new Article("f:7", "f.jsonl", 7, "jsonl", Metadata.empty(), "C.", 0) + " "
            + Metadata.empty(),
        "article " + new Article("f:8", "f.jsonl", 8, "jsonl", Metadata.empty(),
            "E: a null first text field passes to the next", 0) + " " + Metadata.empty(),
        "bad 9: the text field \"Text\" is null",
        "article " + new Article("1.5", "f.jsonl", 10, "jsonl",
            new Metadata("", "", "2022-02-10", "", ""), "D.", 0) + " "
            + new Metadata("", "", "2022-02-10", "", "")),
        streamed.events);
  }

  private static final String[] KEYS = {"text", "id", "source", "Title", "date", "a", "é", ""};
  private static final String[] ATOMS = {"0", "-0", "7", "-12", "007", "1.5", "2e3", "123456789",
      "1234567890", "true", "false", "null", "tru", "[1, \"x\"]", "{\"k\": 2}", "\"\"", "-"};
  private static final String[] PIECES = {"a", "Z", " ", "’", "“", "é", "😀", "\\n", "\\\"",
      "\\\\", "\\/", "\\u0041", "\\ud83d", "\\ude00", "\\uFFFD", "\uFFFD", "\\q", "\t", "\"",
      "\\", "\u0001", "\\u00", "}", ",", ":"};

  private static byte[] randomLine(Random r) {
    StringBuilder b = new StringBuilder();
    b.append(r.nextInt(8) == 0 ? " " : "").append('{');
    for (int f = r.nextInt(5); f > 0; f--) {
      b.append('"').append(KEYS[r.nextInt(KEYS.length)]).append('"')
          .append(r.nextBoolean() ? ":" : " : ");
      if (r.nextInt(3) == 0) {
        b.append(ATOMS[r.nextInt(ATOMS.length)]);
      } else {
        b.append('"');
        for (int k = r.nextInt(12); k > 0; k--) {
          b.append(r.nextInt(3) == 0 ? PIECES[r.nextInt(PIECES.length)] : "ab c");
        }
        b.append('"');
      }
      if (f > 1) {
        b.append(r.nextInt(10) == 0 ? " , " : ",");
      }
    }
    b.append('}').append(r.nextInt(8) == 0 ? "\r" : "");
    byte[] line = b.toString().getBytes(StandardCharsets.UTF_8);
    if (r.nextInt(4) == 0) { // a damaged byte
      line[r.nextInt(line.length)] = (byte) r.nextInt(256);
    }
    return line;
  }

  @Test
  void agreesWithJacksonOnRandomLines() {
    Random r = new Random(42);
    int accepted = 0;
    for (int k = 0; k < 30_000; k++) {
      if (check(randomLine(r))) {
        accepted++;
      }
    }
    assertTrue(accepted > 6_000, "accepted " + accepted);
  }

  private static final byte[][] LINE_ENDS = {{'\n'}, {'\n'}, {'\r', '\n'}, {'\r'}};

  @Test
  void streamGivesWhatWholeReadingGivesOnRandomLines() throws Exception {
    Random r = new Random(7);
    for (int file = 0; file < 200; file++) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (int k = r.nextInt(30); k > 0; k--) {
        byte[] line = randomLine(r);
        if (wellFormed(line)) {
          out.write(line);
          // LF, CRLF or a lone CR (randomLine may end the line with a CR of its own)
          out.write(LINE_ENDS[r.nextInt(LINE_ENDS.length)]);
        }
      }
      byte[] bytes = out.toByteArray();
      String text = new String(bytes, StandardCharsets.UTF_8);
      JsonlStreamTest.Recorder whole = recorder();
      JsonlReader.read(new SourceFile("f.jsonl", "f", text), FieldMapping.defaults(), whole);
      JsonlStreamTest.Recorder streamed = recorder();
      // read in pieces of random size, so that line ends (CRLF too) fall across reads
      JsonlReader.stream(new JsonlStreamTest.Trickle(bytes, 1 + r.nextInt(64)), "f.jsonl", "f",
          FieldMapping.defaults(), streamed);
      assertEquals(whole.events, streamed.events, text);
    }
  }

  /** Records every article whole, with all its metadata. */
  private static JsonlStreamTest.Recorder recorder() {
    return new JsonlStreamTest.Recorder() {
      @Override
      String describe(Article a) {
        return a + " " + a.metadata();
      }
    };
  }}
