package org.framelens.cues;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.framelens.analyze.AnalyzedArticle;
import org.framelens.analyze.Sentence;
import org.framelens.text.Quote;
import org.framelens.text.QuoteMap;
import org.framelens.text.Span;
import org.framelens.text.Token;

/**
 * The cue stage: finds framing cues in an analysed article and gives each its evidence (exact
 * span, rule, explanation, voice, target actor). It assembles the lexicon matcher, the
 * attribution detector, the optional learned scorer and the sentence-level rules (scare quotes,
 * quotation carry-over, unattributed claims). Stateless after construction and thread-safe.
 */
public final class CueAnalyzer {

  /** Weight of a lexicon loaded hit in {@link SentenceCues#loadedScore()}. */
  public static final double LEXICON_WEIGHT = 0.8;

  private final Lexicon lexicon;
  private final AttributionDetector attribution;
  private final SourceClassifier classifier;
  private final Actors actors;
  private final LoadedScorer scorer;

  public CueAnalyzer(Lexicon lexicon, Actors actors, LoadedScorer scorer) {
    this.lexicon = lexicon;
    this.actors = actors;
    this.classifier = SourceClassifier.bundled(actors);
    this.attribution = AttributionDetector.bundled(classifier);
    this.scorer = scorer;
  }

  /** The bundled lexicons and actors, with {@code scorer} (may be null). */
  public static CueAnalyzer defaults(LoadedScorer scorer) {
    return new CueAnalyzer(Lexicon.bundled(), Actors.bundled(), scorer);
  }

  /**
   * A sentence's tokens: their texts as written and normalised ({@link PhrasePattern#normalise}),
   * made once and shared by every matcher, and the actors they mention.
   */
  private record Words(List<Token> tokens, String[] rawTokens, String[] lowerTokens,
      List<Actors.Mention> mentions) {

    List<String> raw() {
      return java.util.Arrays.asList(rawTokens);
    }

    List<String> lower() {
      return java.util.Arrays.asList(lowerTokens);
    }

    Span span(int from, int to) {
      return new Span(tokens.get(from).start(), tokens.get(to - 1).end());
    }
  }

  private record Source(Span span, SourceType type, String text, boolean sources) {
  }

  public ArticleCues analyze(AnalyzedArticle a) {
    String text = a.text();
    QuoteMap quotes = a.quotes();
    List<Evidence> all = new ArrayList<>();
    List<Sentence> sentences = a.sentences();
    int n = sentences.size();
    Source[] own = new Source[n];
    List<List<Evidence>> triggers = new ArrayList<>();
    List<Words> words = new ArrayList<>();
    Source lastPerson = null;
    Source lastOther = null;
    int lastPersonAt = -10;
    int lastOtherAt = -10;
    for (Sentence s : sentences) {
      Words w = words(text, s);
      words.add(w);
      List<Evidence> found = new ArrayList<>();
      List<Evidence> claimTriggers = new ArrayList<>();
      for (Lexicon.Hit h : lexicon.find(w.lowerTokens())) {
        Span span = w.span(h.fromToken(), h.toToken());
        LexiconEntry e = h.entry();
        Evidence ev = new Evidence(e.type(), e.category(), e.ruleId(), s.index(), span,
            voice(quotes, span), null, null, "", Match.LEXICON, 1.0, e.explain(span.text(text)));
        if (e.type() == CueType.UNATTRIBUTED_CLAIM) {
          claimTriggers.add(ev);
        } else {
          found.add(ev);
        }
      }
      if (scorer != null) {
        for (LoadedScorer.Scored sc : scorer.score(a, s, w.lower())) {
          Span span = w.span(sc.fromToken(), sc.toToken());
          boolean covered = false;
          for (Evidence x : found) {
            covered |= x.type() == CueType.LOADED && x.span().overlaps(span);
          }
          if (!covered) {
            found.add(new Evidence(CueType.LOADED, "model", scorer.id(), s.index(), span,
                voice(quotes, span), null, null, "", Match.MODEL, sc.probability(),
                String.format(Locale.ROOT, "The word-vector model rates “%s” as loaded language "
                    + "(probability %.2f), driven by: %s.", span.text(text), sc.probability(),
                    sc.drivers())));
          }
        }
      }
      for (AttributionDetector.Found f : attribution.find(w.rawTokens(), w.lowerTokens())) {
        Span cue = w.span(f.cueFrom(), f.cueTo());
        if (quotes.isQuoted(cue.start())) {
          continue; // "I think" inside a quotation is the quoted speaker's content, not a source
        }
        Span src = f.hasSource() ? w.span(f.sourceFrom(), f.sourceTo()) : null;
        SourceType type = f.hasSource()
            ? classifier.classify(w.raw().subList(f.sourceFrom(), f.sourceTo()),
                w.lower().subList(f.sourceFrom(), f.sourceTo()))
            : SourceType.UNKNOWN;
        String srcText = src == null ? "" : src.text(text);
        if (type == SourceType.UNKNOWN && src != null
            && SourceClassifier.PRONOUNS.contains(w.lower().get(f.sourceFrom()))) {
          // he/she: a person; it/they: the last institution. An antecedent is shown only when a
          // source of that kind was named in the previous three sentences.
          String pronoun = w.lower().get(f.sourceFrom());
          boolean person = pronoun.equals("he") || pronoun.equals("she");
          Source ante = person ? lastPerson : lastOther;
          int at = person ? lastPersonAt : lastOtherAt;
          boolean near = ante != null && s.index() - at <= 3;
          type = person ? SourceType.NAMED_PERSON : near ? ante.type() : SourceType.UNKNOWN;
          if (near) {
            srcText = srcText + " (" + ante.text() + ")";
          }
        }
        String who = src == null ? "an unnamed source" : "“" + src.text(text) + "”";
        found.add(new Evidence(CueType.ATTRIBUTION, f.kind().name().toLowerCase(Locale.ROOT),
            f.ruleId(), s.index(), cue, voice(quotes, cue), type, src, "", Match.RULE, 1.0,
            f.explanation().replace("{text}", cue.text(text)).replace("{source}", who)));
        if (f.sources() && own[s.index()] == null) {
          own[s.index()] = new Source(src, type, srcText, true);
        }
        if (src != null && f.sources() && type != SourceType.UNKNOWN
            && !SourceClassifier.PRONOUNS.contains(w.lower().get(f.sourceFrom()))) {
          if (type == SourceType.NAMED_PERSON) {
            lastPerson = new Source(src, type, srcText, true);
            lastPersonAt = s.index();
          } else {
            lastOther = new Source(src, type, srcText, true);
            lastOtherAt = s.index();
          }
        }
      }
      if (own[s.index()] == null) {
        // "Some argue", "There are concerns that": attributed, but to a hidden source
        for (Evidence x : found) {
          if (x.type() == CueType.WEASEL) {
            own[s.index()] = new Source(x.span(), SourceType.WEASEL, x.span().text(text), true);
            break;
          }
        }
      }
      all.addAll(found);
      triggers.add(claimTriggers);
    }
    Source[] carried = carryOver(a, own);
    List<List<Evidence>> bySentence = new ArrayList<>();
    sentences.forEach(s -> bySentence.add(new ArrayList<>()));
    for (Evidence x : all) {
      bySentence.get(x.sentenceIndex()).add(x);
    }
    List<SentenceCues> summary = new ArrayList<>();
    for (Sentence s : sentences) {
      Words w = words.get(s.index());
      Source src = own[s.index()] != null ? own[s.index()] : carried[s.index()];
      List<Evidence> mine = bySentence.get(s.index());
      // scare quotes: one to three words quoted, in a sentence that names no source
      if (src == null) {
        for (Quote q : a.quotes().quotes()) {
          if (q.depth() == 1 && q.closed() && s.span().contains(q.span())
              && wordCount(w, q.span()) >= 1 && wordCount(w, q.span()) <= 3
              && s.quotedShare() < 0.5) {
            all.add(new Evidence(CueType.SCARE_QUOTE, "distancing", "scare_quote.short-unsourced",
                s.index(), q.span(), Voice.AUTHOR, null, null, "", Match.RULE, 1.0,
                "The quotation marks around " + q.span().text(a.text()) + " keep the writer at a "
                    + "distance from these words without saying who used them."));
          }
        }
      }
      boolean authorVoice = s.quotedShare() < 0.5;
      Evidence claim = null;
      if (authorVoice && src == null) {
        Evidence trigger = null;
        for (Evidence x : triggers.get(s.index())) {
          if (x.voice() == Voice.AUTHOR) {
            trigger = x;
            break;
          }
        }
        for (int k = 0; trigger == null && k < mine.size(); k++) {
          Evidence x = mine.get(k);
          if (x.type() == CueType.LOADED && x.voice() == Voice.AUTHOR) {
            trigger = x;
          }
        }
        if (trigger != null) {
          String kind = trigger.type() == CueType.LOADED ? "evaluation" : trigger.category();
          claim = new Evidence(CueType.UNATTRIBUTED_CLAIM, kind,
              trigger.type() == CueType.LOADED ? "claim.loaded" : trigger.ruleId(), s.index(),
              s.span(), Voice.AUTHOR, null, null, subject(w, trigger.span()), Match.RULE, 1.0,
              "In its own voice and without naming a source, the outlet asserts "
                  + article(kind) + " " + kind + ": “" + trigger.span().text(a.text()) + "”.");
          all.add(claim);
        }
      }
      double notLoaded = 1;
      for (Evidence x : mine) {
        if (x.type() == CueType.LOADED) {
          notLoaded *= 1 - (x.match() == Match.MODEL ? x.score() : LEXICON_WEIGHT);
        }
      }
      boolean weasel = false;
      for (Evidence x : mine) {
        weasel |= x.type() == CueType.WEASEL || x.sourceType() == SourceType.WEASEL;
      }
      summary.add(new SentenceCues(Math.min(1 - notLoaded, Math.nextDown(1.0)), src != null,
          src == null ? "" : src.text(), src == null ? null : src.type(), claim != null, weasel,
          s.quotedShare() < 0.2 ? "author" : s.quotedShare() >= 0.8 ? "quoted" : "mixed"));
    }
    List<Evidence> targeted = new ArrayList<>();
    for (Evidence e : all) {
      targeted.add(e.type() == CueType.ATTRIBUTION || e.type() == CueType.UNATTRIBUTED_CLAIM ? e
          : e.withTarget(target(e, words.get(e.sentenceIndex()))));
    }
    targeted.sort(Comparator.comparing(Evidence::span).thenComparing(e -> e.type().ordinal())
        .thenComparing(Evidence::ruleId));
    Map<String, Integer> mentions = new java.util.TreeMap<>();
    for (Words w : words) {
      for (Actors.Mention m : w.mentions()) {
        mentions.merge(m.actorId(), 1, Integer::sum);
      }
    }
    return new ArticleCues(targeted, summary, mentions);
  }

  private static String article(String kind) {
    return kind.startsWith("e") ? "an" : "a";
  }

  /** Sources carried to sentences inside a quotation that is attributed in another sentence. */
  private static Source[] carryOver(AnalyzedArticle a, Source[] own) {
    int n = a.sentences().size();
    Map<Integer, Source> byQuote = new HashMap<>();
    List<List<Integer>> quoteIds = new ArrayList<>();
    for (Sentence s : a.sentences()) {
      List<Integer> ids = new ArrayList<>();
      for (Quote q : a.quotes().quotes()) {
        if (q.depth() == 1 && q.span().overlaps(s.span())) {
          ids.add(q.id());
        }
      }
      quoteIds.add(ids);
      if (own[s.index()] != null) {
        for (int id : ids) {
          byQuote.putIfAbsent(id, own[s.index()]);
        }
      }
    }
    Source[] carried = new Source[n];
    for (int i = 0; i < n; i++) {
      if (own[i] == null && a.sentences().get(i).quotedShare() >= 0.5) {
        for (int id : quoteIds.get(i)) {
          if (byQuote.containsKey(id)) {
            carried[i] = byQuote.get(id);
            break;
          }
        }
      }
    }
    return carried;
  }

  /** The actor a cue is aimed at: for a prefix marker the next actor, else the nearest before. */
  private static String target(Evidence e, Words w) {
    List<Actors.Mention> mentions = w.mentions();
    if (mentions.isEmpty()) {
      return "";
    }
    int from = tokenAt(w, e.span().start());
    int to = tokenAt(w, e.span().end() - 1) + 1;
    boolean prefix = "delegitimising".equals(e.category());
    if (prefix) {
      for (Actors.Mention m : mentions) {
        if (m.fromToken() >= to && m.fromToken() <= to + 4) {
          return m.actorId();
        }
      }
    }
    Actors.Mention before = null;
    for (Actors.Mention m : mentions) {
      if (m.toToken() <= from) {
        before = m;
      } else if (m.fromToken() >= from && m.toToken() <= to) {
        return m.actorId(); // the hit names the actor itself ("Kremlin propaganda")
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
    List<Token> tokens = s.tokens();
    String[] raw = new String[tokens.size()];
    String[] lower = new String[tokens.size()];
    for (int i = 0; i < raw.length; i++) {
      raw[i] = tokens.get(i).text(text);
      lower[i] = PhrasePattern.normalise(raw[i]);
    }
    return new Words(tokens, raw, lower, actors.find(raw, lower));
  }
}
