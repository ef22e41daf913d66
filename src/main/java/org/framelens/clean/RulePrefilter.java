package org.framelens.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tells, for each boilerplate rule, whether a line can possibly match it, without running its
 * regular expression: one pass over the line finds which of the rules' required literals (see
 * {@link RegexLiterals}) occur in it, then each rule checks its first character and required
 * literals. A rule ruled out cannot match; a rule not ruled out still has to be matched by its
 * pattern. Immutable and thread-safe.
 */
final class RulePrefilter {

  private static final int PAIR_BUCKETS = 1 << 12;

  /** Literal strings (folded when {@link #foldLiteral}), indexed by id. */
  private final char[][] literals;
  private final boolean[] foldLiteral;
  /** Ids of literals of two or more chars by the hash of their first two folded chars. */
  private final int[][] byPair = new int[PAIR_BUCKETS][];
  /** Ids of one-char literals by their folded char's low byte. */
  private final int[][] bySingle = new int[256][];
  /** Per rule: required any-of sets, as bit masks over literal ids. */
  private final long[][][] masks;
  /** Per rule: sorted possible first code points (folded when {@link #foldFirst}), or null. */
  private final int[][] firstChars;
  private final boolean[] foldFirst;

  RulePrefilter(List<RegexLiterals.Requirement> requirements) {
    Map<String, Integer> ids = new HashMap<>();
    List<char[]> lits = new ArrayList<>();
    List<Boolean> folds = new ArrayList<>();
    int n = requirements.size();
    List<List<List<Integer>>> setsByRule = new ArrayList<>();
    firstChars = new int[n][];
    foldFirst = new boolean[n];
    for (int r = 0; r < n; r++) {
      RegexLiterals.Requirement req = requirements.get(r);
      List<List<Integer>> sets = new ArrayList<>();
      for (Set<String> anyOf : req.anyOf()) {
        List<Integer> set = new ArrayList<>();
        for (String s : anyOf) {
          String key = (req.ignoreCase() ? "i" : "c") + s;
          Integer id = ids.get(key);
          if (id == null) {
            id = lits.size();
            ids.put(key, id);
            lits.add(s.toCharArray());
            folds.add(req.ignoreCase());
          }
          set.add(id);
        }
        sets.add(set);
      }
      setsByRule.add(sets);
      foldFirst[r] = req.ignoreCase();
      if (!req.canBeEmpty() && req.firstChars() != null) {
        firstChars[r] = req.firstChars().stream().mapToInt(Integer::intValue).sorted().toArray();
      }
    }
    literals = lits.toArray(new char[0][]);
    foldLiteral = new boolean[literals.length];
    for (int k = 0; k < literals.length; k++) {
      foldLiteral[k] = folds.get(k);
      char[] l = literals[k];
      if (l.length == 1) {
        int b = fold(l[0]) & 0xFF;
        bySingle[b] = append(bySingle[b], k);
      } else {
        int b = pair(fold(l[0]), fold(l[1]));
        byPair[b] = append(byPair[b], k);
      }
    }
    int words = (literals.length + 63) >>> 6;
    masks = new long[n][][];
    for (int r = 0; r < n; r++) {
      List<List<Integer>> sets = setsByRule.get(r);
      masks[r] = new long[sets.size()][];
      for (int s = 0; s < sets.size(); s++) {
        long[] mask = new long[words];
        for (int id : sets.get(s)) {
          mask[id >>> 6] |= 1L << id;
        }
        masks[r][s] = mask;
      }
    }
  }

  private static int[] append(int[] a, int v) {
    int[] out = a == null ? new int[1] : Arrays.copyOf(a, a.length + 1);
    out[out.length - 1] = v;
    return out;
  }

  private static int pair(char a, char b) {
    return (a * 31 + b) & (PAIR_BUCKETS - 1);
  }

  /** ASCII upper-case letters to lower case, as Java's case-insensitive matching folds. */
  static char fold(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /** A fresh bit set for {@link #scan}. */
  long[] newFound() {
    return new long[(literals.length + 63) >>> 6];
  }

  /** Sets in {@code found} the bit of every literal that occurs in {@code text[start, end)}. */
  void scan(CharSequence text, int start, int end, long[] found) {
    if (start >= end) {
      return;
    }
    char c1 = fold(text.charAt(start));
    for (int i = start; i < end; i++) {
      char c0 = c1;
      int[] single = bySingle[c0 & 0xFF];
      if (single != null) {
        check(single, text, i, end, found);
      }
      if (i + 1 < end) {
        c1 = fold(text.charAt(i + 1));
        int[] bucket = byPair[pair(c0, c1)];
        if (bucket != null) {
          check(bucket, text, i, end, found);
        }
      }
    }
  }

  private void check(int[] ids, CharSequence text, int i, int end, long[] found) {
    for (int id : ids) {
      if ((found[id >>> 6] & (1L << id)) != 0) {
        continue;
      }
      char[] l = literals[id];
      if (i + l.length > end) {
        continue;
      }
      boolean f = foldLiteral[id];
      int k = 0;
      while (k < l.length) {
        char c = text.charAt(i + k);
        if ((f ? fold(c) : c) != l[k]) {
          break;
        }
        k++;
      }
      if (k == l.length) {
        found[id >>> 6] |= 1L << id;
      }
    }
  }

  /**
   * Whether rule {@code r} may match the whole non-empty line {@code text[start, end)}, whose
   * literals {@link #scan} put in {@code found}. False only if its pattern cannot match.
   */
  boolean mayMatch(int r, CharSequence text, int start, int end, long[] found) {
    int[] first = firstChars[r];
    if (first != null) {
      char c = text.charAt(start);
      int cp = foldFirst[r] ? fold(c) : c;
      if (Character.isHighSurrogate(c) && start + 1 < end
          && Character.isLowSurrogate(text.charAt(start + 1))) {
        cp = Character.toCodePoint(c, text.charAt(start + 1));
      }
      if (Arrays.binarySearch(first, cp) < 0) {
        return false;
      }
    }
    for (long[] mask : masks[r]) {
      boolean any = false;
      for (int w = 0; w < mask.length; w++) {
        if ((found[w] & mask[w]) != 0) {
          any = true;
          break;
        }
      }
      if (!any) {
        return false;
      }
    }
    return true;
  }
}
