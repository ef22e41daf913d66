package org.framelens.embed;

/**
 * The vocabulary of a model as an open-addressing hash table over one character array, so that
 * a token can be looked up straight from the article text, lower-cased and with curly
 * apostrophes straightened on the fly, without creating a String (the hot path of the embedder,
 * the cues, the axes and the alignment), and so that loading builds no per-word objects.
 *
 * <p>In the table of the most frequent words (most tokens), a slot (found by the word's
 * well-mixed hash) is 16 bytes, so a probe reads one cache line: the word's row and where its
 * characters start, and its {@link #key}, its length and first characters. A probe compares
 * characters only when the keys agree, and not at all for a short word (up to
 * {@value #KEY_CHARS} Latin-1 characters), which its key holds whole: a hit reads the word only
 * when it is long. In the table of the other words a slot holds the word's full hash beside its
 * row, so a probe compares characters only when the hashes agree. Immutable after construction;
 * thread-safe.
 */
final class WordIndex {

  /**
   * The first rows, in a frequency-ordered model the words that make up most tokens, have a
   * table of their own: small enough to stay in the processor's cache, where the table of all
   * words would cost a memory access per lookup.
   */
  static final int HOT_ROWS = 1 << 14;

  /** Longest word (in chars) whose {@link #key} holds the whole word. */
  static final int KEY_CHARS = 7;

  /** The bit of a {@link #key} that says it does not hold the whole word. */
  private static final long PARTIAL = 0x80;

  private final char[] chars;    // the words, separated by '\n'
  private final int[] starts;    // row -> start offset in chars (length rows + 1)
  private final long[] hot;      // rows [0, HOT_ROWS): slot i -> [2i] the word's offset in chars
  private final int hotMask;     //   << 32 | row + 1 (0 = an empty slot), [2i + 1] its key
  /**
   * The other rows: slot i -> [2i] hash, [2i + 1] row + 1 (0 = an empty slot). Half the size of
   * a table of 16-byte slots, so that it builds as fast at load; few tokens are looked up in it.
   */
  private final int[] cold;
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
    this.hot = new long[2 * capacity(hotRows)];
    this.hotMask = hot.length / 2 - 1;
    this.cold = new int[2 * capacity(rows - hotRows)];
    this.coldMask = cold.length / 2 - 1;
    int[] hashes = hashes(chars, starts);
    for (int r = 0; r < hotRows; r++) {
      int slot = hotSlotOf(hashes, r);
      if (slot < 0) { // else a duplicate word: the first row wins
        slot = ~slot;
        hot[2 * slot] = (long) starts[r] << 32 | (r + 1);
        hot[2 * slot + 1] = key(chars, starts[r], starts[r + 1] - 1 - starts[r]);
      }
    }
    for (int r = hotRows; r < rows; r++) {
      if (hotSlotOf(hashes, r) < 0) { // else a duplicate word: the first row wins
        addCold(hashes[r], r);
      }
    }
  }

  /**
   * The mixed hash of every row's word. A loop of its own (and {@link #addCold} a method of its own)
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

  /** Puts row {@code r} (hash h) into the cold table, unless an earlier row holds its word. */
  private void addCold(int h, int r) {
    for (int slot = h & coldMask; ; slot = (slot + 1) & coldMask) {
      int v = cold[2 * slot + 1];
      if (v == 0) {
        cold[2 * slot] = h;
        cold[2 * slot + 1] = r + 1;
        return;
      }
      if (cold[2 * slot] == h && sameWord(v - 1, r)) {
        return; // a duplicate word: the first row wins
      }
    }
  }

  /**
   * The slot in the hot table holding the same word as row {@code r}, or the complement of the
   * empty slot where it would go ({@code hashes}: every row's hash).
   */
  private int hotSlotOf(int[] hashes, int r) {
    int h = hashes[r];
    for (int slot = h & hotMask; ; slot = (slot + 1) & hotMask) {
      long v = hot[2 * slot];
      if (v == 0) {
        return ~slot;
      }
      if (hashes[(int) v - 1] == h && sameWord((int) v - 1, r)) {
        return slot;
      }
    }
  }

  /**
   * The key of the word {@code w[from, from + len)}: its length (127 for longer words) in the low
   * seven bits, the low bytes of its first {@value #KEY_CHARS} characters in the next bytes, and
   * {@link #PARTIAL} unless the word has at most {@value #KEY_CHARS} characters, all below U+0100.
   * Equal words have equal keys; two keys without {@link #PARTIAL} are equal only for equal
   * words.
   */
  static long key(char[] w, int from, int len) {
    long key = Math.min(len, 127);
    int all = 0;
    for (int i = 0, n = Math.min(len, KEY_CHARS); i < n; i++) {
      char c = w[from + i];
      all |= c;
      key |= (long) (c & 0xFF) << (8 * i + 8);
    }
    return len > KEY_CHARS || all >= 0x100 ? key | PARTIAL : key;
  }

  /** Slots for {@code n} words: a power of two, at most half full. */
  private static int capacity(int n) {
    return Integer.highestOneBit(Math.max(4, n * 2 - 1)) << 1;
  }

  int size() {
    return starts.length - 1;
  }

  String word(int row) {
    return new String(chars, starts[row], starts[row + 1] - 1 - starts[row]);
  }

  /** Tokens up to this length are copied into a per-thread buffer rather than a new array. */
  static final int BUFFER = 64;

  private static final ThreadLocal<char[]> TOKEN = ThreadLocal.withInitial(() -> new char[BUFFER]);

  /**
   * The row of {@code s[from, to)} (normalised if asked), or -1; as
   * {@link #find(CharSequence, int, int, boolean, char[])} with a buffer of this thread's.
   */
  int find(CharSequence s, int from, int to, boolean normalise) {
    return find(s, from, to, normalise, to - from <= BUFFER ? TOKEN.get() : null);
  }

  /**
   * The row of {@code s[from, to)} (normalised if asked), or -1, using {@code buffer} (which it
   * overwrites; when null or too short, a new array) for the token's characters. The token is
   * copied out once (for a String, {@code getChars}: a bulk copy) and normalised in place, so
   * hashing and probing read a plain array instead of calling {@code charAt}, with its bounds
   * check, per character. The loops are written out here rather than calling {@link #normalise}
   * and {@link #key}: with the launcher's small inlining limits each call would stay a call, per
   * character.
   */
  int find(CharSequence s, int from, int to, boolean normalise, char[] buffer) {
    int len = to - from;
    if (len <= 0) {
      return -1;
    }
    char[] t = buffer != null && buffer.length >= len ? buffer : new char[len];
    if (s instanceof String str) {
      str.getChars(from, to, t, 0);
    } else {
      for (int i = 0; i < len; i++) {
        t[i] = s.charAt(from + i);
      }
    }
    if (normalise) {
      for (int i = 0; i < len; i++) {
        char c = t[i];
        if (c >= 'A' && c <= 'Z') {
          t[i] = (char) (c + 32);
        } else if (c >= 128) {
          if (c == SOFT_HYPHEN) {
            return withoutSoftHyphens(t, len);
          }
          t[i] = normaliseWide(c);
        }
      }
    }
    int h = 0;
    int all = 0;
    long key = Math.min(len, 127);
    for (int i = 0; i < len; i++) {
      char c = t[i];
      h = 31 * h + c;
      if (i < KEY_CHARS) {
        all |= c;
        key |= (long) (c & 0xFF) << (8 * i + 8);
      }
    }
    if (len > KEY_CHARS || all >= 0x100) {
      key |= PARTIAL;
    }
    h = mix(h);
    int row = probe(hot, hotMask, t, len, h, key);
    return row >= 0 ? row : probeCold(t, len, h);
  }

  /**
   * The row of the token {@code t[0, len)} with hash {@code h} and {@link #key} {@code key} in
   * {@code table}, or -1.
   */
  private int probe(long[] table, int mask, char[] t, int len, int h, long key) {
    for (int slot = h & mask; ; slot = (slot + 1) & mask) {
      long v = table[2 * slot];
      if (v == 0) {
        return -1;
      }
      if (table[2 * slot + 1] == key
          && ((key & PARTIAL) == 0 || isAt((int) (v >>> 32), (int) v - 1, t, len))) {
        return (int) v - 1;
      }
    }
  }

  /** The row of the token {@code t[0, len)} with hash {@code h} in the cold table, or -1. */
  private int probeCold(char[] t, int len, int h) {
    for (int slot = h & coldMask; ; slot = (slot + 1) & coldMask) {
      int v = cold[2 * slot + 1];
      if (v == 0) {
        return -1;
      }
      if (cold[2 * slot] == h) {
        int a = starts[v - 1];
        if (starts[v] - 1 - a == len && isAt(a, v - 1, t, len)) {
          return v - 1;
        }
      }
    }
  }

  /**
   * Whether row {@code row}, whose characters start at {@code a} and whose length is {@code len}
   * unless that is 127 or more (its key equals the token's, or its length was checked), is the
   * word {@code t[0, len)}.
   */
  private boolean isAt(int a, int row, char[] t, int len) {
    if (len >= 127 && starts[row + 1] - 1 - a != len) {
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
    for (int slot = 0; slot <= hotMask; slot++) {
      long v = hot[2 * slot];
      if (v != 0) {
        found++;
        probes += ((slot - (hash((int) v - 1) & hotMask)) & hotMask) + 1;
      }
    }
    for (int slot = 0; slot <= coldMask; slot++) {
      if (cold[2 * slot + 1] != 0) {
        found++;
        probes += ((slot - (cold[2 * slot] & coldMask)) & coldMask) + 1;
      }
    }
    return found == 0 ? 0 : (double) probes / found;
  }

  /** The mixed hash of row {@code row}'s word, as {@link #hashes} computes it. */
  private int hash(int row) {
    int h = 0;
    for (int i = starts[row], e = starts[row + 1] - 1; i < e; i++) {
      h = 31 * h + chars[i];
    }
    return mix(h);
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

  /** U+00AD, an invisible hyphenation point: a word is looked up without it. */
  private static final char SOFT_HYPHEN = '\u00AD';

  /**
   * The row of the word in {@code t[0, len)} without its soft hyphens, or -1: the rare path of
   * {@link #find(CharSequence, int, int, boolean, char[])}, normalising the rest again.
   */
  private int withoutSoftHyphens(char[] t, int len) {
    StringBuilder b = new StringBuilder(len);
    for (int i = 0; i < len; i++) {
      if (t[i] != SOFT_HYPHEN) {
        b.append(t[i]);
      }
    }
    return find(b, 0, b.length(), true, null);
  }

  /** Lower case, and ’ ‘ as '. */
  static char normalise(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return normaliseWide(c);
  }

  /** {@link #normalise} of a character from U+0080 on. */
  private static char normaliseWide(char c) {
    return c == '\u2019' || c == '\u2018' ? '\'' : Character.toLowerCase(c);
  }
}
