package org.framelens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonlReader#truncationMarker} searches only a text's end for NewsAPI's "[+N chars]"
 * marker; it must find exactly what a search of the whole text with {@link JsonlReader#TRUNCATED}
 * finds.
 */
class TruncationMarkerTest {

  private static int byRegex(String text) {
    Matcher m = JsonlReader.TRUNCATED.matcher(text);
    return m.find() ? m.start() : -1;
  }

  @Test
  void findsWhatTheWholeTextSearchFinds() {
    List<String> cases = List.of("", " ", "]", "[", "Troops moved … [+2000 chars]",
        "Troops moved … [+2000 chars]  \n", "Troops moved …  \t [+2000 chars]",
        "[+12 chars]", "  [+12 chars]", "Troops [+12 chars] moved.", "Troops moved [12 chars]",
        "Troops moved [+ chars]", "a [b] [+5 chars]", "a [+5 chars] [+6 chars]",
        "[+5 chars]]", "no marker at all.", "ends in a bracket [sic]");
    for (String t : cases) {
      assertEquals(byRegex(t), JsonlReader.truncationMarker(t), "'" + t + "'");
    }
    Random random = new Random(7);
    String[] parts = {" ", "\n", "[", "]", "+", "1", "42", " chars", "chars", "x", "…", "\t"};
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(12); k > 0; k--) {
        b.append(parts[random.nextInt(parts.length)]);
      }
      String t = b.toString();
      assertEquals(byRegex(t), JsonlReader.truncationMarker(t), "'" + t + "'");
    }
  }
}
