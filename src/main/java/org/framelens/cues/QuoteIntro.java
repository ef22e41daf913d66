package org.framelens.cues;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.framelens.text.TsvTable;

/**
 * The marks and speech nouns of the quotation-introducer rule ({@code lexicons/quote-intro.tsv}):
 * a quotation opened right after a colon or dash is credited to the subject of the clause before
 * the mark ({@code attr.quote-intro}); a speech noun ("message", "reply") makes its owner that
 * subject ("Her message was simple: “…”"). Checked when read: a known kind, one character or two
 * dashes for a mark, a speech noun in lower case, each word once, an example with its source
 * marked {@code [[…]]}. Immutable.
 *
 * @param marks       the marks, each with the word the explanation calls it ("colon", "dash")
 * @param speechNouns nouns for what someone says or writes, in lower case
 * @param rows        the rows as read, for the examples' test
 */
record QuoteIntro(Map<String, String> marks, Set<String> speechNouns, List<TsvTable.Row> rows) {

  static final String FILE = "quote-intro.tsv";
  static final String EXPECTED = "word<TAB>kind (colon, dash or speech_noun)<TAB>example"
      + "<TAB>example_miss";

  /** The bundled table. */
  static final QuoteIntro BUNDLED = of(TsvTable.read(FILE, 4, "word", EXPECTED));

  QuoteIntro {
    marks = Map.copyOf(marks);
    speechNouns = Set.copyOf(speechNouns);
    rows = List.copyOf(rows);
  }

  static QuoteIntro of(List<TsvTable.Row> rows) {
    Map<String, String> marks = new HashMap<>();
    Set<String> nouns = new HashSet<>();
    for (TsvTable.Row r : rows) {
      String w = r.get(0);
      boolean isNew = switch (r.get(1)) {
        case "colon", "dash" -> {
          if (w.isEmpty() || (w.length() > 1 && !w.equals("--"))
              || Character.isLetterOrDigit(w.codePointAt(0))) {
            throw r.error("the mark '" + w + "' must be one punctuation character or '--'");
          }
          yield marks.put(w, r.get(1)) == null;
        }
        case "speech_noun" -> {
          if (w.isEmpty() || !w.equals(w.toLowerCase(Locale.ROOT)) || !w.chars()
              .allMatch(Character::isLetter)) {
            throw r.error("the speech noun '" + w + "' must be one word in lower case");
          }
          yield nouns.add(w);
        }
        default -> throw r.error("unknown kind '" + r.get(1)
            + "' (one of colon, dash, speech_noun)");
      };
      if (!isNew) {
        throw r.error("the word '" + w + "' is listed twice");
      }
      String example = r.get(2);
      int open = example.indexOf("[[");
      int close = example.indexOf("]]");
      if (open < 0 || close < open + 3 || example.indexOf("[[", open + 2) >= 0) {
        throw r.error("the example must mark its source once with [[...]]");
      }
      if (!example.contains(w)) {
        throw r.error("the example does not hold '" + w + "'");
      }
    }
    return new QuoteIntro(marks, nouns, rows);
  }

  /** What the explanation calls the mark ("colon", "dash"), or null when it is no mark. */
  String markName(String token) {
    return marks.get(token);
  }
}
