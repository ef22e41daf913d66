package org.framelens.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The index answers exactly like a map from word to first row, exact and normalised. */
class WordIndexTest {

  static WordIndex index(List<String> words) {
    return index(words, WordIndex.HOT_ROWS);
  }

  static WordIndex index(List<String> words, int hotRows) {
    StringBuilder all = new StringBuilder();
    int[] starts = new int[words.size() + 1];
    for (int i = 0; i < words.size(); i++) {
      all.append(words.get(i)).append('\n');
      starts[i + 1] = all.length();
    }
    return new WordIndex(all.toString(), starts, hotRows);
  }

  /** The reference: the first row of each word. */
  static Map<String, Integer> naive(List<String> words) {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < words.size(); i++) {
      m.putIfAbsent(words.get(i), i);
    }
    return m;
  }

  static String normalised(CharSequence s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(c == '\u2019' || c == '\u2018' ? '\'' : Character.toLowerCase(c));
    }
    return b.toString();
  }

  /** Checks {@code query} as a String, inside a longer String, and as a StringBuilder. */
  static void check(WordIndex index, Map<String, Integer> naive, String query) {
    int exact = naive.getOrDefault(query, -1);
    int norm = naive.getOrDefault(normalised(query), -1);
    String padded = "x\u2019 " + query + " Y";
    int from = 3;
    int to = 3 + query.length();
    StringBuilder sb = new StringBuilder(padded);
    assertEquals(exact, query.isEmpty() ? -1 : index.find(query, 0, query.length(), false),
        query);
    assertEquals(norm, query.isEmpty() ? -1 : index.find(query, 0, query.length(), true), query);
    assertEquals(query.isEmpty() ? -1 : exact, index.find(padded, from, to, false), query);
    assertEquals(query.isEmpty() ? -1 : norm, index.find(padded, from, to, true), query);
    assertEquals(query.isEmpty() ? -1 : exact, index.find(sb, from, to, false), query);
    assertEquals(query.isEmpty() ? -1 : norm, index.find(sb, from, to, true), query);
  }

  /** Variants of a word a text may hold: capitalised, upper case, curly apostrophes, cut. */
  static List<String> variants(String w) {
    List<String> v = new ArrayList<>();
    v.add(w);
    if (!w.isEmpty()) {
      v.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
      v.add(w.substring(1));
      v.add(w.substring(0, w.length() - 1));
    }
    v.add(w.toUpperCase(java.util.Locale.ROOT));
    v.add(w.replace('\'', '\u2019'));
    v.add(w.replace('\'', '\u2018'));
    v.add(w + "s");
    return v;
  }

  @Test
  void answersLikeAMapForSmallVocabularyWithDuplicatesAndUnicode() {
    List<String> words = List.of("the", "of", "russia's", "élan", "Élan", "the", "u.s.",
        "ĳssel", "straße", "naïve", "a", "b", "ab", "ba", "0", "1,000", "’curly", "x");
    Map<String, Integer> naive = naive(words);
    // every split between the cached table and the other, duplicates on either side or across
    for (int hotRows = 0; hotRows <= words.size(); hotRows++) {
      WordIndex index = index(words, hotRows);
      assertEquals(words.size(), index.size());
      for (int i = 0; i < words.size(); i++) {
        assertEquals(words.get(i), index.word(i));
      }
      for (String w : words) {
        for (String q : variants(w)) {
          check(index, naive, q);
        }
      }
      for (String q : List.of("", "THE", "Russia’s", "RUSSIA‘S", "ÉLAN", "zzz", "the ", "STRASSE")) {
        check(index, naive, q);
      }
      // the duplicate "the" at row 5 is never found: the first row wins
      assertEquals(0, index.find("the", 0, 3, false));
      // exact lookups keep case: "Élan" is its own row, "ÉLAN" normalised finds "élan"
      assertEquals(4, index.find("Élan", 0, 4, false));
      assertEquals(3, index.find("ÉLAN", 0, 4, true));
    }
  }

  @Test
  void answersLikeAMapForWordsPackedIntoTheirSlotAndWordsThatAreNot() {
    // eight ASCII characters are packed, nine are not; nor is a word with NUL or non-ASCII
    List<String> words = List.of("abcdefgh", "abcdefghi", "abcdefg", "ABCDEFGH", "a\u0000b",
        "a\u007fb", "a\u0080b", "héllo", "hello", "\u007f", "12345678", "123456789", "x-y",
        "abcdefgh");
    Map<String, Integer> naive = naive(words);
    for (int hotRows = 0; hotRows <= words.size(); hotRows++) {
      WordIndex index = index(words, hotRows);
      for (String w : words) {
        for (String q : variants(w)) {
          check(index, naive, q);
        }
      }
      for (String q : List.of("abcdefgh\u0000", "\u0000abcdefgh", "a\u0000", "a", "hellO", "héllo1",
          "abcdefgH", "abcdefghij", "\u0000")) {
        check(index, naive, q);
      }
      assertEquals(0, index.find("ABCDEFGH", 0, 8, true));
      assertEquals(3, index.find("ABCDEFGH", 0, 8, false));
    }
    char[] w = "ab".toCharArray();
    assertEquals('a' | 'b' << 8, WordIndex.pack(w, 0, 2));
    assertEquals(0, WordIndex.pack("abcdefghi".toCharArray(), 0, 9));
    assertEquals(0, WordIndex.pack("é".toCharArray(), 0, 1));
    assertEquals(0, WordIndex.pack(new char[1], 0, 1));
  }

  @Test
  void answersLikeAMapForRandomWordsAndKeepsProbesShort() {
    Random rnd = new Random(7);
    String alphabet = "abcdeéfghijklmnopqrstuvwxyz'.-0123456789";
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 50_000; i++) {
      int len = 1 + rnd.nextInt(9);
      StringBuilder b = new StringBuilder();
      for (int j = 0; j < len; j++) {
        b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
      }
      words.add(b.toString());
    }
    for (int i = 0; i < 5000; i++) {
      words.add(words.get(rnd.nextInt(words.size()))); // duplicates, some of cached rows
    }
    WordIndex index = index(words, 10_000);
    Map<String, Integer> naive = naive(words);
    for (int i = 0; i < words.size(); i += 7) {
      for (String q : variants(words.get(i))) {
        check(index, naive, q);
      }
    }
    assertTrue(index.meanProbeLength() < 1.5, "mean probe length " + index.meanProbeLength());
  }

  @Test
  void answersLikeAMapForTheDefaultModelsWholeVocabulary() throws Exception {
    Assumptions.assumeTrue(CompactVectors.isModelDirectory(DefaultModel.directory()),
        "the default model is not installed");
    List<String> words = Files.readAllLines(
        DefaultModel.directory().resolve(CompactVectors.VOCAB), StandardCharsets.UTF_8);
    CompactVectors v = CompactVectors.load(DefaultModel.directory());
    WordIndex index = index(words);
    Map<String, Integer> naive = naive(words);
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      int first = naive.get(w);
      assertEquals(first, v.index(w), w);
      assertEquals(first, index.find(w, 0, w.length(), false), w);
      if (i % 5 == 0) {
        for (String q : variants(w)) {
          check(index, naive, q);
          if (!q.isEmpty()) {
            assertEquals(naive.getOrDefault(normalised(q), -1), v.find(q, 0, q.length()), q);
          }
        }
      }
    }
    assertTrue(index.meanProbeLength() < 1.5, "mean probe length " + index.meanProbeLength());
  }
}
