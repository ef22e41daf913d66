package org.framelens.cues;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import org.framelens.text.Token;

/**
 * A sentence's tokens as the matchers see them, made once per sentence and shared by every
 * matcher: each token normalised ({@link PhrasePattern#normalise}) into one char array with its
 * hash code, and its id among the words of a matcher's vocabulary ({@link #ids}), looked up once
 * per vocabulary. The tokens' texts as {@code String}s (as written, or normalised) are made only
 * when asked for, and then once. Not thread-safe: one sentence of one analysis.
 */
final class MatchTokens {

  /** The text the tokens are spans of (for the tokens as written, made on demand). */
  private final String text;
  /** The text's chars from the first token's start on ({@code base}), copied once. */
  private final char[] src;
  private final int base;
  private final int[] start;
  private final int[] end;
  /** The normalised tokens, one after another: token i is {@code [at[i], at[i + 1])}. */
  private char[] chars;
  private final int[] at;
  private final int[] hash;
  private String[] raw;
  private String[] lower;
  /** The vocabularies asked for so far and the tokens' ids in each. */
  private WordIds[] vocabularies = new WordIds[0];
  private int[][] ids = new int[0][];

  private MatchTokens(String text, int[] start, int[] end, int capacity) {
    this.text = text;
    this.start = start;
    this.end = end;
    int n = start.length;
    int from = text.length();
    int to = 0;
    for (int i = 0; i < n; i++) {
      from = Math.min(from, start[i]);
      to = Math.max(to, end[i]);
    }
    this.base = n == 0 ? 0 : from;
    this.src = new char[Math.max(0, to - base)];
    text.getChars(base, base + src.length, src, 0);
    this.chars = new char[capacity];
    this.at = new int[n + 1];
    this.hash = new int[n];
  }

  /** The tokens of a sentence of {@code text}. */
  static MatchTokens of(String text, List<Token> tokens) {
    int n = tokens.size();
    int[] start = new int[n];
    int[] end = new int[n];
    int length = 0;
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      start[i] = t.start();
      end[i] = t.end();
      length += end[i] - start[i];
    }
    MatchTokens m = new MatchTokens(text, start, end, length);
    m.normaliseAll();
    return m;
  }

  /** Tokens given as their texts as written and normalised (arrays of the same length). */
  static MatchTokens of(String[] raw, String[] lower) {
    int n = raw.length;
    if (lower.length != n) {
      throw new IllegalArgumentException("raw and lower differ in length");
    }
    StringBuilder text = new StringBuilder();
    int[] start = new int[n];
    int[] end = new int[n];
    int length = 0;
    for (int i = 0; i < n; i++) {
      start[i] = text.length();
      text.append(raw[i]);
      end[i] = text.length();
      length += lower[i].length();
    }
    MatchTokens m = new MatchTokens(text.toString(), start, end, length);
    m.raw = raw.clone();
    m.lower = lower.clone();
    for (int i = 0; i < n; i++) {
      m.append(i, m.at[i], lower[i]);
    }
    return m;
  }

  /** Tokens given as normalised texts only (their texts as written are the same). */
  static MatchTokens of(String[] lower) {
    return of(lower, lower);
  }

  /** Normalises every token: ASCII in place, any other token through {@code normalise}. */
  private void normaliseAll() {
    char[] src = this.src;
    int p = 0;
    for (int i = 0; i < start.length; i++) {
      at[i] = p;
      int from = start[i] - base;
      int to = end[i] - base;
      if (p + to - from > chars.length) { // an earlier token grew when lower-cased
        chars = java.util.Arrays.copyOf(chars, 2 * (p + to - from));
      }
      char[] out = chars;
      int h = 0;
      int c = from;
      for (; c < to; c++) {
        char ch = src[c];
        if (ch >= 128) {
          break;
        }
        if (ch >= 'A' && ch <= 'Z') {
          ch += 'a' - 'A';
        }
        out[p++] = ch;
        h = 31 * h + ch;
      }
      if (c == to) {
        hash[i] = WordIds.spread(h);
      } else {
        p = append(i, at[i], PhrasePattern.normalise(raw(i)));
      }
    }
    at[start.length] = p;
  }

  /** Writes normalised token {@code i} from {@code p}, with its hash; returns its end. */
  private int append(int i, int p, String normalised) {
    int len = normalised.length();
    if (p + len > chars.length) {
      chars = java.util.Arrays.copyOf(chars, Math.max(p + len, 2 * chars.length));
    }
    normalised.getChars(0, len, chars, p);
    at[i] = p;
    at[i + 1] = p + len;
    hash[i] = WordIds.hash(chars, p, p + len);
    return p + len;
  }

  int size() {
    return start.length;
  }

  /** Each token's id in {@code vocabulary} (-1 for none), looked up on the first call. */
  int[] ids(WordIds vocabulary) {
    for (int v = 0; v < vocabularies.length; v++) {
      if (vocabularies[v] == vocabulary) {
        return ids[v];
      }
    }
    int[] out = new int[start.length];
    vocabulary.ids(chars, at, hash, out);
    vocabularies = java.util.Arrays.copyOf(vocabularies, vocabularies.length + 1);
    ids = java.util.Arrays.copyOf(ids, ids.length + 1);
    vocabularies[vocabularies.length - 1] = vocabulary;
    ids[ids.length - 1] = out;
    return out;
  }

  /** Whether normalised token {@code i} is empty. */
  boolean isEmpty(int i) {
    return at[i] == at[i + 1];
  }

  /** The first char of normalised token {@code i} (which is not empty). */
  char first(int i) {
    return chars[at[i]];
  }

  /** Whether normalised token {@code i} starts with {@code prefix}. */
  boolean startsWith(int i, char[] prefix) {
    int from = at[i];
    if (at[i + 1] - from < prefix.length) {
      return false;
    }
    char[] chars = this.chars;
    for (int k = 0; k < prefix.length; k++) {
      if (chars[from + k] != prefix[k]) {
        return false;
      }
    }
    return true;
  }

  /** Whether token {@code i} has a hyphen inside it (not first or last: "Russia-backed"). */
  boolean hyphenated(int i) {
    int from = start[i] - base;
    int to = end[i] - base;
    for (int k = from + 1; k < to - 1; k++) {
      if (src[k] == '-') {
        return true;
      }
    }
    return false;
  }

  /** Whether normalised token {@code i} starts with a letter or digit. */
  boolean startsWithLetterOrDigit(int i) {
    return at[i] < at[i + 1]
        && Character.isLetterOrDigit(Character.codePointAt(chars, at[i], at[i + 1]));
  }

  /** The first code point of token {@code i} as written. */
  int rawCodePoint(int i) {
    return Character.codePointAt(src, start[i] - base, end[i] - base);
  }

  /** Whether token {@code i} starts right where token {@code i - 1} ends (no space between). */
  boolean touchesPrevious(int i) {
    return i > 0 && end[i - 1] == start[i];
  }

  /** Whether token {@code i} as written is {@code s}. */
  boolean rawEquals(int i, String s) {
    int from = start[i] - base;
    int len = end[i] - start[i];
    if (len != s.length()) {
      return false;
    }
    for (int k = 0; k < len; k++) {
      if (src[from + k] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Token {@code i} as written. */
  String raw(int i) {
    if (raw == null) {
      raw = new String[start.length];
    }
    String r = raw[i];
    if (r == null) {
      r = text.substring(start[i], end[i]);
      raw[i] = r;
    }
    return r;
  }

  /** Token {@code i} normalised. */
  String lower(int i) {
    if (lower == null) {
      lower = new String[start.length];
    }
    String l = lower[i];
    if (l == null) {
      l = new String(chars, at[i], at[i + 1] - at[i]);
      lower[i] = l;
    }
    return l;
  }

  /** The tokens as written, each made when first read. */
  List<String> rawList() {
    return new View(this, false);
  }

  /** The tokens normalised, each made when first read. */
  List<String> lowerList() {
    return new View(this, true);
  }

  /** A read-only view of the tokens' texts. */
  private static final class View extends AbstractList<String> implements RandomAccess {

    private final MatchTokens tokens;
    private final boolean lower;

    View(MatchTokens tokens, boolean lower) {
      this.tokens = tokens;
      this.lower = lower;
    }

    @Override
    public String get(int i) {
      java.util.Objects.checkIndex(i, tokens.size());
      return lower ? tokens.lower(i) : tokens.raw(i);
    }

    @Override
    public int size() {
      return tokens.size();
    }
  }
}
