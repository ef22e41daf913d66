package org.framelens.cues;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.framelens.analyze.AnalyzedArticle;
import org.framelens.analyze.Sentence;
import org.framelens.embed.TokenRows;
import org.framelens.text.Decimals;
import org.framelens.text.Quote;
import org.framelens.text.QuoteMap;
import org.framelens.text.Span;
import org.framelens.text.SpeakerTurns;
import org.framelens.text.Token;

/**
 * The cue stage: finds framing cues in an analysed article and gives each its evidence (exact
 * span, rule, explanation, voice, target actor). It assembles the lexicon matcher, the
 * attribution detector, the optional learned scorer and the sentence-level rules (scare quotes,
 * quotation carry-over, unattributed claims). Stateless after construction and thread-safe.
 */
public final class CueAnalyzer {

  /**
   * Opens the sentence a loaded hit's explanation gets when the word stands, without quotation
   * marks, in what the sentence reports its source said (see {@link #isReported}).
   */
  static final String REPORTED_BY = "it is not in quotation marks, but it seems to be part of "
      + "what";

  /**
   * Whether a loaded hit in the outlet's voice stands in the content of its sentence's speech
   * attribution (reported speech: "Reed said the police were thugs"): the claim is the source's,
   * the choice of word may be the source's or the outlet's.
   */
  public static boolean isReported(Evidence e) {
    return e.type() == CueType.LOADED && e.reported();
  }

  /**
   * The content of an attribution as the PolNeAR scorer takes it: the larger part of the
   * sentence outside the cue and its source (what is said), or null when that part has fewer
   * than three characters.
   */
  public static Span reportedContent(Span sentence, Span cue, Span source, String text) {
    int left = Math.min(cue.start(), source == null ? cue.start() : source.start());
    int right = Math.max(cue.end(), source == null ? cue.end() : source.end());
    Span before = new Span(sentence.start(), Math.max(sentence.start(), left)).trim(text);
    Span after = new Span(Math.min(sentence.end(), right), sentence.end()).trim(text);
    Span best = before.length() >= after.length() ? before : after;
    return best.length() >= 3 ? best : null;
  }

  /** Weight of a lexicon loaded hit in {@link SentenceCues#loadedScore()}. */
  public static final double LEXICON_WEIGHT = 0.8;

  private final Lexicon lexicon;
  private final AttributionDetector attribution;
  private final SourceClassifier classifier;
  private final Actors actors;
  private final LoadedScorer scorer;
  /** Whether the scorer is given this lexicon's hits instead of matching its own lexicon. */
  private final boolean sharesHits;
  /** The words that keep a claim trigger from making a claim ({@code claim-context.tsv}). */
  private final ClaimContext context;

  public CueAnalyzer(Lexicon lexicon, Actors actors, LoadedScorer scorer) {
    this(lexicon, actors, scorer, ClaimContext.BUNDLED);
  }

  /** As the public constructor, with these claim-context words (for the table's own tests). */
  CueAnalyzer(Lexicon lexicon, Actors actors, LoadedScorer scorer, ClaimContext context) {
    this.context = context;
    this.classifier = SourceClassifier.bundled(actors);
    AttributionDetector attribution = AttributionDetector.bundled(classifier);
    // one vocabulary for the three matchers: a sentence's tokens are looked up once
    WordIds shared = WordIds.union(lexicon.vocabulary(), attribution.vocabulary(),
        actors.vocabulary());
    this.lexicon = lexicon.over(shared);
    this.actors = actors.over(shared);
    this.attribution = attribution.over(shared);
    this.scorer = scorer;
    this.sharesHits = scorer != null && scorer.usesHitsOf(lexicon);
  }

  /**
   * Whether a learned loaded-language scorer is on: without one (no word vectors), loaded words
   * and the unattributed claims they make come from the lexicons only.
   */
  public boolean hasScorer() {
    return scorer != null;
  }

  /** The bundled lexicons and actors, with {@code scorer} (may be null). */
  public static CueAnalyzer defaults(LoadedScorer scorer) {
    return new CueAnalyzer(Lexicon.bundled(), Actors.bundled(), scorer);
  }

  /**
   * A sentence's tokens as the matchers see them ({@link MatchTokens}), made once and shared by
   * every matcher, and the actors they mention.
   */
  private record Words(List<Token> tokens, MatchTokens match, List<Actors.Mention> mentions) {

    List<String> raw() {
      return match.rawList();
    }

    List<String> lower() {
      return match.lowerList();
    }

    Span span(int from, int to) {
      return new Span(tokens.get(from).start(), tokens.get(to - 1).end());
    }
  }

  private record Source(Span span, SourceType type, String text, boolean sources) {
  }

  /** A person named in sentence {@code sentence}, a possible antecedent of he/she. */
  private record Mention(Source source, int sentence) {
  }

  /** Marks after which a word is capitalised by its place: quotation marks, colon, dashes. */
  private static final java.util.Set<String> OPENERS = java.util.Set.of("\"", "\u201C",
      "\u2018", "'", ":", "(", "[", "-", "\u2013", "\u2014", "\u2022", "*");

  /**
   * The shape of a plural common noun written with a capital: an upper-case letter, then at
   * least three lower-case letters (hyphens and apostrophes allowed), ending in "s" but not "ss",
   * "us" or "is" ("Organisers", "Fact-checkers"; not "Congress", "Marcus", "Paris").
   */
  static boolean pluralCommonNounShape(String word) {
    if (word.length() < 4 || !Character.isUpperCase(word.charAt(0)) || !word.endsWith("s")
        || word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")
        || word.endsWith("'s") || word.endsWith("\u2019s")) {
      return false;
    }
    for (int i = 1; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!(Character.isLowerCase(c) || ((c == '-' || c == '\'' || c == '\u2019')
          && i + 1 < word.length() && Character.isLetter(word.charAt(i + 1))))) {
        return false;
      }
    }
    return true;
  }

  /** Titles before a person's name that tell no gender ("Sen. Lindsey Graham", "Dr. Fauci"). */
  private static final java.util.Set<String> PERSON_TITLES = java.util.Set.of("sen.", "rep.",
      "gov.", "dr.", "prof.", "gen.", "lt.", "col.", "sgt.", "adm.", "sen", "rep", "gov", "dr",
      "senator", "congressman", "congresswoman", "governor", "justice", "judge", "rev.",
      "secretary", "ambassador", "mayor", "professor");

  /** The pronouns that stand for a source named before them ("I", "we", "you" do not). */
  private static final java.util.Set<String> THIRD_PERSON = java.util.Set.of("he", "she", "it",
      "they");

  /**
   * Words that open another clause (a relative or a conjunction of contrast, time or cause), so
   * that an agentless passive and an attribution with one between them are not one report: "He
   * was accused of fraud, but he said …", "…, said Baron, who compared … comments Trump was
   * reported to have made". A closed class, kept here like {@link #NAMING_WORDS}.
   */
  private static final java.util.Set<String> CLAUSE_LINKS = java.util.Set.of("who", "whom",
      "whose", "which", "but", "while", "whereas", "although", "though", "because", "when",
      "after", "before", "since", "yet", "until", "unless", "if");

  /** How many words after an attribution a "that" opening what was said may come. */
  private static final int COMPLEMENTIZER_WINDOW = 4;

  /** Words that introduce a name, so that a quoted name after them is no scare quote. */
  private static final SpeakerTurns TURNS = new SpeakerTurns();

  /** Possessive pronouns and the pronoun of their owner ("Her message was simple: “…”"). */
  private static final Map<String, String> OWNER = Map.of("his", "he", "her", "she", "their",
      "they", "its", "it");

  private static final java.util.Set<String> NAMING_WORDS = java.util.Set.of("called", "named",
      "titled", "entitled", "codenamed", "code-named",
      // words quoted as words: the word "life", the term "…", a vote "no", the hashtag "…"
      "word", "words", "term", "terms", "phrase", "phrases", "hashtag", "hashtags", "label",
      "labels", "slogan", "slogans", "vote", "votes", "voted", "voting");

  /** A quoted "yes" or "no" is a word quoted as a word ("four “yes” votes"), no scare quote. */
  private static final java.util.Set<String> QUOTED_WORDS = java.util.Set.of("yes", "no");

  public ArticleCues analyze(AnalyzedArticle a) {
    return analyze(a, TokenRows.none());
  }

  /**
   * As {@link #analyze(AnalyzedArticle)}, given the embed stage's vocabulary rows of the
   * article's tokens, which the loaded-word model uses instead of looking each word up again
   * (same cues either way).
   */
  public ArticleCues analyze(AnalyzedArticle a, TokenRows rows) {
    return new Run(a, rows).cues();
  }

  /** Evidence in text order: by span, then cue type, then rule id. */
  private static final Comparator<Evidence> TEXT_ORDER = (x, y) -> {
    int c = x.span().compareTo(y.span());
    if (c == 0) {
      c = Integer.compare(x.type().ordinal(), y.type().ordinal());
    }
    return c != 0 ? c : x.ruleId().compareTo(y.ruleId());
  };

  /**
   * The analysis of one article: first each sentence's own cues (lexicon, model, attributions)
   * in text order, since a pronoun's antecedent is the last source named before it; then, once
   * every sentence's source is known, the sentence rules (scare quotes, unattributed claims) and
   * summaries. Each step is a small method of its own.
   */
  private final class Run {

    private final AnalyzedArticle a;
    private final String text;
    private final QuoteMap quotes;
    private final List<Sentence> sentences;
    private final Words[] words;
    /** Each sentence's cues from the lexicon, the model and attributions, in finding order. */
    private final List<Evidence>[] found;
    /** Each sentence's first claim trigger (a lexicon claim hit) in the author's voice, or null. */
    private final Evidence[] trigger;
    /** The source a sentence names itself, or null. */
    private final Source[] own;
    /** Scare quotes and unattributed claims, sentence after sentence. */
    private final List<Evidence> rules = new ArrayList<>();
    /** Persons named lately (as sources or clause subjects), newest last: he/she antecedents. */
    private final java.util.ArrayDeque<Mention> persons = new java.util.ArrayDeque<>();
    private Source lastOther;
    private int lastOtherAt = -10;
    /** The embed stage's vocabulary rows of the article's tokens (maybe none). */
    private final TokenRows rows;
    /** The speaker turns of an interview transcript (none in other articles). */
    private final List<SpeakerTurns.Turn> turns;

    @SuppressWarnings("unchecked")
    Run(AnalyzedArticle a, TokenRows rows) {
      this.a = a;
      this.rows = rows;
      this.text = a.text();
      this.quotes = a.quotes();
      this.sentences = a.sentences();
      int n = sentences.size();
      this.words = new Words[n];
      this.found = new List[n];
      this.trigger = new Evidence[n];
      this.own = new Source[n];
      List<Span> spans = new ArrayList<>(a.clean().paragraphs().size());
      for (org.framelens.clean.Paragraph p : a.clean().paragraphs()) {
        spans.add(p.span());
      }
      this.turns = TURNS.find(text, spans);
    }

    ArticleCues cues() {
      int n = sentences.size();
      for (int i = 0; i < n; i++) {
        findCues(i);
      }
      Quote[][] overlapping = SentenceQuotes.of(sentences, quotes.quotes());
      Source[] carried = carryOver(overlapping);
      List<SentenceCues> summary = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        summary.add(sentenceRules(i, own[i] != null ? own[i] : carried[i], overlapping[i]));
      }
      return new ArticleCues(targeted(), summary, mentions());
    }

    /** Sentence {@code i}'s own cues and source. */
    private void findCues(int i) {
      Sentence s = sentences.get(i);
      Words w = words(text, s);
      words[i] = w;
      List<Evidence> mine = new ArrayList<>();
      found[i] = mine;
      List<Lexicon.Hit> hits = lexicon.find(w.match());
      lexiconCues(i, s, w, hits, mine);
      if (scorer != null) {
        modelCues(s, w, hits, mine);
      }
      subjectMention(s, w);
      List<AttributionDetector.Found> attributions = attribution.find(w.match());
      for (int k = 0; k < attributions.size(); k++) {
        attributionCue(s, w, attributions.get(k), mine);
      }
      if (own[i] == null) {
        weaselSource(i, mine);
      }
      reportedSpeech(s, mine);
      agentInAttribution(s, w, mine);
    }

    /**
     * Drops an agentless passive whose judge the sentence names through its own attribution:
     * the passive stands in what a source is reported to say ("CNN notes that Obama is viewed as
     * …", "Emwazi is believed to have traveled to Syria, according to the newspaper"), the
     * content as the PolNeAR scorer takes it ({@link #reportedContent}), with no word that
     * opens another clause between them ({@link #CLAUSE_LINKS}: "…, said Baron, who compared the
     * tweets with comments Trump was reported to have made" keeps its passive). A vague source
     * ("critics say") names no judge. The agent-later rule of the lexicon ({@code by
     * prosecutors}) is {@link Lexicon#agentNamedLater}.
     */
    private void agentInAttribution(Sentence s, Words w, List<Evidence> mine) {
      List<Evidence> sourcing = new ArrayList<>();
      for (int k = 0; k < mine.size(); k++) {
        if (mine.get(k).sourcesSentence()) {
          sourcing.add(mine.get(k));
        }
      }
      for (Evidence by : sourcing) {
        if (by.sourceSpan() == null || by.sourceType() == SourceType.WEASEL) {
          continue;
        }
        Span content = reportedContent(s.span(), by.span(), by.sourceSpan(), text);
        if (content == null) {
          continue;
        }
        int regionStart = Math.min(by.span().start(), by.sourceSpan().start());
        int regionEnd = Math.max(by.span().end(), by.sourceSpan().end());
        mine.removeIf(x -> x.type() == CueType.AGENTLESS_PASSIVE
            && content.contains(x.span()) && !(x.span().end() <= regionStart
                ? linked(w, x.span().end(), regionStart, false)
                : linked(w, regionEnd, x.span().start(), true)));
      }
    }

    /**
     * Whether a word of {@link #CLAUSE_LINKS} lies in the characters [from, to), or a relative
     * "that" ("rules that were criticized"): after an attribution ({@code after}), a "that" among
     * the first {@value #COMPLEMENTIZER_WINDOW} words opens what was said ("notes that", "said on
     * Monday that") and is no link.
     */
    private boolean linked(Words w, int from, int to, boolean after) {
      int seen = 0;
      for (int k = 0; k < w.tokens().size(); k++) {
        Token t = w.tokens().get(k);
        if (t.start() >= from && t.end() <= to) {
          String word = w.lower().get(k);
          if (CLAUSE_LINKS.contains(word)
              || word.equals("that") && !(after && seen < COMPLEMENTIZER_WINDOW)) {
            return true;
          }
          seen++;
        }
      }
      return false;
    }

    /**
     * Loaded words in the outlet's voice inside the content of the sentence's own speech
     * attribution ("Russia accused the U.S. of … provocative actions"): they keep the voice the
     * quotation marks give them ({@code author}: no marks), but their explanation (still one
     * sentence) says whose claim they seem to report, so that it agrees with the sentence's
     * source.
     */
    private void reportedSpeech(Sentence s, List<Evidence> mine) {
      Evidence by = null;
      for (int k = 0; k < mine.size() && by == null; k++) {
        Evidence x = mine.get(k);
        if (x.sourcesSentence() && x.sourceSpan() != null
            && x.voice() == Voice.AUTHOR && x.sourceType() != SourceType.WEASEL
            && !x.ruleId().equals(AttributionDetector.QUOTE_INTRO_RULE)) {
          by = x; // but the clause that introduces a quotation is the outlet's own words
        }
      }
      if (by == null) {
        return;
      }
      Span content = reportedContent(s.span(), by.span(), by.sourceSpan(), text);
      for (int k = 0; k < mine.size(); k++) {
        Evidence x = mine.get(k);
        if (content != null && x.type() == CueType.LOADED && x.voice() == Voice.AUTHOR
            && content.contains(x.span().start()) && !x.span().overlaps(by.sourceSpan())) {
          mine.set(k, x.asReported(
              x.explanation().strip().replaceFirst("\\.$", "") + "; " + REPORTED_BY
                  + " “"
                  + by.sourceSpan().text(text) + "” said: if so, the claim is theirs, and the "
                  + "word theirs or the outlet's paraphrase."));
        }
      }
    }

    /** Lexicon hits; claim hits only trigger the sentence's claim rule. */
    private void lexiconCues(int i, Sentence s, Words w, List<Lexicon.Hit> hits,
        List<Evidence> mine) {
      for (int k = 0; k < hits.size(); k++) {
        Lexicon.Hit h = hits.get(k);
        Span span = w.span(h.fromToken(), h.toToken());
        LexiconEntry e = h.entry();
        Voice voice = voice(quotes, span);
        if (e.type() != CueType.UNATTRIBUTED_CLAIM) {
          mine.add(lexiconEvidence(s, w, h, span, voice));
        } else if (trigger[i] == null && voice == Voice.AUTHOR && context.suspends(e, w.match(),
            h.fromToken(), h.toToken(), asks(w)) == null) {
          trigger[i] = lexiconEvidence(s, w, h, span, voice);
        }
      }
    }

    /**
     * Whether the sentence of {@code w} asks in the outlet's voice: it ends with a question mark
     * outside quotation marks ({@link ClaimContext#asks}); its triggers then assert nothing.
     */
    private boolean asks(Words w) {
      return ClaimContext.asks(w.match(), k -> quotes.isQuoted(w.tokens().get(k).start()));
    }

    private Evidence lexiconEvidence(Sentence s, Words w, Lexicon.Hit h, Span span, Voice voice) {
      LexiconEntry e = h.entry();
      String first = e.explanation().contains("{first}")
          ? w.span(h.fromToken(), h.fromToken() + 1).text(text) : "";
      Span denial = e.type() == CueType.LOADED ? denial(w, h.fromToken(), span) : null;
      return new Evidence(e.type(), e.category(), e.ruleId(), s.index(), span, voice, null, null,
          "", Match.LEXICON, 1.0, denied(e.explain(span.text(text), first, voice), denial),
          denial != null);
    }

    /**
     * A loaded word's explanation, followed, when a negation denies the word ({@link Negation}),
     * by a sentence saying so and quoting the denial.
     */
    private String denied(String explanation, Span denial) {
      return denial == null ? explanation : explanation + " Here it is denied (“"
          + denial.text(text) + "”): the sentence says it does not apply, so it is aimed at "
          + "no one.";
    }

    /** The model's loaded spans that no lexicon loaded hit overlaps. */
    private void modelCues(Sentence s, Words w, List<Lexicon.Hit> hits, List<Evidence> mine) {
      List<LoadedScorer.Scored> scored =
          scorer.score(a, s, w.lower(), sharesHits ? hits : null, rows);
      for (int k = 0; k < scored.size(); k++) {
        LoadedScorer.Scored sc = scored.get(k);
        Span span = w.span(sc.fromToken(), sc.toToken());
        if (!coveredByLoaded(mine, span)) {
          Span denial = denial(w, sc.fromToken(), span);
          mine.add(new Evidence(CueType.LOADED, "model", scorer.id(), s.index(), span,
              voice(quotes, span), null, null, "", Match.MODEL, sc.probability(),
              denied(modelExplanation(span.text(text), sc), denial), denial != null));
        }
      }
    }

    /** One attribution: its evidence, and the sentence's source and the last source of a kind. */
    private void attributionCue(Sentence s, Words w, AttributionDetector.Found f,
        List<Evidence> mine) {
      Span cue = w.span(f.cueFrom(), f.cueTo());
      if (quotes.isQuoted(cue.start()) && quotedByMarks(cue.start())) {
        return; // "I think" inside a quotation is the quoted speaker's content, not a source
      }
      boolean intro = f.kind() == AttributionDetector.Kind.QUOTE_INTRO;
      if (intro && introduced(s, f.cueTo()) == null) {
        return; // "The reason is simple: the drills are large.": no quotation after the colon
      }
      Span src = f.hasSource() ? w.span(f.sourceFrom(), f.sourceTo()) : null;
      SourceType type = SourceType.UNKNOWN;
      if (f.hasSource()) {
        // "Organisers said": a capital only because the word opens the sentence names nobody
        type = classifier.classify(positionalCapital(s, f.sourceFrom(), f.sourceTo())
            ? w.lower() : w.raw(), w.lower(), f.sourceFrom(), f.sourceTo());
      }
      String srcText = src == null ? "" : src.text(text);
      String first = src == null ? null : w.match().lower(f.sourceFrom());
      if (intro && f.sourceTo() == f.sourceFrom() + 1 && OWNER.containsKey(first)) {
        first = OWNER.get(first); // "Her message was simple: “…”": she speaks
        type = SourceType.UNKNOWN;
      }
      String pronoun = first != null && SourceClassifier.PRONOUNS.contains(first) ? first : null;
      Source source = type == SourceType.UNKNOWN && pronoun != null
          ? antecedent(s, src, pronoun, srcText) : new Source(src, type, srcText, true);
      if (intro && !namesSpeaker(s, w, f, source, pronoun)) {
        return; // "Let us return to Jefferson's vision: “…”", "The reason is simple: “…”"
      }
      mine.add(new Evidence(CueType.ATTRIBUTION, f.kind().id(), f.ruleId(), s.index(), cue,
          voice(quotes, cue), source.type(), src, "", Match.RULE, 1.0,
          attributionExplanation(f, cue, src), f.negated()));
      if (f.sources() && own[s.index()] == null) {
        own[s.index()] = source;
      }
      if (src != null && f.sources() && source.type() != SourceType.UNKNOWN && pronoun == null) {
        remember(s, source);
      }
    }

    /**
     * The quotation a quotation-introducing mark opens ({@link AttributionDetector.Kind#QUOTE_INTRO}),
     * or null: one in quotation marks (depth 1, not a transcript's turn) opening at token {@code
     * after} of sentence {@code s}, or, when the mark ends the sentence, opening the next
     * sentence in the same or the next paragraph (a block quotation).
     */
    private Quote introduced(Sentence s, int after) {
      if (after < s.tokens().size()) {
        return quoteOpeningAt(s.tokens().get(after).start());
      }
      if (s.index() + 1 >= sentences.size()) {
        return null;
      }
      Sentence next = sentences.get(s.index() + 1);
      return next.paragraph() - s.paragraph() > 1 || next.tokens().isEmpty() ? null
          : quoteOpeningAt(next.tokens().get(0).start());
    }

    /** The quotation in quotation marks (depth 1, no speaker turn) opening at {@code offset}. */
    private Quote quoteOpeningAt(int offset) {
      List<Quote> all = quotes.quotes();
      int lo = 0;
      int hi = all.size() - 1;
      while (lo <= hi) { // the first piece starting at or after the offset
        int mid = (lo + hi) >>> 1;
        if (all.get(mid).span().start() < offset) {
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      for (int k = lo; k < all.size() && all.get(k).span().start() == offset; k++) {
        Quote q = all.get(k);
        if (q.depth() == 1 && !isTurn(q)) {
          return q;
        }
      }
      return null;
    }

    /**
     * Whether the subject a quotation's introducer credits names a person or organisation: he,
     * she or they (it only with an antecedent; I, we and you speak for themselves); a source of
     * a known kind (an institution, a medium or document, an anonymous or vague source), but not
     * a heading in capitals ("WATCH: “…”"); a name whose capital its place does not explain (a
     * first name or title, the last name of an earlier source, a capital in mid-sentence here or
     * elsewhere in the article: not "Let us return to …"), or any name owning a speech noun
     * ("Putin's reply"); a role or person word as head ("the envoy", "the speaker").
     */
    private boolean namesSpeaker(Sentence s, Words w, AttributionDetector.Found f, Source source,
        String pronoun) {
      List<String> lower = w.lower().subList(f.sourceFrom(), f.sourceTo());
      List<String> raw = w.raw().subList(f.sourceFrom(), f.sourceTo());
      if (pronoun != null) {
        return pronoun.equals("it") ? source.type() != SourceType.UNKNOWN
            : THIRD_PERSON.contains(pronoun);
      }
      String words = w.span(f.sourceFrom(), f.sourceTo()).text(text);
      if (inCapitals(words) && !isPerson(lower, words) && (raw.size() > 1
          || TURNS.namesNobody(raw.get(0)) || !(classifier.isSourceWord(lower.get(0))
              || mentioned(w, f.sourceFrom())))) {
        return false; // a heading: "NOW OPEN — “…”", "WATCH: “…”"; but "NYT: “…”", "NATO: “…”"
      }
      switch (source.type()) {
        case INSTITUTION, MEDIA_DOCUMENT, ANONYMOUS, WEASEL -> {
          return true;
        }
        case NAMED_PERSON -> {
          if (f.sourceTo() < w.lower().size() && (w.lower().get(f.sourceTo()).equals("'s")
              || w.lower().get(f.sourceTo()).equals("\u2019s"))) {
            return true; // "Putin's reply: “…”"
          }
          // a name of two capitalised words or more ("Carl Bialik: “…”"), or one whose capital
          // its place does not explain
          return capitalised(raw) >= 2 || isPerson(lower, words)
              || !opensClause(s, f.sourceFrom())
              || capitalisedElsewhere(s, raw.get(raw.size() - 1));
        }
        default -> {
          return attribution.personHead(lower.get(lower.size() - 1));
        }
      }
    }

    /** Whether an actor is named at token {@code k} of the sentence ("NATO"). */
    private static boolean mentioned(Words w, int k) {
      for (Actors.Mention m : w.mentions()) {
        if (m.fromToken() <= k && k < m.toToken()) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether {@code word} is written with a capital where no sentence, quotation or clause
     * opens in a sentence other than {@code s}: a name, not a word capitalised by its place.
     */
    private boolean capitalisedElsewhere(Sentence s, String word) {
      if (capitalisedInside == null) {
        capitalisedInside = capitalisedInside();
      }
      Integer where = capitalisedInside.get(word);
      return where != null && where != s.index();
    }

    /**
     * A pronoun source: he/she a person, it/they the last institution. An antecedent is shown
     * only when a source of that kind was named in the previous three sentences, and for he/she
     * only when its title or first name does not tell the other gender ({@link FirstNames}). The
     * pronoun takes its antecedent's kind; without one its kind is unknown ("he said" names
     * nobody). "I", "we" and "you" speak for themselves (the author, a quoted speaker, the
     * reader): they take no antecedent.
     */
    private Source antecedent(Sentence s, Span src, String pronoun, String srcText) {
      if (!THIRD_PERSON.contains(pronoun)) {
        return new Source(src, SourceType.UNKNOWN, srcText, true);
      }
      Source ante = null;
      if (pronoun.equals("he") || pronoun.equals("she")) {
        // the newest person of the previous three sentences whose title or first name does not
        // tell the other gender ("Ivan Petrov" is passed over for "She")
        for (java.util.Iterator<Mention> it = persons.descendingIterator(); it.hasNext(); ) {
          Mention m = it.next();
          if (s.index() - m.sentence() > 3) {
            break;
          }
          if (FirstNames.agrees(pronoun, m.source().text())) {
            ante = m.source();
            break;
          }
        }
      } else if (lastOther != null && s.index() - lastOtherAt <= 3) {
        ante = lastOther;
      }
      SourceType type = ante != null ? ante.type() : SourceType.UNKNOWN;
      return new Source(src, type, ante != null ? srcText + " (" + ante.text() + ")" : srcText,
          true);
    }

    /**
     * A person named as the subject of the sentence's main clause, though no attribution names
     * them ("Maria Zakharova spoke on Monday."): a later he/she may stand for them. Only a subject
     * outside quotation marks that surely names a person ({@link #isPerson}).
     */
    private void subjectMention(Sentence s, Words w) {
      int[] np = attribution.clauseSubject(w.raw(), w.lower());
      if (np == null || SourceClassifier.PRONOUNS.contains(w.lower().get(np[0]))
          || (w.lower().get(np[0]).length() > 5 && w.lower().get(np[0]).endsWith("ing"))) {
        return; // nor a gerund: "Knowing Joe is all that is required"
      }
      Span span = w.span(np[0], np[1]);
      if (quotes.isQuoted(span.start())) {
        return;
      }
      List<String> lower = w.lower().subList(np[0], np[1]);
      String words = span.text(text);
      // a person only: institution subjects as antecedents of it/they were right 9 times in 15
      // on the ABP sample ("It was later revealed", "Media caption …"), too few to keep. The
      // cheap test first: most subjects name no person
      if (!isPerson(lower, words)) {
        return;
      }
      SourceType type = classifier.classify(positionalCapital(s, np[0], np[1]) ? lower
          : w.raw().subList(np[0], np[1]), lower);
      if (type == SourceType.NAMED_PERSON) {
        remember(s, new Source(span, type, words, true));
      }
    }

    /**
     * Whether a subject typed {@code named_person} surely names a person, not a place, firm or
     * stray capital ("Saudi Arabia", "Facebook", "Rather than …"): a title or first name of
     * {@code first-names.tsv} or a person's title ("Sen.", "Dr.") is in it, or its last word is
     * the last word of a person the article has named as a source before ("Trump" after "Donald
     * Trump said").
     */
    private boolean isPerson(List<String> lower, String words) {
      if (FirstNames.genderOf(words) != null) {
        return true;
      }
      for (int k = 0; k + 1 < lower.size(); k++) {
        if (PERSON_TITLES.contains(lower.get(k))) {
          return true;
        }
      }
      return surnames.contains(lower.get(lower.size() - 1));
    }

    /** The last words of the persons named as sources so far ("trump", "zakharova"). */
    private final java.util.Set<String> surnames = new java.util.HashSet<>();

    /**
     * Whether a one-word source is a plural common noun whose capital comes only from its place
     * ("Organisers said", "Doctors say"): a capitalised word ending in "s" (not "ss", "us", "is")
     * that opens its sentence or quotation, and that the article never writes with a capital
     * anywhere else. A surname ("Sanders said") is written so where it does not open a sentence
     * ("Sen. Bernie Sanders", "said Sanders"), and stays a name.
     */
    private boolean positionalCapital(Sentence s, int from, int to) {
      if (to != from + 1 || !opensClause(s, from)) {
        return false;
      }
      String word = s.tokens().get(from).text(text);
      if (!pluralCommonNounShape(word)) {
        return false;
      }
      if (capitalisedInside == null) {
        capitalisedInside = capitalisedInside();
      }
      return !capitalisedInside.containsKey(word);
    }

    /**
     * The article's capitalised words where they open no sentence or quotation (lazily), each
     * with the index of the one sentence so writing it, or -1 when several do.
     */
    private Map<String, Integer> capitalisedInside;

    private Map<String, Integer> capitalisedInside() {
      Map<String, Integer> out = new HashMap<>();
      for (Sentence t : sentences) {
        if (t.heading()) {
          continue; // a title-case sub-heading capitalises common nouns
        }
        List<Token> tokens = t.tokens();
        for (int k = 0; k < tokens.size(); k++) {
          Token tok = tokens.get(k);
          if (tok.kind() == Token.Kind.WORD && Character.isUpperCase(text.codePointAt(tok.start()))
              && !opensClause(t, k)) {
            out.merge(tok.text(text), t.index(), (a, b) -> a.equals(b) ? a : -1);
          }
        }
      }
      return out;
    }

    /**
     * Whether token {@code k} opens its sentence or a quotation, a bracket or a clause after a
     * colon or dash: no word before it in the sentence, or right after such a mark.
     */
    private boolean opensClause(Sentence t, int k) {
      List<Token> tokens = t.tokens();
      if (k > 0) {
        Token mark = tokens.get(k - 1);
        String before = mark.text(text);
        // a straight quotation mark opens only when it stands against the word after it
        if (OPENERS.contains(before) && (!(before.equals("\"") || before.equals("'"))
            || mark.end() == tokens.get(k).start())) {
          return true;
        }
      }
      for (int m = 0; m < k; m++) {
        if (tokens.get(m).kind().isWordLike()) {
          return false;
        }
      }
      return true;
    }

    /** Keeps a named source as the antecedent of later pronouns. */
    private void remember(Sentence s, Source source) {
      if (source.type() == SourceType.NAMED_PERSON) {
        String[] parts = FirstNames.WORD_BREAKS.split(source.text());
        if (parts.length > 1) {
          surnames.add(parts[parts.length - 1].toLowerCase(java.util.Locale.ROOT));
        }
        Mention last = persons.peekLast();
        if (last != null && last.source().span().equals(source.span())) {
          persons.pollLast(); // the subject that is also the sentence's source
        }
        persons.addLast(new Mention(source, s.index()));
        if (persons.size() > 8) {
          persons.pollFirst();
        }
      } else {
        lastOther = source;
        lastOtherAt = s.index();
      }
    }

    private String attributionExplanation(AttributionDetector.Found f, Span cue, Span src) {
      if (f.negated()) {
        // "did not say", "declined to comment", "Nobody said": no source of the sentence
        return src == null
            ? "“" + cue.text(text) + "” here reports that nobody spoke, so the sentence has no "
                + "source."
            : "“" + cue.text(text) + "” here reports that “" + src.text(text) + "” did not say "
                + "it, so the sentence is not sourced by “" + src.text(text) + "”.";
      }
      String who = src == null ? "an unnamed source" : "“" + src.text(text) + "”";
      return f.explanation().replace("{text}", cue.text(text)).replace("{source}", who);
    }

    /** "Some argue", "There are concerns that": attributed, but to a hidden source. */
    private void weaselSource(int i, List<Evidence> mine) {
      for (int k = 0; k < mine.size(); k++) {
        Evidence x = mine.get(k);
        if (x.type() == CueType.WEASEL) {
          own[i] = new Source(x.span(), SourceType.WEASEL, x.span().text(text), true);
          return;
        }
      }
    }

    /**
     * Whether {@code offset} lies in a quotation in quotation marks, not only in a transcript's
     * speaker turn: a speaker's "I think" or "Hillary said" in a turn still attributes.
     */
    private boolean quotedByMarks(int offset) {
      for (Quote q : quotes.quotes()) {
        if (q.span().start() > offset) {
          return false;
        }
        if (q.span().contains(offset) && !isTurn(q)) {
          return true;
        }
      }
      return false;
    }

    /** Whether {@code q} is the body of a transcript's speaker turn, not a quotation in marks. */
    private boolean isTurn(Quote q) {
      for (int k = 0; k < turns.size(); k++) {
        if (turns.get(k).body().equals(q.span())) {
          return true;
        }
      }
      return false;
    }

    /** Sources carried to sentences inside a quotation that is attributed in another sentence. */
    private Source[] carryOver(Quote[][] overlapping) {
      int n = sentences.size();
      Map<Integer, Source> byQuote = new HashMap<>();
      for (int i = 0; i < n; i++) {
        if (own[i] != null) {
          for (Quote q : overlapping[i]) {
            if (q.depth() == 1) {
              byQuote.putIfAbsent(q.id(), own[i]);
            }
          }
          Quote block = blockQuotation(i);
          if (block != null) {
            byQuote.putIfAbsent(block.id(), own[i]);
          }
        }
      }
      Source[] carried = new Source[n];
      Map<Integer, Source> bySpeaker = turnSpeakers();
      for (int i = 0; i < n; i++) {
        if (own[i] == null && sentences.get(i).quotedShare() >= 0.5) {
          carried[i] = bySpeaker.get(sentences.get(i).paragraph());
          if (carried[i] == null) {
            carried[i] = firstCarried(overlapping[i], byQuote);
          }
          if (carried[i] == null && i > 0) {
            carried[i] = followedQuotation(i, overlapping, carried);
            // a follow-on quotation continued over a paragraph break (AP style: no closing
            // mark, a new opening mark) is the same speaker's in its next paragraph too
            for (Quote q : carried[i] == null ? new Quote[0] : overlapping[i]) {
              if (q.depth() == 1) {
                byQuote.putIfAbsent(q.id(), carried[i]);
              }
            }
          }
        }
      }
      return carried;
    }

    /**
     * The quotation that opens the sentence after sentence {@code i} when {@code i} ends with a
     * colon outside quotation marks ("The Post reports:" or "The envoy put it bluntly:", then
     * the quotation in its own paragraph): its words are {@code i}'s source's. Null otherwise.
     */
    private Quote blockQuotation(int i) {
      List<Token> tokens = sentences.get(i).tokens();
      if (tokens.isEmpty()) {
        return null;
      }
      Token last = tokens.get(tokens.size() - 1);
      return "colon".equals(QuoteIntro.BUNDLED.markName(last.text(text)))
          && !quotes.isQuoted(last.start()) ? introduced(sentences.get(i), tokens.size()) : null;
    }

    /**
     * The source of a wholly quoted sentence ({@code quoted} voice mix, 80% or more) that
     * directly follows, in the same paragraph, a sentence with a quotation and a source: in news
     * style {@code "…," Mr. Singh said. "The Kremlin is lying."} is Mr. Singh's too. Runs on
     * along a paragraph of such sentences; null otherwise.
     */
    private Source followedQuotation(int i, Quote[][] overlapping, Source[] carried) {
      Sentence s = sentences.get(i);
      Sentence before = sentences.get(i - 1);
      if (s.quotedShare() < 0.8 || before.paragraph() != s.paragraph()
          || overlapping[i - 1].length == 0) {
        return null;
      }
      return own[i - 1] != null ? own[i - 1] : carried[i - 1];
    }

    /**
     * The speakers of an interview transcript's turns ({@link SpeakerTurns}) by paragraph index:
     * the label ({@code KULEBA}, {@code AMY GOODMAN}) as a named person; none for a label that
     * names nobody ({@code Q}, {@code A}), whose turn is quoted but not attributed.
     */
    private Map<Integer, Source> turnSpeakers() {
      List<org.framelens.clean.Paragraph> paragraphs = a.clean().paragraphs();
      Map<Integer, Source> out = new HashMap<>();
      for (SpeakerTurns.Turn t : turns) {
        if (t.named()) {
          out.put(paragraphs.get(t.paragraph()).index(), new Source(t.label(),
              SourceType.NAMED_PERSON, t.label().text(text), true));
        }
      }
      return out;
    }

    /** The source of the first attributed quotation among these, or null. */
    private Source firstCarried(Quote[] overlapping, Map<Integer, Source> byQuote) {
      for (Quote q : overlapping) {
        if (q.depth() == 1) {
          Source src = byQuote.get(q.id());
          if (src != null) {
            return src;
          }
        }
      }
      return null;
    }

    /** The sentence rules (scare quotes, claim) of sentence {@code i}, and its summary. */
    private SentenceCues sentenceRules(int i, Source src, Quote[] overlapping) {
      Sentence s = sentences.get(i);
      List<Evidence> mine = found[i];
      Evidence claim = null;
      if (src == null && s.quotedShare() < 0.5) {
        scareQuotes(s, words[i], overlapping);
        claim = claim(s, words[i], claimTrigger(i, mine), text);
        if (claim != null) {
          rules.add(claim);
        }
      }
      return new SentenceCues(loadedScore(mine), src != null, src == null ? "" : src.text(),
          src == null ? null : src.type(), claim != null, hasWeasel(mine),
          s.quotedShare() < 0.2 ? "author" : s.quotedShare() >= 0.8 ? "quoted" : "mixed");
    }

    /**
     * Whether the word just before a quotation names what follows ("the maneuvers, called “Union
     * Determination 2022”") or presents it as a word ("the word “life”", "known as “budget
     * reconciliation”", "voted “no”"): a name or a word quoted as a word is no scare quote.
     */
    private boolean afterNamingWord(Words w, Span quote) {
      int before = -1;
      for (int k = 0; k < w.tokens().size() && w.tokens().get(k).end() <= quote.start(); k++) {
        before = k;
      }
      if (before < 0) {
        return false;
      }
      String word = w.lower().get(before);
      return NAMING_WORDS.contains(word)
          || word.equals("as") && before > 0 && w.lower().get(before - 1).equals("known");
    }

    /** Whether the quotation holds nothing but a word quoted as a word: "yes", "no". */
    private boolean quotesAWord(Words w, Span quote) {
      String only = null;
      for (int k = 0; k < w.tokens().size(); k++) {
        Token t = w.tokens().get(k);
        if (quote.contains(t.span()) && t.kind().isWordLike()) {
          if (only != null) {
            return false;
          }
          only = w.lower().get(k);
        }
      }
      return only != null && QUOTED_WORDS.contains(only);
    }

    /** Scare quotes: one to three words quoted, in a sentence that names no source. */
    private void scareQuotes(Sentence s, Words w, Quote[] overlapping) {
      for (Quote q : overlapping) {
        if (q.depth() == 1 && q.closed() && s.span().contains(q.span()) && !isTurn(q)) {
          int count = wordCount(w, q.span());
          if (count >= 1 && count <= 3 && !isTitleOrLetter(w, q.span(), text)
              && !afterNamingWord(w, q.span()) && !quotesAWord(w, q.span())
              && !QuotedNames.BUNDLED.isName(wordsIn(w, q.span())) && !nickname(w, q.span())) {
            rules.add(new Evidence(CueType.SCARE_QUOTE, "distancing",
                "scare_quote.short-unsourced", s.index(), q.span(), Voice.AUTHOR, null, null, "",
                Match.RULE, 1.0, "The quotation marks around " + q.span().text(text)
                    + " keep the writer at a distance from these words without saying who used "
                    + "them."));
          }
        }
      }
    }

    /** The word and number tokens inside {@code span}, as written. */
    private List<String> wordsIn(Words w, Span span) {
      List<String> out = new ArrayList<>(4);
      for (int k = 0; k < w.tokens().size(); k++) {
        Token t = w.tokens().get(k);
        if (span.contains(t.span()) && t.kind().isWordLike()) {
          out.add(w.raw().get(k));
        }
      }
      return out;
    }

    /**
     * Whether a quotation is a nickname inside a person's name (Lewis “Scooter” Libby, Rep.
     * Randy "Duke" Cunningham, Earvin "Magic" Johnson): one or two capitalised words (not in
     * capitals), right after a capitalised word and right before a capitalised word (the
     * surname) that no further capitalised word follows, in a sentence of prose (a lower-case
     * word of four or more letters outside the quotation), so that a headline in Title Case
     * ("Satellite Images Show 'Catastrophic' Destruction Of …") or in capitals keeps its scare
     * quotes.
     */
    private boolean nickname(Words w, Span quote) {
      List<Token> tokens = w.tokens();
      int before = -1;
      int after = -1;
      int inside = 0;
      boolean prose = false;
      for (int k = 0; k < tokens.size(); k++) {
        Token t = tokens.get(k);
        String raw = w.raw().get(k);
        if (quote.contains(t.span())) {
          if (t.kind().isWordLike()) {
            inside++;
            if (!capitalised(t, raw)) {
              return false;
            }
          }
          continue;
        }
        if (t.end() <= quote.start()) {
          before = k;
        } else if (after < 0 && t.start() >= quote.end()) {
          after = k;
        }
        prose |= t.kind() == Token.Kind.WORD && raw.length() >= 4
            && Character.isLowerCase(raw.codePointAt(0));
      }
      return prose && inside >= 1 && inside <= 2 && before >= 0 && after >= 0
          && capitalised(tokens.get(before), w.raw().get(before))
          && capitalised(tokens.get(after), w.raw().get(after))
          && (after + 1 >= tokens.size()
              || !capitalised(tokens.get(after + 1), w.raw().get(after + 1)));
    }

    /**
     * The first claim trigger in the author's voice, else the first such loaded hit that is not
     * denied, else the first denied one ("Belarus is not an aggressor" still evaluates), or null.
     */
    private Evidence claimTrigger(int i, List<Evidence> mine) {
      if (trigger[i] != null) {
        return trigger[i];
      }
      Evidence denied = null;
      for (int k = 0; k < mine.size(); k++) {
        Evidence x = mine.get(k);
        if (x.type() == CueType.LOADED && x.voice() == Voice.AUTHOR) {
          if (!x.negated()) {
            return x;
          }
          denied = denied == null ? x : denied;
        }
      }
      return denied;
    }

    /** The evidence of every sentence with its target actor, in text order. */
    private List<Evidence> targeted() {
      List<Evidence> out = new ArrayList<>();
      for (List<Evidence> mine : found) {
        for (int k = 0; k < mine.size(); k++) {
          out.add(withTarget(mine.get(k)));
        }
      }
      for (int k = 0; k < rules.size(); k++) {
        out.add(withTarget(rules.get(k)));
      }
      out.sort(TEXT_ORDER);
      return out;
    }

    /** The evidence with its target actor; attributions and claims have none. */
    private Evidence withTarget(Evidence e) {
      if (e.type() == CueType.ATTRIBUTION || e.type() == CueType.UNATTRIBUTED_CLAIM
          || (e.type() == CueType.LOADED && e.negated())) {
        return e; // a denied label ("Belarus is not an aggressor") is aimed at no one
      }
      Words w = words[e.sentenceIndex()];
      // a loaded word is not aimed at its speaker; a doubt verb ("claimed that") is
      String actor = target(e, w, e.type() == CueType.LOADED
          ? speakers(w, own[e.sentenceIndex()]) : java.util.Set.of());
      return actor.isEmpty() ? e : e.withTarget(actor); // its target is empty until now
    }

    /** How often each actor is named in the article. */
    private Map<String, Integer> mentions() {
      Map<String, Integer> mentions = new java.util.TreeMap<>();
      for (Words w : words) {
        for (Actors.Mention m : w.mentions()) {
          mentions.merge(m.actorId(), 1, Integer::sum);
        }
      }
      return mentions;
    }
  }

  /** Whether {@code words} has two letters or more, all in capitals ("NOW OPEN", "PSA"). */
  static boolean inCapitals(String words) {
    int letters = 0;
    for (int i = 0; i < words.length(); i++) {
      char c = words.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters += Character.isLetter(c) ? 1 : 0;
    }
    return letters >= 2;
  }

  /** How many of these words start with a capital letter. */
  private static int capitalised(List<String> raw) {
    int n = 0;
    for (String t : raw) {
      n += !t.isEmpty() && Character.isUpperCase(t.codePointAt(0)) ? 1 : 0;
    }
    return n;
  }

  /** Whether a loaded cue among {@code mine} overlaps {@code span}. */
  private static boolean coveredByLoaded(List<Evidence> mine, Span span) {
    for (int k = 0; k < mine.size(); k++) {
      Evidence x = mine.get(k);
      if (x.type() == CueType.LOADED && x.span().overlaps(span)) {
        return true;
      }
    }
    return false;
  }

  /**
   * As {@code String.format(Locale.ROOT, "The word-vector model rates “%s” as loaded language
   * (probability %.2f), driven by: %s.", words, probability, drivers)}; without the "driven by"
   * part when the scorer names no drivers (none pushed the score up by at least 0.1).
   */
  static String modelExplanation(String words, LoadedScorer.Scored sc) {
    StringBuilder sb = new StringBuilder(120 + words.length() + sc.drivers().length());
    sb.append("The word-vector model rates “").append(words)
        .append("” as loaded language (probability ");
    Decimals.append(sb, sc.probability(), 2, false).append(')');
    if (!sc.drivers().isEmpty()) {
      sb.append(", driven by: ").append(sc.drivers());
    }
    return sb.append('.').toString();
  }

  /** The unattributed claim a trigger makes of its sentence, or null without a trigger. */
  private static Evidence claim(Sentence s, Words w, Evidence trigger, String text) {
    if (trigger == null) {
      return null;
    }
    boolean loaded = trigger.type() == CueType.LOADED;
    String kind = loaded ? "evaluation" : trigger.category();
    Span denial = loaded && trigger.negated()
        ? denial(w, tokenAt(w, trigger.span().start()), trigger.span()) : null;
    return new Evidence(CueType.UNATTRIBUTED_CLAIM, kind,
        loaded ? "claim.loaded" : trigger.ruleId(), s.index(), s.span(), Voice.AUTHOR, null, null,
        subject(w, trigger.span()), Match.RULE, 1.0, denial != null
            ? "In its own voice and without naming a source, the outlet asserts an evaluation by "
                + "denying a loaded word: “" + denial.text(text) + "”."
            : "In its own voice and without naming a source, the outlet asserts " + article(kind)
                + " " + kind + ": “" + trigger.span().text(text) + "”.");
  }

  /**
   * The words from a negation that denies the loaded word at token {@code from} to the word's
   * end ("is not an aggressor"), or null when none does ({@link Negation}).
   */
  private static Span denial(Words w, int from, Span span) {
    int start = Negation.BUNDLED.deniedFrom(w.lower(), from, tokenAt(w, span.end() - 1) + 1);
    return start < 0 ? null : new Span(w.tokens().get(start).start(), span.end());
  }

  private static String article(String kind) {
    return kind.startsWith("e") ? "an" : "a";
  }

  /** 1 − ∏(1 − s) over the loaded cues (see {@link SentenceCues#loadedScore()}), below 1. */
  private static double loadedScore(List<Evidence> mine) {
    double notLoaded = 1;
    for (int k = 0; k < mine.size(); k++) {
      Evidence x = mine.get(k);
      if (x.type() == CueType.LOADED) {
        notLoaded *= 1 - (x.match() == Match.MODEL ? x.score() : LEXICON_WEIGHT);
      }
    }
    return Math.min(1 - notLoaded, Math.nextDown(1.0));
  }

  private static boolean hasWeasel(List<Evidence> mine) {
    for (int k = 0; k < mine.size(); k++) {
      Evidence x = mine.get(k);
      if (x.type() == CueType.WEASEL || x.sourceType() == SourceType.WEASEL) {
        return true;
      }
    }
    return false;
  }

  /**
   * Nouns of a relation: in "a staunch Russian ally" the word is aimed at the ally, not at the
   * actor named right after it.
   */
  private static final java.util.Set<String> RELATIONAL = java.util.Set.of("ally", "allies",
      "partner", "partners", "supporter", "supporters", "critic", "critics", "opponent",
      "opponents", "enemy", "enemies", "foe", "foes", "friend", "friends", "puppet", "puppets",
      "proxy", "proxies", "client", "clients", "satellite", "backer", "backers", "neighbour",
      "neighbours", "neighbor", "neighbors", "counterpart", "counterparts", "rival", "rivals");

  /**
   * The actors named in the sentence's own source ("Lavrov said", "according to Minsk"): the
   * speaker, whom the words reported are not aimed at.
   */
  private static java.util.Set<String> speakers(Words w, Source source) {
    if (source == null || source.span() == null) {
      return java.util.Set.of();
    }
    java.util.Set<String> out = new java.util.TreeSet<>();
    int[] affiliation = affiliation(w, source.span());
    for (Actors.Mention m : w.mentions()) {
      Span at = w.span(m.fromToken(), m.toToken());
      if (source.span().contains(at)
          || (m.fromToken() >= affiliation[0] && m.toToken() <= affiliation[1])) {
        out.add(m.actorId());
      }
    }
    return out;
  }

  /** Words that open an apposition telling whom a speaker speaks for ("…, of the ministry,"). */
  private static final java.util.Set<String> AFFILIATION_LEAD = java.util.Set.of("of", "from",
      "a", "an", "the");

  /**
   * The tokens {from, to} of an apposition set off by a comma right after a source, telling whom
   * the speaker speaks for ("Maria Zakharova, of the Russian Foreign Ministry, said"; "said
   * Zakharova, a spokeswoman for the ministry."): it opens with "of", "from", a determiner or a
   * capital, and ends at a comma before a lower-case word (the verb) or at the sentence's end.
   * A participle or relative clause ("Zakharova, speaking in Kyiv, said") is none: {0, 0}.
   */
  private static int[] affiliation(Words w, Span source) {
    int[] none = {0, 0};
    int comma = tokenAt(w, source.end() - 1) + 1;
    List<String> raw = w.raw();
    if (comma + 1 >= raw.size() || !raw.get(comma).equals(",")) {
      return none;
    }
    String first = raw.get(comma + 1);
    if (!AFFILIATION_LEAD.contains(w.lower().get(comma + 1))
        && !Character.isUpperCase(first.codePointAt(0))) {
      return none;
    }
    int close = comma + 1;
    while (close < raw.size() && close - comma <= 12 && !raw.get(close).equals(",")
        && !raw.get(close).equals(".") && !raw.get(close).equals(";")) {
      close++;
    }
    boolean end = close == raw.size() || raw.get(close).equals(".");
    boolean verb = close + 1 < raw.size() && raw.get(close).equals(",")
        && Character.isLowerCase(raw.get(close + 1).codePointAt(0));
    return end || verb ? new int[] {comma + 1, close} : none;
  }

  /**
   * The actor a cue is aimed at, never one of the sentence's {@code speakers}: the actor the cue
   * itself names ("Kremlin propaganda"); for a prefix marker ("so-called") the next actor within
   * four words; the actor named right after the cue ("brutal Russian army"); else the nearest
   * before, else the first after.
   */
  private static String target(Evidence e, Words w, java.util.Set<String> speakers) {
    List<Actors.Mention> mentions = w.mentions();
    if (!speakers.isEmpty()) {
      mentions = mentions.stream().filter(m -> !speakers.contains(m.actorId())).toList();
    }
    if (mentions.isEmpty()) {
      return "";
    }
    int from = tokenAt(w, e.span().start());
    int to = tokenAt(w, e.span().end() - 1) + 1;
    boolean prefix = "delegitimising".equals(e.category());
    for (Actors.Mention m : mentions) {
      if (m.fromToken() >= from && m.toToken() <= to) {
        return m.actorId(); // the hit names the actor itself ("Kremlin propaganda")
      }
    }
    for (Actors.Mention m : mentions) {
      if (m.fromToken() >= to && m.fromToken() <= to + (prefix ? 4 : 0)
          && (prefix || m.toToken() >= w.tokens().size()
              || !RELATIONAL.contains(w.match().lower(m.toToken())))) {
        return m.actorId();
      }
    }
    Actors.Mention before = null;
    for (Actors.Mention m : mentions) {
      if (m.toToken() <= from) {
        before = m;
      }
    }
    if (before != null) {
      return before.actorId();
    }
    for (Actors.Mention m : mentions) {
      if (m.fromToken() >= to) {
        return m.actorId();
      }
    }
    return "";
  }

  /** The claim's subject: the first actor named before its trigger, or empty. */
  private static String subject(Words w, Span trigger) {
    int from = tokenAt(w, trigger.start());
    for (Actors.Mention m : w.mentions()) {
      if (m.toToken() <= from) {
        return m.actorId();
      }
    }
    return "";
  }

  private static int tokenAt(Words w, int offset) {
    for (int i = 0; i < w.tokens().size(); i++) {
      if (w.tokens().get(i).end() > offset) {
        return i;
      }
    }
    return w.tokens().size() - 1;
  }

  /**
   * Whether a short quotation is a title or name rather than words held at a distance: two or
   * more words, each capitalised or a digit except small words inside ("American Idol", "Auld
   * Lang Syne", "Union Resolve 2022", "Fox & Friends") and a leading lower-case "the" before two
   * such words (“the Roberts Court”), as news style quotes the titles of shows,
   * songs, films and operations; or fewer than two letters in all (the 'n' of "rock 'n' roll").
   */
  static boolean isTitleOrLetter(Words w, Span span, String text) {
    int words = 0;
    int letters = 0;
    boolean title = true;
    boolean leadingThe = false;
    for (Token t : w.tokens()) {
      if (!span.contains(t.span()) || !t.kind().isWordLike()) {
        continue;
      }
      String word = t.text(text);
      for (int i = 0; i < word.length(); i++) {
        letters += Character.isLetter(word.charAt(i)) ? 1 : 0;
      }
      char first = word.charAt(0);
      boolean capital = Character.isUpperCase(first) || Character.isDigit(first);
      if (!capital && words == 0 && word.equals("the")) {
        leadingThe = true; // “the Roberts Court”, “the Great Satan”
      } else if (!capital && (words == 0 || !TITLE_SMALL_WORDS.contains(word))) {
        title = false;
      }
      words++;
    }
    return letters < 2 || title && words >= (leadingThe ? 3 : 2);
  }

  /**
   * A word written as a name: a capital letter, then not only capitals ("Scooter", "V.", not
   * "HILARIOUS" of a heading in capitals).
   */
  private static boolean capitalised(Token t, String raw) {
    if (t.kind() != Token.Kind.WORD || !Character.isUpperCase(raw.codePointAt(0))) {
      return false;
    }
    int letters = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isLowerCase(c)) {
          return true;
        }
      }
    }
    return letters < 2;
  }

  /** Lower-case words a title may hold between its capitalised ones ("House of Cards"). */
  private static final java.util.Set<String> TITLE_SMALL_WORDS = java.util.Set.of("of", "the",
      "and", "a", "an", "in", "on", "for", "to", "at", "by", "with", "from", "or", "de", "la",
      "le", "von", "van", "der", "'s", "’s", "'n'", "n't");

  private static int wordCount(Words w, Span span) {
    int c = 0;
    for (Token t : w.tokens()) {
      if (span.contains(t.span()) && t.kind().isWordLike()) {
        c++;
      }
    }
    return c;
  }

  private static Voice voice(QuoteMap quotes, Span span) {
    return quotes.isQuoted(span.start()) ? Voice.QUOTED : Voice.AUTHOR;
  }

  private Words words(String text, Sentence s) {
    MatchTokens m = MatchTokens.of(text, s.tokens());
    return new Words(s.tokens(), m, actors.find(m));
  }
}
