package org.framelens.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a JSON Lines corpus: one JSON object per line, one article per object. Blank lines are
 * ignored; a line that is not a JSON object, or has no text field, is a bad record named by its
 * line number, and reading goes on with the next line.
 */
final class JsonlReader {

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JsonlReader() {
  }

  static void read(SourceFile f, FieldMapping fields, RecordSink sink) {
    String t = f.text();
    int lineNo = 0;
    int i = 0;
    while (i < t.length()) {
      int e = t.indexOf('\n', i);
      if (e < 0) {
        e = t.length();
      }
      lineNo++;
      String line = t.substring(i, e);
      i = e + 1;
      if (line.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (JsonProcessingException ex) {
        sink.badRecord(lineNo, "malformed JSON: " + firstLine(ex.getOriginalMessage()));
        continue;
      }
      if (node == null || !node.isObject()) {
        sink.badRecord(lineNo, "expected a JSON object, found "
            + (node == null ? "nothing" : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
        continue;
      }
      Map<String, String> record = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        JsonNode v = field.getValue();
        record.put(field.getKey(), v.isValueNode() ? v.asText() : v.toString());
      }
      String text = FieldMapping.lookup(fields.text(), record);
      if (text == null || text.isBlank()) {
        sink.badRecord(lineNo, (text == null ? "no text field" : "empty text field")
            + " (looked for " + String.join(", ", fields.text()) + ")");
        continue;
      }
      String id = FieldMapping.lookup(fields.id(), record);
      String articleId = id == null || id.isBlank() ? f.idBase() + ":" + lineNo : id.strip();
      sink.article(new Article(articleId, f.displayPath(), lineNo, "jsonl",
          fields.metadata(record), text, 0));
    }
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
