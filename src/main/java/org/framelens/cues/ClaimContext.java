package org.framelens.cues;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.framelens.text.TsvTable;

/**
 * The words around a claim trigger ({@code claims.tsv}) that keep it from making an unattributed
 * claim in the outlet's own voice ({@code lexicons/claim-context.tsv}): a trigger in a condition
 * ("If Moscow wants to …") or in a sentence that asks ("Why is Moscow trying to …?") asserts
 * nothing; a motive verb whose subject is a law, programme, deal or test ("The Paris accord aims
 * to …") states a purpose of record, and one whose subject is nobody in particular ("anyone who
 * wants to …", "you're trying to …") imputes no one's motive. Immutable.
 */
final class ClaimContext {

  /** The kinds of word of the table, as its {@code kind} column writes them. */
  enum Kind {
    CONDITION, MOTIVE_VERB, STEP_OVER, PURPOSE_SUBJECT, GENERIC_SUBJECT, GENERIC_DET;

    final String id = name().toLowerCase(java.util.Locale.ROOT);

    static Kind of(String id) {
      for (Kind k : values()) {
        if (k.id.equals(id)) {
          return k;
        }
      }
      return null;
    }
  }

  /** Why a claim trigger makes no claim. */
  enum Reason {
    /** The sentence ends with a question mark in the outlet's voice. */
    QUESTION,
    /** A condition word ("if", "unless", "whether") opens the trigger's clause. */
    CONDITION,
    /** A motive verb's subject is a law, programme, plan, deal, system or test. */
    PURPOSE_SUBJECT,
    /** A motive verb's subject is nobody in particular ("you", "anyone who"). */
    GENERIC_SUBJECT
  }

  static final String FILE = "claim-context.tsv";
  private static final String EXPECTED = "word<TAB>kind (condition, motive_verb, step_over, "
      + "purpose_subject, generic_subject or generic_det)<TAB>example<TAB>example_kept";

  /** The bundled table. */
  static final ClaimContext BUNDLED = new ClaimContext(load());

  /** The marks that end the clause in which a condition word is looked for. */
  private static final Set<String> CLAUSE_MARKS = Set.of(",", ";", ":", "(", ")", "[", "]",
      "\u2014", "\u2013", "--", "-", ".", "!", "?");

  /** The marks that may close a question after its question mark. */
  private static final Set<String> CLOSERS = Set.of(")", "]", "\"", "\u201D", "\u2019", "'",
      "\u00BB");

  /** How many words before "who" a generic determiner may open its noun phrase. */
  private static final int DET_WINDOW = 3;

  private final Map<Kind, Set<String>> words;

  /** The table as rows (file order), for the examples' tests. */
  private final List<TsvTable.Row> rows;

  ClaimContext(List<TsvTable.Row> rows) {
    Map<Kind, java.util.Set<String>> m = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      m.put(k, new java.util.HashSet<>());
    }
    Map<String, Kind> seen = new HashMap<>();
    for (TsvTable.Row r : rows) {
      String w = r.get(0);
      Kind k = Kind.of(r.get(1));
      if (k == null) {
        throw r.error("unknown kind '" + r.get(1) + "' (one of condition, motive_verb, "
            + "step_over, purpose_subject, generic_subject, generic_det)");
      }
      if (w.isEmpty() || !w.equals(w.toLowerCase(java.util.Locale.ROOT)) || w.contains(" ")) {
        throw r.error("the word '" + w + "' must be one lower-case word");
      }
      if (seen.put(w, k) != null) {
        throw r.error("the word '" + w + "' is listed twice");
      }
      if (r.get(2).isBlank()) {
        throw r.error("no example for '" + w + "'");
      }
      m.get(k).add(w);
    }
    Map<Kind, Set<String>> frozen = new EnumMap<>(Kind.class);
    m.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
    this.words = java.util.Collections.unmodifiableMap(frozen);
    this.rows = List.copyOf(rows);
  }

  static List<TsvTable.Row> load() {
    return TsvTable.read(FILE, 4, "word", EXPECTED);
  }

  List<TsvTable.Row> rows() {
    return rows;
  }

  /** The same table without the row at {@code line} (for the examples' tests). */
  ClaimContext without(int line) {
    return new ClaimContext(rows.stream().filter(r -> r.line() != line).toList());
  }

  private boolean is(Kind k, String word) {
    return words.get(k).contains(word);
  }

  /**
   * Why the claim trigger {@code e} matched at tokens [{@code from}, {@code to}) of a sentence
   * makes no claim, or null when it makes one.
   *
   * @param question whether the sentence asks: it ends with a question mark in the outlet's voice
   *                 ({@link #asks})
   */
  Reason suspends(LexiconEntry e, MatchTokens t, int from, int to, boolean question) {
    if (e.type() != CueType.UNATTRIBUTED_CLAIM) {
      return null;
    }
    if (question) {
      return Reason.QUESTION;
    }
    for (int k = from - 1; k >= 0 && !CLAUSE_MARKS.contains(t.lower(k)); k--) {
      if (is(Kind.CONDITION, t.lower(k))) {
        return Reason.CONDITION;
      }
    }
    if (!e.category().equals("motive") || !hasMotiveVerb(t, from, to)) {
      return null;
    }
    int k = from - 1;
    while (k >= 0 && is(Kind.STEP_OVER, t.lower(k))) {
      k--;
    }
    if (k < 0) {
      return null;
    }
    String subject = t.lower(k);
    if (is(Kind.PURPOSE_SUBJECT, subject)) {
      return Reason.PURPOSE_SUBJECT;
    }
    if (is(Kind.GENERIC_SUBJECT, subject)) {
      return Reason.GENERIC_SUBJECT;
    }
    if (subject.equals("who") && k > 0) {
      if (is(Kind.GENERIC_SUBJECT, t.lower(k - 1))) {
        return Reason.GENERIC_SUBJECT; // "those who want to", "anyone who tried to"
      }
      for (int d = k - 1; d >= Math.max(0, k - DET_WINDOW); d--) {
        if (!t.startsWithLetterOrDigit(d)) {
          break;
        }
        if (is(Kind.GENERIC_DET, t.lower(d))) {
          return Reason.GENERIC_SUBJECT; // "any Republican president who wants to"
        }
      }
    }
    return null;
  }

  private boolean hasMotiveVerb(MatchTokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (is(Kind.MOTIVE_VERB, t.lower(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a sentence of these tokens asks: its last token other than closing marks is a
   * question mark that {@code quoted} does not place inside a quotation (so "He asked, “Why?”"
   * does not ask in the outlet's voice).
   */
  static boolean asks(MatchTokens t, java.util.function.IntPredicate quoted) {
    int k = t.size() - 1;
    while (k >= 0 && CLOSERS.contains(t.raw(k))) {
      k--;
    }
    return k >= 0 && t.raw(k).equals("?") && !quoted.test(k);
  }
}
