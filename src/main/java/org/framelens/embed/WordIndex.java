package org.framelens.embed;

/**
 * The vocabulary of a model as an open-addressing hash table over one string, so that a token
 * can be looked up straight from the article text, lower-cased and with curly apostrophes
 * straightened on the fly, without creating a String (the embedder's hot path), and so that
 * loading builds no per-word objects. Immutable after construction; thread-safe.
 */
final class WordIndex {

  private final String all;      // the words, separated by '\n'
  private final int[] starts;    // row -> start offset in all (length rows + 1)
  private final int[] table;     // slot -> row + 1, 0 = empty
  private final int mask;

  /** @param all the vocabulary file's text: exactly {@code rows} lines, each ending in '\n' */
  WordIndex(String all, int[] starts) {
    this.all = all;
    this.starts = starts;
    int rows = starts.length - 1;
    int cap = Integer.highestOneBit(Math.max(4, rows * 2 - 1)) << 1;
    this.table = new int[cap];
    this.mask = cap - 1;
    for (int r = 0; r < rows; r++) {
      int s = starts[r];
      int e = starts[r + 1] - 1;
      int slot = hash(all, s, e, false) & mask;
      while (true) {
        int v = table[slot];
        if (v == 0) {
          table[slot] = r + 1;
          break;
        }
        if (equalsRow(v - 1, all, s, e, false)) {
          break; // a duplicate word: the first row wins
        }
        slot = (slot + 1) & mask;
      }
    }
  }

  int size() {
    return starts.length - 1;
  }

  String word(int row) {
    return all.substring(starts[row], starts[row + 1] - 1);
  }

  /** The row of {@code s[from, to)} (normalised if asked), or -1. */
  int find(CharSequence s, int from, int to, boolean normalise) {
    if (to <= from) {
      return -1;
    }
    int slot = hash(s, from, to, normalise) & mask;
    while (true) {
      int v = table[slot];
      if (v == 0) {
        return -1;
      }
      if (equalsRow(v - 1, s, from, to, normalise)) {
        return v - 1;
      }
      slot = (slot + 1) & mask;
    }
  }

  private boolean equalsRow(int row, CharSequence s, int from, int to, boolean normalise) {
    int a = starts[row];
    int len = starts[row + 1] - 1 - a;
    if (len != to - from) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      char c = s.charAt(from + i);
      if (normalise) {
        c = normalise(c);
      }
      if (all.charAt(a + i) != c) {
        return false;
      }
    }
    return true;
  }

  private static int hash(CharSequence s, int from, int to, boolean normalise) {
    int h = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      h = 31 * h + (normalise ? normalise(c) : c);
    }
    return h ^ (h >>> 16);
  }

  /** Lower case, and ’ ‘ as '. */
  static char normalise(char c) {
    if (c == '\u2019' || c == '\u2018') {
      return '\'';
    }
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return Character.toLowerCase(c);
  }
}
