package org.framelens.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The abbreviation lexicon used by the tokenizer and the sentence splitter, loaded from
 * {@code abbreviations.tsv} (one {@code abbreviation<TAB>class} per line, {@code #} comments).
 *
 * <p>Classes: {@code title} (Mr., Gen.: never ends a sentence), {@code number} (No., Art.:
 * does not end a sentence before a digit), {@code month} (Feb.: likewise), {@code other}
 * (Inc., Corp., etc.: ends a sentence only before a typical sentence opener), {@code inner}
 * (e.g., vs.: never ends a sentence). Sentence openers come from {@code sentence-starters.txt}.
 */
public final class Abbreviations {

  /** How an abbreviation behaves at a possible sentence end. */
  public enum Kind { TITLE, NUMBER, MONTH, OTHER, INNER }

  private final Map<String, Kind> byLowerForm;
  private final Set<String> sentenceStarters;
  /** The length of the longest abbreviation. */
  private final int maxLength;

  /**
   * The ASCII lower-case forms, in an open-addressing table (a power of two slots, at most half
   * full) with their kinds: what {@link #kind(char[], int, int)} looks an
   * ASCII word up in without making a string of it.
   */
  private final char[][] asciiForms;
  private final Kind[] asciiKinds;

  Abbreviations(Map<String, Kind> byLowerForm, Set<String> sentenceStarters) {
    this.byLowerForm = Collections.unmodifiableMap(new HashMap<>(byLowerForm));
    this.sentenceStarters = Set.copyOf(sentenceStarters);
    this.maxLength = byLowerForm.keySet().stream().mapToInt(String::length).max().orElse(0);
    int slots = Integer.highestOneBit(Math.max(1, byLowerForm.size()) * 2) * 2;
    asciiForms = new char[slots][];
    asciiKinds = new Kind[slots];
    for (Map.Entry<String, Kind> e : this.byLowerForm.entrySet()) {
      char[] form = e.getKey().toCharArray();
      if (isAsciiLower(form)) {
        int slot = hash(form, 0, form.length) & (slots - 1);
        while (asciiForms[slot] != null) {
          slot = (slot + 1) & (slots - 1);
        }
        asciiForms[slot] = form;
        asciiKinds[slot] = e.getValue();
      }
    }
  }

  /** Whether {@code form} is all ASCII with no upper-case letter (as lower-casing leaves it). */
  private static boolean isAsciiLower(char[] form) {
    for (char c : form) {
      if (c >= 128 || (c >= 'A' && c <= 'Z')) {
        return false;
      }
    }
    return true;
  }

  /** A hash of the ASCII lower case of {@code text[from, to)}, all of it ASCII. */
  private static int hash(char[] text, int from, int to) {
    int h = 0;
    for (int k = from; k < to; k++) {
      h = 31 * h + lower(text[k]);
    }
    return h ^ (h >>> 16);
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /** The English defaults bundled with FrameLens. */
  public static Abbreviations english() {
    return Holder.ENGLISH;
  }

  private static final class Holder {
    static final Abbreviations ENGLISH = load();
  }

  /** The class of {@code word} (without its final dot), or null if it is no abbreviation. */
  public Kind kind(String word) {
    return byLowerForm.get(word.toLowerCase(Locale.ROOT));
  }

  /**
   * {@link #kind(String)} of {@code text[from, to)}, without making a string of a word longer
   * than any abbreviation (lower-casing never makes a text shorter: no code point has a lower
   * case of fewer chars).
   */
  Kind kind(char[] text, int from, int to) {
    int n = to - from;
    if (n > maxLength) {
      return null;
    }
    for (int k = from; k < to; k++) {
      if (text[k] >= 128) {
        return kind(new String(text, from, n)); // beyond ASCII: as String.toLowerCase says
      }
    }
    // ASCII: lower-casing is per char, so the word is looked up as it stands
    int mask = asciiForms.length - 1;
    for (int slot = hash(text, from, to) & mask; ; slot = (slot + 1) & mask) {
      char[] form = asciiForms[slot];
      if (form == null) {
        return null;
      }
      if (form.length == n && equalsLower(form, text, from)) {
        return asciiKinds[slot];
      }
    }
  }

  /** Whether the ASCII {@code text[from, from + form.length)}, lower-cased, is {@code form}. */
  private static boolean equalsLower(char[] form, char[] text, int from) {
    for (int k = 0; k < form.length; k++) {
      if (lower(text[from + k]) != form[k]) {
        return false;
      }
    }
    return true;
  }

  public boolean isAbbreviation(String word) {
    return kind(word) != null;
  }

  /** Whether {@code word} is a typical first word of an English sentence (The, He, But...). */
  public boolean isSentenceStarter(String word) {
    return sentenceStarters.contains(word);
  }

  private static Abbreviations load() {
    Map<String, Kind> map = new HashMap<>();
    readLines("abbreviations.tsv", (line, no) -> {
      String[] f = line.split("\t");
      if (f.length != 2) {
        throw new IllegalStateException("abbreviations.tsv:" + no
            + ": expected 'abbreviation<TAB>class', got: " + line);
      }
      Kind k;
      try {
        k = Kind.valueOf(f[1].trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("abbreviations.tsv:" + no + ": unknown class '" + f[1] + "'");
      }
      map.put(f[0].trim().toLowerCase(Locale.ROOT), k);
    });
    Set<String> starters = new java.util.HashSet<>();
    readLines("sentence-starters.txt", (line, no) -> starters.add(line.trim()));
    return new Abbreviations(map, starters);
  }

  private interface LineHandler {
    void accept(String line, int lineNumber);
  }

  private static void readLines(String resource, LineHandler handler) {
    try (InputStream in = Abbreviations.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int no = 0;
      while ((line = r.readLine()) != null) {
        no++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        handler.accept(line, no);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
