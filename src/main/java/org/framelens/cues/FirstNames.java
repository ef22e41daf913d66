package org.framelens.cues;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The gender a person source's title or first name tells ({@code lexicons/first-names.tsv}), so
 * that "She said" does not take "Ivan Petrov" as its antecedent. Unknown names tell nothing.
 */
final class FirstNames {

  /** Gender of a title or first name: 'f', 'm'. */
  static final Map<String, Character> BUNDLED = load();

  private FirstNames() {
  }

  private static Map<String, Character> load() {
    String expected = "a new lower-case word<TAB>f or m";
    Map<String, Character> m = new HashMap<>();
    for (WordTable.Row row : WordTable.read("first-names.tsv", expected)) {
      String w = row.word();
      if (!(row.value().equals("f") || row.value().equals("m"))
          || !w.equals(w.toLowerCase(Locale.ROOT)) || m.put(w, row.value().charAt(0)) != null) {
        throw WordTable.error("first-names.tsv", row.line(), expected);
      }
    }
    return Map.copyOf(m);
  }


  /** What separates the words of a source's text. */
  static final java.util.regex.Pattern WORD_BREAKS =
      java.util.regex.Pattern.compile("[\\s,;()]+");

  /**
   * The gender of the person a source names: the first capitalised word of it that is a known
   * title or first name ("Prime Minister Liz Truss": f; "Mr. Lavrov": m), else null.
   */
  static Character genderOf(String source) {
    for (String word : WORD_BREAKS.split(source)) {
      if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) {
        continue;
      }
      Character g = BUNDLED.get(word.toLowerCase(Locale.ROOT));
      if (g != null) {
        return g;
      }
    }
    return null;
  }

  /** Whether "he" or "she" can stand for this source (true when its gender is unknown). */
  static boolean agrees(String pronoun, String source) {
    Character g = genderOf(source);
    return g == null || (pronoun.equals("he") ? g == 'm' : pronoun.equals("she") ? g == 'f'
        : true);
  }
}
