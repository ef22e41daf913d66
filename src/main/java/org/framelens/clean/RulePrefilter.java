package org.framelens.clean;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tells, for each boilerplate rule, whether a line can possibly match it, without running its
 * regular expression: one pass over the line with an Aho-Corasick automaton finds which of the
 * rules' required literals (see {@link RegexLiterals}) occur in it, then each rule checks its
 * first character and required literals. A rule ruled out cannot match; a rule not ruled out
 * still has to be matched by its pattern. Immutable and thread-safe.
 */
final class RulePrefilter {

  /** Literal strings (folded when {@link #foldLiteral}), indexed by id. */
  private final char[][] literals;
  private final boolean[] foldLiteral;
  /** The automaton's input class of each folded ASCII char; 0 for chars in no literal. */
  private final int[] asciiClass = new int[128];
  /** Non-ASCII chars in literals; the class of {@code otherChars[k]} is {@code otherClass[k]}. */
  private final char[] otherChars;
  private final int[] otherClass;
  /** Classes per state. */
  private final int width;
  /**
   * The automaton as {@link #scan} steps through it: a state {@code s} is its row {@code s *
   * width}, and {@code step[row + class]} is the next state's row, with the sign bit set when
   * literals end at that state ({@link #output}). State 0 (row 0) is the start.
   */
  private final int[] step;
  /** Literal ids that end at each state (null for none), found on the folded text. */
  private final int[][] output;
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
    }

    // input classes: every distinct folded char of the literals, ASCII ones first
    StringBuilder others = new StringBuilder();
    int classes = 1;
    for (char[] l : literals) {
      for (char c : l) {
        char f = fold(c);
        if (f < 128) {
          if (asciiClass[f] == 0) {
            asciiClass[f] = classes++;
          }
        } else if (others.indexOf(String.valueOf(f)) < 0) {
          others.append(f);
        }
      }
    }
    for (char c = 'A'; c <= 'Z'; c++) {
      asciiClass[c] = asciiClass[fold(c)];
    }
    otherChars = others.toString().toCharArray();
    otherClass = new int[otherChars.length];
    for (int k = 0; k < otherChars.length; k++) {
      otherClass[k] = classes++;
    }
    width = classes;

    // trie of the folded literals
    List<int[]> goTo = new ArrayList<>();
    List<List<Integer>> ends = new ArrayList<>();
    goTo.add(new int[width]);
    ends.add(new ArrayList<>());
    for (int id = 0; id < literals.length; id++) {
      int state = 0;
      for (char c : literals[id]) {
        int cls = classOf(fold(c));
        if (goTo.get(state)[cls] == 0) {
          goTo.get(state)[cls] = goTo.size();
          goTo.add(new int[width]);
          ends.add(new ArrayList<>());
        }
        state = goTo.get(state)[cls];
      }
      ends.get(state).add(id);
    }
    // breadth first: failure links, full transitions and outputs
    int states = goTo.size();
    int[] delta = new int[states * width]; // next state: delta[state * width + class]
    int[] fail = new int[states];
    output = new int[states][];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int cls = 1; cls < width; cls++) {
      int t = goTo.get(0)[cls];
      delta[cls] = t;
      if (t != 0) {
        queue.add(t);
      }
    }
    output[0] = null;
    while (!queue.isEmpty()) {
      int s = queue.poll();
      List<Integer> out = new ArrayList<>(ends.get(s));
      if (output[fail[s]] != null) {
        for (int id : output[fail[s]]) {
          out.add(id);
        }
      }
      output[s] = out.isEmpty() ? null : out.stream().mapToInt(Integer::intValue).toArray();
      for (int cls = 1; cls < width; cls++) {
        int t = goTo.get(s)[cls];
        if (t != 0) {
          fail[t] = delta[fail[s] * width + cls];
          delta[s * width + cls] = t;
          queue.add(t);
        } else {
          delta[s * width + cls] = delta[fail[s] * width + cls];
        }
      }
    }

    step = new int[delta.length];
    for (int k = 0; k < delta.length; k++) {
      int t = delta[k];
      step[k] = t * width | (output[t] != null ? Integer.MIN_VALUE : 0);
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

  /** The input class of a folded char. */
  private int classOf(char f) {
    if (f < 128) {
      return asciiClass[f];
    }
    for (int k = 0; k < otherChars.length; k++) {
      if (otherChars[k] == f) {
        return otherClass[k];
      }
    }
    return 0;
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
  void scan(char[] text, int start, int end, long[] found) {
    int row = 0;
    for (int i = start; i < end; i++) {
      char c = text[i];
      int next = step[row + (c < 128 ? asciiClass[c] : classOf(c))];
      row = next & Integer.MAX_VALUE;
      if (next < 0) {
        report(output[row / width], text, i + 1, found);
      }
    }
  }

  /** Marks the literals {@code ids} that end before {@code end} in the folded text. */
  private void report(int[] ids, char[] text, int end, long[] found) {
    for (int id : ids) {
      if ((found[id >>> 6] & (1L << id)) != 0) {
        continue;
      }
      if (!foldLiteral[id] && !matchesExactly(literals[id], text, end - literals[id].length)) {
        continue; // a case-sensitive literal found with other case
      }
      found[id >>> 6] |= 1L << id;
    }
  }

  private static boolean matchesExactly(char[] literal, char[] text, int at) {
    for (int k = 0; k < literal.length; k++) {
      if (text[at + k] != literal[k]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether rule {@code r} may match the whole non-empty line {@code text[start, end)}, whose
   * literals {@link #scan} put in {@code found}. False only if its pattern cannot match.
   */
  boolean mayMatch(int r, char[] text, int start, int end, long[] found) {
    int[] first = firstChars[r];
    if (first != null) {
      char c = text[start];
      int cp = foldFirst[r] ? fold(c) : c;
      if (Character.isHighSurrogate(c) && start + 1 < end
          && Character.isLowSurrogate(text[start + 1])) {
        cp = Character.toCodePoint(c, text[start + 1]);
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
