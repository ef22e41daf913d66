package org.framelens.cues;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The matchers' indexes give the answers a plain search would. */
class MatcherIndexTest {

  @Test
  void wordIdsAnswerAsAHashMap() {
    Random random = new Random(7);
    for (int size : new int[] {0, 1, 2, 3, 17, 100, 1000}) {
      Map<String, Integer> map = new HashMap<>();
      List<String> words = new ArrayList<>();
      while (map.size() < size) {
        String w = word(random);
        words.add(w); // duplicates keep their first id
        map.putIfAbsent(w, map.size());
      }
      words.add("Aa"); // "Aa" and "BB" share a hash code
      map.putIfAbsent("Aa", map.size());
      WordIds ids = new WordIds(words);
      assertEquals(map.size(), ids.size());
      for (String key : map.keySet()) {
        assertEquals(map.get(key), ids.id(key), key);
        assertEquals((int) map.get(key), idOf(ids, key), key);
      }
      assertEquals(-1, idOf(ids, "BB"));
      assertEquals(-1, idOf(ids, ""));
      for (int i = 0; i < 2000; i++) {
        String w = word(random);
        assertEquals(map.getOrDefault(w, -1), idOf(ids, w), w);
      }
    }
  }

  /** The id of {@code w} looked up as a sentence's token is. */
  private static int idOf(WordIds ids, String w) {
    return MatchTokens.of(new String[] {"x", w}).ids(ids)[1];
  }

  private static String word(Random random) {
    StringBuilder b = new StringBuilder();
    int n = 1 + random.nextInt(4);
    for (int i = 0; i < n; i++) {
      b.append((char) ('a' + random.nextInt(6)));
    }
    return b.toString();
  }

  /**
   * For every word a pattern can start with (and words around them), the indexed candidates
   * are exactly the patterns whose first word is the word or a prefix of it, plus those
   * starting with a wildcard, in entry and pattern order.
   */
  @Test
  void lexiconCandidatesAreThePatternsThatCanStartAtAWord() {
    Lexicon lexicon = Lexicon.bundled().plus(Lexicon.of(List.of(new LexiconEntry("user.any",
        List.of(PhrasePattern.parse("_ regime"), PhrasePattern.parse("ployed*")), CueType.LOADED,
        "x", "x", List.of(), "[[a regime]]", "", "user", 1))));
    List<List<String>> firstWords = new ArrayList<>();
    Set<String> probes = new LinkedHashSet<>(List.of("", "a", "ploy", "ployed", "ployedx",
        "zzz", "’", "é", "sowing", "so", "fan", "fans", "neo-nazis", "n"));
    for (LexiconEntry e : lexicon.entries()) {
      for (PhrasePattern p : e.patterns()) {
        firstWords.add(p.firstWords());
        for (String w : p.firstWords()) {
          String stem = w.endsWith("*") ? w.substring(0, w.length() - 1) : w;
          probes.add(stem);
          probes.add(stem + "s");
          probes.add(stem.substring(0, stem.length() - 1));
          probes.add(stem.toUpperCase(java.util.Locale.ROOT));
        }
      }
    }
    for (String word : probes) {
      List<Integer> expected = new ArrayList<>();
      for (int ref = 0; ref < firstWords.size(); ref++) {
        boolean can = firstWords.get(ref).isEmpty();
        for (String w : firstWords.get(ref)) {
          can |= w.endsWith("*") ? word.startsWith(w.substring(0, w.length() - 1))
              : word.equals(w);
        }
        if (can) {
          expected.add(ref);
        }
      }
      assertArrayEquals(expected.stream().mapToInt(Integer::intValue).toArray(),
          lexicon.candidates(word), word);
    }
  }
}
