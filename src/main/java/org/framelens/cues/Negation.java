package org.framelens.cues;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.framelens.text.TsvTable;

/**
 * Negations that deny a loaded word ({@code lexicons/negation.tsv}): a copula and a negation
 * ending right before the word's first token ("Belarus is not an aggressor", "was never a sham",
 * "is no longer a dictator"). Such a word stays a loaded cue, flagged {@link Evidence#negated()}:
 * it is aimed at no actor, and the claim it triggers says that the outlet denies it. Scoped
 * narrowly on purpose: at most an article between the negation and the word, so "not only an
 * aggressor" or "not the only aggressor" are not denials. A span with a word of {@code
 * lexicons/negation-scope.tsv} (a preposition, a relative word, a comma) after its first word
 * goes on beyond the denied head and is not denied. Immutable and thread-safe.
 */
final class Negation {

  /** The file of the words that end a negation's scope. */
  static final String SCOPE_FILE = "negation-scope.tsv";

  /** What a line of {@link #SCOPE_FILE} holds, for its errors. */
  static final String SCOPE_EXPECTED = "word<TAB>kind (preposition, relative, conjunction or "
      + "punctuation)<TAB>example with a [[span]]";

  /**
   * One row of {@link #SCOPE_FILE}: a word after which a loaded span goes on beyond the denied
   * head ("by" in "not intimidated by the antics of …").
   *
   * @param example a sentence whose negation reaches the marked {@code [[span]]}, the word inside
   *                it after its first word
   */
  record ScopeEnd(String word, String kind, String example, int line) {
  }

  /** The longest phrasing in tokens ("were never been a" is 4). */
  private static final int MAX_TOKENS = 4;

  /**
   * One row of the file.
   *
   * @param exampleHit  a sentence whose loaded word marked {@code [[...]]} is denied
   * @param exampleMiss sentences none of whose loaded words is denied
   */
  record Entry(String ruleId, List<PhrasePattern> phrasings, List<PhrasePattern> exceptions,
      String exampleHit, String exampleMiss, int line) {
  }

  static final Negation BUNDLED = new Negation(load(),
      scopeEnds(TsvTable.read(SCOPE_FILE, 3, "word", SCOPE_EXPECTED)));

  private final List<Entry> entries;
  private final List<ScopeEnd> scopeEnds;
  /** The words of {@link #scopeEnds}. */
  private final java.util.Set<String> scopeWords;
  /** Every word of the phrasings: a loaded word after any other word is not denied (fast path). */
  private final java.util.Set<String> words;

  private Negation(List<Entry> entries, List<ScopeEnd> scopeEnds) {
    this.entries = List.copyOf(entries);
    this.scopeEnds = List.copyOf(scopeEnds);
    java.util.Set<String> ends = new java.util.HashSet<>();
    for (ScopeEnd e : scopeEnds) {
      ends.add(e.word());
    }
    this.scopeWords = java.util.Set.copyOf(ends);
    java.util.Set<String> w = new java.util.HashSet<>();
    for (Entry e : entries) {
      for (PhrasePattern p : e.phrasings()) {
        w.addAll(p.literalWords());
      }
    }
    this.words = java.util.Set.copyOf(w);
  }

  List<Entry> entries() {
    return entries;
  }

  List<ScopeEnd> scopeEnds() {
    return scopeEnds;
  }

  /** These negations with {@code word} no longer ending a scope (for the examples' tests). */
  Negation withoutScopeEnd(String word) {
    return new Negation(entries, scopeEnds.stream().filter(e -> !e.word().equals(word)).toList());
  }

  /**
   * The first token of the negation that denies the loaded words at tokens {@code [from, to)}
   * of the sentence's normalised tokens {@code lower}, or -1 when none does. Words after a
   * preposition, a relative word or a comma inside the loaded span ({@link #SCOPE_FILE}) are
   * out of the negation's reach ("is not intimidated by the antics of protesters" still calls them antics), so such a
   * span is not denied.
   */
  int deniedFrom(List<String> lower, int from, int to) {
    if (from == 0 || !words.contains(lower.get(from - 1))) {
      return -1;
    }
    for (int k = from + 1; k < to; k++) {
      if (scopeWords.contains(lower.get(k))) {
        return -1; // "not intimidated by the antics of …": the antics are not denied
      }
    }
    // fast path: a phrasing is literal words only, so a start is possible only where every word
    // from it to the loaded word is one of them ("is the", not "of the")
    int first = from - 1;
    while (first - 1 >= Math.max(0, from - MAX_TOKENS) && words.contains(lower.get(first - 1))) {
      first--;
    }
    MatchTokens[] prepared = new MatchTokens[from - first]; // each start's words, made once
    MatchTokens after = MatchTokens.of(lower.subList(from, Math.min(lower.size(),
        from + MAX_TOKENS)).toArray(new String[0]));
    for (Entry e : entries) {
      if (excepted(e, after)) {
        continue;
      }
      for (int start = first; start < from; start++) {
        MatchTokens before = prepared[start - first];
        if (before == null) {
          before = MatchTokens.of(lower.subList(start, from).toArray(new String[0]));
          prepared[start - first] = before;
        }
        for (PhrasePattern p : e.phrasings()) {
          if (p.matchAt(before, 0) == from - start) {
            return start;
          }
        }
      }
    }
    return -1;
  }

  private static boolean excepted(Entry e, MatchTokens after) {
    for (PhrasePattern p : e.exceptions()) {
      if (p.matchAt(after, 0) > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The rows of {@link #SCOPE_FILE}, checked: one lower-case token without spaces, a known kind,
   * an example with a marked span that holds the word after its first word; each word once.
   *
   * @throws IllegalStateException {@code negation-scope.tsv:LINE: …}
   */
  static List<ScopeEnd> scopeEnds(List<TsvTable.Row> rows) {
    List<ScopeEnd> out = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (TsvTable.Row r : rows) {
      String w = r.get(0);
      if (w.isEmpty() || !w.equals(PhrasePattern.normalise(w.strip()))
          || w.chars().anyMatch(Character::isWhitespace)) {
        throw r.error("the word '" + w + "' must be one token in lower case");
      }
      if (!java.util.Set.of("preposition", "relative", "conjunction", "punctuation")
          .contains(r.get(1))) {
        throw r.error("unknown kind '" + r.get(1)
            + "' (one of preposition, relative, conjunction, punctuation)");
      }
      if (!seen.add(w)) {
        throw r.error("the word '" + w + "' is listed twice");
      }
      String ex = r.get(2);
      int open = ex.indexOf("[[");
      int close = ex.indexOf("]]");
      if (open < 0 || close < open
          || !PhrasePattern.normalise(ex.substring(open + 2, close)).contains(w)) {
        throw r.error("the example must mark a [[span]] that holds '" + w + "'");
      }
      out.add(new ScopeEnd(w, r.get(1), ex, r.line()));
    }
    return out;
  }

  private static List<Entry> load() {
    String file = "negation.tsv";
    String header = "rule_id\tphrase\texcept\texample_hit\texample_miss";
    List<Entry> out = new ArrayList<>();
    try (InputStream in = Negation.class.getResourceAsStream("/lexicons/" + file)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled /lexicons/" + file);
      }
      List<String> lines = new java.io.BufferedReader(
          new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
      boolean seenHeader = false;
      for (int i = 0; i < lines.size(); i++) {
        String l = lines.get(i);
        if (l.isBlank() || l.startsWith("#")) {
          continue;
        }
        if (!seenHeader) {
          if (!l.equals(header)) {
            throw new IllegalStateException(file + ":" + (i + 1) + ": expected the header "
                + header.replace("\t", "<TAB>"));
          }
          seenHeader = true;
          continue;
        }
        String[] c = l.split("\t", -1);
        if (c.length != 5 || c[0].isBlank() || c[1].isBlank() || !c[3].contains("[[")) {
          throw new IllegalStateException(file + ":" + (i + 1) + ": expected " + header
              .replace("\t", "<TAB>") + ", a phrase and an example_hit with [[...]]");
        }
        if (c[1].contains("_") || c[1].contains("*")) {
          // deniedFrom's fast path relies on it
          throw new IllegalStateException(file + ":" + (i + 1) + ": a negation's phrasings are "
              + "literal words (no _ or *)");
        }
        out.add(new Entry(c[0], patterns(c[1]), patterns(c[2]), c[3], c[4], i + 1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static List<PhrasePattern> patterns(String cell) {
    List<PhrasePattern> out = new ArrayList<>();
    for (String p : cell.split("\\|")) {
      if (!p.isBlank()) {
        PhrasePattern pattern = PhrasePattern.parse(p);
        out.add(pattern);
      }
    }
    return out;
  }
}
