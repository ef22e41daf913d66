package org.framelens.cues;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.framelens.text.Tokenizer;

/**
 * A phrase pattern over tokens, as written in lexicon files. Tokens are separated by spaces and
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
public final class PhrasePattern {

  /**
   * One slot. Each alternative is a word sequence; a word ending in {@code *} is kept without
   * the star, with its flag set in {@code prefix}.
   */
  private record Slot(String[][] alternatives, boolean[][] prefix, boolean any,
      boolean optional, boolean single) {

    static Slot of(List<List<String>> alternatives, boolean any, boolean optional) {
      String[][] words = new String[alternatives.size()][];
      boolean[][] prefix = new boolean[alternatives.size()][];
      for (int a = 0; a < words.length; a++) {
        List<String> alt = alternatives.get(a);
        words[a] = new String[alt.size()];
        prefix[a] = new boolean[alt.size()];
        for (int k = 0; k < alt.size(); k++) {
          String w = alt.get(k);
          prefix[a][k] = w.endsWith("*");
          words[a][k] = prefix[a][k] ? w.substring(0, w.length() - 1) : w;
        }
      }
      boolean single = !any;
      for (String[] alt : words) {
        single &= alt.length == 1;
      }
      return new Slot(words, prefix, any, optional, single);
    }
  }

  /**
   * A slot over a vocabulary: each word of each alternative is its id there ({@link #NO_ID} for
   * a prefix, whose chars are in {@code prefixes} instead). For a slot of single words,
   * {@code words} holds the ids of its literal alternatives and {@code wordPrefixes} its prefix
   * alternatives, flat.
   */
  private record IdSlot(int[][] ids, char[][][] prefixes, boolean any, boolean optional,
      boolean single, int[] words, char[][] wordPrefixes) {

    static IdSlot of(int[][] ids, char[][][] prefixes, boolean any, boolean optional,
        boolean single) {
      int[] words = new int[0];
      char[][] wordPrefixes = new char[0][];
      if (single) {
        for (int a = 0; a < ids.length; a++) {
          if (prefixes[a][0] == null) {
            words = java.util.Arrays.copyOf(words, words.length + 1);
            words[words.length - 1] = ids[a][0];
          } else {
            wordPrefixes = java.util.Arrays.copyOf(wordPrefixes, wordPrefixes.length + 1);
            wordPrefixes[wordPrefixes.length - 1] = prefixes[a][0];
          }
        }
      }
      return new IdSlot(ids, prefixes, any, optional, single, words, wordPrefixes);
    }

    /**
     * For a slot whose alternatives are single words: whether token {@code t} (whose id is
     * {@code id}) is one of them or starts with one ending in {@code *}. Every alternative that
     * matches then ends at the same token, so one is enough.
     */
    boolean matchesWord(MatchTokens tokens, int id, int t) {
      int[] words = this.words;
      for (int a = 0; a < words.length; a++) {
        if (words[a] == id) {
          return true;
        }
      }
      for (char[] prefix : wordPrefixes) {
        if (tokens.startsWith(t, prefix)) {
          return true;
        }
      }
      return false;
    }

    /** Whether alternative {@code a} matches the tokens at {@code t}. */
    boolean matches(int a, MatchTokens tokens, int[] tokenIds, int t) {
      int[] alt = ids[a];
      if (t + alt.length > tokenIds.length) {
        return false;
      }
      char[][] pre = prefixes[a];
      for (int k = 0; k < alt.length; k++) {
        if (pre[k] == null ? tokenIds[t + k] != alt[k] : !tokens.startsWith(t + k, pre[k])) {
          return false;
        }
      }
      return true;
    }
  }

  /** The id of a word that is a prefix, or missing from a vocabulary: equal to no token's. */
  private static final int NO_ID = -2;

  /**
   * A pattern compiled against a vocabulary that holds its {@link #literalWords()}: matching
   * compares token ids, and chars only for prefixes. Immutable.
   */
  static final class Compiled {

    private final IdSlot[] slots;

    private Compiled(IdSlot[] slots) {
      this.slots = slots;
    }

    /**
     * The exclusive end token of the longest match starting at token {@code from}, or -1.
     *
     * @param ids the tokens' ids in the vocabulary this was compiled against
     */
    int matchAt(MatchTokens tokens, int[] ids, int from) {
      return match(tokens, ids, from, 0);
    }

    /** The longest match of slots {@code s..} from token {@code t}, or -1. */
    private int match(MatchTokens tokens, int[] ids, int t, int s) {
      if (s == slots.length) {
        return t;
      }
      IdSlot slot = slots[s];
      int best = -1;
      if (slot.any()) {
        if (t < ids.length && tokens.startsWithLetterOrDigit(t)) {
          best = match(tokens, ids, t + 1, s + 1);
        }
      } else if (slot.single()) {
        if (t < ids.length && slot.matchesWord(tokens, ids[t], t)) {
          best = match(tokens, ids, t + 1, s + 1);
        }
      } else {
        int[][] alts = slot.ids();
        for (int a = 0; a < alts.length; a++) {
          if (slot.matches(a, tokens, ids, t)) {
            best = Math.max(best, match(tokens, ids, t + alts[a].length, s + 1));
          }
        }
      }
      if (slot.optional()) {
        best = Math.max(best, match(tokens, ids, t, s + 1));
      }
      return best;
    }
  }

  private final String source;
  private final Slot[] slots;

  /** The pattern's own words and itself compiled against them ({@link #matchAt(List, int)}). */
  private final WordIds vocabulary;
  private final Compiled compiled;

  private PhrasePattern(String source, List<Slot> slots) {
    this.source = source;
    this.slots = slots.toArray(new Slot[0]);
    this.vocabulary = new WordIds(literalWords());
    this.compiled = compile(vocabulary);
  }

  /** Parses one phrase; throws IllegalArgumentException with a plain message. */
  public static PhrasePattern parse(String phrase) {
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
    return new PhrasePattern(p, slots);
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
   * Whether every match holds a word: some slot that is neither a wildcard ({@code _}) nor
   * optional has a letter or digit in each of its alternatives. A phrase of wildcards or
   * punctuation only ({@code _}, {@code .}, {@code _ ,}) would match every word or every full
   * stop.
   */
  boolean hasWord() {
    for (Slot s : slots) {
      if (s.any() || s.optional()) {
        continue;
      }
      boolean all = true;
      for (String[] alt : s.alternatives()) {
        all &= String.join("", alt).codePoints().anyMatch(Character::isLetterOrDigit);
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  /** The words the pattern compares tokens with, prefixes left out, in pattern order. */
  List<String> literalWords() {
    List<String> out = new ArrayList<>();
    for (Slot s : slots) {
      for (int a = 0; a < s.alternatives().length; a++) {
        for (int k = 0; k < s.alternatives()[a].length; k++) {
          if (!s.prefix()[a][k]) {
            out.add(s.alternatives()[a][k]);
          }
        }
      }
    }
    return out;
  }

  /** This pattern over {@code vocabulary}; a literal word missing there matches no token. */
  Compiled compile(WordIds vocabulary) {
    IdSlot[] out = new IdSlot[slots.length];
    for (int i = 0; i < slots.length; i++) {
      Slot s = slots[i];
      String[][] alts = s.alternatives();
      int[][] ids = new int[alts.length][];
      char[][][] prefixes = new char[alts.length][][];
      for (int a = 0; a < alts.length; a++) {
        ids[a] = new int[alts[a].length];
        prefixes[a] = new char[alts[a].length][];
        for (int k = 0; k < alts[a].length; k++) {
          if (s.prefix()[a][k]) {
            ids[a][k] = NO_ID;
            prefixes[a][k] = alts[a][k].toCharArray();
          } else {
            int id = vocabulary.id(alts[a][k]);
            ids[a][k] = id < 0 ? NO_ID : id;
          }
        }
      }
      out[i] = IdSlot.of(ids, prefixes, s.any(), s.optional(), s.single());
    }
    return new Compiled(out);
  }

  /**
   * Whether the pattern matches the tokens starting at {@code from}; returns the exclusive end
   * token index of the longest match, or -1.
   */
  public int matchAt(List<String> tokens, int from) {
    return matchAt(MatchTokens.of(tokens.toArray(new String[0])), from);
  }

  /** As {@link #matchAt(List, int)} on tokens already prepared, for several patterns in turn. */
  int matchAt(MatchTokens m, int from) {
    return compiled.matchAt(m, m.ids(vocabulary), from);
  }

  /**
   * A pattern word as the tokenizer would split it: clitics are their own token
   * ({@code Kremlin's} → {@code kremlin}, {@code 's}; {@code don't} → {@code do}, {@code n't}).
   */
  private static List<String> words(String w) {
    String n = normalise(w);
    for (String clitic : new String[] {"n't", "'s", "'re", "'ll", "'ve", "'d", "'m"}) {
      if (n.length() > clitic.length() && n.endsWith(clitic) && !n.endsWith("*")) {
        String stem = n.substring(0, n.length() - clitic.length());
        if (stem.equals("*")) { // "*'m" would leave a bare *, a prefix of nothing
          throw new IllegalArgumentException("a bare * in '" + w + "' (use _ for any word)");
        }
        return List.of(stem, clitic);
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
    if (w.indexOf(Tokenizer.SOFT_HYPHEN) >= 0) {
      w = w.replace(String.valueOf(Tokenizer.SOFT_HYPHEN), "");
    }
    return w;
  }

  @Override
  public String toString() {
    return source;
  }
}
