package org.framelens.cues;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The words a matcher compares tokens with (its patterns' literal words), numbered from 0 so
 * that a token is looked up once per sentence ({@link MatchTokens#ids}) and then compared as an
 * int. A word that is none of these has no id (-1), which no pattern word equals. Open
 * addressing over parallel arrays; the keys' hash codes ({@link #hash}) are kept in an
 * {@code int[]} so that most tokens are rejected without touching a key. Immutable.
 */
final class WordIds {

  private final Map<String, Integer> ids;
  private final int[] hashes;
  private final char[][] keys;
  private final int[] values;
  private final int mask;

  /** Numbers {@code words} in iteration order (duplicates get the first one's id). */
  WordIds(Collection<String> words) {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (String w : words) {
      m.putIfAbsent(w, m.size());
    }
    this.ids = java.util.Collections.unmodifiableMap(m);
    int cap = Integer.highestOneBit(Math.max(4, m.size() * 4) - 1) << 1;
    hashes = new int[cap];
    keys = new char[cap][];
    values = new int[cap];
    mask = cap - 1;
    for (Map.Entry<String, Integer> e : m.entrySet()) {
      char[] k = e.getKey().toCharArray();
      int h = hash(k, 0, k.length);
      int i = h & mask;
      while (keys[i] != null) {
        i = (i + 1) & mask;
      }
      hashes[i] = h;
      keys[i] = k;
      values[i] = e.getValue();
    }
  }

  /** Number of words. */
  int size() {
    return ids.size();
  }

  /** The id of {@code word}, or -1. */
  int id(String word) {
    Integer id = ids.get(word);
    return id == null ? -1 : id;
  }

  /** The hash code of chars {@code [from, to)}: {@code String.hashCode}'s, spread. */
  static int hash(char[] chars, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + chars[i];
    }
    return spread(h);
  }

  /** Mixes the high bits of a {@code String.hashCode}-style hash into the low ones. */
  static int spread(int h) {
    return h ^ (h >>> 16);
  }

  /** The id of the word in chars {@code [from, to)}, whose {@link #hash} is {@code h}; or -1. */
  int id(char[] chars, int from, int to, int h) {
    int i = h & mask;
    char[] k;
    while ((k = keys[i]) != null) {
      if (hashes[i] == h && java.util.Arrays.equals(k, 0, k.length, chars, from, to)) {
        return values[i];
      }
      i = (i + 1) & mask;
    }
    return -1;
  }
}
