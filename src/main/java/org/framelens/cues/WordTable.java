package org.framelens.cues;

import java.util.Map;

/**
 * An immutable map from words to values for the matchers' hot loops: open addressing over
 * parallel arrays, the keys' hash codes kept in an {@code int[]} so that a word that is no key
 * (most tokens) is rejected without touching any key string. A token's hash code is computed
 * once (String caches it) and shared by every table it is looked up in. Thread-safe.
 *
 * @param <V> the value type
 */
final class WordTable<V> {

  private final int[] hashes;
  private final String[] keys;
  private final Object[] values;
  private final int mask;

  WordTable(Map<String, V> map) {
    int cap = Integer.highestOneBit(Math.max(4, map.size() * 4) - 1) << 1;
    hashes = new int[cap];
    keys = new String[cap];
    values = new Object[cap];
    mask = cap - 1;
    for (Map.Entry<String, V> e : map.entrySet()) {
      int h = e.getKey().hashCode();
      int i = spread(h) & mask;
      while (keys[i] != null) {
        i = (i + 1) & mask;
      }
      hashes[i] = h;
      keys[i] = e.getKey();
      values[i] = e.getValue();
    }
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  /** The value of {@code word}, or null. */
  @SuppressWarnings("unchecked")
  V get(String word) {
    int h = word.hashCode();
    int i = spread(h) & mask;
    String k;
    while ((k = keys[i]) != null) {
      if (hashes[i] == h && k.equals(word)) {
        return (V) values[i];
      }
      i = (i + 1) & mask;
    }
    return null;
  }
}
