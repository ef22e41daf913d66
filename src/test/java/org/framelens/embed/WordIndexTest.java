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
  void keysTellApartWordsTheyHoldOnlyInPart() {
    // same low bytes, lengths at the key's limits, NUL characters, very long words
    String longWord = "x".repeat(200);
    List<String> words = List.of("a\u0101", "a\u0001", "\u0101", "\u0001", "a", "a\0", "\0a",
        "abcdefg", "abcdefgh", "abcdefgi", "abcdefghi", "ABCDEFG", "Ꭰbc", "\u13a0bc", "ÿ", "\u01ff",
        longWord, longWord + "y", "x".repeat(127), "x".repeat(128), "Straße", "straße");
    Map<String, Integer> naive = naive(words);
    for (int hotRows : new int[] {0, 3, 11, words.size()}) {
      WordIndex index = index(words, hotRows);
      for (String w : words) {
        for (String q : variants(w)) {
          check(index, naive, q);
        }
      }
      for (String q : List.of("\u0201", "\u0100", "abcdef", "abcdefgj", "x".repeat(126),
          "x".repeat(129), longWord + "z", "A\u0101")) {
        check(index, naive, q);
      }
    }
    assertTrue(WordIndex.key("abc".toCharArray(), 0, 3) != WordIndex.key("ab".toCharArray(), 0, 2));
  }

  @Test
  void aBufferOfTheCallersAnswersLikeTheThreadsOwn() {
    List<String> words = List.of("the", "of", "élan", "russia's", "x".repeat(80), "straße");
    WordIndex index = index(words, 2);
    String text = "The ÉLAN of RUSSIA’S " + "X".repeat(80) + " Straße zzz";
    char[] small = new char[3];
    char[] large = new char[WordIndex.BUFFER];
    for (int from = 0; from < text.length(); from++) {
      for (int to = from + 1; to <= text.length(); to++) {
        int expected = index.find(text, from, to, true);
        assertEquals(expected, index.find(text, from, to, true, small), text.substring(from, to));
        assertEquals(expected, index.find(text, from, to, true, large), text.substring(from, to));
        assertEquals(expected, index.find(text, from, to, true, null), text.substring(from, to));
        assertEquals(index.find(text, from, to, false),
            index.find(new StringBuilder(text), from, to, false, large));
      }
    }
  }

  @Test
  void aCharArrayLongerThanItsRowsAnswersLikeTheString() {
    // the model loader hands over its decoding buffer, which may run on past the last row
    List<String> words = List.of("the", "of", "élan", "the", "straße", "x");
    WordIndex fromString = index(words);
    StringBuilder all = new StringBuilder();
    int[] starts = new int[words.size() + 1];
    for (int i = 0; i < words.size(); i++) {
      all.append(words.get(i)).append('\n');
      starts[i + 1] = all.length();
    }
    all.append("tail\nnot a row\0\0");
    WordIndex fromChars = new WordIndex(all.toString().toCharArray(), starts);
    assertEquals(fromString.size(), fromChars.size());
    for (int i = 0; i < words.size(); i++) {
      assertEquals(fromString.word(i), fromChars.word(i));
    }
    for (String w : List.of("the", "of", "élan", "ÉLAN", "straße", "x", "tail", "not a row", "")) {
      assertEquals(fromString.find(w, 0, w.length(), false), fromChars.find(w, 0, w.length(), false), w);
      assertEquals(fromString.find(w, 0, w.length(), true), fromChars.find(w, 0, w.length(), true), w);
    }
    check(fromChars, naive(words), "tail");
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
            assertEquals(naive.getOrDefault(normalised(q), -1), v.find(q, 0, q.length(),
                new char[4]), q);
          }
        }
      }
    }
    assertTrue(index.meanProbeLength() < 1.5, "mean probe length " + index.meanProbeLength());
  }
}
