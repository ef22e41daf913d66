package org.framelens.embed;

/**
 * The vocabulary of a model as an open-addressing hash table over one character array, so that
 * a token can be looked up straight from the article text, lower-cased and with curly
 * apostrophes straightened on the fly, without creating a String (the hot path of the embedder,
 * the cues, the axes and the alignment), and so that loading builds no per-word objects.
 *
 * <p>Each slot holds the word's full (well-mixed) hash beside its row, so a probe compares
 * characters only when the hashes agree: a miss rarely reads a word. A word of at most
 * {@value #PACKED} ASCII characters (most of the words of a text) is held in the slot itself,
 * packed a byte per character, so a hit on it reads the slot and nothing else; a longer word is
 * compared with the vocabulary's characters. Immutable after construction; thread-safe.
 */
final class WordIndex {

  /**
   * The first rows, in a frequency-ordered model the words that make up most tokens, have a
   * table of their own: small enough to stay in the processor's cache, where the table of all
   * words would cost a memory access per lookup.
   */
  static final int HOT_ROWS = 1 << 14;

  /** Words of at most this many characters, all in [1, 127], are packed into their slot. */
  static final int PACKED = 8;

  /** In a slot's row field: the word is packed (its row + 1 is in the other bits). */
  private static final int IS_PACKED = 0x8000_0000;

  private final char[] chars;    // the words, separated by '\n'
  private final int[] starts;    // row -> start offset in chars (length rows + 1)
  /**
   * Rows [0, HOT_ROWS): slot i -> [2i] the packed word (0 when not packed), [2i + 1] the hash
   * (high half) and the row field (low half: row + 1, with {@link #IS_PACKED}; 0 = an empty slot).
   */
  private final long[] hot;
  private final int hotMask;     // slots - 1
  private final long[] cold;     // the other rows, likewise
  private final int coldMask;

  /** @param all the vocabulary file's text: exactly {@code rows} lines, each ending in '\n' */
  WordIndex(String all, int[] starts) {
    this(all, starts, HOT_ROWS);
  }

  /** With {@code hotRows} rows in the cached table (tests vary it). */
  WordIndex(String all, int[] starts, int hotRows) {
    this.chars = all.toCharArray();
    this.starts = starts;
    int rows = starts.length - 1;
    hotRows = Math.min(rows, hotRows);
    this.hot = new long[2 * capacity(hotRows)];
    this.hotMask = hot.length / 2 - 1;
    this.cold = new long[2 * capacity(rows - hotRows)];
    this.coldMask = cold.length / 2 - 1;
    for (int r = 0; r < rows; r++) {
      int s = starts[r];
      int e = starts[r + 1] - 1;
      int h = 0;
      for (int i = s; i < e; i++) {
        h = 31 * h + chars[i];
      }
      h = mix(h);
      if (r >= hotRows && rowOf(hot, hotMask, h, r) >= 0) {
        continue; // a duplicate word: the first row wins
      }
      long[] table = r < hotRows ? hot : cold;
      int mask = r < hotRows ? hotMask : coldMask;
      int slot = h & mask;
      while (true) {
        int v = rowField(table, slot);
        if (v == 0) {
          long key = pack(chars, s, e - s);
          table[2 * slot] = key;
          table[2 * slot + 1] = (long) h << 32
              | ((r + 1) | (key != 0 ? IS_PACKED : 0)) & 0xFFFF_FFFFL;
          break;
        }
        if (hash(table, slot) == h && sameWord(row(v), r)) {
          break; // a duplicate word: the first row wins
        }
        slot = (slot + 1) & mask;
      }
    }
  }

  /**
   * The word {@code w[from, from + len)} packed a byte per character, first character lowest;
   * 0 when it is empty, longer than {@value #PACKED} characters or has a character outside
   * [1, 127] (so a packed word is never 0).
   */
  static long pack(char[] w, int from, int len) {
    if (len > PACKED) {
      return 0;
    }
    long key = 0;
    for (int i = 0; i < len; i++) {
      char c = w[from + i];
      if (c == 0 || c >= 128) {
        return 0;
      }
      key |= (long) c << (8 * i);
    }
    return key;
  }

  private static int rowField(long[] table, int slot) {
    return (int) table[2 * slot + 1];
  }

  private static int hash(long[] table, int slot) {
    return (int) (table[2 * slot + 1] >>> 32);
  }

  /** The row of a non-empty slot's row field. */
  private static int row(int field) {
    return (field & ~IS_PACKED) - 1;
  }

  /** Slots for {@code n} words: a power of two, at most a third full. */
  private static int capacity(int n) {
    return Integer.highestOneBit(Math.max(4, n * 2 - 1)) << 1;
  }

  /** The row in {@code table} holding the same word as row {@code r} (hash h), or -1. */
  private int rowOf(long[] table, int mask, int h, int r) {
    for (int slot = h & mask; ; slot = (slot + 1) & mask) {
      int v = rowField(table, slot);
      if (v == 0) {
        return -1;
      }
      if (hash(table, slot) == h && sameWord(row(v), r)) {
        return row(v);
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
    long key = pack(t, 0, len);
    int row = probe(hot, hotMask, t, len, h, key);
    return row >= 0 ? row : probe(cold, coldMask, t, len, h, key);
  }

  /**
   * The row of the token {@code t[0, len)} with hash {@code h} and packed form {@code key} (0
   * when it cannot be packed) in {@code table}, or -1.
   */
  private int probe(long[] table, int mask, char[] t, int len, int h, long key) {
    for (int slot = h & mask; ; slot = (slot + 1) & mask) {
      long meta = table[2 * slot + 1];
      int v = (int) meta;
      if (v == 0) {
        return -1;
      }
      if ((int) (meta >>> 32) != h) {
        continue;
      }
      if (v < 0) { // a packed word: the token is it when it packs to the same
        if (table[2 * slot] == key) {
          return row(v);
        }
      } else if (key == 0 && sameWord(v - 1, t, len)) {
        return v - 1;
      }
    }
  }

  /** Whether row {@code row} is the token {@code t[0, len)}. */
  private boolean sameWord(int row, char[] t, int len) {
    int a = starts[row];
    if (starts[row + 1] - 1 - a != len) {
      return false;
    }
    int i = 0;
    while (i < len && chars[a + i] == t[i]) {
      i++;
    }
    return i == len;
  }

  /**
   * Mean number of slots read to find a vocabulary word (1 = no collisions), over the words in
   * the table (a repeated word is stored once, under its first row); for tests.
   */
  double meanProbeLength() {
    long probes = 0;
    int found = 0;
    for (long[] table : new long[][] {hot, cold}) {
      int mask = table.length / 2 - 1;
      for (int slot = 0; slot <= mask; slot++) {
        if (rowField(table, slot) != 0) {
          found++;
          probes += ((slot - (hash(table, slot) & mask)) & mask) + 1;
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
