package org.framelens.embed;

/**
 * The vocabulary of a model as an open-addressing hash table over one character array, so that
 * a token can be looked up straight from the article text, lower-cased and with curly
 * apostrophes straightened on the fly, without creating a String (the hot path of the embedder,
 * the cues, the axes and the alignment), and so that loading builds no per-word objects.
 *
 * <p>Each slot holds the word's full (well-mixed) hash beside its row, so a probe compares
 * characters only when the hashes agree: a miss rarely reads a word, and a hit reads one.
 * Immutable after construction; thread-safe.
 */
final class WordIndex {

  /**
   * The first rows, in a frequency-ordered model the words that make up most tokens, have a
   * table of their own: small enough to stay in the processor's cache, where the table of all
   * words would cost a memory access per lookup.
   */
  static final int HOT_ROWS = 1 << 14;

  private final char[] chars;    // the words, separated by '\n'
  private final int[] starts;    // row -> start offset in chars (length rows + 1)
  private final int[] hot;       // rows [0, HOT_ROWS): slot i -> [2i] hash, [2i + 1] row + 1
  private final int hotMask;     // slots - 1
  private final int[] cold;      // the other rows, likewise (0 = an empty slot)
  private final int coldMask;

  /** @param all the vocabulary file's text: exactly {@code rows} lines, each ending in '\n' */
  WordIndex(String all, int[] starts) {
    this(all.toCharArray(), starts, HOT_ROWS);
  }

  /** With {@code hotRows} rows in the cached table (tests vary it). */
  WordIndex(String all, int[] starts, int hotRows) {
    this(all.toCharArray(), starts, hotRows);
  }

  /**
   * @param chars the vocabulary: row {@code r} is {@code chars[starts[r], starts[r + 1] - 1)},
   *              followed by '\n' (kept, not copied; characters after the last row are ignored)
   */
  WordIndex(char[] chars, int[] starts) {
    this(chars, starts, HOT_ROWS);
  }

  private WordIndex(char[] chars, int[] starts, int hotRows) {
    this.chars = chars;
    this.starts = starts;
    int rows = starts.length - 1;
    hotRows = Math.min(rows, hotRows);
    this.hot = new int[2 * capacity(hotRows)];
    this.hotMask = hot.length / 2 - 1;
    this.cold = new int[2 * capacity(rows - hotRows)];
    this.coldMask = cold.length / 2 - 1;
    int[] hashes = hashes(chars, starts);
    for (int r = 0; r < rows; r++) {
      int h = hashes[r];
      if (r < hotRows) {
        add(hot, hotMask, h, r);
      } else if (rowOf(hot, hotMask, h, r) < 0) { // else a duplicate word: the first row wins
        add(cold, coldMask, h, r);
      }
    }
  }

  /**
   * The mixed hash of every row's word. A loop of its own (and {@link #add} a method of its own)
   * so that each is compiled early and whole while a 341,479-word model loads.
   */
  private static int[] hashes(char[] chars, int[] starts) {
    int[] out = new int[starts.length - 1];
    for (int r = 0; r < out.length; r++) {
      int h = 0;
      for (int i = starts[r], e = starts[r + 1] - 1; i < e; i++) {
        h = 31 * h + chars[i];
      }
      out[r] = mix(h);
    }
    return out;
  }

  /** Puts row {@code r} (hash h) into {@code table}, unless an earlier row holds the same word. */
  private void add(int[] table, int mask, int h, int r) {
    for (int slot = h & mask; ; slot = (slot + 1) & mask) {
      int v = table[2 * slot + 1];
      if (v == 0) {
        table[2 * slot] = h;
        table[2 * slot + 1] = r + 1;
        return;
      }
      if (table[2 * slot] == h && sameWord(v - 1, r)) {
        return; // a duplicate word: the first row wins
      }
    }
  }

  /** Slots for {@code n} words: a power of two, at most a third full. */
  private static int capacity(int n) {
    return Integer.highestOneBit(Math.max(4, n * 2 - 1)) << 1;
  }

  /** The row in {@code table} holding the same word as row {@code r} (hash h), or -1. */
  private int rowOf(int[] table, int mask, int h, int r) {
    for (int slot = h & mask; ; slot = (slot + 1) & mask) {
      int v = table[2 * slot + 1];
      if (v == 0) {
        return -1;
      }
      if (table[2 * slot] == h && sameWord(v - 1, r)) {
        return v - 1;
      }
    }
  }

  int size() {
    return starts.length - 1;
  }

  String word(int row) {
    return new String(chars, starts[row], starts[row + 1] - 1 - starts[row]);
  }

  /** Tokens up to this length are copied into a per-thread buffer rather than a new array. */
  private static final int BUFFER = 64;

  private static final ThreadLocal<char[]> TOKEN = ThreadLocal.withInitial(() -> new char[BUFFER]);

  /**
   * The row of {@code s[from, to)} (normalised if asked), or -1. The token is copied out once (for
   * a String, {@code getChars}: a bulk copy) and normalised in place, so hashing and probing read a
   * plain array instead of calling {@code charAt}, with its bounds check, per character.
   */
  int find(CharSequence s, int from, int to, boolean normalise) {
    int len = to - from;
    if (len <= 0) {
      return -1;
    }
    char[] t = len <= BUFFER ? TOKEN.get() : new char[len];
    if (s instanceof String str) {
      str.getChars(from, to, t, 0);
    } else {
      for (int i = 0; i < len; i++) {
        t[i] = s.charAt(from + i);
      }
    }
    int h = 0;
    for (int i = 0; i < len; i++) {
      char c = normalise ? normalise(t[i]) : t[i];
      t[i] = c;
      h = 31 * h + c;
    }
    h = mix(h);
    int row = probe(hot, hotMask, t, len, h);
    return row >= 0 ? row : probe(cold, coldMask, t, len, h);
  }

  /** The row of the token {@code t[0, len)} with hash {@code h} in {@code table}, or -1. */
  private int probe(int[] table, int mask, char[] t, int len, int h) {
    for (int slot = h & mask; ; slot = (slot + 1) & mask) {
      int v = table[2 * slot + 1];
      if (v == 0) {
        return -1;
      }
      if (table[2 * slot] != h) {
        continue;
      }
      int a = starts[v - 1];
      if (starts[v] - 1 - a != len) {
        continue;
      }
      int i = 0;
      while (i < len && chars[a + i] == t[i]) {
        i++;
      }
      if (i == len) {
        return v - 1;
      }
    }
  }

  /**
   * Mean number of slots read to find a vocabulary word (1 = no collisions), over the words in
   * the table (a repeated word is stored once, under its first row); for tests.
   */
  double meanProbeLength() {
    long probes = 0;
    int found = 0;
    for (int[] table : new int[][] {hot, cold}) {
      int mask = table.length / 2 - 1;
      for (int slot = 0; slot <= mask; slot++) {
        if (table[2 * slot + 1] != 0) {
          found++;
          probes += ((slot - (table[2 * slot] & mask)) & mask) + 1;
        }
      }
    }
    return found == 0 ? 0 : (double) probes / found;
  }

  private boolean sameWord(int row, int other) {
    int a = starts[row];
    int b = starts[other];
    int len = starts[row + 1] - a;
    if (starts[other + 1] - b != len) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if (chars[a + i] != chars[b + i]) {
        return false;
      }
    }
    return true;
  }

  /** The finaliser of MurmurHash3: spreads the polynomial hash over the low bits used as slot. */
  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    return h ^ (h >>> 16);
  }

  /** Lower case, and ’ ‘ as '. */
  static char normalise(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    if (c == '\u2019' || c == '\u2018') {
      return '\'';
    }
    return Character.toLowerCase(c);
  }
}
