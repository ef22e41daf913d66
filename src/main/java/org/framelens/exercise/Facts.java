package org.framelens.exercise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.framelens.analyze.Sentence;
import org.framelens.clean.BoilerplateRules;
import org.framelens.cues.CueType;
import org.framelens.cues.Evidence;
import org.framelens.cues.Match;
import org.framelens.cues.SentenceCues;
import org.framelens.cues.SourceType;
import org.framelens.cues.Voice;
import org.framelens.ingest.Metadata;
import org.framelens.pipeline.ArticleResult;
import org.framelens.text.Quote;
import org.framelens.text.Span;
import org.framelens.text.SpeakerTurns;

/** What the tool knows about one sentence, turned into answer-key points. Pure functions. */
final class Facts {

  /** Cue types that frame (attribution is not one: naming a source is good practice). */
  static final Set<CueType> FRAMING = EnumSet.complementOf(EnumSet.of(CueType.ATTRIBUTION));
  /** Words a printed sentence may have: shorter is too thin, longer too hard to mark up. */
  static final int MIN_WORDS = 6;
  static final int MAX_WORDS = 55;
  /** Model hits below this probability are too doubtful for a key: such sentences are skipped. */
  static final double MIN_MODEL = 0.5;

  private Facts() {
  }

  static ItemSentence sentence(ArticleResult r, int index) {
    Sentence s = r.analyzed().sentences().get(index);
    Metadata m = r.analyzed().article().metadata();
    return new ItemSentence(r.analyzed().article().id(), m.source(), m.title(), m.date(), index,
        s.span().start(), s.span().end(), s.span().text(r.analyzed().text()));
  }

  /**
   * Whether the sentence can be printed as an item: not a heading, a readable length, not a line
   * of the web page ({@link #boilerplate}).
   */
  static boolean printable(ArticleResult r, int index) {
    Sentence s = r.analyzed().sentences().get(index);
    int w = s.wordCount();
    return !s.heading() && w >= MIN_WORDS && w <= MAX_WORDS
        && s.span().text(r.analyzed().text()).strip().indexOf('\n') < 0
        && !boilerplate(r, s);
  }

  /**
   * Whether the sentence is a line the clean stage leaves out when it stands alone ({@link
   * BoilerplateRules}: a newsletter sign-up prompt, a byline, a caption) but that came in a
   * paragraph with the article's own text ("… Sign up for our daily newsletter to get the
   * latest news."): no framing device to find, and no "clean" sentence either.
   */
  static boolean boilerplate(ArticleResult r, Sentence s) {
    String text = r.analyzed().text();
    Span t = s.span().trim(text);
    return BoilerplateRules.defaults().firstMatch(text, t.start(), t.end()) != null;
  }

  static List<Evidence> evidence(ArticleResult r, int index) {
    return r.cues().evidence().stream().filter(e -> e.sentenceIndex() == index).toList();
  }

  static List<Evidence> framing(ArticleResult r, int index) {
    return evidence(r, index).stream().filter(e -> FRAMING.contains(e.type())).toList();
  }

  static boolean highConfidence(Evidence e) {
    return e.match() != Match.MODEL || e.score() >= Answer.HIGH_CONFIDENCE;
  }

  /** No hit so doubtful that the key could not defend it (or call the sentence clean). */
  static boolean defensible(ArticleResult r, int index) {
    return framing(r, index).stream().allMatch(e -> e.match() != Match.MODEL
        || e.score() >= MIN_MODEL);
  }

  static SentenceCues cues(ArticleResult r, int index) {
    return r.cues().isEmpty() ? null : r.cues().sentences().get(index);
  }

  /** The framing hits of the sentence as key points, in text order. */
  static List<Answer> hits(ArticleResult r, int index) {
    String text = r.analyzed().text();
    String id = r.analyzed().article().id();
    List<Answer> out = new ArrayList<>();
    List<Evidence> framing = framing(r, index);
    for (Evidence e : sorted(framing)) {
      Evidence basis = basis(e, framing);
      out.add(Answer.at(text, id, e.span(), e.type().id(), hitAnswer(e), e.ruleId(),
          e.voice().id(), e.sourceType() == null ? "" : e.sourceType().id(),
          highConfidence(basis) ? "high" : "lower", explanation(e, basis, text)));
    }
    return out;
  }

  /**
   * The hit a point's confidence rests on: for an unattributed claim triggered by a loaded word
   * ({@code claim.loaded}), the least certain loaded hit at its span (a claim resting only on a
   * less certain model hit is itself less certain); the hit itself otherwise.
   */
  static Evidence basis(Evidence e, List<Evidence> sentence) {
    if (e.type() != CueType.UNATTRIBUTED_CLAIM || !e.ruleId().equals("claim.loaded")) {
      return e;
    }
    Evidence weakest = null;
    for (Evidence x : sentence) {
      if (x.type() == CueType.LOADED && x.span().overlaps(e.span())
          && (weakest == null || certainty(x) < certainty(weakest))) {
        weakest = x;
      }
    }
    boolean strong = sentence.stream().anyMatch(x -> x.type() == CueType.LOADED
        && x.span().overlaps(e.span()) && highConfidence(x));
    return weakest == null || strong ? e : weakest;
  }

  private static double certainty(Evidence e) {
    return e.match() == Match.MODEL ? e.score() : 1.0;
  }

  private static List<Evidence> sorted(List<Evidence> ev) {
    List<Evidence> l = new ArrayList<>(ev);
    l.sort(Comparator.comparing(Evidence::span).thenComparing(e -> e.type().ordinal()));
    return l;
  }

  private static String explanation(Evidence e, Evidence basis, String text) {
    String x = e.explanation().strip();
    if (!highConfidence(basis)) {
      x += basis == e
          ? String.format(Locale.ROOT, " Less certain (model probability %.2f): do you agree?",
              e.score())
          : String.format(Locale.ROOT, " Less certain: it rests on “%s”, which the model only "
              + "gives probability %.2f: do you agree?", basis.span().text(text), basis.score());
    }
    return x;
  }

  static String hitAnswer(Evidence e) {
    String where = e.voice() == Voice.AUTHOR ? "in the outlet's own voice"
        : "inside a quotation (the source's words)";
    if (org.framelens.cues.CueAnalyzer.isReported(e)) {
      return "loaded word, in what the sentence seems to report a source said (no quotation "
          + "marks: the source's claim, in words that may be the source's or the outlet's)";
    }
    return switch (e.type()) {
      case LOADED -> e.negated() ? "loaded word, denied " + where + ": the sentence says it "
          + "does not apply" : "loaded word, " + where;
      case SCARE_QUOTE -> "scare quotes: the outlet keeps its distance from these words";
      case WEASEL -> "weasel attribution: a vague, hidden source";
      case AGENTLESS_PASSIVE -> "agentless accusation: an accusation or judgement with no one "
          + "making it";
      case UNATTRIBUTED_CLAIM -> "unattributed claim: asserted by the outlet without a source";
      case HEDGE -> "hedge: softens the claim, " + where;
      case BOOSTER -> "booster: makes the claim sound surer, " + where;
      case DOUBT -> "doubt: casts doubt on what someone said, " + where;
      case ATTRIBUTION -> "attribution";
    };
  }

  /** "Who is speaking?": the outlet, a quoted source, or both, anchored to the quotation. */
  static Answer voice(ArticleResult r, int index) {
    Sentence s = r.analyzed().sentences().get(index);
    String text = r.analyzed().text();
    String id = r.analyzed().article().id();
    SentenceCues c = cues(r, index);
    String mix = c == null ? (s.quotedShare() >= 0.8 ? "quoted" : s.quotedShare() < 0.2
        ? "author" : "mixed") : c.voiceMix();
    Span quote = firstQuote(r, s);
    Evidence reports = sourcing(r, index);
    if (quote == null && reports != null && reports.sourceSpan() != null
        && c != null && !c.attributionSource().isEmpty()) {
      // indirect speech: the outlet's wording, someone else's claim
      return Answer.at(text, id, s.span().trim(text), "voice",
          "the outlet, reporting what “" + c.attributionSource() + "” said", "voice.reported",
          "author", "", "high", "There are no quotation marks, so the wording is the outlet's; "
              + "but the sentence reports what “" + c.attributionSource() + "” said, so the "
              + "claim is theirs, and its words may echo theirs.");
    }
    if (mix.equals("author") || quote == null) {
      return Answer.at(text, id, s.span().trim(text), "voice", "the outlet (its own voice)",
          "voice.author", "author", "", "high", quote == null
              ? "There are no quotation marks, so every word here is the outlet's own."
              : "Almost all of it is outside quotation marks, so it is the outlet speaking.");
    }
    String who = quoteOwner(r, index, quote);
    String whose = who.isEmpty() ? "someone else's words (FrameLens found no speaker named for them)"
        : "the words of “" + who + "”";
    SpeakerTurns.Turn turn = turn(r, quote);
    if (turn != null) {
      // a transcript's turn: no quotation marks, a label before it
      String label = turn.label().text(text);
      return Answer.at(text, id, quote, "voice", "a speaker in a transcript (after “" + label
          + ":”)", "voice.quoted", "quoted", "", "high", turn.named()
              ? "This is a turn of a transcript: the words after the label “" + label + ":” are "
                  + "the words of “" + label + "”, not the outlet's, though there are no "
                  + "quotation marks: the outlet only reports them."
              : TURN_WITHOUT_SOURCE.replace("@LABEL@", label));
    }
    if (mix.equals("quoted")) {
      return Answer.at(text, id, quote, "voice", "a quoted source", "voice.quoted", "quoted", "",
          "high", "The words inside the quotation marks are " + whose
              + ", not the outlet's: the outlet only reports them.");
    }
    return Answer.at(text, id, quote, "voice", "both: the outlet, quoting a source",
        "voice.mixed", "quoted", "", "high", "The words inside the quotation marks are " + whose
            + "; the rest of the sentence is the outlet's own voice.");
  }

  /**
   * Who the quotation's words belong to: the source of the sourcing attribution nearest the
   * quotation in the sentence ("talks the Elysee described as “…”" is the Elysee's even when
   * the sentence names Macron first), else the source carried to a quoted sentence from its
   * quotation, else empty (nobody is named for it).
   */
  static String quoteOwner(ArticleResult r, int index, Span quote) {
    String text = r.analyzed().text();
    SentenceCues c = cues(r, index);
    Evidence main = sourcing(r, index);
    Evidence best = null;
    int bestGap = Integer.MAX_VALUE;
    for (Evidence e : evidence(r, index)) {
      if (!sources(e) || e.sourceSpan() == null || e.sourceSpan().isEmpty()) {
        continue;
      }
      int gap = e.span().end() <= quote.start() ? quote.start() - e.span().end()
          : e.span().start() >= quote.end() ? e.span().start() - quote.end() : 0;
      if (gap < bestGap) {
        best = e;
        bestGap = gap;
      }
    }
    if (best != null) {
      return best == main && c != null && !c.attributionSource().isEmpty()
          ? c.attributionSource() : best.sourceSpan().text(text);
    }
    return c != null && c.attributed() && c.sourceType() != SourceType.WEASEL
        ? c.attributionSource() : "";
  }

  /** The first quotation in the sentence, clipped to it, or null. */
  private static Span firstQuote(ArticleResult r, Sentence s) {
    String text = r.analyzed().text();
    for (Quote q : r.analyzed().quotes().quotes()) {
      if (q.span().overlaps(s.span())) {
        Span clipped = new Span(Math.max(q.span().start(), s.span().start()),
            Math.min(q.span().end(), s.span().end())).trim(text);
        if (!clipped.isEmpty()) {
          return clipped;
        }
      }
    }
    return null;
  }

  /**
   * Whether an attribution cue sources its sentence, as the cue stage counts it: speech, not a
   * belief verb ("Russia considers"), and not negated ("did not say", "declined to comment").
   */
  static boolean sources(Evidence e) {
    return e.sourcesSentence();
  }

  /** A negated attribution ("did not say", "Nobody said"), as the cue itself records it. */
  static boolean negated(Evidence e) {
    return e.type() == CueType.ATTRIBUTION && e.negated();
  }

  /** The source words of a sentence's source, without the antecedent a pronoun carries. */
  private static String bare(String source) {
    int k = source.indexOf(" (");
    return k > 0 && source.endsWith(")") ? source.substring(0, k) : source;
  }

  /**
   * The attribution cue that sources sentence {@code index} (the one whose source sentences.csv
   * names), or null when no cue in the sentence does (unsourced, a weasel, or a quotation
   * attributed in another sentence).
   */
  static Evidence sourcing(ArticleResult r, int index) {
    SentenceCues c = cues(r, index);
    if (c == null || !c.attributed() || c.sourceType() == SourceType.WEASEL) {
      return null;
    }
    String text = r.analyzed().text();
    String want = bare(c.attributionSource());
    for (Evidence e : evidence(r, index)) {
      if (sources(e) && (e.sourceSpan() == null ? want.isEmpty()
          : e.sourceSpan().text(text).equals(want))) {
        return e;
      }
    }
    return null;
  }

  /**
   * "Is the claim attributed?", agreeing with sentences.csv's {@code attributed}: yes, to whom
   * (every field from the one cue that sources the sentence, anchored to the source's words), or
   * no (anchored to the non-speaker of a negated cue, the believer of a belief verb, or the
   * sentence).
   */
  static Answer attribution(ArticleResult r, int index) {
    Sentence s = r.analyzed().sentences().get(index);
    String text = r.analyzed().text();
    String id = r.analyzed().article().id();
    SentenceCues c = cues(r, index);
    Evidence weasel = evidence(r, index).stream().filter(e -> e.type() == CueType.WEASEL)
        .findFirst().orElse(null);
    Evidence a = sourcing(r, index);
    if (a != null) {
      Span where = a.sourceSpan() != null && !a.sourceSpan().isEmpty() ? a.sourceSpan()
          : a.span();
      String source = c.attributionSource();
      SourceType type = c.sourceType() != null ? c.sourceType() : a.sourceType();
      return Answer.at(text, id, where, "attribution", source.isEmpty()
              ? "yes, but not to anyone the sentence names: it only reports that something was "
                  + "said" : "yes: “" + source + "”" + sourceKind(type),
          a.ruleId(), a.voice().id(), type == null ? "" : type.id(), "high",
          a.explanation().strip());
    }
    if (c != null && c.attributed() && c.sourceType() == SourceType.WEASEL && weasel != null) {
      return Answer.at(text, id, weasel.span(), "attribution",
          "not really: only to a vague group, nobody is named", weasel.ruleId(),
          weasel.voice().id(), SourceType.WEASEL.id(), "high", weasel.explanation().strip());
    }
    if (c != null && c.attributed() && !c.attributionSource().isEmpty()) {
      // the sentence belongs to a quotation whose speaker is named in another sentence
      Evidence named = r.cues().evidence().stream()
          .filter(e -> sources(e) && e.sourceSpan() != null
              && e.sourceSpan().text(text).equals(bare(c.attributionSource())))
          .min(Comparator.comparingInt(e -> Math.abs(e.sentenceIndex() - index))).orElse(null);
      String answer = "yes: “" + c.attributionSource() + "”" + sourceKind(c.sourceType());
      SpeakerTurns.Turn turn = turn(r, s.span());
      if (turn != null && turn.named() && turn.label().text(text).equals(c.attributionSource())) {
        return Answer.at(text, id, turn.label(), "attribution", answer, "attr.turn", "author",
            c.sourceType() == null ? "" : c.sourceType().id(), "high", "It is a turn of a "
                + "transcript: the label “" + c.attributionSource() + ":” before it names the "
                + "speaker.");
      }
      String why = "It is quoted, and the article names “" + c.attributionSource()
          + "” as the speaker of this quotation or of the one it follows.";
      if (named != null) {
        return Answer.at(text, id, named.sourceSpan(), "attribution", answer, named.ruleId(),
            "author", c.sourceType() == null ? "" : c.sourceType().id(), "high", why);
      }
      return Answer.at(text, id, s.span().trim(text), "attribution", answer, "attr.quote",
          "author", c.sourceType() == null ? "" : c.sourceType().id(), "high", why);
    }
    // unsourced: a negated or belief cue says why nobody is the source
    Evidence not = notSourcing(r, index);
    if (not != null) {
      Span where = not.sourceSpan() != null && !not.sourceSpan().isEmpty() ? not.sourceSpan()
          : not.span();
      return Answer.at(text, id, where, "attribution", "no: " + nobodyBecause(not, text),
          not.ruleId(), not.voice().id(),
          "", "high", not.explanation().strip());
    }
    boolean claim = c != null && c.unattributedClaim();
    Evidence hearsay = hearsay(r, index);
    if (hearsay != null) {
      // "reportedly", "allegedly": nobody is named, and the outlet says it does not vouch for it
      return Answer.at(text, id, s.span().trim(text), "attribution", HEARSAY_ANSWER,
          "attribution.none", "author", "", "high", hearsayWhy(hearsay, text));
    }
    if (!claim && s.quotedShare() >= 0.5) {
      // a quotation is someone's words, even when FrameLens finds no speaker named for it
      SpeakerTurns.Turn turn = turn(r, s.span());
      return Answer.at(text, id, s.span().trim(text), "attribution", "no source is named",
          "attribution.none", "quoted", "", "high", turn == null ? QUOTED_WITHOUT_SOURCE
              : TURN_WITHOUT_SOURCE.replace("@LABEL@", turn.label().text(text)));
    }
    return Answer.at(text, id, s.span().trim(text), "attribution",
        claim ? "no: the outlet asserts it without a source" : "no source is named",
        "attribution.none", "author", "", "high", claim
            ? "Nobody is named as the source, yet the sentence asserts something contested, so "
                + "the outlet itself stands behind it."
            : "Nobody is named as the source, so the outlet itself vouches for this statement.");
  }

  /** The key's short answer for an unsourced sentence the outlet marks as second-hand. */
  static final String HEARSAY_ANSWER = "no source is named, and the outlet signals it has not "
      + "confirmed it (second-hand)";

  /**
   * The hedge in the outlet's own voice that marks the sentence as second-hand ("reportedly",
   * "allegedly": lexicon category {@code hearsay}), or null. With one, the key must not say the
   * outlet vouches for the statement: those words say it does not.
   */
  static Evidence hearsay(ArticleResult r, int index) {
    return evidence(r, index).stream().filter(e -> e.type() == CueType.HEDGE
        && e.category().equals("hearsay") && e.voice() == Voice.AUTHOR).findFirst().orElse(null);
  }

  /** Why a second-hand sentence is neither sourced nor vouched for, naming its hedge word. */
  static String hearsayWhy(Evidence hearsay, String text) {
    return "Nobody is named as the source, and “" + hearsay.span().text(text) + "” tells the "
        + "reader the outlet is passing on what others say without confirming it: it does not "
        + "vouch for it, but it does not say who does.";
  }

  /** The attribution cue of an unsourced sentence that does not source it, or null. */
  static Evidence notSourcing(ArticleResult r, int index) {
    return evidence(r, index).stream().filter(e -> e.type() == CueType.ATTRIBUTION
        && !sources(e)).findFirst().orElse(null);
  }

  /** Why a negated or belief cue names nobody as the source, in a few words. */
  static String nobodyBecause(Evidence not, String text) {
    String who = not.sourceSpan() == null ? "" : not.sourceSpan().text(text);
    return negated(not)
        ? who.isEmpty() ? "the sentence says nobody spoke"
            : "the sentence says “" + who + "” did not speak"
        : "“" + not.span().text(text) + "” reports a belief or an impression, not what "
            + "someone said; nobody is quoted";
  }

  /** Why a quoted sentence without a named source is still not the outlet's own statement. */
  /**
   * Why a turn of a transcript whose label names nobody ("Q:", "A:") is quoted but sourced to
   * nobody ({@code @LABEL@} is the label). In an interview the questions are the interviewer's
   * and the answers the guest's; in a press briefing "Q:" is any reporter there.
   */
  static final String TURN_WITHOUT_SOURCE = "This is a turn of a transcript, after the label "
      + "“@LABEL@:”, which names nobody: FrameLens reads it as someone's spoken words, not the "
      + "outlet's own statement, though there are no quotation marks; the introduction usually "
      + "says who asks and who answers.";

  /**
   * The turn of a transcript ({@link SpeakerTurns}: "Q: …", "KULEBA: …") whose words overlap
   * {@code span}, or null.
   */
  static SpeakerTurns.Turn turn(ArticleResult r, Span span) {
    String text = r.analyzed().text();
    List<Span> paragraphs = new ArrayList<>();
    for (org.framelens.clean.Paragraph p : r.analyzed().clean().paragraphs()) {
      paragraphs.add(p.span());
    }
    for (SpeakerTurns.Turn t : TURNS.find(text, paragraphs)) {
      if (t.body().overlaps(span)) {
        return t;
      }
    }
    return null;
  }

  private static final SpeakerTurns TURNS = new SpeakerTurns();

  static final String QUOTED_WITHOUT_SOURCE = "The sentence is in quotation marks, so these are "
      + "someone else's words, not the outlet's own statement; FrameLens found no speaker named "
      + "for them, so look before a colon or a dash and in the sentences around it.";

  static String sourceKind(SourceType t) {
    return t == null ? "" : " (" + sourceLabel(t) + ")";
  }

  static String sourceLabel(SourceType t) {
    return switch (t) {
      case NAMED_PERSON -> "a named person";
      case INSTITUTION -> "an institution or government";
      case MEDIA_DOCUMENT -> "a news medium or document";
      case ANONYMOUS -> "an unnamed official or source";
      case WEASEL -> "a vague group";
      case UNKNOWN -> "unclear who";
    };
  }

  /** Whether the sentence is a question (it ends in "?", perhaps inside closing marks). */
  static boolean question(ArticleResult r, int index) {
    String t = r.analyzed().sentences().get(index).span().text(r.analyzed().text()).strip();
    int end = t.length();
    while (end > 0 && "\"'”’»)]".indexOf(t.charAt(end - 1)) >= 0) {
      end--;
    }
    return end > 0 && t.charAt(end - 1) == '?';
  }

  /** Why a sentence without framing cues counts as clean. */
  static Answer clean(ArticleResult r, int index) {
    Sentence s = r.analyzed().sentences().get(index);
    String text = r.analyzed().text();
    SentenceCues c = cues(r, index);
    String why = c != null && c.attributed() && !c.attributionSource().isEmpty()
        ? "FrameLens found no loaded word, hidden source or unsourced judgement here: it reports "
            + "in neutral words a statement of “" + c.attributionSource() + "”, and names that "
            + "source."
        : turn(r, s.span()) != null
            ? "FrameLens found no loaded word or unsourced judgement here: in neutral words, it "
                + "gives what someone says after the label “" + turn(r, s.span()).label()
                .text(text) + ":” of a transcript."
        : "FrameLens found no loaded word, hidden source or unsourced judgement here: it states "
            + "a checkable fact in neutral words.";
    return Answer.at(text, r.analyzed().article().id(), s.span().trim(text), "clean",
        "clean: no framing cue found", "clean", "", "", "high", why);
  }
}
