package org.framelens.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A bundled tab-separated word list or rule table ({@code lexicons/NAME}), read line by line:
 * blank lines and {@code #} comments are skipped, the header (a line that starts with the first
 * column's name and a tab) is skipped, and every other line must hold exactly the table's number
 * of fields (empty fields allowed). Errors name the file and line ({@code NAME:LINE: expected
 * …}); each loader checks its own values and reports them with {@link Row#error}. Used by the
 * word lists of the cue stage, the HTML reader's page-part words and the speaker labels.
 */
public final class TsvTable {

  /**
   * One row of a table.
   *
   * @param file   the table's file name, for errors
   * @param line   its line number (1-based)
   * @param fields its fields as written
   */
  public record Row(String file, int line, List<String> fields) {

    public Row {
      fields = List.copyOf(fields);
    }

    /** Field {@code i}. */
    public String get(int i) {
      return fields.get(i);
    }

    /** The error {@code FILE:LINE: message} for this row. */
    public IllegalStateException error(String message) {
      return TsvTable.error(file, line, message);
    }
  }

  private TsvTable() {
  }

  /**
   * The rows of the bundled {@code lexicons/name}.
   *
   * @param columns  how many fields a line holds
   * @param header   the first column's name: a line starting with it and a tab is the header
   * @param expected what a line must hold, for the error ("word<TAB>type")
   * @throws IllegalStateException "name:line: expected …" for a line with another number of
   *                               fields, or when the file is missing
   */
  public static List<Row> read(String name, int columns, String header, String expected) {
    try (InputStream in = TsvTable.class.getResourceAsStream("/lexicons/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource lexicons/" + name);
      }
      return parse(new InputStreamReader(in, StandardCharsets.UTF_8), name, columns, header,
          expected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@link #read} from {@code reader}, errors naming {@code name}. */
  public static List<Row> parse(Reader reader, String name, int columns, String header,
      String expected) throws IOException {
    List<Row> rows = new ArrayList<>();
    BufferedReader r = new BufferedReader(reader);
    String line;
    int no = 0;
    while ((line = r.readLine()) != null) {
      no++;
      if (line.isBlank() || line.startsWith("#") || line.startsWith(header + "\t")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != columns) {
        throw error(name, no, "expected " + expected);
      }
      rows.add(new Row(name, no, List.of(f)));
    }
    return rows;
  }

  /** The error {@code name:line: message}. */
  public static IllegalStateException error(String name, int line, String message) {
    return new IllegalStateException(name + ":" + line + ": " + message);
  }
}
