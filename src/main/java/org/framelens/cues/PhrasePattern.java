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
 *   <li>{@code [a/b/c]}: one of several words (each may end in {@code *});</li>
 *   <li>{@code _}: any one word; a trailing {@code ?} makes a slot optional ({@code _?},
 *       {@code [widely/largely]?}).</li>
 * </ul>
 * Immutable.
 */
public final class PhrasePattern {

  private record Slot(List<String> words, boolean any, boolean optional) {
    boolean accepts(String token) {
      if (any) {
        return !token.isEmpty() && Character.isLetterOrDigit(token.codePointAt(0));
      }
      for (String w : words) {
        if (w.endsWith("*") ? token.startsWith(w.substring(0, w.length() - 1)) : token.equals(w)) {
          return true;
        }
      }
      return false;
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
    for (String raw : phrase.strip().split("\\s+")) {
      if (raw.isEmpty()) {
        continue;
      }
      boolean optional = raw.length() > 1 && raw.endsWith("?");
      String t = optional ? raw.substring(0, raw.length() - 1) : raw;
      if (t.equals("_")) {
        slots.add(new Slot(List.of(), true, optional));
      } else if (t.startsWith("[")) {
        if (!t.endsWith("]") || t.length() < 3) {
          throw new IllegalArgumentException("unclosed [..] in phrase '" + phrase + "'");
        }
        List<String> words = new ArrayList<>();
        for (String w : t.substring(1, t.length() - 1).split("/")) {
          if (w.isEmpty()) {
            throw new IllegalArgumentException("empty alternative in '" + phrase + "'");
          }
          words.add(normalise(w));
        }
        slots.add(new Slot(words, false, optional));
      } else {
        if (t.equals("*")) {
          throw new IllegalArgumentException("a bare * in '" + phrase + "' (use _ for any word)");
        }
        slots.add(new Slot(List.of(normalise(t)), false, optional));
      }
    }
    if (slots.isEmpty() || slots.stream().allMatch(Slot::optional)) {
      throw new IllegalArgumentException("empty phrase");
    }
    if (slots.get(0).optional() || slots.get(slots.size() - 1).optional()) {
      throw new IllegalArgumentException("a phrase may not start or end with an optional slot: '"
          + phrase + "'");
    }
    return new PhrasePattern(phrase.strip(), slots);
  }

  /** The literal first words, if the first slot is not a wildcard; else empty. */
  List<String> firstWords() {
    Slot s = slots.get(0);
    return s.any() ? List.of() : s.words();
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
    if (t < tokens.size() && slot.accepts(tokens.get(t))) {
      best = match(tokens, t + 1, s + 1);
    }
    if (slot.optional()) {
      best = Math.max(best, match(tokens, t, s + 1));
    }
    return best;
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
