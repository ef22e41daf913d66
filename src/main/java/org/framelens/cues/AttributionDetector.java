package org.framelens.cues;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds attributions in a sentence: the cue ("said", "according to", "in a statement") from
 * {@code lexicons/attribution.tsv}, and the source it names, found by rules:
 *
 * <ul>
 *   <li>a speech verb takes the noun phrase before it, skipping auxiliaries and adverbs
 *       ("has also said", "however said"), a comma-enclosed apposition ("Boris Johnson, the
 *       Prime Minister of the United Kingdom, stated") or adverbial ("Peskov, in a video
 *       conference, said"); or, when nothing names a source before it, the name after it
 *       ("…,” said Peskov); after "and"/"but" without a subject, the sentence's subject;</li>
 *   <li>a passive verb ("were dubbed … by France") takes the agent after "by", and is no
 *       attribution without one ("is accused of" is an agentless accusation instead);</li>
 *   <li>"according to" takes the noun phrase after it;</li>
 *   <li>"in a statement" and the like add nothing when a verb already names the source.</li>
 * </ul>
 * A noun phrase is a run of capitalised words, determiners, "of", "and", possessives and the
 * role and group words of {@code source-words.tsv}. Stateless and thread-safe.
 */
public final class AttributionDetector {

  /** The kind of cue, from the {@code kind} column. */
  public enum Kind {
    VERB, ACCORDING_TO, STATEMENT, BELIEF;

    private final String id = name().toLowerCase(java.util.Locale.ROOT);

    /** The kind as the {@code kind} column and cues.csv write it (lower case). */
    public String id() {
      return id;
    }
  }

  /** One cue entry. */
  record Cue(String ruleId, List<PhrasePattern> patterns, Kind kind, String explanation) {
  }

  /**
   * An attribution found in a sentence (token indices within the sentence).
   *
   * @param sourceFrom first token of the source, or -1 when unnamed
   */
  public record Found(String ruleId, Kind kind, int cueFrom, int cueTo, int sourceFrom,
      int sourceTo, String explanation) {

    public boolean hasSource() {
      return sourceFrom >= 0;
    }

    /** Whether it makes its sentence sourced (speech, not the outlet's reading of a mind). */
    public boolean sources() {
      return kind != Kind.BELIEF;
    }
  }

  private static final Set<String> SKIP = Set.of("has", "have", "had", "would", "will", "also",
      "however", "then", "later", "again", "previously", "earlier", "today", "recently",
      "separately", "further", "only", "already", "once", "yesterday", "did", "does", "do", "not",
      "n't", "never", "still", "even", "publicly", "himself", "herself", "themselves", "itself",
      "is", "are", "was", "were", "could", "should", "might", "may", "can", "must", "just");
  private static final Set<String> PASSIVE = Set.of("is", "are", "was", "were", "been", "being",
      "be");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "another", "some",
      "many", "several", "most", "all", "its", "his", "her", "their", "our", "other", "same",
      "two", "three", "one", "both", "top", "senior", "unnamed", "anonymous", "local", "foreign",
      "former", "western", "russian", "u.s.", "close");
  private static final Set<String> NP_INNER = Set.of("of", "for", "and", "'s", "de", "von", "van",
      "al", "-", "to");
  private static final Set<String> ROLE = Set.of("minister", "spokesman", "spokeswoman",
      "spokesperson", "chief", "head", "leader", "leaders", "president", "secretary", "general",
      "deputy", "foreign", "defense", "defence", "prime", "diplomacy", "diplomat", "envoy",
      "ambassador", "commander", "colleague", "counterpart", "adviser", "advisor", "countries",
      "nations", "states", "allies", "governments", "politicians", "members", "partners", "press",
      "team", "campaign", "correspondent", "reporter", "reporters", "journalists", "researchers",
      "state", "union", "chancellor", "candidate", "senator", "governor", "mayor", "judge",
      "court", "committee", "party", "group", "organization", "organisation", "staff",
      "intelligence", "security", "officer", "officers", "authorities", "spokespeople",
      "representative", "representatives", "director", "chairman", "board", "ceo", "executive");
  private static final Set<String> PREPOSITIONS = Set.of("in", "at", "on", "during", "after",
      "before", "with", "without", "for", "from", "to", "by", "while", "speaking", "according",
      "when", "as", "shortly", "earlier", "later");
  private static final Set<String> CLAUSE = Set.of("who", "which", "that", "whose", "whom");

  private final List<Cue> cues;
  private final SourceClassifier classifier;

  /** One phrasing of a cue, compiled against {@link #vocabulary}. */
  private record Phrasing(Cue cue, PhrasePattern.Compiled pattern) {
  }

  /** The cues' literal words and their first words as written. */
  private final WordIds vocabulary;
  /**
   * Cue phrasings by the id of their first word (every attribution phrasing starts with a
   * literal; a first word ending in {@code *} is looked up as written, star included).
   */
  private final Phrasing[][] byFirstWord;

  /** @param shared a vocabulary holding every word of the cues (null: their own) */
  private AttributionDetector(List<Cue> cues, SourceClassifier classifier, WordIds shared) {
    this.cues = List.copyOf(cues);
    this.classifier = classifier;
    List<String> words = new ArrayList<>();
    for (Cue c : this.cues) {
      for (PhrasePattern p : c.patterns()) {
        words.addAll(p.literalWords());
        words.addAll(p.firstWords());
      }
    }
    this.vocabulary = WordIds.ownOrShared(words, shared, "the cues");
    List<List<Phrasing>> index = vocabulary.emptyIndex();
    for (Cue c : this.cues) {
      for (PhrasePattern p : c.patterns()) {
        PhrasePattern.Compiled compiled = p.compile(vocabulary);
        for (String first : p.firstWords()) {
          index.get(vocabulary.id(first)).add(new Phrasing(c, compiled));
        }
      }
    }
    this.byFirstWord = new Phrasing[vocabulary.size()][];
    for (int id = 0; id < byFirstWord.length; id++) {
      byFirstWord[id] = index.get(id).isEmpty() ? null : index.get(id).toArray(new Phrasing[0]);
    }
  }

  public static AttributionDetector bundled(SourceClassifier classifier) {
    Lexicon lexicon;
    try (InputStream in = AttributionDetector.class.getResourceAsStream("/lexicons/attribution.tsv")) {
      lexicon = Lexicon.parse(new InputStreamReader(in, StandardCharsets.UTF_8), "attribution.tsv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Cue> cues = new ArrayList<>();
    for (LexiconEntry e : lexicon.entries()) {
      cues.add(new Cue(e.ruleId(), e.patterns(),
          Kind.valueOf(e.category().toUpperCase(java.util.Locale.ROOT)), e.explanation()));
    }
    return new AttributionDetector(cues, classifier, null);
  }

  /** The words cues are matched with. */
  WordIds vocabulary() {
    return vocabulary;
  }

  /** The same cues over {@code shared}, which holds {@link #vocabulary()}'s words. */
  AttributionDetector over(WordIds shared) {
    return new AttributionDetector(cues, classifier, shared);
  }

  /** Attributions in a sentence, in token order. */
  public List<Found> find(List<String> raw, List<String> lower) {
    return find(MatchTokens.of(raw.toArray(new String[0]), lower.toArray(new String[0])));
  }

  /** As {@link #find(List, List)}, over a sentence's tokens. */
  List<Found> find(MatchTokens tokens) {
    int[] ids = tokens.ids(vocabulary);
    List<String> raw = null;
    List<String> lower = null;
    List<Found> out = new ArrayList<>();
    int i = 0;
    while (i < ids.length) {
      Phrasing[] phrasings = ids[i] >= 0 ? byFirstWord[ids[i]] : null;
      if (phrasings == null) {
        i++;
        continue;
      }
      Found f = null;
      for (Phrasing cp : phrasings) {
        Cue c = cp.cue();
        if ((c.kind() == Kind.VERB || c.kind() == Kind.BELIEF)
            && !Character.isLowerCase(tokens.rawCodePoint(i))) {
          continue; // "States" in "the United States" is no verb
        }
        int end = cp.pattern().matchAt(tokens, ids, i);
        if (end > i && (f == null || end > f.cueTo())) {
          f = new Found(c.ruleId(), c.kind(), i, end, -1, -1, c.explanation());
        }
      }
      if (f == null) {
        i++;
        continue;
      }
      if (raw == null) {
        raw = tokens.rawList();
        lower = tokens.lowerList();
      }
      Found resolved = resolve(f, raw, lower, out);
      if (resolved != null) {
        out.add(resolved);
      }
      i = f.cueTo();
    }
    // a statement cue adds nothing next to a verb that names the source
    boolean verb = false;
    for (Found x : out) {
      verb |= x.kind() == Kind.VERB && x.hasSource();
    }
    if (verb) {
      out.removeIf(x -> x.kind() == Kind.STATEMENT && !x.hasSource());
    }
    return out;
  }

  private Found resolve(Found f, List<String> raw, List<String> lower, List<Found> earlier) {
    int from = f.cueFrom();
    int to = f.cueTo();
    switch (f.kind()) {
      case ACCORDING_TO -> {
        int[] np = phraseAfterMarker(raw, lower, to);
        return np == null ? null : withSource(f, np); // "according to plan" names no source
      }
      case STATEMENT -> {
        if (lower.get(to - 1).equals("by")) {
          int[] np = phraseAfterMarker(raw, lower, to);
          return np == null ? f : withSource(f, np);
        }
        return f;
      }
      default -> {
        if (from > 0 && PASSIVE.contains(lower.get(from - 1))) {
          for (int k = to; k < Math.min(lower.size(), to + 8); k++) {
            if (lower.get(k).equals("by")) {
              int[] np = phraseAfterMarker(raw, lower, k + 1);
              return np == null ? null : withSource(f, np);
            }
          }
          return null; // an agentless passive, not an attribution
        }
        int[] np = nounPhraseBefore(raw, lower, from);
        if (np == null && f.kind() == Kind.VERB && after(raw, lower, to) != null
            && (from == 0 || isBoundary(raw.get(from - 1)))) {
          np = after(raw, lower, to);
        }
        Found previous = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
        boolean participle = lower.get(from).endsWith("ing");
        if (np == null && previous != null && previous.hasSource()
            && (participle || lower.get(from - 1).equals("and")
                || lower.get(from - 1).equals("but") || raw.get(from - 1).equals(","))) {
          // "..., he said, adding that", "... announced ... and accused": the same speaker
          np = new int[] {previous.sourceFrom(), previous.sourceTo()};
        } else if (np == null && from > 0 && (lower.get(from - 1).equals("and")
            || lower.get(from - 1).equals("but"))) {
          np = nounPhraseAfter(raw, lower, 0);
        }
        if (np == null) {
          // a strong speech verb still makes someone the speaker, even if unnamed here
          return f.kind() == Kind.VERB && STRONG.contains(lower.get(from)) ? f : null;
        }
        return withSource(f, np);
      }
    }
  }

  private static final Set<String> STRONG = Set.of("said", "says", "told", "added", "stated",
      "announced", "declared", "explained", "insisted", "warned", "denied");

  private int[] after(List<String> raw, List<String> lower, int to) {
    if (to < raw.size() && (isCap(raw.get(to)) || DETERMINERS.contains(lower.get(to)))) {
      return nounPhraseAfter(raw, lower, to);
    }
    return null;
  }

  private static Found withSource(Found f, int[] np) {
    return new Found(f.ruleId(), f.kind(), f.cueFrom(), f.cueTo(), np[0], np[1], f.explanation());
  }

  /**
   * The noun phrase ending just before token {@code verb}, or null. When a comma stands before
   * the verb, the comma-separated segments to its left are read right to left: adverbials,
   * participle and relative clauses are skipped; a noun phrase is kept, and a second one before
   * it makes "head, apposition".
   */
  int[] nounPhraseBefore(List<String> raw, List<String> lower, int verb) {
    int j = verb - 1;
    while (j >= 0 && (SKIP.contains(lower.get(j)) || isAdverb(lower.get(j)))) {
      j--;
    }
    if (j < 0) {
      return null;
    }
    if (!raw.get(j).equals(",")) {
      return nounPhraseEndingAt(raw, lower, j);
    }
    int[] found = null;
    int end = j; // index of the comma closing the current segment
    while (end > 0) {
      int k = end - 1;
      while (k >= 0 && !raw.get(k).equals(",") && !isHardBoundary(raw.get(k))) {
        k--;
      }
      int segStart = k + 1;
      int clause = -1;
      for (int m = segStart; m < end; m++) {
        if (CLAUSE.contains(lower.get(m))) {
          clause = m;
          break;
        }
      }
      int[] np = segStart < end ? nounPhraseEndingAt(raw, lower, (clause >= 0 ? clause : end) - 1)
          : null;
      boolean pure = np != null && np[0] == segStart
          && !PREPOSITIONS.contains(lower.get(segStart));
      if (pure && clause >= 0) {
        return found == null ? np : new int[] {np[0], found[1]}; // "the President who is ..."
      }
      if (pure) {
        if (found != null) {
          return new int[] {np[0], found[1]}; // head, apposition
        }
        found = np;
      } else if (found != null) {
        return found;
      }
      if (k < 0 || !raw.get(k).equals(",")) {
        return found;
      }
      end = k;
    }
    return found;
  }

  /** The noun phrase whose last token is {@code j}, or null. */
  private int[] nounPhraseEndingAt(List<String> raw, List<String> lower, int j) {
    if (j < 0) {
      return null;
    }
    if (SourceClassifier.PRONOUNS.contains(lower.get(j))
        || (classifier.isWeaselWord(lower.get(j)) && (j == 0 || !isNpWord(raw.get(j - 1),
            lower.get(j - 1))))) {
      return new int[] {j, j + 1};
    }
    if (!isNpWord(raw.get(j), lower.get(j)) || NP_INNER.contains(lower.get(j))
        || DETERMINERS.contains(lower.get(j))) {
      return commonNounPhraseEndingAt(raw, lower, j);
    }
    int start = j;
    while (start - 1 >= 0 && isNpWord(raw.get(start - 1), lower.get(start - 1))) {
      start--;
    }
    while (start < j && (NP_INNER.contains(lower.get(start)))) {
      start++;
    }
    return new int[] {start, j + 1};
  }

  /**
   * A common-noun phrase led by a determiner ("The region", "the mayor of the city") whose last
   * token is {@code j}: lower-case words back to a determiner, at most {@value #MAX_NP} tokens,
   * not crossing punctuation, clause words, prepositions other than "of", or auxiliaries.
   */
  private int[] commonNounPhraseEndingAt(List<String> raw, List<String> lower, int j) {
    if (j < 0 || !isPlainWord(raw.get(j), lower.get(j)) || DETERMINERS.contains(lower.get(j))) {
      return null;
    }
    int leftmost = -1;
    for (int k = j; k >= Math.max(0, j - MAX_NP + 1); k--) {
      String w = lower.get(k);
      if (DETERMINERS.contains(w) && !w.equals("close")) {
        leftmost = k; // keep going: "the mayor of the city"
        continue;
      }
      if (!(isPlainWord(raw.get(k), w) || w.equals("of") || isCap(raw.get(k)))) {
        break;
      }
    }
    if (leftmost >= 0) {
      return new int[] {leftmost, j + 1};
    }
    // a bare plural subject at the start of a clause: "voters say", "many experts believe"
    if (lower.get(j).endsWith("s") && lower.get(j).length() > 3) {
      int k = j;
      while (k - 1 >= 0 && j - k < 2 && isPlainWord(raw.get(k - 1), lower.get(k - 1))
          && !SKIP.contains(lower.get(k - 1))) {
        k--;
      }
      if (k == 0 || isBoundary(raw.get(k - 1))) {
        return new int[] {k, j + 1};
      }
    }
    return null;
  }

  private static final int MAX_NP = 8;
  private static final Set<String> NOT_NOUN = Set.of("is", "are", "was", "were", "has", "have",
      "had", "be", "been", "will", "would", "that", "which", "who", "and", "or", "but", "not");

  private static boolean isPlainWord(String raw, String lower) {
    return !raw.isEmpty() && Character.isLetter(raw.codePointAt(0))
        && !NOT_NOUN.contains(lower) && !PREPOSITIONS.contains(lower);
  }

  /**
   * After an explicit marker (according to, by): the phrase up to a boundary, when it starts
   * like a noun phrase (a determiner, a capital or a source word), else null.
   */
  private int[] phraseAfterMarker(List<String> raw, List<String> lower, int from) {
    int[] np = nounPhraseAfter(raw, lower, from);
    if (from >= raw.size() || !(DETERMINERS.contains(lower.get(from)) || isCap(raw.get(from))
        || classifier.isSourceWord(lower.get(from)))) {
      return np;
    }
    int end = from;
    while (end < raw.size() && end - from < MAX_NP && (isPlainWord(raw.get(end), lower.get(end))
        || lower.get(end).equals("of") || isNpWord(raw.get(end), lower.get(end)))
        && !CLAUSE.contains(lower.get(end))) {
      end++;
    }
    while (end > from && (NP_INNER.contains(lower.get(end - 1))
        || DETERMINERS.contains(lower.get(end - 1)))) {
      end--;
    }
    if (end > from && (np == null || end > np[1])) {
      return new int[] {from, end};
    }
    return np;
  }

  /** The noun phrase starting at token {@code from}, or null. */
  private int[] nounPhraseAfter(List<String> raw, List<String> lower, int from) {
    int end = from;
    while (end < raw.size() && isNpWord(raw.get(end), lower.get(end))) {
      end++;
    }
    while (end > from && (NP_INNER.contains(lower.get(end - 1))
        || DETERMINERS.contains(lower.get(end - 1)))) {
      end--;
    }
    return end > from ? new int[] {from, end} : null;
  }

  private boolean isNpWord(String raw, String lower) {
    return isCap(raw) || DETERMINERS.contains(lower) || NP_INNER.contains(lower)
        || ROLE.contains(lower) || classifier.isSourceWord(lower)
        || lower.equals("\u2019s") || (raw.length() > 1 && raw.contains("-") && isCap(raw));
  }

  private static boolean isCap(String t) {
    return !t.isEmpty() && Character.isUpperCase(t.codePointAt(0));
  }

  private static boolean isAdverb(String lower) {
    return lower.length() > 4 && lower.endsWith("ly") && !lower.equals("italy")
        && !lower.equals("family");
  }

  private static boolean isBoundary(String t) {
    return t.equals(",") || isHardBoundary(t);
  }

  private static boolean isHardBoundary(String t) {
    return t.equals(";") || t.equals(":") || t.equals("\"") || t.equals("\u201C")
        || t.equals("\u201D") || t.equals("(") || t.equals(")") || t.equals("\u2014")
        || t.equals("\u2013") || t.equals("'") || t.equals("\u2018") || t.equals("\u2019")
        || t.equals(".");
  }
}
