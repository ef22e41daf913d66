package org.framelens.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Locale;

/**
 * Reads a {@code .json} file: one JSON object (one article, as BASIL and news-please store
 * them) or an array of objects (one article each). Fields are found as in a JSONL record
 * ({@link JsonlReader#value}). Without an id field, a lone object is named by its file, as a
 * {@code .txt} is, and the N-th object of an array {@code FILE:N}. An element that is not an
 * object, or has no text, is a bad record named by the line it starts on; malformed JSON ends the
 * file there (the objects before it are kept) and is named by its line too.
 */
final class JsonFileReader {

  /** Reads one value at a time from a parser (JSONL's mapper refuses anything after a value). */
  private static final ObjectMapper TREES = new ObjectMapper();

  private JsonFileReader() {
  }

  static void read(SourceFile f, FieldMapping fields, RecordSink sink) throws BadInputException {
    try (JsonParser p = TREES.createParser(f.text())) {
      JsonToken t = p.nextToken();
      int line = p.currentTokenLocation().getLineNr();
      if (t == JsonToken.START_OBJECT) {
        JsonNode node = p.readValueAsTree();
        JsonlReader.object(node, line, f.displayPath(), f.idBase(), "json", fields, sink);
        if (p.nextToken() != null) {
          sink.badRecord(p.currentTokenLocation().getLineNr(), "more than one JSON value in "
              + "the file (a .json file holds one object or one array of objects; for one "
              + "object per line, name it .jsonl); the rest of the file is not read");
        }
      } else if (t == JsonToken.START_ARRAY) {
        int n = 0;
        for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
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
          JsonlReader.object(node, at, f.displayPath(), f.idBase() + ":" + n, "json", fields,
              sink);
        }
      } else {
        throw new BadInputException(line, "expected a JSON object or an array of objects, found "
            + kind(t));
      }
    } catch (JsonProcessingException e) {
      int at = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      sink.badRecord(at, "malformed JSON: " + JsonlReader.firstLine(e.getOriginalMessage())
          + "; the rest of the file is not read");
    } catch (IOException e) {
      throw new BadInputException(0, "cannot read: " + Inputs.describe(e));
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
}
