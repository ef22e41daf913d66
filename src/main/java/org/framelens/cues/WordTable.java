package org.framelens.cues;

import java.util.ArrayList;
import java.util.List;
import org.framelens.text.TsvTable;

/**
 * A bundled two-column word list ({@code lexicons/NAME}: {@code word<TAB>value} per line; blank
 * lines, {@code #} comments and a {@code word<TAB>…} header skipped), as the source words, the
 * non-source words and the first names are kept ({@link TsvTable} reads it). Each loader checks
 * its own values.
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
    for (TsvTable.Row r : TsvTable.read(name, 2, "word", expected)) {
      rows.add(new Row(r.line(), r.get(0), r.get(1)));
    }
    return rows;
  }

  /** The error for line {@code line} of {@code name}. */
  static IllegalStateException error(String name, int line, String expected) {
    return TsvTable.error(name, line, "expected " + expected);
  }
}
