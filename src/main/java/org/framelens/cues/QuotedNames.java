package org.framelens.cues;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.framelens.text.TsvTable;

/**
 * Nicknames of groups that news style quotes as names ({@code lexicons/quoted-names.tsv}: “the
 * Squad”, “Dreamers”): a short quotation that is one of them is no scare quote. Matched on the
 * words as written (letter case counts: a “squad” of lawyers stays a scare quote), a leading
 * "the" inside the marks left out. Immutable and thread-safe.
 */
final class QuotedNames {

  static final String FILE = "quoted-names.tsv";
  static final String EXPECTED = "name<TAB>kind (group)<TAB>example<TAB>example_scare";

  /**
   * One row.
   *
   * @param words        the name's words, as written
   * @param example      a sentence quoting the name: no scare quote in it
   * @param exampleScare a near miss that stays a scare quote, or empty
   */
  record Entry(List<String> words, String kind, String example, String exampleScare, int line) {
  }

  static final QuotedNames BUNDLED = of(TsvTable.read(FILE, 4, "name", EXPECTED));

  private final List<Entry> entries;
  private final Set<List<String>> names;

  private QuotedNames(List<Entry> entries) {
    this.entries = List.copyOf(entries);
    Set<List<String>> n = new HashSet<>();
    for (Entry e : entries) {
      n.add(e.words());
    }
    this.names = Set.copyOf(n);
  }

  /**
   * The rows, checked: a name of capitalised words, the kind {@code group}, an example in
   * quotation marks; each name once.
   *
   * @throws IllegalStateException {@code quoted-names.tsv:LINE: …}
   */
  static QuotedNames of(List<TsvTable.Row> rows) {
    List<Entry> out = new ArrayList<>();
    Set<List<String>> seen = new HashSet<>();
    for (TsvTable.Row r : rows) {
      String name = r.get(0).strip();
      List<String> words = name.isEmpty() ? List.of() : List.of(name.split(" +"));
      if (words.isEmpty() || !Character.isUpperCase(name.codePointAt(0))) {
        throw r.error("the name '" + r.get(0) + "' must start with a capital letter");
      }
      if (!r.get(1).equals("group")) {
        throw r.error("unknown kind '" + r.get(1) + "' (group)");
      }
      if (!seen.add(words)) {
        throw r.error("the name '" + name + "' is listed twice");
      }
      if (!r.get(2).contains(name)) {
        throw r.error("the example must quote '" + name + "'");
      }
      out.add(new Entry(words, r.get(1), r.get(2), r.get(3), r.line()));
    }
    return new QuotedNames(out);
  }

  List<Entry> entries() {
    return entries;
  }

  /**
   * Whether the words of a quotation (as written) are one of the names, a leading "the" left
   * out ("the Squad").
   */
  boolean isName(List<String> quoted) {
    List<String> w = quoted.size() > 1 && (quoted.get(0).equals("the")
        || quoted.get(0).equals("The")) ? quoted.subList(1, quoted.size()) : quoted;
    return names.contains(w);
  }
}
