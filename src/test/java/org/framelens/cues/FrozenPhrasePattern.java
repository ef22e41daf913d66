package org.framelens.cues;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A frozen copy of the String-comparing {@code PhrasePattern} matcher of commit f8f4e22, which
 * the id-based matcher replaced: the tests check that the two agree. Do not change it.
 *
 * <p>A phrase pattern over tokens, as written in lexicon files. Tokens are separated by spaces and
 * matched case-insensitively (curly apostrophes count as straight ones):
 *
 * <ul>
 *   <li>{@code word}: that word; {@code word*}: any word starting with {@code word};</li>
 *   <li>{@code [a/b c/d]}: one of several words or word sequences ({@code b c} is two words;
 *       each word may end in {@code *});</li>
 *   <li>{@code _}: any one word; a trailing {@code ?} makes a slot optional ({@code _?},
 *       {@code [widely/largely]?}).</li>
 * </ul>
 * Immutable.
 */
final class FrozenPhrasePattern {

  /**
   * One slot. Each alternative is a word sequence; a word ending in {@code *} is kept without
   * the star, with its flag set in {@code prefix}, so matching creates no strings.
   */
  private record Slot(String[][] alternatives, boolean[][] prefix, int[][] hashes, boolean any,
      boolean optional, boolean single) {

    static Slot of(List<List<String>> alternatives, boolean any, boolean optional) {
      String[][] words = new String[alternatives.size()][];
      boolean[][] prefix = new boolean[alternatives.size()][];
      int[][] hashes = new int[alternatives.size()][];
      for (int a = 0; a < words.length; a++) {
        List<String> alt = alternatives.get(a);
        words[a] = new String[alt.size()];
        prefix[a] = new boolean[alt.size()];
        hashes[a] = new int[alt.size()];
        for (int k = 0; k < alt.size(); k++) {
          String w = alt.get(k);
          prefix[a][k] = w.endsWith("*");
          words[a][k] = prefix[a][k] ? w.substring(0, w.length() - 1) : w;
          hashes[a][k] = words[a][k].hashCode();
        }
      }
      boolean single = !any;
      for (String[] alt : words) {
        single &= alt.length == 1;
      }
      return new Slot(words, prefix, hashes, any, optional, single);
    }

    /**
     * For a slot whose alternatives are single words: whether {@code token} is one of them (or
     * starts with one ending in {@code *}). Every alternative that matches then ends at the same
     * token, so one is enough.
     */
    boolean matchesWord(String token) {
      int h = token.hashCode();
      for (int a = 0; a < alternatives.length; a++) {
        String w = alternatives[a][0];
        if (prefix[a][0] ? token.startsWith(w) : hashes[a][0] == h && token.equals(w)) {
          return true;
        }
      }
      return false;
    }

    /** Whether alternative {@code a} matches the tokens at {@code t}. */
    boolean matches(int a, String[] tokens, int size, int t) {
      String[] alt = alternatives[a];
      if (t + alt.length > size) {
        return false;
      }
      boolean[] pre = prefix[a];
      int[] hash = hashes[a];
      for (int k = 0; k < alt.length; k++) {
        String token = tokens[t + k];
        if (pre[k] ? !token.startsWith(alt[k])
            : token.hashCode() != hash[k] || !token.equals(alt[k])) { // String caches its hash
          return false;
        }
      }
      return true;
    }
  }

  private final String source;
  private final Slot[] slots;

  private FrozenPhrasePattern(String source, List<Slot> slots) {
    this.source = source;
    this.slots = slots.toArray(new Slot[0]);
  }

  /** Parses one phrase; throws IllegalArgumentException with a plain message. */
  static FrozenPhrasePattern parse(String phrase) {
    List<Slot> slots = new ArrayList<>();
    String p = phrase.strip();
    int i = 0;
    while (i < p.length()) {
      char c = p.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      String raw;
      if (c == '[') {
        int close = p.indexOf(']', i);
        if (close < 0) {
          throw new IllegalArgumentException("unclosed [..] in phrase '" + phrase + "'");
        }
        int e = close + 1;
        if (e < p.length() && p.charAt(e) == '?') {
          e++;
        }
        if (e < p.length() && !Character.isWhitespace(p.charAt(e))) {
          throw new IllegalArgumentException("text right after ']' in '" + phrase
              + "' (put a space before the next word)");
        }
        raw = p.substring(i, e);
        i = e;
      } else {
        int e = i;
        while (e < p.length() && !Character.isWhitespace(p.charAt(e))) {
          e++;
        }
        raw = p.substring(i, e);
        i = e;
      }
      boolean optional = raw.length() > 1 && raw.endsWith("?");
      String t = optional ? raw.substring(0, raw.length() - 1) : raw;
      if (t.equals("_")) {
        slots.add(Slot.of(List.of(), true, optional));
      } else if (t.startsWith("[")) {
        if (t.length() < 3) {
          throw new IllegalArgumentException("empty [..] in phrase '" + phrase + "'");
        }
        List<List<String>> alts = new ArrayList<>();
        for (String alt : t.substring(1, t.length() - 1).split("/", -1)) {
          if (alt.isBlank()) {
            throw new IllegalArgumentException("empty alternative in '" + phrase + "'");
          }
          List<String> words = new ArrayList<>();
          for (String w : alt.strip().split("\\s+")) {
            if (w.equals("*")) {
              throw new IllegalArgumentException("a bare * in '" + phrase + "' (use _ for any word)");
            }
            words.addAll(words(w));
          }
          alts.add(List.copyOf(words));
        }
        slots.add(Slot.of(alts, false, optional));
      } else {
        if (t.equals("*") || t.contains("]")) {
          throw new IllegalArgumentException("unexpected '" + t + "' in '" + phrase
              + "' (use _ for any word)");
        }
        slots.add(Slot.of(List.of(words(t)), false, optional));
      }
    }
    if (slots.isEmpty() || slots.stream().allMatch(Slot::optional)) {
      throw new IllegalArgumentException("empty phrase");
    }
    if (slots.get(0).optional() || slots.get(slots.size() - 1).optional()) {
      throw new IllegalArgumentException("a phrase may not start or end with an optional slot: '"
          + phrase + "'");
    }
    return new FrozenPhrasePattern(p, slots);
  }

  /**
   * The first words of the first slot's alternatives (as written, {@code *} included), if it is
   * no wildcard; else empty.
   */
  List<String> firstWords() {
    Slot s = slots[0];
    List<String> out = new ArrayList<>();
    if (!s.any()) {
      for (int a = 0; a < s.alternatives().length; a++) {
        out.add(s.alternatives()[a][0] + (s.prefix()[a][0] ? "*" : ""));
      }
    }
    return out;
  }

  /**
   * Whether the pattern matches the tokens starting at {@code from}; returns the exclusive end
   * token index of the longest match, or -1.
   */
  public int matchAt(List<String> tokens, int from) {
    return matchAt(tokens.toArray(new String[0]), tokens.size(), from);
  }

  /** As {@link #matchAt(List, int)}, over the first {@code size} elements of {@code tokens}. */
  int matchAt(String[] tokens, int size, int from) {
    return match(tokens, size, from, 0, true);
  }

  /** As {@link #matchAt(String[], int, int)}, trying every alternative of every slot (tests). */
  int matchAtTryingEveryAlternative(String[] tokens, int size, int from) {
    return match(tokens, size, from, 0, false);
  }

  /**
   * The longest match of slots {@code s..} from token {@code t}, or -1.
   *
   * @param once whether a slot of single words is matched once (not once per alternative)
   */
  private int match(String[] tokens, int size, int t, int s, boolean once) {
    if (s == slots.length) {
      return t;
    }
    Slot slot = slots[s];
    int best = -1;
    if (slot.any()) {
      if (t < size && !tokens[t].isEmpty()
          && Character.isLetterOrDigit(tokens[t].codePointAt(0))) {
        best = match(tokens, size, t + 1, s + 1, once);
      }
    } else if (once && slot.single()) {
      if (t < size && slot.matchesWord(tokens[t])) {
        best = match(tokens, size, t + 1, s + 1, once);
      }
    } else {
      String[][] alts = slot.alternatives();
      for (int a = 0; a < alts.length; a++) {
        if (slot.matches(a, tokens, size, t)) {
          best = Math.max(best, match(tokens, size, t + alts[a].length, s + 1, once));
        }
      }
    }
    if (slot.optional()) {
      best = Math.max(best, match(tokens, size, t, s + 1, once));
    }
    return best;
  }

  /**
   * A pattern word as the tokenizer would split it: clitics are their own token
   * ({@code Kremlin's} → {@code kremlin}, {@code 's}; {@code don't} → {@code do}, {@code n't}).
   */
  private static List<String> words(String w) {
    String n = normalise(w);
    for (String clitic : new String[] {"n't", "'s", "'re", "'ll", "'ve", "'d", "'m"}) {
      if (n.length() > clitic.length() && n.endsWith(clitic) && !n.endsWith("*")) {
        return List.of(n.substring(0, n.length() - clitic.length()), clitic);
      }
    }
    return List.of(n);
  }

  /** Lower case, curly apostrophes and quotes straightened. */
  public static String normalise(String token) {
    String w = token.toLowerCase(Locale.ROOT);
    if (w.indexOf('\u2019') >= 0 || w.indexOf('\u2018') >= 0) {
      w = w.replace('\u2019', '\'').replace('\u2018', '\'');
    }
    return w;
  }

  @Override
  public String toString() {
    return source;
  }
}
