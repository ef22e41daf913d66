package org.framelens.cues;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 *   <li>"in a statement" and the like add nothing when a verb already names the source;</li>
 *   <li>a quotation opened right after a colon or dash ({@code lexicons/quote-intro.tsv}) is
 *       credited to the subject of the clause before the mark ("The envoy put it bluntly: “…”",
 *       "Her message was simple: “…”"), when no cue of that clause names a speaker; a
 *       capitalised speech verb opening that clause has its speaker after it ("Said Brennan:
 *       “…”").</li>
 * </ul>
 * A noun phrase is a run of capitalised words, determiners, "of", "and", possessives and the
 * role and group words of {@code source-words.tsv}. Stateless and thread-safe.
 */
public final class AttributionDetector {

  /** The kind of cue, from the {@code kind} column. */
  public enum Kind {
    VERB, ACCORDING_TO, STATEMENT, BELIEF,
    /**
     * A quotation opened right after a colon or dash, credited to the subject of the clause that
     * introduces it ({@code lexicons/quote-intro.tsv}): the cue is the mark.
     */
    QUOTE_INTRO;

    private final String id = name().toLowerCase(java.util.Locale.ROOT);

    /** The kind as the {@code kind} column and cues.csv write it (lower case). */
    public String id() {
      return id;
    }
  }

  /** One cue entry. */
  /**
   * @param exceptions the entry's {@code except} phrasings: a hit they overlap is no attribution
   *                   ("called off", "phone calls", "Macron called Putin on Sunday")
   */
  record Cue(String ruleId, List<PhrasePattern> patterns, List<PhrasePattern> exceptions,
      Kind kind, String explanation) {
  }

  /**
   * An attribution found in a sentence (token indices within the sentence).
   *
   * @param sourceFrom first token of the source, or -1 when unnamed
   */
  public record Found(String ruleId, Kind kind, int cueFrom, int cueTo, int sourceFrom,
      int sourceTo, String explanation, boolean negated) {

    Found(String ruleId, Kind kind, int cueFrom, int cueTo, int sourceFrom, int sourceTo,
        String explanation) {
      this(ruleId, kind, cueFrom, cueTo, sourceFrom, sourceTo, explanation, false);
    }

    public boolean hasSource() {
      return sourceFrom >= 0;
    }

    /**
     * Whether it makes its sentence sourced: speech, not the outlet's reading of a mind, and not
     * negated ("did not say", "declined to comment", "Nobody said").
     */
    public boolean sources() {
      return kind != Kind.BELIEF && !negated;
    }

    Found asNegated() {
      return new Found(ruleId, kind, cueFrom, cueTo, sourceFrom, sourceTo, explanation, true);
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

  /** Kinds of {@code lexicons/non-source-words.tsv}: words that are never a source. */
  enum NonSource {
    COORDINATOR, ADVERB, SUBORDINATOR, PREPOSITION, QUESTION, TIME, EXISTENTIAL, NEGATIVE,
    DEMONSTRATIVE, MODIFIER,
    /** A link label ("MORE"), a non-source only when written wholly in capitals. */
    NAVIGATION
  }

  /** The bundled {@code non-source-words.tsv}, by lower-case word. */
  static final Map<String, NonSource> NON_SOURCE = loadNonSource();

  private static Map<String, NonSource> loadNonSource() {
    String expected = "a new word<TAB>kind";
    Map<String, NonSource> m = new HashMap<>();
    for (WordTable.Row row : WordTable.read("non-source-words.tsv", expected)) {
      if (m.put(row.word().strip().toLowerCase(Locale.ROOT),
          NonSource.valueOf(row.value().strip().toUpperCase(Locale.ROOT))) != null) {
        throw WordTable.error("non-source-words.tsv", row.line(), expected);
      }
    }
    return Map.copyOf(m);
  }


  /**
   * The non-source kind of a token, or null: the word in any case but all capitals ("WHO" is the
   * World Health Organization); a {@link NonSource#NAVIGATION} word only in all capitals ("MORE"
   * is a link label, "More than 20 officials said" has a source).
   */
  static NonSource nonSource(String raw, String lower) {
    NonSource k = NON_SOURCE.get(lower);
    if (k == null) {
      return null;
    }
    boolean capitals = raw.length() > 1 && raw.equals(raw.toUpperCase(Locale.ROOT))
        && !raw.equals(lower);
    return capitals == (k == NonSource.NAVIGATION) ? k : null;
  }

  /** Cue words that are also common nouns ("Insurance claims rose", "That claim is hard"). */
  private static final Set<String> NOUN_TOO = Set.of("claims", "claim", "reports", "notes",
      "note", "estimates", "promises", "calls", "call");
  /** Words after "call" that keep it a verb: "Democrats call for an inquiry", "call on". */
  private static final Set<String> CALL_VERB_AFTER = Set.of("for", "on");
  /**
   * Words right before a base-form verb ("call"): a modal or "to" ("will call"), a plural
   * pronoun or quantifier ("they call", "some call"), a relative or coordinator ("who call",
   * "and call"); a plural noun ending in "s" also agrees ("critics call").
   */
  private static final Set<String> BEFORE_BASE_VERB = Set.of("i", "we", "you", "they", "will",
      "would", "can", "could", "might", "may", "should", "must", "to", "do", "did", "does",
      "n't", "not", "who", "that", "which", "and", "or", "some", "many", "others", "people",
      "police", "media", "military", "public", "left", "gop", "all", "both", "few",
      "most", "still", "also", "even", "often", "now", "never", "sometimes", "just", "rightly",
      "yet", "then");
  /**
   * Verbs that report words only beside a quotation ("…,” he continued", "He continued: “…"):
   * elsewhere they tell that something went on ("the crackdown continued").
   */
  private static final Set<String> QUOTE_ONLY = Set.of("continued", "continues");
  /** Words before such a cue word that make it a noun. */
  private static final Set<String> BEFORE_NOUN = Set.of("the", "a", "an", "this", "that",
      "these", "those", "such", "his", "her", "its", "their", "our", "my", "your", "any", "no",
      "new", "false", "'s", "\u2019s");
  /** Words after such a cue word that make it a noun ("claims of", "claims rose"). */
  private static final Set<String> AFTER_NOUN = Set.of("of", "about", "against", "by", "from",
      "for", "in", "on", "over", "were", "are", "was", "is", "have", "has", "had", "will",
      "would", "could", "can", "may", "might", "should", "must", "rose", "fell", "increased",
      "decreased", "grew", "surged", "jumped", "dropped", "soared", "remain", "remained", "and",
      "or", "filed", "made");
  /** Naming verbs: "the operation, called Union Resolve, began" names, it reports no speech. */
  private static final Set<String> NAMING = Set.of("called", "dubbed", "termed", "named");
  /** Time words that are common nouns, part of a name when capitalised ("USA Today"). */
  private static final Set<String> TIME_NOUNS = Set.of("today", "yesterday", "tonight", "week",
      "weekend", "morning", "afternoon", "evening", "night");
  /** Participles that a time after a source completes: "a poll released Thursday". */
  private static final Set<String> DATED = Set.of("released", "published", "dated", "issued",
      "obtained", "conducted", "posted", "aired", "broadcast", "filed", "sent", "made");
  /** Words before a time word that belong to it: "in late July", "over the weekend". */
  private static final Set<String> TIME_LEAD = Set.of("on", "in", "last", "late", "early",
      "mid", "this", "next", "over", "the", "since", "during");
  /** Words that negate a verb before it ("did not say", "never said"). */
  private static final Set<String> NEGATION = Set.of("not", "n't", "never");
  /** Verbs that, with "to", say the source kept silent ("declined to comment"). */
  private static final Set<String> REFUSAL = Set.of("declined", "declines", "declining",
      "refused", "refuses", "refusing", "failed", "fails");
  private static final Set<String> DASHES = Set.of("-", "\u2013", "\u2014", "\u2015",
      "\u2022", "*", "\u00B7", "\u2012", "--");

  private final List<Cue> cues;
  private final SourceClassifier classifier;

  /** One phrasing of a cue and the cue's exceptions, compiled against {@link #vocabulary}. */
  private record Phrasing(Cue cue, PhrasePattern.Compiled pattern, Exceptions exceptions) {
  }

  /**
   * A cue's exceptions, compiled, by the id of their first word (those starting with a wildcard
   * or a prefix in {@code always}), so that a hit tries only the exceptions that can start at
   * each token before and inside it.
   */
  private static final class Exceptions {
    static final Exceptions NONE = new Exceptions(new PhrasePattern.Compiled[0][], null);
    private final PhrasePattern.Compiled[][] byFirst;
    private final PhrasePattern.Compiled[] always;

    private Exceptions(PhrasePattern.Compiled[][] byFirst, PhrasePattern.Compiled[] always) {
      this.byFirst = byFirst;
      this.always = always;
    }

    static Exceptions of(List<PhrasePattern> patterns, WordIds vocabulary) {
      if (patterns.isEmpty()) {
        return NONE;
      }
      List<List<PhrasePattern.Compiled>> index = new ArrayList<>();
      for (int id = 0; id < vocabulary.size(); id++) {
        index.add(new ArrayList<>());
      }
      List<PhrasePattern.Compiled> always = new ArrayList<>();
      for (PhrasePattern p : patterns) {
        PhrasePattern.Compiled compiled = p.compile(vocabulary);
        List<String> first = p.firstWords();
        if (first.isEmpty() || first.stream().anyMatch(w -> w.endsWith("*"))) {
          always.add(compiled);
          continue;
        }
        for (String w : first) {
          int id = vocabulary.id(w);
          if (id >= 0 && !index.get(id).contains(compiled)) {
            index.get(id).add(compiled);
          }
        }
      }
      PhrasePattern.Compiled[][] byFirst = new PhrasePattern.Compiled[index.size()][];
      for (int id = 0; id < byFirst.length; id++) {
        byFirst[id] = index.get(id).isEmpty() ? null
            : index.get(id).toArray(new PhrasePattern.Compiled[0]);
      }
      return new Exceptions(byFirst,
          always.isEmpty() ? null : always.toArray(new PhrasePattern.Compiled[0]));
    }

    /**
     * Whether an exception starting within 6 tokens before {@code from} overlaps the hit
     * {@code [from, to)}, as {@link Lexicon}'s exceptions do.
     */
    boolean cancel(MatchTokens tokens, int[] ids, int from, int to) {
      for (int s = Math.max(0, from - 6); s < Math.min(ids.length, to); s++) {
        PhrasePattern.Compiled[] here = ids[s] >= 0 && ids[s] < byFirst.length ? byFirst[ids[s]]
            : null;
        if (overlaps(here, tokens, ids, s, from) || overlaps(always, tokens, ids, s, from)) {
          return true;
        }
      }
      return false;
    }

    private static boolean overlaps(PhrasePattern.Compiled[] patterns, MatchTokens tokens,
        int[] ids, int s, int from) {
      if (patterns != null) {
        for (PhrasePattern.Compiled p : patterns) {
          if (p.matchAt(tokens, ids, s) > Math.max(s, from)) {
            return true;
          }
        }
      }
      return false;
    }
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
      for (PhrasePattern p : c.exceptions()) {
        words.addAll(p.literalWords());
      }
    }
    this.vocabulary = WordIds.ownOrShared(words, shared, "the cues");
    List<List<Phrasing>> index = vocabulary.emptyIndex();
    for (Cue c : this.cues) {
      Exceptions except = Exceptions.of(c.exceptions(), vocabulary);
      for (PhrasePattern p : c.patterns()) {
        PhrasePattern.Compiled compiled = p.compile(vocabulary);
        for (String first : p.firstWords()) {
          index.get(vocabulary.id(first)).add(new Phrasing(c, compiled, except));
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
      cues.add(new Cue(e.ruleId(), e.patterns(), e.exceptions(),
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
    List<Integer> matched = new ArrayList<>(); // where cues matched, whether they name a source
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
        if (end > i && (f == null || end > f.cueTo())
            && !cp.exceptions().cancel(tokens, ids, i, end)) {
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
      matched.add(f.cueFrom());
      Found resolved = resolve(f, raw, lower, out);
      if (resolved != null) {
        out.add(resolved);
      }
      i = f.cueTo();
    }
    if (raw == null && hasIntroMark(tokens)) {
      raw = tokens.rawList();
      lower = tokens.lowerList();
    }
    if (raw != null) {
      introducedQuotes(tokens, ids, raw, lower, matched, out);
    }
    // a statement cue adds nothing next to a verb (or a quotation's introducer) that names the
    // source
    boolean verb = false;
    for (Found x : out) {
      verb |= (x.kind() == Kind.VERB || x.kind() == Kind.QUOTE_INTRO) && x.hasSource()
          && x.sources();
    }
    if (verb) {
      out.removeIf(x -> x.kind() == Kind.STATEMENT && !x.hasSource());
    }
    return out;
  }

  /** Rule id of a quotation credited to the clause that introduces it. */
  public static final String QUOTE_INTRO_RULE = "attr.quote-intro";

  /** The marks and speech nouns of {@code lexicons/quote-intro.tsv}. */
  private static final QuoteIntro INTRO = QuoteIntro.BUNDLED;

  /**
   * Whether a source's head word (lower case) is a role or a person word ("envoy", "spokesman",
   * "senator", "speaker"): "the envoy" names a person or an office, though not by name.
   */
  boolean personHead(String lower) {
    return ROLE.contains(lower) || classifier.isPersonWord(lower);
  }

  /** Possessive pronouns before a speech noun ("Her message"): the owner is the speaker. */
  private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "its");

  /**
   * Words after a clause's subject that open another clause, whose subject may be the speaker
   * instead ("Senate candidates preferred to stay mum while …", "a note that read:"): the
   * subject is not surely the one who speaks.
   */
  private static final Set<String> OTHER_CLAUSE = Set.of("who", "whom", "whose", "which", "that",
      "when", "whenever", "while", "whilst", "if", "though", "although", "because", "unless",
      "whether", "where", "what", "he", "she", "they", "we", "i");

  /** The most tokens between a subject and the mark ("put it even more bluntly"). */
  private static final int MAX_PREDICATE = 20;

  /** Whether a token of the sentence is a mark of {@code quote-intro.tsv}. */
  private static boolean hasIntroMark(MatchTokens tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      if (!tokens.startsWithLetterOrDigit(i) && INTRO.markName(tokens.raw(i)) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Quotations opened right after a colon or dash ("The envoy put it bluntly: “We will not
   * move.”"), or a colon or dash that ends the sentence (a block quotation may follow it): each
   * credited to the subject of the clause before the mark ({@link #introducedQuote}), unless a
   * cue in that clause or after the quotation names the speaker already ("Lavrov replied: “…”",
   * "…: “…,” he said"). The caller checks that a quotation does open there and that the subject
   * names a person or organisation.
   */
  private void introducedQuotes(MatchTokens tokens, int[] ids, List<String> raw,
      List<String> lower, List<Integer> matched, List<Found> out) {
    int n = raw.size();
    int before = out.size();
    for (int m = 1; m < n; m++) {
      String mark = INTRO.markName(raw.get(m));
      if (mark == null || (m + 1 < n && !isOpeningQuote(raw.get(m + 1)))) {
        continue;
      }
      int start = m;
      while (start > 0 && !raw.get(start - 1).equals(";")
          && INTRO.markName(raw.get(start - 1)) == null) {
        start--;
      }
      int close = m + 1 < n ? closingQuote(raw, m + 1) : n;
      boolean spoken = false;
      for (int k = 0; k < before; k++) {
        Found x = out.get(k);
        spoken |= x.cueFrom() >= start && x.cueFrom() < m
            && !(x.kind() == Kind.STATEMENT && !x.hasSource()); // "In a statement, X was clear:"
      }
      for (int cue : matched) {
        spoken |= cue >= close; // "…, as Lichter likes to call it", though it names nobody
      }
      for (int k = close; k < n && !spoken; k++) {
        spoken = Character.isLetterOrDigit(raw.get(k).codePointAt(0)); // "Filipovic: 'Bombshell'
        // exposes some truths": the quotation does not end the sentence, a title or a term
      }
      Found f = spoken || start == m ? null : invertedVerb(tokens, ids, raw, lower, start, m);
      if (f == null && !spoken && start < m) {
        f = introducedQuote(ids, raw, lower, start, m, mark);
      }
      if (f != null) {
        out.add(f);
      }
    }
    if (out.size() > before) {
      out.sort(java.util.Comparator.comparingInt(Found::cueFrom));
    }
  }

  /**
   * A speech verb that opens the clause before a quotation's mark, capitalised, with its speaker
   * after it ("Said Brennan: “…”", "Added another source: “…”", "Opined New York magazine:
   * “…”"): the verb's attribution, which the verb rule leaves alone elsewhere ("States" in "the
   * United States" is no verb). Null when the clause is not so made: the speaker must run to the
   * mark, or to a comma before an apposition ("Added Scott Amey, general counsel …:").
   */
  private Found invertedVerb(MatchTokens tokens, int[] ids, List<String> raw, List<String> lower,
      int start, int mark) {
    int k = start;
    while (k < mark && (isHardBoundary(raw.get(k)) || DASHES.contains(raw.get(k)))) {
      k++;
    }
    Phrasing[] phrasings = k < mark && ids[k] >= 0 && isCap(raw.get(k))
        && !lower.get(k).endsWith("ing") ? byFirstWord[ids[k]] : null; // not "Citing Kael, …"
    if (phrasings == null) {
      return null;
    }
    for (Phrasing cp : phrasings) {
      Cue c = cp.cue();
      int end = c.kind() == Kind.VERB ? cp.pattern().matchAt(tokens, ids, k) : -1;
      if (end <= k || end >= mark || cp.exceptions().cancel(tokens, ids, k, end)) {
        continue;
      }
      int[] np = nounPhraseAfter(raw, lower, end);
      if (np == null || !(np[1] == mark || raw.get(np[1]).equals(","))
          || nonSource(raw.get(np[0]), lower.get(np[0])) != null) {
        return null;
      }
      return withSource(new Found(c.ruleId(), c.kind(), k, end, -1, -1, c.explanation()), raw,
          np);
    }
    return null;
  }

  /** The token after the quotation opening at {@code open}: its closing mark's, else the end. */
  private static int closingQuote(List<String> raw, int open) {
    String o = raw.get(open);
    for (int k = open + 1; k < raw.size(); k++) {
      String t = raw.get(k);
      if (o.equals("\u201C") ? t.equals("\u201D") : o.equals("\u2018") ? t.equals("\u2019")
          : t.equals(o)) {
        return k + 1;
      }
    }
    return raw.size();
  }

  /**
   * The attribution of the quotation after the mark at {@code mark} to the subject of the clause
   * {@code [start, mark)}: a noun phrase or pronoun after any leading adverbial ("Asked about the
   * drills, Lavrov was blunt"), the owner of a speech noun ("Her message was simple", "Putin's
   * reply"), or the clause itself when it is a name ("Trump: “…”"); null when the clause has no
   * such subject, or goes on into another clause whose subject may speak instead.
   */
  private Found introducedQuote(int[] ids, List<String> raw, List<String> lower, int start,
      int mark, String markName) {
    List<String> r = raw.subList(start, mark);
    List<String> l = lower.subList(start, mark);
    int n = r.size();
    int k = subjectStart(r, l, 0, n);
    if (k >= 0 && k + 1 < n && isCap(r.get(k)) && r.get(k).length() >= 5
        && (l.get(k).endsWith("ed") || l.get(k).endsWith("ing"))
        && (!isCap(r.get(k + 1)) || (ids[start + k] >= 0 && byFirstWord[ids[start + k]] != null))
        && r.subList(k, n).contains(",")) {
      k = subjectStart(r, l, k + 1, n); // "Asked about the drills, Lavrov was blunt", "Citing
      // Kael, Stevens complained"; but "Sterling Brown, the owner, was blunt"
    }
    if (k < 0 || k >= n) {
      return null;
    }
    int from;
    int to;
    int after;
    String noun = null;
    if (POSSESSIVES.contains(l.get(k))) {
      int s = speechNoun(r, l, k + 1);
      if (s < 0) {
        return null; // "Her car was …"
      }
      from = k;
      to = k + 1;
      after = s + 1;
      noun = r.get(s);
    } else {
      int[] np = subjectAt(r, l, k, n);
      if (np == null) {
        return null;
      }
      from = np[0];
      to = longerName(r, l, np[1]);
      after = to;
      for (int p = from + 1; p < to && noun == null; p++) {
        int s = isPossessive(l.get(p)) ? speechNoun(r, l, p + 1) : -1;
        if (s >= 0) { // "The ministry's statement read": its words are the ministry's
          noun = r.get(s);
          to = p;
          after = s + 1;
        }
      }
      if (noun == null && after < n && isPossessive(l.get(after))) {
        int s = speechNoun(r, l, after + 1);
        if (s < 0) {
          return null; // "Russia's economy was …": the economy is no speaker
        }
        after = s + 1;
        noun = r.get(s);
      }
    }
    if (after + 2 < n && r.get(after).equals("(")) {
      int close = after + 1;
      while (close < n && close - after < 10 && !r.get(close).equals(")")) {
        close++;
      }
      if (close < n && r.get(close).equals(")")) {
        after = close + 1; // "Rep. Trey Gowdy (R-S.C.): “…”"
      }
    }
    int lead = 0;
    while (lead < k && (isHardBoundary(r.get(lead)) || DASHES.contains(r.get(lead)))) {
      if (isOpeningQuote(r.get(lead)) || isClosingQuote(r.get(lead))) {
        return null; // "“Some Good News,” But …": the subject is in or after a quotation
      }
      lead++;
    }
    if (after == n && lead < k) {
      return null; // a name alone after "And then", "From": no label ("And then Ben Carson:")
    }
    for (int j = from + 1; after == n && j < to; j++) {
      if (isCap(r.get(j)) && (NP_INNER.contains(l.get(j)) || DETERMINERS.contains(l.get(j))
          || PREPOSITIONS.contains(l.get(j)))) {
        return null; // a heading in title case: "Report Of Shots Fired:"
      }
    }
    if (!predicate(r, l, after)) {
      return null;
    }
    String explanation = "The quotation after the " + markName + " is credited to {source}, "
        + (noun != null ? "as the clause before it introduces it as their \u201C" + noun
            + "\u201D." : after == n ? "named right before it."
            : "the subject of the clause that introduces it.");
    Found f = new Found(QUOTE_INTRO_RULE, Kind.QUOTE_INTRO, mark, mark + 1, -1, -1, explanation);
    return withSource(f, raw, new int[] {start + from, start + to});
  }

  /**
   * The end of a subject whose noun phrase ends at {@code end}, run on over what
   * {@link #nounPhraseAfter} stops at inside a name: an initial ("Jeffrey M. Jones"), or a title
   * in lower case between a capitalised word and the name ("Republican presidential candidate
   * Donald Trump"; up to three words).
   */
  private int longerName(List<String> raw, List<String> lower, int end) {
    int n = raw.size();
    while (end + 1 < n && raw.get(end).equals(".") && raw.get(end - 1).length() == 1
        && Character.isUpperCase(raw.get(end - 1).charAt(0)) && isCap(raw.get(end + 1))) {
      int[] rest = nounPhraseAfter(raw, lower, end + 1);
      if (rest == null) {
        break;
      }
      end = rest[1];
    }
    int k = end;
    while (k < n && k - end < 3 && isPlainWord(raw.get(k), lower.get(k)) && !isCap(raw.get(k))
        && !isAdverb(lower.get(k)) && !SKIP.contains(lower.get(k))
        && !CLAUSE.contains(lower.get(k)) && !SourceClassifier.PRONOUNS.contains(lower.get(k))
        && nonSource(raw.get(k), lower.get(k)) == null && !DETERMINERS.contains(lower.get(k))) {
      k++;
    }
    if (k > end && k < n && isCap(raw.get(k)) && nonSource(raw.get(k), lower.get(k)) == null
        && (personHead(lower.get(k - 1)) || classifier.isSourceWord(lower.get(k - 1)))) {
      int[] name = nounPhraseAfter(raw, lower, k);
      if (name != null && name[1] - name[0] >= 2) {
        return name[1]; // a two-word name after the title, not "Trump reached Putin"
      }
    }
    return end;
  }

  private static boolean isPossessive(String lower) {
    return lower.equals("'s") || lower.equals("\u2019s");
  }

  /**
   * The speech noun at token {@code from} or after up to two lower-case words before it ("her
   * final message"), or -1.
   */
  private static int speechNoun(List<String> raw, List<String> lower, int from) {
    for (int j = from; j < Math.min(raw.size(), from + 3); j++) {
      if (INTRO.speechNouns().contains(lower.get(j))) {
        return j;
      }
      if (!isPlainWord(raw.get(j), lower.get(j)) || isCap(raw.get(j))) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether the words from {@code after} to the clause's end can be its predicate, with the
   * subject the one who speaks: none ("Trump: “…”"), an apposition to the subject ("Brian Lamb,
   * C-SPAN: “…”", "Peskov, the Kremlin spokesman, was blunt"), or words that open with a word and
   * do not go on into another clause ({@link #OTHER_CLAUSE}) or hold a quotation.
   */
  private boolean predicate(List<String> raw, List<String> lower, int after) {
    int n = raw.size();
    if (after == n) {
      return true;
    }
    int k = after;
    if (raw.get(k).equals(",")) {
      int comma = k + 1;
      while (comma < n && !raw.get(comma).equals(",")) {
        comma++;
      }
      if (comma == n) { // "Brian Lamb, C-SPAN: “…”": an apposition, no verb
        int[] np = nounPhraseAfter(raw, lower, k + 1);
        return np != null && np[1] == n && isCap(raw.get(k + 1));
      }
      if (comma - k > 10) {
        return false;
      }
      k = comma + 1; // "Trump, for his part, was blunt"
      if (k == n) {
        return false;
      }
    }
    if (raw.get(k).isEmpty() || !Character.isLetter(raw.get(k).codePointAt(0))
        || n - after > MAX_PREDICATE) {
      return false;
    }
    if (n - k >= 3 && isCap(raw.get(n - 1)) && isCap(raw.get(n - 2))
        && nonSource(raw.get(n - 1), lower.get(n - 1)) == null) {
      return false; // "Frank quotes former adviser Alfred Kahn: “…”": maybe Kahn's words
    }
    for (int j = after; j < n; j++) {
      String w = lower.get(j);
      if ((j >= k && OTHER_CLAUSE.contains(w) && !(w.equals("that") && j == n - 1))
          || isOpeningQuote(raw.get(j)) || isClosingQuote(raw.get(j)) || raw.get(j).equals("(")) {
        return false; // but "put it like that:"
      }
    }
    return true;
  }

  private Found resolve(Found f, List<String> raw, List<String> lower, List<Found> earlier) {
    int from = f.cueFrom();
    int to = f.cueTo();
    switch (f.kind()) {
      case ACCORDING_TO -> {
        int[] np = phraseAfterMarker(raw, lower, to);
        return np == null ? null : withSource(f, raw, np); // "according to plan" names no source
      }
      case STATEMENT -> {
        if (lower.get(to - 1).equals("by")) {
          int[] np = phraseAfterMarker(raw, lower, to);
          return np == null ? f : withSource(f, raw, np);
        }
        return f;
      }
      default -> {
        Found r = resolveVerb(f, raw, lower, earlier);
        if (r == null) {
          return null;
        }
        if (nobody(lower, from)) {
          // "Nobody said anything", "No one said": a cue, but no source and nothing sourced
          return new Found(r.ruleId(), r.kind(), from, to, -1, -1, r.explanation(), true);
        }
        return negated(lower, from, to) ? r.asNegated() : r;
      }
    }
  }

  /** The source of a speech or belief verb, or null when the verb is no attribution. */
  private Found resolveVerb(Found f, List<String> raw, List<String> lower, List<Found> earlier) {
    int from = f.cueFrom();
    int to = f.cueTo();
    if (naming(raw, lower, from, to) || nounSense(lower, from, to)) {
      return null; // "an operation, called Union Resolve,", "Insurance claims rose"
    }
    if (lower.get(from).startsWith("add") && to < lower.size() && lower.get(to).equals("to")) {
      return null; // "adding to his victories" adds no words
    }
    if (to == from + 1 && QUOTE_ONLY.contains(lower.get(from)) && !byQuotation(raw, from, to)) {
      return null; // "the crackdown in Minsk continued" reports no words
    }
    int aux = from - 1;
    if (f.kind() == Kind.VERB && !lower.get(from).endsWith("ing")) {
      while (aux > 0 && NEGATION.contains(lower.get(aux))) {
        aux--; // "were not told"
      }
    }
    // "the ambassador was quoted as saying": a passive whose subject is the speaker
    boolean quotedAs = to > from + 1 && lower.get(from).equals("quoted");
    if (aux >= 0 && PASSIVE.contains(lower.get(aux)) && !quotedAs) {
      for (int k = to; k < Math.min(lower.size(), to + 8); k++) {
        if (lower.get(k).equals("by")) {
          if (!Lexicon.isAgent(lower, k + 1)) {
            return null; // "promised new houses by the end of the year", "by May 12"
          }
          int[] np = phraseAfterMarker(raw, lower, k + 1);
          return np == null ? null : withSource(f, raw, np);
        }
      }
      return null; // an agentless passive, not an attribution
    }
    int[] before = nounPhraseBefore(raw, lower,
        quotedAs ? beforeAuxiliaries(lower, from) : from);
    NonSource lead = before == null ? null
        : nonSource(raw.get(before[0]), lower.get(before[0]));
    if (lead == NonSource.QUESTION && before[1] == before[0] + 1) {
      return null; // "Who said that?" asks for the source
    }
    if (lead == NonSource.NEGATIVE) {
      return f; // "No officials said": no source (the caller marks it negated)
    }
    int[] np = stripped(raw, lower, before);
    boolean lost = before != null && np == null; // "When asked", "That said"
    boolean participle = lower.get(from).endsWith("ing");
    if (np == null && f.kind() == Kind.VERB && (from == 0 || isBoundary(raw.get(from - 1)))
        && !(to == from + 1 && LISTENER_OBJECT.contains(lower.get(from)))) {
      np = after(raw, lower, from, to); // but "…, told Slate": Slate is the listener
    }
    if (np == null && to < lower.size() && lower.get(to).equals("by")) {
      np = phraseAfterMarker(raw, lower, to + 1); // "As reported by the foundation"
    }
    if (np == null && lost && (lead == NonSource.SUBORDINATOR || lead == NonSource.PREPOSITION)
        && before[1] == from && (participle || lower.get(from).equals("asked"))) {
      np = subject(raw, lower, from + 1, raw.size()); // "When asked about Iran, Ryan said"
    }
    Found previous = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
    if (previous != null && previous.hasSource() && previous.sourceTo() == previous.sourceFrom() + 1
        && FIRST_SECOND_PERSON.contains(lower.get(previous.sourceFrom()))) {
      previous = null; // "“I think …,” Sen. Klobuchar told NPR": the quotation's "I" is no speaker
    }
    if (np == null && previous != null && previous.hasSource()
        && (participle || lower.get(from - 1).equals("and")
            || lower.get(from - 1).equals("but") || raw.get(from - 1).equals(","))) {
      // "..., he said, adding that", "... announced ... and accused": the same speaker
      np = new int[] {previous.sourceFrom(), previous.sourceTo()};
    } else if (np == null && from > 0 && (lower.get(from - 1).equals("and")
        || lower.get(from - 1).equals("but")
        || (participle && raw.get(from - 1).equals(",")))) {
      np = subject(raw, lower, 0, from); // "But he ... and accused", "However, he ..., calling"
    }
    if (np == null) {
      if (lead == NonSource.NAVIGATION && before[1] == before[0] + 1) {
        // "Trump … MORE says": the speaker is named before the link widget, out of reach; the
        // sentence is still attributed, to nobody named
        return f;
      }
      // a strong speech verb still makes someone the speaker, even if unnamed here
      return !lost && f.kind() == Kind.VERB && STRONG.contains(lower.get(from)) ? f : null;
    }
    return withSource(f, raw, np);
  }

  /** The token after the subject of "was quoted as saying", "has been quoted as saying". */
  private static int beforeAuxiliaries(List<String> lower, int from) {
    int k = from;
    while (k > 0 && (PASSIVE.contains(lower.get(k - 1)) || SKIP.contains(lower.get(k - 1)))) {
      k--;
    }
    return k;
  }

  /** "Nobody said", "No one said", "No officials said", "None of them said". */
  private static boolean nobody(List<String> lower, int from) {
    int k = from - 1;
    while (k >= 0 && (SKIP.contains(lower.get(k)) || isAdverb(lower.get(k)))) {
      k--;
    }
    if (k < 0) {
      return false;
    }
    if (lower.get(k).equals("nobody") || lower.get(k).equals("no-one")
        || (lower.get(k).equals("one") && k > 0 && lower.get(k - 1).equals("no"))) {
      return true;
    }
    for (int m = k; m >= Math.max(0, k - 3); m--) {
      String w = lower.get(m);
      if (w.equals("no") || w.equals("none") || w.equals("neither")) {
        return true; // "No officials", "None of them", "Neither man"
      }
      if (w.isEmpty() || !(Character.isLetter(w.codePointAt(0)) || w.equals("'s"))) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the verb at {@code from} is negated ("did not say", "never said", "declined to
   * comment", "were not told"): a sentence saying that a source did not speak is not sourced.
   */
  private static boolean negated(List<String> lower, int from, int to) {
    if (REFUSAL.contains(lower.get(from)) && to < lower.size()
        && (lower.get(to).equals("to") || lower.get(to).equals("comment"))) {
      return true; // the cue "declined" itself: "Officials declined to comment."
    }
    int k = from - 1;
    if (k >= 1 && lower.get(k).equals("to") && REFUSAL.contains(lower.get(k - 1))) {
      return true; // "refused to say"
    }
    while (k >= 0 && (SKIP.contains(lower.get(k)) || isAdverb(lower.get(k))
        || PASSIVE.contains(lower.get(k)))) {
      if (NEGATION.contains(lower.get(k))) {
        return true;
      }
      k--;
    }
    return false;
  }

  /**
   * A naming participle, not speech: "the operation, called Union Resolve, began" (after a
   * comma, a name closed by punctuation) or "a group called Union Resolve" (after a common noun
   * led by "a"/"an", a capitalised name or a quotation).
   */
  private boolean naming(List<String> raw, List<String> lower, int from, int to) {
    if (to != from + 1 || !NAMING.contains(lower.get(from)) || from == 0 || to >= raw.size()) {
      return false;
    }
    if (raw.get(from - 1).equals(",")) {
      int k = to;
      boolean quoted = isOpeningQuote(raw.get(k));
      if (quoted) {
        k++;
        while (k < raw.size() && k - to < 12 && !isClosingQuote(raw.get(k))) {
          k++;
        }
        k++;
      } else {
        while (k < raw.size() && k - to < 8 && (isCap(raw.get(k))
            || (!raw.get(k).isEmpty() && Character.isDigit(raw.get(k).codePointAt(0)))
            || NP_INNER.contains(lower.get(k)))) {
          k++;
        }
      }
      return k > to + (quoted ? 1 : 0) && k < raw.size() && (raw.get(k).equals(",")
          || raw.get(k).equals(")") || raw.get(k).equals(";") || DASHES.contains(raw.get(k)));
    }
    if (ROLE.contains(lower.get(from - 1)) || classifier.isSourceWord(lower.get(from - 1))
        || !(isCap(raw.get(to)) || isOpeningQuote(raw.get(to)))) {
      return false;
    }
    for (int k = from - 1; k >= Math.max(0, from - 4); k--) {
      if (lower.get(k).equals("a") || lower.get(k).equals("an")) {
        return k < from - 1;
      }
      if (!isPlainWord(raw.get(k), lower.get(k)) || isCap(raw.get(k))
          || SKIP.contains(lower.get(k)) || isAdverb(lower.get(k))) {
        return false;
      }
    }
    return false;
  }

  /** A cue word read as a noun: "Insurance claims rose", "That claim is hard to square". */
  private static boolean nounSense(List<String> lower, int from, int to) {
    if (to != from + 1 || !NOUN_TOO.contains(lower.get(from))) {
      return false;
    }
    if (from > 0 && (BEFORE_NOUN.contains(lower.get(from - 1))
        || (!lower.get(from - 1).isEmpty() && Character.isDigit(lower.get(from - 1).charAt(0))))) {
      return true; // "the call", "his calls", "the July 25 call"
    }
    if (lower.get(from).equals("call") && from > 0 && !verbBefore(lower, from)) {
      return true; // "an alarming call", "the right call", "the Ukraine call"
    }
    return to < lower.size() && AFTER_NOUN.contains(lower.get(to))
        && !(lower.get(from).equals("call") && CALL_VERB_AFTER.contains(lower.get(to)));
  }

  /**
   * Whether the word before a base-form verb at {@code from} agrees with it as its subject or
   * auxiliary: a word of {@link #BEFORE_BASE_VERB}, an adverb in -ly, or a plural ending in "s"
   * ("critics call"), not a possessive; after a singular noun or adjective it is a noun ("an
   * alarming call", "the Ukraine call").
   */
  private static boolean verbBefore(List<String> lower, int from) {
    String w = lower.get(from - 1);
    return BEFORE_BASE_VERB.contains(w) || isAdverb(w)
        || (w.length() > 2 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("'s")
            && !w.endsWith("ous")); // "critics call", but "an obvious call"
  }

  /**
   * Whether a quotation mark closes within the three tokens before {@code from} ("…,” he
   * continued"), or one opens right after {@code to}, after a colon or comma or not ("continued:
   * “…").
   */
  private static boolean byQuotation(List<String> raw, int from, int to) {
    for (int k = from - 1; k >= Math.max(0, from - 3); k--) {
      if (isClosingQuote(raw.get(k))) {
        return true;
      }
    }
    int next = to < raw.size() && (raw.get(to).equals(":") || raw.get(to).equals(",")) ? to + 1
        : to;
    return next < raw.size() && isOpeningQuote(raw.get(next));
  }

  private static boolean isOpeningQuote(String t) {
    return t.equals("\"") || t.equals("\u201C") || t.equals("\u2018") || t.equals("'");
  }

  private static boolean isClosingQuote(String t) {
    return t.equals("\"") || t.equals("\u201D") || t.equals("\u2019") || t.equals("'");
  }

  /**
   * A noun phrase without its leading non-source words ("But Trump" is Trump, "When" is
   * nothing); a demonstrative alone ("That said") is nothing. Null when nothing is left.
   */
  static int[] stripped(List<String> raw, List<String> lower, int[] np) {
    if (np == null) {
      return null;
    }
    int start = np[0];
    int end = np[1];
    if (end - start == 1 && nonSource(raw.get(start), lower.get(start)) != null) {
      return null;
    }

    while (start < np[1] && (DASHES.contains(raw.get(start)) || raw.get(start).equals(",")
        || NP_INNER.contains(lower.get(start)) || (nonSource(raw.get(start), lower.get(start))
            != null && nonSource(raw.get(start), lower.get(start)) != NonSource.DEMONSTRATIVE
            && nonSource(raw.get(start), lower.get(start)) != NonSource.MODIFIER))) {
      start++;
    }
    return start < end ? new int[] {start, end} : null;
  }

  /**
   * The subject of the clause a verb after "and"/"but" shares: the first noun phrase or
   * pronoun of the sentence, after a leading "But"/"Now" and after a leading adverbial clause
   * ("When asked about Iran, Ryan ...", "On Monday, he ..."); from a token {@code start} inside
   * such a clause, after its comma; null when none is found before {@code limit}.
   */
  private int[] subject(List<String> raw, List<String> lower, int start, int limit) {
    return subjectAt(raw, lower, subjectStart(raw, lower, start, limit), limit);
  }

  /** The pronoun or noun phrase that starts at token {@code k}, or null. */
  private int[] subjectAt(List<String> raw, List<String> lower, int k, int limit) {
    if (k < 0 || k >= limit) {
      return null;
    }
    if (SourceClassifier.PRONOUNS.contains(lower.get(k))) {
      return new int[] {k, k + 1};
    }
    int[] np = stripped(raw, lower, nounPhraseAfter(raw, lower, k));
    return np == null || np[1] > limit ? null : np;
  }

  /**
   * Where the subject of {@link #subject} starts: after a leading "But"/"Now" and a leading
   * adverbial clause; -1 when an adverbial has no comma to end it.
   */
  private static int subjectStart(List<String> raw, List<String> lower, int start, int limit) {
    int k = start;
    if (start > 0) { // inside the adverbial clause: its subject follows its comma
      while (k < limit && !raw.get(k).equals(",")) {
        k++;
      }
      k++;
    }
    while (k < limit && (isHardBoundary(raw.get(k)) || DASHES.contains(raw.get(k)))) {
      k++;
    }
    while (k < limit) {
      NonSource ns = nonSource(raw.get(k), lower.get(k));
      if (ns == NonSource.COORDINATOR || ns == NonSource.ADVERB) {
        k++;
        if (k < limit && raw.get(k).equals(",")) {
          k++;
        }
      } else if (ns == NonSource.SUBORDINATOR || ns == NonSource.PREPOSITION
          || ns == NonSource.TIME) {
        int comma = k;
        while (comma < limit && !raw.get(comma).equals(",")) {
          comma++;
        }
        if (comma < limit) {
          k = comma + 1;
        } else if (ns == NonSource.SUBORDINATOR) {
          k++; // the verb is in the clause itself: "While Mr. Ryan is ... and wrote"
        } else {
          return -1;
        }
      } else {
        break;
      }
    }
    return k;
  }

  /**
   * The subject of a sentence's main clause: its first noun phrase or pronoun after a leading
   * "But"/"Now" or adverbial clause ("On Monday, Maria Zakharova spoke"), or null.
   */
  int[] clauseSubject(List<String> raw, List<String> lower) {
    return raw.isEmpty() ? null : subject(raw, lower, 0, raw.size());
  }

  /**
   * Verbs whose object after them is the one spoken to, never the speaker (they are not
   * inverted as "…,” said Peskov is): "…, director of the lab, told Slate".
   */
  private static final Set<String> LISTENER_OBJECT = Set.of("told", "tell", "tells", "telling",
      "assured", "assures", "urged", "urges");

  /** Pronouns that speak or are spoken to: never the speaker of a later verb. */
  private static final Set<String> FIRST_SECOND_PERSON = Set.of("i", "we", "you");

  private static final Set<String> STRONG = Set.of("said", "says", "told", "added", "stated",
      "announced", "declared", "explained", "insisted", "warned", "denied");

  /**
   * The speaker after an inverted verb ("…,” said Peskov; "…?” asked one villager): a name, or,
   * right after a quotation, a determiner and the words after it up to punctuation, a
   * preposition or a clause (elsewhere "…, saying the city" has its object there).
   */
  private int[] after(List<String> raw, List<String> lower, int from, int to) {
    if (to >= raw.size() || nonSource(raw.get(to), lower.get(to)) != null) {
      return null; // "tweeted Monday afternoon"
    }
    boolean afterQuote = from > 0 && (isClosingQuote(raw.get(from - 1))
        || (from > 1 && raw.get(from - 1).equals(",") && isClosingQuote(raw.get(from - 2))));
    if (DETERMINERS.contains(lower.get(to)) && afterQuote && !lower.get(from).endsWith("ing")) {
      int end = to;
      while (end < raw.size() && end - to < 6 && (lower.get(end).equals("of")
          || !NP_INNER.contains(lower.get(end))) && (isNpWord(raw.get(end), lower.get(end))
          || (isPlainWord(raw.get(end), lower.get(end)) && !isAdverb(lower.get(end))
              && !CLAUSE.contains(lower.get(end))))
          && !opensModifier(raw, lower, end)) {
        end++; // "said a person familiar with the matter": up to "familiar"
      }
      while (end > to && (NP_INNER.contains(lower.get(end - 1))
          || DETERMINERS.contains(lower.get(end - 1)))) {
        end--;
      }
      return end > to ? new int[] {to, appositiveName(raw, lower, end)} : null;
    }
    if (isCap(raw.get(to)) || DETERMINERS.contains(lower.get(to))) {
      return nounPhraseAfter(raw, lower, to); // "…, say some Democrats"
    }
    return lowerCaseTitle(raw, lower, from, to);
  }

  /**
   * After an inverted verb, a title in lower case before a name, as wire copy writes it ("said
   * farmer Tom Reed", "said campaign chair John Podesta", "said former President Barack
   * Obama"): up to three plain lower-case words, then a capitalised noun phrase; null otherwise
   * ("said in Moscow", "said repeatedly", "saying goodbye").
   */
  private int[] lowerCaseTitle(List<String> raw, List<String> lower, int from, int to) {
    boolean afterQuote = from > 0 && (isClosingQuote(raw.get(from - 1))
        || (from > 1 && raw.get(from - 1).equals(",") && isClosingQuote(raw.get(from - 2))));
    if (!afterQuote || lower.get(from).endsWith("ing") || lower.get(from).startsWith("tel")
        || lower.get(from).equals("told")) {
      return null; // "saying goodbye", "told reporters Monday": an object, no speaker
    }
    int k = to;
    while (k < raw.size() && k - to < 3 && !isCap(raw.get(k))
        && isPlainWord(raw.get(k), lower.get(k)) && !isAdverb(lower.get(k))
        && !NP_INNER.contains(lower.get(k))
        && !SourceClassifier.PRONOUNS.contains(lower.get(k))
        && !CLAUSE.contains(lower.get(k)) && !SKIP.contains(lower.get(k))
        && nonSource(raw.get(k), lower.get(k)) == null) {
      k++;
    }
    if (k == to || k >= raw.size() || !isCap(raw.get(k))
        || nonSource(raw.get(k), lower.get(k)) != null) {
      return null;
    }
    int[] name = nounPhraseAfter(raw, lower, k);
    if (name != null && name[1] + 1 < raw.size() && !isCap(raw.get(name[1]))
        && isPlainWord(raw.get(name[1]), lower.get(name[1])) && !isAdverb(lower.get(name[1]))
        && !CLAUSE.contains(lower.get(name[1])) && !SKIP.contains(lower.get(name[1]))
        && nonSource(raw.get(name[1]), lower.get(name[1])) == null
        && isCap(raw.get(name[1] + 1))
        && nonSource(raw.get(name[1] + 1), lower.get(name[1] + 1)) == null) {
      // "longtime Flint resident Karen Eaton": a title word between two capitalised phrases
      int[] rest = nounPhraseAfter(raw, lower, name[1] + 1);
      name = rest == null ? name : rest;
    }
    if (name == null || (name[1] < raw.size() && !isBoundary(raw.get(name[1]))
        && !PREPOSITIONS.contains(lower.get(name[1])) && !CLAUSE.contains(lower.get(name[1])))) {
      return null; // "said retired Pentagon analyst and …": the name is not where it ends
    }
    return new int[] {to, name[1]};
  }

  /**
   * The end of a speaker after an inverted verb, with a name set off by a comma after it when
   * the name ends the clause ("said the mayor, Jan Novak."); else {@code end}.
   */
  private int appositiveName(List<String> raw, List<String> lower, int end) {
    if (end + 2 >= raw.size() || !raw.get(end).equals(",") || !isCap(raw.get(end + 1))
        || !isCap(raw.get(end + 2)) || nonSource(raw.get(end + 1), lower.get(end + 1)) != null) {
      return end;
    }
    int k = end + 1;
    while (k < raw.size() && isCap(raw.get(k)) && !isHardBoundary(raw.get(k))
        && !classifier.isSourceWord(lower.get(k))) {
      k++;
    }
    return k - end > 2 && (k == raw.size() || isBoundary(raw.get(k))) ? k : end;
  }

  /** The attribution with this source, less any list dash or bullet before it ("- The UK"). */
  private static Found withSource(Found f, List<String> raw, int[] np) {
    int from = np[0];
    while (from < np[1] - 1 && DASHES.contains(raw.get(from))) {
      from++;
    }
    int to = np[1];
    // a time after the source is no part of it: "Russian news agencies Sunday", "last week",
    // nor the participle it completes ("a poll released Thursday")
    boolean timed = false;
    while (to - from > 1 && isTime(raw.get(to - 1))) {
      to--;
      timed = true;
      for (int n = 0; n < 3 && to - from > 1
          && TIME_LEAD.contains(raw.get(to - 1).toLowerCase(Locale.ROOT)); n++) {
        to--;
      }
    }
    if (timed && to - from > 1 && DATED.contains(raw.get(to - 1).toLowerCase(Locale.ROOT))) {
      to--;
    }
    return new Found(f.ruleId(), f.kind(), f.cueFrom(), f.cueTo(), from, to, f.explanation());
  }

  /**
   * Whether a token is a time word: a day or month, or a common noun of time in lower case
   * ("last week"; "Education Week" and "USA Today" are names).
   */
  private static boolean isTime(String raw) {
    String lower = raw.toLowerCase(Locale.ROOT);
    return nonSource(raw, lower) == NonSource.TIME
        && (!Character.isUpperCase(raw.charAt(0)) || !TIME_NOUNS.contains(lower));
  }

  /**
   * The noun phrase ending just before token {@code verb}, or null. When a comma stands before
   * the verb, the comma-separated segments to its left are read right to left: adverbials,
   * participle and relative clauses are skipped; a noun phrase is kept, and a second one before
   * it makes "head, apposition".
   */
  int[] nounPhraseBefore(List<String> raw, List<String> lower, int verb) {
    int j = verb - 1;
    while (true) {
      while (j >= 0 && (SKIP.contains(lower.get(j)) || isAdverb(lower.get(j)))
          && !(raw.get(j).equals("May") && j > 0
              && Character.isUpperCase(raw.get(j - 1).charAt(0)))) {
        j--; // but "Theresa May said": the name, not the modal
      }
      if (j >= 0 && isTime(raw.get(j)) && j > 0
          && !isBoundary(raw.get(j - 1)) && !lower.get(j - 1).equals("super")) {
        j--; // "Hannity on Monday called", "Jarrett Wednesday said"
        for (int n = 0; n < 3 && j > 0 && TIME_LEAD.contains(lower.get(j)); n++) {
          j--; // "in December", "in late July", "over the weekend", "last week"
        }
        continue;
      }
      if (j > 0 && raw.get(j).equals(")")) {
        int open = j - 1;
        while (open >= 0 && j - open < 10 && !raw.get(open).equals("(")) {
          open--;
        }
        if (open > 0 && raw.get(open).equals("(")) {
          j = open - 1; // "Sen. Bob Menendez (D-NJ) tweeted"
          continue;
        }
      }
      break;
    }
    if (j < 0) {
      return null;
    }
    if (!raw.get(j).equals(",")) {
      int[] head = postModifiedHead(raw, lower, j);
      return head != null ? head : nounPhraseEndingAt(raw, lower, j);
    }
    int[] found = null;
    int end = j; // index of the comma closing the current segment
    while (end > 0) {
      int k = end - 1;
      while (k >= 0 && !raw.get(k).equals(",") && (!isHardBoundary(raw.get(k))
          || (raw.get(k).equals(".") && k + 1 == end && k > 0 && !raw.get(k - 1).equals(",")))) {
        k--; // an abbreviation's full stop before the comma is no boundary: "Klobuchar, D-Minn.,"
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
      if (!pure && np != null && clause < 0 && np[1] == end && isCap(raw.get(np[0]))
          && isCap(raw.get(np[1] - 1)) && (k < 0 || isHardBoundary(raw.get(k)))
          && titleBefore(raw, lower, segStart, np[0])) {
        pure = true; // "…,” developmental psychologist Ritch Savin-Williams, director of …, told"
      }
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

  /**
   * Whether tokens {@code [from, to)} can be a title or description before a name that opens a
   * clause ("developmental psychologist", "Cornell psychologist", "Fox Business host"): one to
   * four words ending in a lower-case noun, none of them a verb form, auxiliary, adverb,
   * preposition, pronoun, abbreviation or clause word, so that "officials arrested John Smith",
   * "including John Smith" or "Roosevelt vs. Alf Landon" is none.
   */
  private static boolean titleBefore(List<String> raw, List<String> lower, int from, int to) {
    if (to - from < 1 || to - from > 4 || isCap(raw.get(to - 1))) {
      return false;
    }
    for (int m = from; m < to; m++) {
      String w = lower.get(m);
      if (!isPlainWord(raw.get(m), w) || SKIP.contains(w) || CLAUSE.contains(w) || isAdverb(w)
          || w.endsWith("ed") || w.endsWith("ing") || w.endsWith(".") || w.equals("of")
          || SourceClassifier.PRONOUNS.contains(w) || nonSource(raw.get(m), w) != null) {
        return false;
      }
    }
    return true;
  }

  /** Relative pronouns that open a modifier after a source's head ("A woman who was seated"). */
  private static final Set<String> WHO = Set.of("who", "whose", "whom");

  /**
   * Whether token {@code m} opens a modifier after a head noun: "who", or a word of kind
   * {@code modifier} in {@code non-source-words.tsv} ("familiar", "speaking"; "close" only
   * before "to").
   */
  private static boolean opensModifier(List<String> raw, List<String> lower, int m) {
    if (WHO.contains(lower.get(m))) {
      return true;
    }
    if (nonSource(raw.get(m), lower.get(m)) != NonSource.MODIFIER) {
      return false;
    }
    return !lower.get(m).equals("close")
        || (m + 1 < lower.size() && lower.get(m + 1).equals("to"));
  }

  /**
   * The head of a clause-initial subject with a modifier and no comma before the verb ("A senior
   * U.S. official who spoke on condition of anonymity said", "One GOP aide familiar with the
   * talks said", "people with knowledge of the plan"): the noun phrase that opens the clause
   * ending at {@code j} and stops right before the first modifier, not the modifier's object.
   * Null when the clause has no such modifier or does not open with that noun phrase.
   */
  private int[] postModifiedHead(List<String> raw, List<String> lower, int j) {
    if (WHO.contains(lower.get(j)) || SourceClassifier.PRONOUNS.contains(lower.get(j))) {
      return null; // "activists who chanted": the verb is the clause's; "what they described"
    }
    int start = j;
    while (start > 0 && !isBoundary(raw.get(start - 1)) && !DASHES.contains(raw.get(start - 1))) {
      start--;
    }
    while (start < j && (nonSource(raw.get(start), lower.get(start)) == NonSource.COORDINATOR
        || nonSource(raw.get(start), lower.get(start)) == NonSource.ADVERB)) {
      start++; // "But a source familiar with ..."
    }
    for (int m = start + 1; m <= j; m++) {
      if (!opensModifier(raw, lower, m)) {
        continue;
      }
      int end = m - 1;
      if (lower.get(m).equals("knowledge")) {
        while (end > start && m - end <= 3 && !lower.get(end).equals("with")) {
          end--; // "with direct knowledge of"
        }
        if (!lower.get(end).equals("with")) {
          return null;
        }
        end--;
      }
      int[] head = headEndingAt(raw, lower, end, start);
      for (int k = end; head == null && k > start; k--) {
        if (PP_AFTER_HEAD.contains(lower.get(k))) {
          head = headEndingAt(raw, lower, k - 1, start); // "One organizer in Portland who"
        }
      }
      return head;
    }
    return null;
  }

  /** Prepositions that may open a phrase between a head and its modifier ("an aide in Kyiv"). */
  private static final Set<String> PP_AFTER_HEAD = Set.of("in", "at", "from", "on", "for");

  /**
   * The noun phrase ending at {@code end} (a name or source-word run, else a common-noun phrase
   * led by a determiner), when it starts at {@code start}; not a pronoun.
   */
  private int[] headEndingAt(List<String> raw, List<String> lower, int end, int start) {
    if (end < start || SourceClassifier.PRONOUNS.contains(lower.get(end))) {
      return null;
    }
    int[] np = nounPhraseEndingAt(raw, lower, end);
    if (np != null && np[0] == start) {
      return np;
    }
    int[] common = commonNounPhraseEndingAt(raw, lower, end);
    return common != null && common[0] == start ? common : null;
  }

  /** The noun phrase whose last token is {@code j}, or null. */
  private int[] nounPhraseEndingAt(List<String> raw, List<String> lower, int j) {
    if (j < 0) {
      return null;
    }
    if (j > 0 && lower.get(j - 1).equals("no.") && !raw.get(j).isEmpty()
        && Character.isDigit(raw.get(j).codePointAt(0))) {
      return new int[] {j - 1, j + 1}; // "No. 10 said": Downing Street
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
        && !CLAUSE.contains(lower.get(end)) && !opensModifier(raw, lower, end)) {
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
