package org.framelens.cues;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
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
    java.util.Arrays.fill(values, -1);
    mask = cap - 1;
    for (Map.Entry<String, Integer> e : m.entrySet()) {
      char[] k = e.getKey().toCharArray();
      int h = hash(k, 0, k.length);
      int i = h & mask;
      while (values[i] >= 0) {
        i = (i + 1) & mask;
      }
      hashes[i] = h;
      keys[i] = k;
      values[i] = e.getValue();
    }
  }

  /** The words of several vocabularies in one (each one's words keep their order). */
  static WordIds union(WordIds... vocabularies) {
    List<String> all = new ArrayList<>();
    for (WordIds v : vocabularies) {
      all.addAll(v.ids.keySet());
    }
    return new WordIds(all);
  }

  /**
   * The vocabulary a matcher of {@code words} uses: {@code shared} when given (it must hold every
   * one of them), else its own.
   *
   * @param what the matcher's words, for the error ("the lexicon", "the cues", "the actors")
   * @throws IllegalArgumentException when {@code shared} lacks one of {@code words}
   */
  static WordIds ownOrShared(Collection<String> words, WordIds shared, String what) {
    WordIds own = new WordIds(words);
    if (shared == null) {
      return own;
    }
    if (!shared.containsAll(own)) {
      throw new IllegalArgumentException("the shared vocabulary lacks words of " + what);
    }
    return shared;
  }

  /** One empty list per word id: an index by word to fill. */
  <T> List<List<T>> emptyIndex() {
    List<List<T>> index = new ArrayList<>(size());
    for (int id = 0; id < size(); id++) {
      index.add(new ArrayList<>());
    }
    return index;
  }

  /** Whether every word of {@code other} is one of these. */
  boolean containsAll(WordIds other) {
    return ids.keySet().containsAll(other.ids.keySet());
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
    int[] out = new int[1];
    ids(chars, new int[] {from, to}, new int[] {h}, out);
    return out[0];
  }

  /**
   * Looks up {@code out.length} words at once: word i is chars {@code [at[i], at[i + 1])}, its
   * {@link #hash} {@code hash[i]}; its id, or -1, goes to {@code out[i]}. One loop over plain
   * arrays (empty cells have the value -1), for the matchers' hot path.
   */
  void ids(char[] chars, int[] at, int[] hash, int[] out) {
    int[] hashes = this.hashes;
    char[][] keys = this.keys;
    int[] values = this.values;
    for (int w = 0; w < out.length; w++) {
      int h = hash[w];
      int from = at[w];
      int len = at[w + 1] - from;
      int id = -1;
      int i = h & mask;
      int v;
      while ((v = values[i]) >= 0) {
        if (hashes[i] == h) {
          char[] k = keys[i];
          int c = 0;
          if (k.length == len) {
            while (c < len && k[c] == chars[from + c]) {
              c++;
            }
          }
          if (c == len && k.length == len) {
            id = v;
            break;
          }
        }
        i = (i + 1) & mask;
      }
      out[w] = id;
    }
  }
}
