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

  Abbreviations(Map<String, Kind> byLowerForm, Set<String> sentenceStarters) {
    this.byLowerForm = Collections.unmodifiableMap(new HashMap<>(byLowerForm));
    this.sentenceStarters = Set.copyOf(sentenceStarters);
    this.maxLength = byLowerForm.keySet().stream().mapToInt(String::length).max().orElse(0);
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
    return to - from > maxLength ? null : kind(new String(text, from, to - from));
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
