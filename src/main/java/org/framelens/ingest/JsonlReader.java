package org.framelens.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Reads a JSON Lines corpus: one JSON object per line, one article per object. A line ends at a
 * line feed (LF), a carriage return followed by one (CRLF) or a carriage return alone (CR, as old
 * Mac files end lines): a raw CR cannot occur inside a valid JSON string, so no record is cut.
 * Blank lines are ignored; a line that is not one JSON object, or has no text, is a bad record
 * named by its line number, and reading goes on with the next line.
 */
final class JsonlReader {

  /** Files larger than this are read as a stream ({@link #stream}) rather than whole. */
  static final long STREAM_BYTES = 16L << 20;

  /**
   * A streamed line longer than this many bytes is a bad record, skipped without being held:
   * no JSON text this long can be read (Jackson stops at 20 million characters per string), and
   * holding it (a gzip file of a few MB can decompress to one line of gigabytes) could exhaust
   * memory.
   */
  static final int STREAM_LINE_BYTES = 64 << 20;

  /** Reads one value from a line; what follows it is checked by {@link #line}. */
  private static final ObjectMapper JSON = new ObjectMapper();
  /** {@link #JSON} that fails on a field named twice in one object, to tell the reader. */
  static final ObjectMapper STRICT = new ObjectMapper()
      .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private JsonlReader() {
  }

  static void read(SourceFile f, FieldMapping fields, RecordSink sink) {
    String t = f.text();
    int n = t.length();
    int lineNo = 0;
    int i = 0;
    List<String> twice = new ArrayList<>();
    while (i < n) {
      int e = i;
      char c = 0;
      while (e < n && (c = t.charAt(e)) != '\n' && c != '\r') {
        e++;
      }
      lineNo++;
      String duplicate = line(t.substring(i, e), lineNo, f.displayPath(), f.idBase(), fields,
          sink);
      if (duplicate != null) {
        twice.add("line " + lineNo + " ('" + duplicate + "')");
      }
      i = e + 1;
      if (c == '\r' && i < n && t.charAt(i) == '\n') {
        i++; // CRLF: one line end
      }
    }
    if (!twice.isEmpty()) {
      sink.warning(duplicateWarning(twice.size(), twice.get(0)));
    }
  }

  /**
   * Reads a large JSONL file as a stream, one line at a time, so memory does not grow with the
   * file, with the lines and line numbers of {@link #read} (a CRLF split between two reads of
   * the stream is still one line end): UTF-8 (a byte-order mark is skipped); a line that is not
   * valid UTF-8 is read with U+FFFD in place of the bad bytes and named in a warning, as
   * whole-file reading does for damaged UTF-8.
   *
   * @return the encoding read ("UTF-8", "UTF-8 (BOM)" or "UTF-8 (damaged)")
   */
  static String stream(InputStream in, String displayPath, String idBase, FieldMapping fields,
      RecordSink sink) throws IOException {
    return stream(in, displayPath, idBase, fields, sink, STREAM_LINE_BYTES);
  }

  /** {@link #stream}, with lines longer than {@code lineLimit} bytes passed over as bad records. */
  static String stream(InputStream in, String displayPath, String idBase, FieldMapping fields,
      RecordSink sink, int lineLimit) throws IOException {
    java.nio.charset.CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    List<Integer> damaged = new ArrayList<>();
    List<String> twice = new ArrayList<>(); // "line N ('field')" of each record naming one twice
    byte[] chunk = new byte[1 << 16];
    int pos = 0; // chunk holds unread bytes in [pos, len)
    int len = 0;
    byte[] bytes = new byte[1 << 14]; // the current line
    int lineNo = 0;
    boolean first = true;
    boolean bom = false;
    boolean afterCr = false; // the last line ended with a CR: a LF right after it ends it too
    JsonlFastRecord fastRecords = new JsonlFastRecord();
    while (true) {
      int n = 0;
      boolean newline = false;
      boolean tooLong = false;
      while (true) {
        if (pos == len) {
          len = in.read(chunk, 0, chunk.length);
          pos = 0;
          if (len < 0) {
            len = 0;
            break;
          }
        }
        if (afterCr) {
          afterCr = false;
          if (chunk[pos] == '\n') {
            pos++;
            continue;
          }
        }
        int e = pos;
        byte c;
        // one comparison for most bytes of text (above '\r'); UTF-8's lead and continuation
        // bytes, negative as Java bytes, take the longer test
        while (e < len && ((c = chunk[e]) > '\r' || (c != '\n' && c != '\r'))) {
          e++;
        }
        if (tooLong || (long) n + (e - pos) > lineLimit) {
          tooLong = true; // the rest of the line is passed over, not kept
        } else {
          if (n + (e - pos) > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(n + (e - pos), 2 * bytes.length));
          }
          System.arraycopy(chunk, pos, bytes, n, e - pos);
          n += e - pos;
        }
        if (e < len) {
          afterCr = chunk[e] == '\r';
          pos = e + 1;
          newline = true;
          break;
        }
        pos = len;
      }
      if (!newline && n == 0 && !tooLong) {
        break;
      }
      lineNo++;
      if (tooLong) {
        first = false;
        sink.badRecord(lineNo, "line longer than " + (lineLimit >= 1 << 20
            ? (lineLimit >> 20) + " MB" : lineLimit + " bytes") + ", not read");
        if (!newline) {
          break;
        }
        continue;
      }
      int from = 0;
      if (first && n >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
          && (bytes[2] & 0xff) == 0xbf) {
        from = 3;
        bom = true;
      }
      first = false;
      // the usual record is read straight from its bytes; any other line as a string, by Jackson
      Map<String, Object> fast = fastRecords.parse(bytes, from, n);
      if (fast != null) {
        record(fast, lineNo, displayPath, idBase + ":" + lineNo, "jsonl", fields, sink);
        if (!newline) {
          break;
        }
        continue;
      }
      // bad bytes become U+FFFD; only a line with one can be damaged (or hold a real U+FFFD)
      String line = new String(bytes, from, n - from, StandardCharsets.UTF_8);
      if (line.indexOf('\uFFFD') >= 0) {
        try {
          strict.decode(ByteBuffer.wrap(bytes, from, n - from));
        } catch (CharacterCodingException e) {
          damaged.add(lineNo);
        }
      }
      String duplicate = line(line, lineNo, displayPath, idBase, fields, sink);
      if (duplicate != null) {
        twice.add("line " + lineNo + " ('" + duplicate + "')");
      }
      if (!newline) {
        break;
      }
    }
    if (!twice.isEmpty()) {
      sink.warning(duplicateWarning(twice.size(), twice.get(0)));
    }
    if (!damaged.isEmpty()) {
      sink.warning("not valid UTF-8 on " + damaged.size() + " line(s) (first: line "
          + damaged.get(0) + "); the bad bytes were read as U+FFFD");
      return "UTF-8 (damaged)";
    }
    return bom ? "UTF-8 (BOM)" : "UTF-8";
  }

  /**
   * Reads one line read by Jackson (not the fast path); returns the first field named twice in
   * an object of the record (read, the last value winning, as JSON parsers do), or null.
   */
  private static String line(String line, int lineNo, String displayPath, String idBase,
      FieldMapping fields, RecordSink sink) {
    if (line.isBlank()) {
      return null;
    }
    JsonNode node;
    String duplicate = null;
    try {
      node = tree(STRICT, line);
    } catch (JsonProcessingException strict) {
      duplicate = duplicateField(strict);
      if (duplicate == null) {
        sink.badRecord(lineNo, "malformed JSON: " + firstLine(strict.getOriginalMessage()));
        return null;
      }
      try {
        node = tree(JSON, line);
      } catch (JsonProcessingException ex) {
        sink.badRecord(lineNo, "malformed JSON: " + firstLine(ex.getOriginalMessage()));
        return null;
      }
    }
    if (node == MORE_THAN_ONE) {
      sink.badRecord(lineNo, "more than one JSON value on the line (each line must hold one "
          + "object)");
      return null;
    }
    if (node == null || !node.isObject()) {
      sink.badRecord(lineNo, "expected a JSON object, found "
          + (node == null ? "nothing" : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
      return null;
    }
    object(node, lineNo, displayPath, idBase + ":" + lineNo, "jsonl", fields, sink);
    return duplicate;
  }

  /** What {@link #tree} gives for a line holding more than one JSON value. */
  private static final JsonNode MORE_THAN_ONE =
      com.fasterxml.jackson.databind.node.MissingNode.getInstance();

  /** The one JSON value of {@code line} (null for none), or {@link #MORE_THAN_ONE}. */
  private static JsonNode tree(ObjectMapper mapper, String line) throws JsonProcessingException {
    try (JsonParser p = mapper.createParser(line)) {
      JsonNode node = mapper.readTree(p);
      return node != null && p.nextToken() != null ? MORE_THAN_ONE : node;
    } catch (JsonProcessingException ex) {
      throw ex;
    } catch (IOException ex) {
      throw new java.io.UncheckedIOException(ex); // a String cannot fail to be read
    }
  }

  /** The field a strict parser found named twice, or null for any other error. */
  static String duplicateField(JsonProcessingException e) {
    String m = e.getOriginalMessage();
    if (m == null || !m.startsWith("Duplicate field '")) {
      return null;
    }
    int end = m.indexOf('\'', "Duplicate field '".length());
    return end < 0 ? null : m.substring("Duplicate field '".length(), end);
  }

  /** The warning for {@code count} records naming a field twice, the first at {@code first}. */
  static String duplicateWarning(int count, String first) {
    return count + " record(s) name a field twice in one object (first: " + first + "); the "
        + "last value was used, as JSON readers do: check how the file was made";
  }

  /**
   * The article of one JSON object starting at {@code lineNo}, or a bad record without text;
   * {@code defaultId} names it when it has no id field.
   */
  static void object(JsonNode node, int lineNo, String displayPath, String defaultId,
      String format, FieldMapping fields, RecordSink sink) {
    record(fields(node), lineNo, displayPath, defaultId, format, fields, sink);
  }

  /** The fields of a JSON object, each value as {@link #value} gives it, in order. */
  static Map<String, Object> fields(JsonNode node) {
    Map<String, Object> record = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      record.put(field.getKey(), value(field.getValue()));
    }
    return record;
  }

  /** An array of strings (a paragraph stored as its sentences) joined with spaces, or null. */
  private static String sentences(JsonNode e) {
    if (!e.isArray()) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    for (JsonNode x : e) {
      if (!x.isTextual() && !x.isNumber()) {
        return null;
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(x.isNumber() ? numberText(x) : x.asText());
    }
    return sb.toString();
  }

  /**
   * A field's value: a string as its text; {@code null}, a number or a boolean as a
   * {@link JsonScalar} (so that a text field holding one is a bad record and a {@code null}
   * metadata field is unknown, not the word "null"); as text, an array of strings and numbers (a
   * text stored as its paragraphs) joined with blank lines, an array of such arrays (BASIL's
   * {@code body-paragraphs}: paragraphs of sentences) with spaces within a paragraph and blank
   * lines between, an empty array as empty; an object with a string {@code name} (NewsAPI's
   * {@code "source": {"id": "reuters", "name": "Reuters"}}) that name, with a {@code null} name
   * as {@code null}; a MongoDB extended-JSON value ({@code {"$date": "2022-02-10T00:00:00Z"}},
   * {@code {"$date": {"$numberLong": "1644451200000"}}}, {@code {"$oid": "…"}}) as the value it
   * wraps; any other object as unknown ({@link JsonScalar#object}: an empty metadata cell, not
   * its JSON); an array of anything else as its JSON.
   */
  static Object value(JsonNode v) {
    if (v.isTextual()) {
      return v.asText();
    }
    if (v.isNull()) {
      return JsonScalar.NULL;
    }
    if (v.isBoolean()) {
      return v.booleanValue() ? JsonScalar.TRUE : JsonScalar.FALSE;
    }
    if (v.isNumber()) {
      return JsonScalar.number(numberText(v));
    }
    if (v.isValueNode()) {
      return v.asText();
    }
    if (v.isArray()) {
      if (v.isEmpty()) {
        return "";
      }
      StringBuilder sb = new StringBuilder();
      for (JsonNode e : v) {
        String paragraph = e.isTextual() ? e.asText() : e.isNumber() ? numberText(e)
            : sentences(e);
        if (paragraph == null) {
          return v.toString();
        }
        if (sb.length() > 0) {
          sb.append("\n\n");
        }
        sb.append(paragraph);
      }
      return sb.toString();
    }
    if (v.isObject() && v.path("name").isTextual()) {
      return v.get("name").asText();
    }
    if (v.isObject() && v.path("name").isNull()) {
      return JsonScalar.NULL;
    }
    if (v.isObject() && v.size() == 1) {
      JsonNode wrapped = v.has("$date") ? v.get("$date") : v.has("$oid") ? v.get("$oid")
          : v.has("$numberLong") ? v.get("$numberLong") : null;
      if (wrapped != null && (wrapped.isValueNode() || wrapped.isObject())) {
        return value(wrapped);
      }
    }
    if (v.isObject()) {
      return JsonScalar.object(v.toString());
    }
    return v.toString();
  }

  /**
   * A JSON number as text: as Jackson writes it ({@code 42}, {@code 1.5}), except that a
   * fraction Java would write in E notation but JavaScript would not (1e-7 to 1e21) is written
   * plainly: the float Unix time stamp {@code 1644451200.5} stays {@code 1644451200.5}, not
   * {@code 1.6444512005E9}.
   */
  static String numberText(JsonNode v) {
    String s = v.asText();
    if (!v.isFloatingPointNumber() || s.indexOf('E') < 0) {
      return s;
    }
    double d = Math.abs(v.doubleValue());
    if (d >= 1e-7 && d < 1e21) {
      return new java.math.BigDecimal(s).stripTrailingZeros().toPlainString();
    }
    return s;
  }

  /**
   * The article of a record's fields, or a bad record without text: no text field, one that is
   * {@code null}, a number or a boolean, or one that is empty.
   */
  static void record(Map<String, Object> record, int lineNo, String displayPath,
      String defaultId, String format, FieldMapping fields, RecordSink sink) {
    String present = FieldMapping.key(fields.text(), record);
    if (present == null) {
      sink.badRecord(lineNo, "no text field (looked for " + String.join(", ", fields.text())
          + ")");
      return;
    }
    // the first text field with a value: an empty or null one is passed over
    String key = FieldMapping.firstValueKey(fields.text(), record);
    if (key == null) {
      List<String> presentKeys = new ArrayList<>();
      for (String k : record.keySet()) {
        if (fields.text().stream().anyMatch(c -> c.equalsIgnoreCase(k.strip()))) {
          presentKeys.add("\"" + k + "\"");
        }
      }
      Object first = record.get(present);
      sink.badRecord(lineNo, presentKeys.size() > 1
          ? "the text fields " + String.join(", ", presentKeys) + " are all empty or null"
          : first instanceof JsonScalar s ? "the text field \"" + present + "\" " + s.describe()
          : "empty text field (looked for " + String.join(", ", fields.text()) + ")");
      return;
    }
    Object value = record.get(key);
    if (value instanceof JsonScalar s) {
      sink.badRecord(lineNo, "the text field \"" + key + "\" " + s.describe());
      return;
    }
    String text = HtmlReader.fieldText((String) value, lineNo, sink);
    if (text.isBlank()) {
      sink.badRecord(lineNo, "no text in the HTML of the text field \"" + key + "\"");
      return;
    }
    int cutAt = truncationMarker(text);
    if (cutAt >= 0) {
      sink.truncatedRecord(lineNo);
      text = text.substring(0, cutAt);
      if (text.isBlank()) {
        sink.badRecord(lineNo, "the text field \"" + key + "\" holds only NewsAPI's "
            + "truncation marker");
        return;
      }
    }
    String id = JsonScalar.asText(FieldMapping.lookup(fields.id(), record));
    String articleId = id == null || id.isBlank() ? defaultId : id.strip();
    sink.article(new Article(articleId, displayPath, lineNo, format, fields.metadata(record),
        text, 0));
  }

  /**
   * NewsAPI's truncation marker at the end of a text: {@code … [+2000 chars]} (the API cuts
   * {@code content} to about 200 characters); it is taken off, the ellipsis before it kept.
   */
  static final java.util.regex.Pattern TRUNCATED =
      java.util.regex.Pattern.compile("\\s*\\[\\+\\d+ chars\\]\\s*\\z");

  /**
   * Where {@link #TRUNCATED} starts in {@code text}, or -1. Only the text's last characters are
   * searched: a search over the whole text tried the leading {@code \\s*} at every space, which
   * cost a second per 32 MB.
   */
  static int truncationMarker(String text) {
    int end = text.length();
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end == 0 || text.charAt(end - 1) != ']') {
      return -1;
    }
    int from = Math.max(0, text.lastIndexOf('[', end - 1));
    while (from > 0 && Character.isWhitespace(text.charAt(from - 1))) {
      from--;
    }
    Matcher cut = TRUNCATED.matcher(text).region(from, text.length());
    return cut.find() ? cut.start() : -1;
  }

  static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    String m = nl >= 0 ? s.substring(0, nl) : s;
    return m.length() > 200 ? m.substring(0, 200) + "..." : m;
  }
}
