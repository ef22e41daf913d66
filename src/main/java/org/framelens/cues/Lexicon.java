package org.framelens.cues;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.framelens.text.Span;

/**
 * A set of lexicon entries, read from UTF-8 TSV files with the columns {@code rule_id, phrase,
 * cue_type, category, explanation, except, example_hit, example_miss} ({@code #} comments; see
 * {@code src/main/resources/lexicons/README.md}). Errors name the file and line. Immutable.
 */
public final class Lexicon {

  /** The bundled lexicon files, in the order their rules are tried. */
  public static final List<String> BUNDLED = List.of("loaded.tsv", "weasel.tsv", "agentless.tsv",
      "epistemic.tsv", "claims.tsv");

  private static final String[] HEADER = {"rule_id", "phrase", "cue_type", "category",
      "explanation", "except", "example_hit", "example_miss"};

  private final List<LexiconEntry> entries;
  /** Every literal word of every pattern and exception. */
  private final WordIds vocabulary;
  /**
   * Every pattern of every entry, entry after entry, compiled against {@link #vocabulary}: a
   * pattern's ref is its index here, so refs ascend in the order of the entries and their
   * patterns.
   */
  private final PhrasePattern.Compiled[] patterns;
  private final LexiconEntry[] entryOf;
  /** The exceptions of each pattern's entry, compiled, by ref. */
  private final PhrasePattern.Compiled[][] exceptionsOf;
  /** Pattern refs (ascending) by the id of their literal first word (null: none). */
  private final int[][] byFirstWord;
  /** First words ending in {@code *}, without it; their refs in {@link #prefixRefs}. */
  private final char[][] prefixes;
  private final int[][] prefixRefs;
  /** Indices into {@link #prefixes} by the prefix's first char (ASCII), else in the last cell. */
  private final int[][] prefixesByChar;
  private final int[] wildcardFirst;
  /** Each entry's place in load order (entries are records: compared by identity). */
  private final java.util.IdentityHashMap<LexiconEntry, Integer> order =
      new java.util.IdentityHashMap<>();

  private Lexicon(List<LexiconEntry> entries) {
    this(entries, null);
  }

  /**
   * @param shared a vocabulary holding every word of the entries' patterns and exceptions, to
   *               match over instead of their own (null: their own)
   */
  private Lexicon(List<LexiconEntry> entries, WordIds shared) {
    this.entries = List.copyOf(entries);
    for (int e = 0; e < this.entries.size(); e++) {
      order.putIfAbsent(this.entries.get(e), e);
    }
    List<String> words = new ArrayList<>();
    for (LexiconEntry e : this.entries) {
      e.patterns().forEach(p -> words.addAll(p.literalWords()));
      e.exceptions().forEach(p -> words.addAll(p.literalWords()));
    }
    this.vocabulary = WordIds.ownOrShared(words, shared, "the lexicon");
    Map<String, List<Integer>> map = new HashMap<>();
    Map<String, List<Integer>> prefixMap = new java.util.TreeMap<>();
    List<Integer> wild = new ArrayList<>();
    List<PhrasePattern.Compiled> all = new ArrayList<>();
    List<PhrasePattern.Compiled[]> exceptions = new ArrayList<>();
    List<LexiconEntry> owners = new ArrayList<>();
    for (int e = 0; e < this.entries.size(); e++) {
      LexiconEntry entry = this.entries.get(e);
      PhrasePattern.Compiled[] except = new PhrasePattern.Compiled[entry.exceptions().size()];
      for (int x = 0; x < except.length; x++) {
        except[x] = entry.exceptions().get(x).compile(vocabulary);
      }
      List<PhrasePattern> ps = entry.patterns();
      for (int p = 0; p < ps.size(); p++) {
        int ref = all.size();
        all.add(ps.get(p).compile(vocabulary));
        exceptions.add(except);
        owners.add(entry);
        List<String> first = ps.get(p).firstWords();
        if (first.isEmpty()) {
          wild.add(ref);
          continue;
        }
        for (String w : new java.util.TreeSet<>(first)) {
          if (w.endsWith("*")) {
            prefixMap.computeIfAbsent(w.substring(0, w.length() - 1), k -> new ArrayList<>())
                .add(ref);
          } else {
            map.computeIfAbsent(w, k -> new ArrayList<>()).add(ref);
          }
        }
      }
    }
    this.patterns = all.toArray(new PhrasePattern.Compiled[0]);
    this.exceptionsOf = exceptions.toArray(new PhrasePattern.Compiled[0][]);
    this.entryOf = owners.toArray(new LexiconEntry[0]);
    this.byFirstWord = new int[vocabulary.size()][];
    map.forEach((w, refs) -> byFirstWord[vocabulary.id(w)] = toArray(refs));
    String[] prefixWords = prefixMap.keySet().toArray(new String[0]);
    this.prefixes = new char[prefixWords.length][];
    this.prefixRefs = new int[prefixWords.length][];
    List<List<Integer>> byChar = new ArrayList<>();
    for (int c = 0; c <= 128; c++) {
      byChar.add(new ArrayList<>());
    }
    for (int k = 0; k < prefixWords.length; k++) {
      prefixes[k] = prefixWords[k].toCharArray();
      prefixRefs[k] = toArray(prefixMap.get(prefixWords[k]));
      byChar.get(Math.min(prefixWords[k].charAt(0), 128)).add(k);
    }
    this.prefixesByChar = new int[129][];
    for (int c = 0; c <= 128; c++) {
      prefixesByChar[c] = toArray(byChar.get(c));
    }
    this.wildcardFirst = toArray(wild);
  }

  private static int[] toArray(List<Integer> list) {
    int[] out = new int[list.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = list.get(i);
    }
    return out;
  }

  /** A lexicon of these entries (rule ids must be unique). */
  public static Lexicon of(List<LexiconEntry> entries) {
    return new Lexicon(List.of()).plus(new Lexicon(entries));
  }

  public List<LexiconEntry> entries() {
    return entries;
  }

  /** The words this lexicon matches tokens with. */
  WordIds vocabulary() {
    return vocabulary;
  }

  /**
   * The same entries over {@code shared}, a vocabulary holding {@link #vocabulary()}'s words, so
   * that matchers sharing it look each token up once (same hits).
   */
  Lexicon over(WordIds shared) {
    return new Lexicon(entries, shared);
  }

  public Lexicon plus(Lexicon other) {
    List<LexiconEntry> all = new ArrayList<>(entries);
    Set<String> ids = new HashSet<>();
    entries.forEach(e -> ids.add(e.ruleId()));
    for (LexiconEntry e : other.entries) {
      if (!ids.add(e.ruleId())) {
        throw new IllegalArgumentException(e.file() + ":" + e.line() + ": rule id " + e.ruleId()
            + " is already defined");
      }
      all.add(e);
    }
    return new Lexicon(all);
  }

  /** One phrase found in a token sequence. */
  public record Hit(LexiconEntry entry, int fromToken, int toToken) {
  }

  /**
   * Every entry matching {@code words} (normalised token texts), longest match per entry and
   * start; hits cancelled by an overlapping exception are dropped. Sorted by start, then entry.
   */
  public List<Hit> find(List<String> words) {
    return find(MatchTokens.of(words.toArray(new String[0])));
  }

  /** As {@link #find(List)}, over an array of normalised token texts. */
  List<Hit> find(String[] words) {
    return find(MatchTokens.of(words));
  }

  /** As {@link #find(List)}, over a sentence's tokens. */
  List<Hit> find(MatchTokens tokens) {
    int[] ids = tokens.ids(vocabulary);
    int size = ids.length;
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      int[] refs = candidates(tokens, ids, i);
      for (int c = 0; c < refs.length; c++) {
        int ref = refs[c];
        LexiconEntry e = entryOf[ref];
        int end = patterns[ref].matchAt(tokens, ids, i);
        if (end > i && !cancelled(exceptionsOf[ref], tokens, ids, i, end)
            && !mayAsName(e, tokens, i, end) && !agentNamedLater(e, tokens, end)
            && !already(hits, e, i, end)) {
          hits.add(new Hit(e, i, end));
        }
      }
    }
    if (hits.size() > 1) {
      hits = oneHitPerStretch(hits);
      hits.sort(HIT_ORDER);
    }
    return hits;
  }

  /**
   * One hit of a cue type per stretch of text: of hits of the same type that overlap, the one
   * covering the most tokens is kept, and of equally long ones the one of the entry loaded first
   * (bundled files before user files, in the order given, rows in file order). So a user's
   * "pretext" under the bundled "under the pretext", or two user rules with the same phrase,
   * count the words once. Hits of different types may overlap ("so-called" is a doubt and a
   * loaded word may follow). Claim triggers ({@code unattributed_claim}) are left as they are:
   * they are never counted one by one, only the sentence's first one makes its claim.
   */
  private List<Hit> oneHitPerStretch(List<Hit> hits) {
    if (!sameTypeOverlap(hits)) {
      return hits; // the usual case: nothing to choose
    }
    List<Hit> bySize = new ArrayList<>(hits);
    bySize.sort(java.util.Comparator
        .comparingInt((Hit h) -> h.fromToken() - h.toToken())
        .thenComparingInt(h -> order.get(h.entry()))
        .thenComparingInt(Hit::fromToken));
    List<Hit> kept = new ArrayList<>(hits.size());
    for (Hit h : bySize) {
      boolean free = true;
      if (h.entry().type() == CueType.UNATTRIBUTED_CLAIM) {
        kept.add(h);
        continue;
      }
      for (int k = 0; k < kept.size() && free; k++) {
        Hit o = kept.get(k);
        free = o.entry().type() != h.entry().type() || o.toToken() <= h.fromToken()
            || h.toToken() <= o.fromToken();
      }
      if (free) {
        kept.add(h);
      }
    }
    return kept;
  }

  /** Whether two of {@code hits} of one cue type (other than claim triggers) overlap. */
  private static boolean sameTypeOverlap(List<Hit> hits) {
    for (int i = 0; i < hits.size(); i++) {
      Hit a = hits.get(i);
      if (a.entry().type() == CueType.UNATTRIBUTED_CLAIM) {
        continue;
      }
      for (int j = i + 1; j < hits.size(); j++) {
        Hit b = hits.get(j);
        if (a.entry().type() == b.entry().type() && a.fromToken() < b.toToken()
            && b.fromToken() < a.toToken()) {
          return true;
        }
      }
    }
    return false;
  }

  private static final java.util.Comparator<Hit> HIT_ORDER = (a, b) ->
      a.fromToken() != b.fromToken() ? Integer.compare(a.fromToken(), b.fromToken())
          : a.entry().ruleId().compareTo(b.entry().ruleId());

  private static final int[] NONE = {};

  /** As {@link #candidates(MatchTokens, int[], int)} of a single (normalised) word. */
  int[] candidates(String word) {
    MatchTokens m = MatchTokens.of(new String[] {word});
    return candidates(m, m.ids(vocabulary), 0);
  }

  /**
   * The patterns that may start at token {@code i}: those whose first word is the token or a
   * prefix of it, and those starting with a wildcard; in ascending ref order, that is in the
   * order of the entries (as trying every pattern would), so hits do not depend on the index.
   * Usually one of the index's own arrays (not to be modified); merged into a new array only
   * when the word falls in more than one group.
   */
  private int[] candidates(MatchTokens tokens, int[] ids, int i) {
    int id = ids[i];
    int[] found = id >= 0 && byFirstWord[id] != null ? byFirstWord[id] : NONE;
    if (!tokens.isEmpty(i)) {
      int[] byChar = prefixesByChar[Math.min(tokens.first(i), 128)];
      for (int p = 0; p < byChar.length; p++) {
        int k = byChar[p];
        if (tokens.startsWith(i, prefixes[k])) {
          found = merge(found, prefixRefs[k]);
        }
      }
    }
    return merge(found, wildcardFirst);
  }

  /** The sorted union of two ascending ref arrays (either one itself when the other is empty). */
  private static int[] merge(int[] a, int[] b) {
    if (b.length == 0) {
      return a;
    }
    if (a.length == 0) {
      return b;
    }
    int[] out = new int[a.length + b.length];
    int i = 0;
    int j = 0;
    int k = 0;
    while (i < a.length || j < b.length) {
      int next = j == b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
      if (i < a.length && a[i] == next) {
        i++;
      }
      if (j < b.length && b[j] == next) {
        j++;
      }
      out[k++] = next;
    }
    return java.util.Arrays.copyOf(out, k);
  }

  private static boolean already(List<Hit> hits, LexiconEntry e, int from, int to) {
    for (int k = hits.size() - 1; k >= 0; k--) {
      Hit h = hits.get(k);
      if (h.entry() == e && h.fromToken() < to && from < h.toToken()) {
        if (to - from > h.toToken() - h.fromToken()) {
          hits.remove(k);
          return false;
        }
        return true;
      }
    }
    return false;
  }

  /**
   * The one rule on letter case (phrases otherwise match case-insensitively, and the lexicon
   * format has no way to ask for a case): a hedge hit on the single word "may" is kept when it is
   * written "may", or "May" opening a sentence and followed by a pronoun or determiner ("May I
   * ask…", "May the best team win", "May God bless you"; see {@link #MODAL_SUBJECTS}); any other
   * "May" is the month or a name ("in early May", "Theresa May spoke", "May insisted on Friday",
   * "May, 2015") and "MAY" a label in capitals (a transcript's "MAY BOEVE: You're right"), and the
   * hit is dropped (and with it a modal in a Title-Case or capitalised headline). A sentence
   * starts at its first word (after any punctuation that opens it) or just after an opening
   * quotation mark written right before the word ({@code He asked, "May I come in?"}, but not
   * {@code "We will win," May said}). The month before a number and the like are the entry's own
   * exceptions ({@code hedge.may} in {@code epistemic.tsv}).
   */
  static boolean mayAsName(LexiconEntry e, MatchTokens tokens, int from, int to) {
    if (e.type() != CueType.HEDGE || to - from != 1 || tokens.rawEquals(from, "may")) {
      return false;
    }
    if (tokens.rawEquals(from, "MAY")) {
      return true;
    }
    return tokens.rawEquals(from, "May") && !(sentenceStart(tokens, from)
        && from + 1 < tokens.size() && MODAL_SUBJECTS.contains(tokens.lower(from + 1)));
  }

  /**
   * Whether an agentless-passive hit ending at token {@code to} names its agent later in the
   * same clause: "was accused of theft by prosecutors" says who accuses. A "by" right after the
   * verb is the entries' own exception ({@code accused by}); this looks further, up to
   * {@value #AGENT_WINDOW} tokens and not past a clause mark ({@code ; : . ? ! — –}, a quotation
   * mark), for "by" followed by a word that is not an -ing form ("by cheating" is a means, not
   * an agent). A code rule, like {@link #mayAsName}, because the lexicon format has no way to
   * say "anywhere later in the clause".
   */
  static boolean agentNamedLater(LexiconEntry e, MatchTokens tokens, int to) {
    if (e.type() != CueType.AGENTLESS_PASSIVE) {
      return false;
    }
    int last = Math.min(tokens.size() - 1, to + AGENT_WINDOW);
    for (int k = to; k < last; k++) {
      String w = tokens.lower(k);
      if (w.length() == 1 && CLAUSE_MARKS.indexOf(w.charAt(0)) >= 0) {
        return false;
      }
      if (w.equals("by") && tokens.startsWithLetterOrDigit(k + 1) && isAgent(tokens, k + 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the words from token {@code i}, after a "by", can name an agent: not an -ing form
   * ("by cheating"), a number or date ("by 2025"), a time, manner or means ("by then", "by
   * mistake", "by phone", "by the end of"), or a vague "some" or "many".
   */
  private static boolean isAgent(MatchTokens tokens, int i) {
    String w = tokens.lower(i);
    if (!w.isEmpty() && Character.isDigit(w.charAt(0)) && (w.endsWith("%")
        ? i + 1 < tokens.size() && tokens.lower(i + 1).equals("of")
        : i + 2 < tokens.size() && PERCENT.contains(tokens.lower(i + 1))
            && tokens.lower(i + 2).equals("of"))) {
      return true; // a share of people: "viewed negatively by 94 percent of voters"
    }
    return isAgent(tokens.lower(i), i + 1 < tokens.size() ? tokens.lower(i + 1) : null);
  }

  /** The words of a share after a number ("by 94 percent of voters" names who). */
  private static final Set<String> PERCENT = Set.of("percent", "%");

  /** As {@link #isAgent(MatchTokens, int)}, over lower-cased tokens (true past the end). */
  static boolean isAgent(List<String> lower, int i) {
    return i >= lower.size() || isAgent(lower.get(i), i + 1 < lower.size() ? lower.get(i + 1) : null);
  }

  private static boolean isAgent(String w, String next) {
    if (w.endsWith("ing") || Character.isDigit(w.charAt(0)) || NOT_AGENTS.contains(w)
        || (w.equals("may") && next != null && Character.isDigit(next.charAt(0)))) {
      return false; // "by May 12"
    }
    return !((w.equals("the") || w.equals("a")) && next != null
        && NOT_AGENTS_AFTER_THE.contains(next));
  }

  /** Words after "by" that say when or how, not who (see {@link #isAgent}). */
  private static final Set<String> NOT_AGENTS = Set.of("then", "now", "far", "hand", "mistake",
      "accident", "chance", "default", "contrast", "comparison", "law", "phone", "telephone",
      "mail", "email", "e-mail", "letter", "train", "car", "bus", "air", "plane", "sea", "road",
      "foot", "force", "name", "night", "day", "noon", "midnight", "design", "nature",
      "definition", "virtue", "means", "proxy", "video", "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "june",
      "july", "august", "september", "october", "november", "december", "year", "year's",
      "tomorrow", "tonight", "itself", "themselves", "himself", "herself", "association",
      // a vague agent hides who as much as none: "considered fair game by some"
      "some", "many", "others", "several", "few", "most");

  /** Nouns after "by the" / "by a" that say when or how (see {@link #isAgent}). */
  private static final Set<String> NOT_AGENTS_AFTER_THE = Set.of("time", "end", "way", "start",
      "beginning", "middle", "close", "turn", "hour", "day", "week", "month", "year", "dozen",
      "hundreds", "thousands", "millions", "margin", "wide", "narrow", "landslide", "vote",
      "standards", "book", "numbers");

  /** How far after an agentless passive {@link #agentNamedLater} looks for its agent. */
  static final int AGENT_WINDOW = 12;

  /** Marks that end the clause in which {@link #agentNamedLater} looks. */
  private static final String CLAUSE_MARKS = ";:.?!\u2014\u2013\"“”‘’«»";

  /** Whether token {@code i} opens its sentence, or a quotation (see {@link #mayAsName}). */
  private static boolean sentenceStart(MatchTokens tokens, int i) {
    if (tokens.touchesPrevious(i) && OPENING_QUOTES.indexOf(tokens.rawCodePoint(i - 1)) >= 0) {
      return true;
    }
    for (int k = 0; k < i; k++) {
      if (tokens.startsWithLetterOrDigit(k)) {
        return false;
      }
    }
    return true;
  }

  /** Marks that open a quotation, after which a capital letter starts a quoted sentence. */
  private static final String OPENING_QUOTES = "\"“‘„‚«'";

  /**
   * The words after which a sentence-initial "May" is the modal: pronouns, determiners, the names
   * invoked in wishes ("May God…"), and "be" and "not" of a clipped sentence ("May be time to…").
   */
  private static final Set<String> MODAL_SUBJECTS = Set.of("i", "we", "you", "he", "she", "it",
      "they", "one", "there", "the", "a", "an", "this", "that", "these", "those", "my", "our",
      "your", "his", "her", "its", "their", "all", "each", "every", "no", "some", "any", "both",
      "god", "allah", "heaven", "be", "not");

  /** Whether an exception matching within 6 tokens before {@code from} overlaps the hit. */
  private static boolean cancelled(PhrasePattern.Compiled[] exceptions, MatchTokens tokens,
      int[] ids, int from, int to) {
    for (PhrasePattern.Compiled ex : exceptions) {
      for (int s = Math.max(0, from - 6); s < Math.min(ids.length, to); s++) {
        int end = ex.matchAt(tokens, ids, s);
        if (end > s && s < to && from < end) {
          return true;
        }
      }
    }
    return false;
  }

  /** The lexicons bundled with FrameLens (parsed once; immutable). */
  public static Lexicon bundled() {
    return Bundled.LEXICON;
  }

  private static final class Bundled {
    static final Lexicon LEXICON = loadBundled();
  }

  private static Lexicon loadBundled() {
    Lexicon all = new Lexicon(List.of());
    for (String f : BUNDLED) {
      try (InputStream in = Lexicon.class.getResourceAsStream("/lexicons/" + f)) {
        if (in == null) {
          throw new IllegalStateException("missing resource /lexicons/" + f);
        }
        all = all.plus(parse(new InputStreamReader(in, StandardCharsets.UTF_8), f));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return all;
  }

  /** Reads a user's lexicon file (checked as {@link #parseUser} does). */
  public static Lexicon load(Path file) throws IOException {
    return parseUser(new java.io.StringReader(
        org.framelens.ingest.TextDecoder.readUtf8(file, file.toString())), file.toString());
  }

  /** Parses a lexicon; {@code name} is used in error messages ("name:line: ..."). */
  public static Lexicon parse(Reader reader, String name) throws IOException {
    return parse(reader, name, false);
  }

  /**
   * Parses a user's lexicon ({@code --lexicon}): as {@link #parse(Reader, String)}, and each
   * entry's {@code example_hit} must match exactly its marked span and its {@code example_miss}
   * nothing (the bundled entries' examples are tests, {@code LexiconExamplesTest}); an
   * {@code attribution} entry is refused, since only the attribution rules of
   * {@link AttributionDetector} find the source an attribution names.
   */
  public static Lexicon parseUser(Reader reader, String name) throws IOException {
    return parse(reader, name, true);
  }

  /** The cue types a lexicon entry may raise, as the {@code cue_type} column writes them. */
  static final List<String> LEXICON_TYPES = List.of("loaded", "weasel", "agentless_passive",
      "hedge", "booster", "doubt", "unattributed_claim", "attribution");

  private static final java.util.regex.Pattern PLACEHOLDER =
      java.util.regex.Pattern.compile("\\{[^{}]*\\}|%(?:\\d+\\$)?[a-zA-Z]|[{}]");

  /**
   * The placeholders an explanation may hold: {@code {text}}, {@code {first}}, {@code {writer}};
   * an attribution's explanation {@code {text}} and {@code {source}} (it is filled in by the
   * attribution rules, which know no {@code {first}} or {@code {writer}}).
   */
  private static void checkPlaceholders(String explanation, CueType type, String where) {
    boolean attribution = type == CueType.ATTRIBUTION;
    java.util.regex.Matcher m = PLACEHOLDER.matcher(explanation);
    while (m.find()) {
      String p = m.group();
      boolean ok = attribution ? p.equals("{text}") || p.equals("{source}")
          : p.equals("{text}") || p.equals("{first}") || p.equals("{writer}");
      if (ok) {
        continue;
      }
      String valid = attribution ? "{text} or {source}" : "{text}, {first} or {writer}";
      if (p.equals("{source}")) {
        throw new IllegalArgumentException(where + "placeholder {source} in the explanation is "
            + "only for attribution entries (use " + valid + ")");
      }
      throw new IllegalArgumentException(where + (p.length() == 1
          ? "a stray '" + p + "' in the explanation (placeholders are " + valid + ")"
          : "unknown placeholder " + p + " in the explanation (use " + valid + ")"));
    }
  }

  /**
   * A user entry's own examples, run through this entry alone: {@code example_hit} must be
   * matched exactly on its {@code [[marked]]} span, {@code example_miss} (when given) not at all.
   */
  private static void checkExamples(LexiconEntry e, String where) {
    String marked = e.exampleHit();
    int open = marked.indexOf("[[");
    int close = marked.indexOf("]]", open + 2);
    if (open < 0 || close < 0 || marked.indexOf("[[", open + 2) >= 0
        || marked.indexOf("]]", close + 2) >= 0) {
      throw new IllegalArgumentException(where + "example_hit must mark the expected span "
          + "once with [[...]]");
    }
    String sentence = marked.substring(0, open) + marked.substring(open + 2, close)
        + marked.substring(close + 2);
    Span expected = new Span(open, close - 2);
    Lexicon alone = new Lexicon(List.of(e));
    List<Span> found = alone.spans(sentence);
    if (!found.contains(expected)) {
      boolean excepted = !e.exceptions().isEmpty() && new Lexicon(List.of(new LexiconEntry(
          e.ruleId(), e.patterns(), e.type(), e.category(), e.explanation(), List.of(),
          e.exampleHit(), e.exampleMiss(), e.file(), e.line()))).spans(sentence).contains(expected);
      throw new IllegalArgumentException(where + "example_hit does not match the marked span '"
          + expected.text(sentence) + "' (" + (excepted ? "the phrase does, but its except "
              + "cancels it" : found.isEmpty() ? "the rule matches nothing in it"
              : "the rule matches " + quoted(found, sentence)) + ")");
    }
    if (!e.exampleMiss().isBlank()) {
      List<Span> wrong = alone.spans(e.exampleMiss());
      if (!wrong.isEmpty()) {
        throw new IllegalArgumentException(where + "example_miss is matched ("
            + quoted(wrong, e.exampleMiss()) + "); the rule must not match it");
      }
    }
  }

  private static String quoted(List<Span> spans, String text) {
    StringBuilder b = new StringBuilder();
    for (Span s : spans) {
      b.append(b.length() == 0 ? "" : ", ").append('\'').append(s.text(text)).append('\'');
    }
    return b.toString();
  }

  private static final org.framelens.text.Tokenizer EXAMPLE_TOKENIZER =
      new org.framelens.text.Tokenizer(org.framelens.text.Abbreviations.english());

  /** The character spans this lexicon's hits cover in {@code text}. */
  private List<Span> spans(String text) {
    List<org.framelens.text.Token> tokens = EXAMPLE_TOKENIZER.tokenize(text,
        new Span(0, text.length()));
    List<Span> out = new ArrayList<>();
    for (Hit h : find(MatchTokens.of(text, tokens))) {
      out.add(new Span(tokens.get(h.fromToken()).start(), tokens.get(h.toToken() - 1).end()));
    }
    return out;
  }

  private static Lexicon parse(Reader reader, String name, boolean user) throws IOException {
    String all = new java.io.BufferedReader(reader).lines()
        .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
    int headerLine = 1;
    String[] rawLines = all.split("\n", -1);
    while (headerLine <= rawLines.length && (rawLines[headerLine - 1].isBlank()
        || rawLines[headerLine - 1].startsWith("#"))) {
      headerLine++;
    }
    if (headerLine > rawLines.length || all.isBlank()) {
      headerLine = 1;
    }
    reader = new java.io.StringReader(all);
    CSVFormat format = CSVFormat.TDF.builder().setCommentMarker('#').setHeader()
        .setSkipHeaderRecord(true).setQuote(null).setTrim(false).setIgnoreEmptyLines(true).get();
    List<LexiconEntry> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    CSVParser parser;
    try {
      parser = CSVParser.parse(reader, format);
    } catch (IllegalArgumentException e) {
      // Commons CSV rejects a header with an empty column name before we can look at it
      throw new IllegalArgumentException(name + ":" + headerLine + ": the header must be "
          + String.join("<TAB>", HEADER) + " (" + e.getMessage() + ")");
    }
    try (CSVParser p = parser) {
      List<String> header = p.getHeaderNames();
      if (!header.equals(List.of(HEADER))) {
        throw new IllegalArgumentException(name + ":" + headerLine + ": the header must be "
            + String.join("<TAB>", HEADER) + "; found " + String.join("<TAB>", header));
      }
      for (CSVRecord r : p) {
        int line = (int) p.getCurrentLineNumber();
        String where = name + ":" + line + ": ";
        if (r.size() != HEADER.length) {
          throw new IllegalArgumentException(where + "expected " + HEADER.length
              + " tab-separated fields, found " + r.size());
        }
        String id = r.get(0).strip();
        if (id.isEmpty() || !id.matches("[a-z0-9][a-z0-9_.-]*")) {
          throw new IllegalArgumentException(where + "rule id '" + id
              + "' must be lower-case letters, digits, '-', '_' or '.'");
        }
        if (!ids.add(id)) {
          throw new IllegalArgumentException(where + "duplicate rule id " + id);
        }
        String typeId = r.get(2).strip().toLowerCase(java.util.Locale.ROOT);
        if (!LEXICON_TYPES.contains(typeId)) {
          throw new IllegalArgumentException(where + "unknown cue_type '" + r.get(2) + "' (one of "
              + String.join(", ", LEXICON_TYPES) + ")");
        }
        CueType type = CueType.fromId(typeId);
        if (user && type == CueType.ATTRIBUTION) {
          throw new IllegalArgumentException(where + "cue_type 'attribution' is not available in "
              + "your own lexicon: only the bundled attribution rules find the source an "
              + "attribution names (use 'weasel' for a vague source, or 'hedge'/'doubt')");
        }
        String category = r.get(3).strip();
        if (!category.matches("[a-z0-9_ -]+")) {
          throw new IllegalArgumentException(where + "category '" + r.get(3) + "' must be "
              + "lower-case letters, digits, '_', '-' or spaces"
              + (category.isEmpty() ? "" : " (e.g. '" + category.toLowerCase(java.util.Locale.ROOT)
                  .replaceAll("[^a-z0-9_ -]+", "") + "')"));
        }
        if (r.get(4).isBlank()) {
          throw new IllegalArgumentException(where + "an explanation is required");
        }
        checkPlaceholders(r.get(4), type, where);
        if (!r.get(6).contains("[[") || !r.get(6).contains("]]")) {
          throw new IllegalArgumentException(where + "example_hit must mark the expected span "
              + "with [[...]]");
        }
        List<PhrasePattern> phrases = patterns(r.get(1), where);
        for (PhrasePattern ph : phrases) {
          if (!ph.hasWord()) {
            throw new IllegalArgumentException(where + "phrase '" + ph + "' has no word (only "
                + "wildcards or punctuation): it would match every word or mark");
          }
        }
        LexiconEntry entry = new LexiconEntry(id, phrases, type, category,
            r.get(4).strip(), r.get(5).isBlank() ? List.of() : patterns(r.get(5), where),
            r.get(6).strip(), r.get(7).strip(), name, line);
        if (user) {
          checkExamples(entry, where);
        }
        out.add(entry);
      }
    } catch (java.io.UncheckedIOException e) {
      throw new IllegalArgumentException(name + ": not a readable TSV file: " + e.getMessage());
    }
    return new Lexicon(Collections.unmodifiableList(out));
  }

  private static List<PhrasePattern> patterns(String cell, String where) {
    List<PhrasePattern> ps = new ArrayList<>();
    for (String alt : cell.split("\\|", -1)) {
      try {
        ps.add(PhrasePattern.parse(alt));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + e.getMessage());
      }
    }
    return ps;
  }
}
