package org.framelens.cues;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

  private record Slot(List<List<String>> alternatives, boolean any, boolean optional) {

    static boolean wordMatches(String pattern, String token) {
      return pattern.endsWith("*") ? token.startsWith(pattern.substring(0, pattern.length() - 1))
          : token.equals(pattern);
    }

    /** Whether alternative {@code alt} matches the tokens at {@code t}. */
    boolean matches(List<String> alt, List<String> tokens, int t) {
      if (t + alt.size() > tokens.size()) {
        return false;
      }
      for (int k = 0; k < alt.size(); k++) {
        if (!wordMatches(alt.get(k), tokens.get(t + k))) {
          return false;
        }
      }
      return true;
    }
  }

  private final String source;
  private final List<Slot> slots;

  private PhrasePattern(String source, List<Slot> slots) {
    this.source = source;
    this.slots = List.copyOf(slots);
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
        slots.add(new Slot(List.of(), true, optional));
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
        slots.add(new Slot(alts, false, optional));
      } else {
        if (t.equals("*") || t.contains("]")) {
          throw new IllegalArgumentException("unexpected '" + t + "' in '" + phrase
              + "' (use _ for any word)");
        }
        slots.add(new Slot(List.of(words(t)), false, optional));
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

  /** The first words of the first slot's alternatives, if it is no wildcard; else empty. */
  List<String> firstWords() {
    Slot s = slots.get(0);
    return s.any() ? List.of() : s.alternatives().stream().map(a -> a.get(0)).toList();
  }

  /**
   * Whether the pattern matches the tokens starting at {@code from}; returns the exclusive end
   * token index of the longest match, or -1.
   */
  public int matchAt(List<String> tokens, int from) {
    return match(tokens, from, 0);
  }

  private int match(List<String> tokens, int t, int s) {
    if (s == slots.size()) {
      return t;
    }
    Slot slot = slots.get(s);
    int best = -1;
    if (slot.any()) {
      if (t < tokens.size() && !tokens.get(t).isEmpty()
          && Character.isLetterOrDigit(tokens.get(t).codePointAt(0))) {
        best = match(tokens, t + 1, s + 1);
      }
    } else {
      for (List<String> alt : slot.alternatives()) {
        if (slot.matches(alt, tokens, t)) {
          best = Math.max(best, match(tokens, t + alt.size(), s + 1));
        }
      }
    }
    if (slot.optional()) {
      best = Math.max(best, match(tokens, t, s + 1));
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
