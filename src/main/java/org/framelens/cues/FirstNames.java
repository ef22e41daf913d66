package org.framelens.cues;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
    Map<String, Character> m = new HashMap<>();
    try (InputStream in = FirstNames.class.getResourceAsStream("/lexicons/first-names.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int no = 0;
      while ((line = r.readLine()) != null) {
        no++;
        if (line.isBlank() || line.startsWith("#") || line.startsWith("word\t")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 2 || !(f[1].equals("f") || f[1].equals("m"))
            || !f[0].equals(f[0].toLowerCase(Locale.ROOT))
            || m.put(f[0], f[1].charAt(0)) != null) {
          throw new IllegalStateException("first-names.tsv:" + no
              + ": expected a new lower-case word<TAB>f or m");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(m);
  }

  /**
   * The gender of the person a source names: the first capitalised word of it that is a known
   * title or first name ("Prime Minister Liz Truss": f; "Mr. Lavrov": m), else null.
   */
  static Character genderOf(String source) {
    for (String word : source.split("[\\s,;()]+")) {
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
