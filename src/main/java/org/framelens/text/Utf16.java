package org.framelens.text;

/** Well-formed UTF-16: what every text the stages see and the reports write must be. */
public final class Utf16 {

  private Utf16() {
  }

  /**
   * {@code s} with every unpaired surrogate (as a JSON {@code "\ud800"} escape can produce) replaced
   * by U+FFFD, one char for one char, so offsets do not move; {@code s} itself when it has none.
   * Without this, writing such a text as UTF-8 fails.
   */
  public static String wellFormed(String s) {
    int n = s.length();
    // scan a copy of the chars a block at a time: a plain array loop, much faster than charAt
    char[] block = new char[Math.min(n, BLOCK)];
    for (int from = 0; from < n; from += BLOCK) {
      int to = Math.min(n, from + BLOCK);
      s.getChars(from, to, block, 0);
      int len = to - from;
      for (int i = 0; i < len; i++) {
        if ((block[i] & 0xF800) == 0xD800) { // any surrogate: look closer
          return wellFormedFrom(s, from + i);
        }
      }
    }
    return s;
  }

  private static final int BLOCK = 2048;

  /** {@link #wellFormed} for a text whose first surrogate is at {@code first}. */
  private static String wellFormedFrom(String s, int first) {
    int n = s.length();
    for (int i = first; i < n; i++) {
      char c = s.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
          continue;
        }
        return replace(s);
      }
    }
    return s;
  }

  private static String replace(String s) {
    char[] a = s.toCharArray();
    for (int i = 0; i < a.length; i++) {
      if (Character.isHighSurrogate(a[i]) && i + 1 < a.length && Character.isLowSurrogate(a[i + 1])) {
        i++;
      } else if (Character.isSurrogate(a[i])) {
        a[i] = '\uFFFD';
      }
    }
    return new String(a);
  }
}
