package org.framelens.cues;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A bundled two-column word list ({@code lexicons/NAME}: {@code word<TAB>value} per line; blank
 * lines, {@code #} comments and a {@code word<TAB>…} header skipped), as the source words, the
 * non-source words and the first names are kept. Each loader checks its own values.
 */
final class WordTable {

  /** One row: its line number, and its two fields as written. */
  record Row(int line, String word, String value) {
  }

  private WordTable() {
  }

  /**
   * The rows of {@code lexicons/name}.
   *
   * @param expected what a line must hold, for the error ("word<TAB>type")
   * @throws IllegalStateException "name:line: expected …" for a line without exactly two fields
   */
  static List<Row> read(String name, String expected) {
    List<Row> rows = new ArrayList<>();
    try (InputStream in = WordTable.class.getResourceAsStream("/lexicons/" + name);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int no = 0;
      while ((line = r.readLine()) != null) {
        no++;
        if (line.isBlank() || line.startsWith("#") || line.startsWith("word\t")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 2) {
          throw error(name, no, expected);
        }
        rows.add(new Row(no, f[0], f[1]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /** The error for line {@code line} of {@code name}. */
  static IllegalStateException error(String name, int line, String expected) {
    return new IllegalStateException(name + ":" + line + ": expected " + expected);
  }
}
