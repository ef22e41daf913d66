package org.framelens.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a {@code .json} file: one JSON object (one article, as BASIL and news-please store them)
 * or an array of objects (one article each). Fields are found as in a JSONL record
 * ({@link JsonlReader#value}). Without an id field, a lone object is named by its file, as a
 * {@code .txt} is, and the N-th object of an array {@code FILE:N}. An object without a text field
 * that has exactly one field holding an array of objects (a saved NewsAPI response,
 * {@code {"status": "ok", "totalResults": 2, "articles": [{...}, {...}]}}) is read as that array,
 * with a warning naming the field. An element that is not an object, or has no text, is a bad
 * record named by the line it starts on; malformed JSON ends the file there (the objects before it
 * are kept) and is named by its line too.
 */
final class JsonFileReader {

  /** Reads one value at a time from a parser (JSONL's reader checks what follows a value). */
  private static final ObjectMapper TREES = new ObjectMapper();

  private JsonFileReader() {
  }

  static void read(SourceFile f, FieldMapping fields, RecordSink sink) throws BadInputException {
    // a field named twice in one object: read again leniently (the last value wins, as JSON
    // readers do), with a warning; a strict reader stops at the first such object
    BufferedSink buffered = new BufferedSink();
    String duplicate = read(f, fields, buffered, JsonlReader.STRICT);
    if (duplicate == null) {
      buffered.replay(sink);
      return;
    }
    read(f, fields, sink, TREES);
    sink.warning("an object names a field twice (" + duplicate + "); the last value was used, "
        + "as JSON readers do: check how the file was made");
  }

  /**
   * Reads the file with {@code mapper}; returns the first field named twice ("line N ('f')")
   * when a strict mapper stopped there (having passed nothing on), else null.
   */
  private static String read(SourceFile f, FieldMapping fields, RecordSink sink,
      ObjectMapper mapper) throws BadInputException {
    try (JsonParser p = mapper.createParser(f.text())) {
      JsonToken t = p.nextToken();
      int line = p.currentTokenLocation().getLineNr();
      if (t == JsonToken.START_OBJECT) {
        JsonNode node = p.readValueAsTree();
        Map<String, Object> record = JsonlReader.fields(node);
        String array = FieldMapping.key(fields.text(), record) == null ? articles(node) : null;
        if (array == null) {
          JsonlReader.record(record, line, f.displayPath(), f.idBase(), "json", fields, sink);
        } else {
          sink.warning("no text field in the file's object, but one array of objects, \""
              + array + "\": its " + node.get(array).size() + " element(s) were read as the "
              + "articles (as in a saved NewsAPI response)");
          nested(f, array, fields, sink);
        }
        if (p.nextToken() != null) {
          sink.badRecord(p.currentTokenLocation().getLineNr(), "more than one JSON value in "
              + "the file (a .json file holds one object or one array of objects; for one "
              + "object per line, name it .jsonl); the rest of the file is not read");
        }
      } else if (t == JsonToken.START_ARRAY) {
        elements(p, line, f, fields, sink);
      } else {
        throw new BadInputException(line, "expected a JSON object or an array of objects, found "
            + kind(t));
      }
    } catch (JsonProcessingException e) {
      int at = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      String duplicate = JsonlReader.duplicateField(e);
      if (duplicate != null && mapper == JsonlReader.STRICT) {
        return "line " + at + " ('" + duplicate + "')";
      }
      sink.badRecord(at, "malformed JSON: " + JsonlReader.firstLine(e.getOriginalMessage())
          + "; the rest of the file is not read");
    } catch (IOException e) {
      throw new BadInputException(0, "cannot read: " + Inputs.describe(e));
    }
    return null;
  }

  /**
   * The name of the one field of {@code object} that holds an array of objects (one whose first
   * element is an object), or null if none or several do.
   */
  private static String articles(JsonNode object) {
    String found = null;
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      JsonNode v = field.getValue();
      if (v.isArray() && v.size() > 0 && v.get(0).isObject()) {
        if (found != null) {
          return null;
        }
        found = field.getKey();
      }
    }
    return found;
  }

  /**
   * Reads the elements of the array in field {@code name} of the file's object, parsing the file
   * again so that each is named by the line it starts on (the tree read first has no lines).
   */
  private static void nested(SourceFile f, String name, FieldMapping fields, RecordSink sink)
      throws IOException, BadInputException {
    try (JsonParser p = TREES.createParser(f.text())) {
      p.nextToken(); // the object, read once already
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        boolean wanted = p.currentName().equals(name);
        t = p.nextToken();
        if (wanted && t == JsonToken.START_ARRAY) {
          elements(p, p.currentTokenLocation().getLineNr(), f, fields, sink);
          return;
        }
        p.skipChildren();
      }
    }
  }

  /**
   * The objects of the array whose start ({@code [} on line {@code line}) {@code p} has just
   * read, each an article (the N-th without an id field named {@code FILE:N}) or a bad record.
   */
  private static void elements(JsonParser p, int line, SourceFile f, FieldMapping fields,
      RecordSink sink) throws IOException, BadInputException {
    int n = 0;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t == null) {
        throw new BadInputException(line, "the array that starts here is never closed");
      }
      n++;
      int at = p.currentTokenLocation().getLineNr();
      if (t != JsonToken.START_OBJECT) {
        sink.badRecord(at, "expected a JSON object, found " + kind(t));
        p.skipChildren();
        continue;
      }
      JsonNode node = p.readValueAsTree();
      JsonlReader.object(node, at, f.displayPath(), f.idBase() + ":" + n, "json", fields, sink);
    }
  }

  private static String kind(JsonToken t) {
    if (t == null) {
      return "nothing";
    }
    return switch (t) {
      case START_ARRAY -> "array";
      case START_OBJECT -> "object";
      case VALUE_STRING -> "string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
      case VALUE_TRUE, VALUE_FALSE -> "boolean";
      case VALUE_NULL -> "null";
      default -> t.name().toLowerCase(Locale.ROOT);
    };
  }

  /** Keeps what a reading passes on, to pass it on in order once the reading is known good. */
  private static final class BufferedSink implements RecordSink {
    private final java.util.List<java.util.function.Consumer<RecordSink>> events =
        new java.util.ArrayList<>();

    @Override
    public void article(Article article) {
      events.add(s -> s.article(article));
    }

    @Override
    public void badRecord(int line, String message) {
      events.add(s -> s.badRecord(line, message));
    }

    @Override
    public void warning(String message) {
      events.add(s -> s.warning(message));
    }

    @Override
    public void htmlRecord(int line) {
      events.add(s -> s.htmlRecord(line));
    }

    @Override
    public void truncatedRecord(int line) {
      events.add(s -> s.truncatedRecord(line));
    }

    void replay(RecordSink sink) {
      events.forEach(e -> e.accept(sink));
    }
  }
}
