package org.framelens.exercise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.framelens.analyze.Sentence;
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

  /** Whether the sentence can be printed as an item: not a heading, a readable length. */
  static boolean printable(ArticleResult r, int index) {
    Sentence s = r.analyzed().sentences().get(index);
    int w = s.wordCount();
    return !s.heading() && w >= MIN_WORDS && w <= MAX_WORDS
        && s.span().text(r.analyzed().text()).strip().indexOf('\n') < 0;
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
    for (Evidence e : sorted(framing(r, index))) {
      out.add(Answer.at(text, id, e.span(), e.type().id(), hitAnswer(e), e.ruleId(),
          e.voice().id(), e.sourceType() == null ? "" : e.sourceType().id(),
          highConfidence(e) ? "high" : "lower", explanation(e)));
    }
    return out;
  }

  private static List<Evidence> sorted(List<Evidence> ev) {
    List<Evidence> l = new ArrayList<>(ev);
    l.sort(Comparator.comparing(Evidence::span).thenComparing(e -> e.type().ordinal()));
    return l;
  }

  private static String explanation(Evidence e) {
    String x = e.explanation().strip();
    if (!highConfidence(e)) {
      x += String.format(Locale.ROOT, " Less certain (model probability %.2f): do you agree?",
          e.score());
    }
    return x;
  }

  static String hitAnswer(Evidence e) {
    String where = e.voice() == Voice.AUTHOR ? "in the outlet's own voice"
        : "inside a quotation (the source's words)";
    return switch (e.type()) {
      case LOADED -> "loaded word, " + where;
      case SCARE_QUOTE -> "scare quotes: the outlet keeps its distance from these words";
      case WEASEL -> "weasel attribution: a vague, hidden source";
      case AGENTLESS_PASSIVE -> "accusation or judgement with no one making it";
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
    String who = c != null && c.attributed() && !c.attributionSource().isEmpty()
        ? "“" + c.attributionSource() + "”" : "the source it names";
    if (mix.equals("author") || quote == null) {
      return Answer.at(text, id, s.span().trim(text), "voice", "the outlet (its own voice)",
          "voice.author", "author", "", "high", quote == null
              ? "There are no quotation marks, so every word here is the outlet's own."
              : "Almost all of it is outside quotation marks, so it is the outlet speaking.");
    }
    if (mix.equals("quoted")) {
      return Answer.at(text, id, quote, "voice", "a quoted source", "voice.quoted", "quoted", "",
          "high", "The words inside the quotation marks are " + who
              + "'s, not the outlet's: the outlet only reports them.");
    }
    return Answer.at(text, id, quote, "voice", "both: the outlet, quoting a source",
        "voice.mixed", "quoted", "", "high", "The words inside the quotation marks are " + who
            + "'s; the rest of the sentence is the outlet's own voice.");
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
   * "Is the claim attributed?": yes, to whom (anchored to the source's words), or no (anchored
   * to the sentence).
   */
  static Answer attribution(ArticleResult r, int index) {
    Sentence s = r.analyzed().sentences().get(index);
    String text = r.analyzed().text();
    String id = r.analyzed().article().id();
    SentenceCues c = cues(r, index);
    Evidence a = evidence(r, index).stream().filter(e -> e.type() == CueType.ATTRIBUTION)
        .findFirst().orElse(null);
    Evidence weasel = evidence(r, index).stream().filter(e -> e.type() == CueType.WEASEL)
        .findFirst().orElse(null);
    if (a == null && weasel != null) {
      return Answer.at(text, id, weasel.span(), "attribution",
          "not really: only to a vague group, nobody is named", weasel.ruleId(),
          weasel.voice().id(), SourceType.WEASEL.id(), "high", weasel.explanation().strip());
    }
    if (a != null) {
      Span where = a.sourceSpan() != null && !a.sourceSpan().isEmpty() ? a.sourceSpan()
          : a.span();
      String source = c != null && !c.attributionSource().isEmpty() ? c.attributionSource()
          : a.sourceSpan() != null ? a.sourceSpan().text(text) : "";
      return Answer.at(text, id, where, "attribution", "yes: " + (source.isEmpty()
              ? "a source is named" : "“" + source + "”") + sourceKind(a.sourceType()),
          a.ruleId(), a.voice().id(), a.sourceType() == null ? "" : a.sourceType().id(), "high",
          a.explanation().strip());
    }
    if (c != null && c.attributed() && !c.attributionSource().isEmpty()) {
      // the sentence belongs to a quotation whose speaker is named in another sentence
      Evidence named = r.cues().evidence().stream()
          .filter(e -> e.type() == CueType.ATTRIBUTION && e.sourceSpan() != null
              && e.sourceSpan().text(text).equals(c.attributionSource()))
          .min(Comparator.comparingInt(e -> Math.abs(e.sentenceIndex() - index))).orElse(null);
      String answer = "yes: “" + c.attributionSource() + "”" + sourceKind(c.sourceType());
      String why = "It is quoted, and the article names “" + c.attributionSource()
          + "” as the speaker of this quotation or of the one it follows.";
      if (named != null) {
        return Answer.at(text, id, named.sourceSpan(), "attribution", answer, named.ruleId(),
            "author", c.sourceType() == null ? "" : c.sourceType().id(), "high", why);
      }
      return Answer.at(text, id, s.span().trim(text), "attribution", answer, "attr.quote",
          "author", c.sourceType() == null ? "" : c.sourceType().id(), "high", why);
    }
    boolean claim = c != null && c.unattributedClaim();
    if (!claim && s.quotedShare() >= 0.5) {
      // a quotation is someone's words, even when the article does not say whose
      return Answer.at(text, id, s.span().trim(text), "attribution", "no source is named",
          "attribution.none", "quoted", "", "high", QUOTED_WITHOUT_SOURCE);
    }
    return Answer.at(text, id, s.span().trim(text), "attribution",
        claim ? "no: the outlet asserts it without a source" : "no source is named",
        "attribution.none", "author", "", "high", claim
            ? "Nobody is named as the source, yet the sentence asserts something contested, so "
                + "the outlet itself stands behind it."
            : "Nobody is named as the source, so the outlet itself vouches for this statement.");
  }

  /** Why a quoted sentence without a named source is still not the outlet's own statement. */
  static final String QUOTED_WITHOUT_SOURCE = "The sentence is in quotation marks, so these are "
      + "someone else's words, not the outlet's own statement; but the article does not say "
      + "whose they are.";

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

  /** Why a sentence without framing cues counts as clean. */
  static Answer clean(ArticleResult r, int index) {
    Sentence s = r.analyzed().sentences().get(index);
    String text = r.analyzed().text();
    SentenceCues c = cues(r, index);
    String why = c != null && c.attributed() && !c.attributionSource().isEmpty()
        ? "FrameLens found no loaded word, hidden source or unsourced judgement here: it reports "
            + "in neutral words what “" + c.attributionSource() + "” says, and says who says it."
        : "FrameLens found no loaded word, hidden source or unsourced judgement here: it states "
            + "a checkable fact in neutral words.";
    return Answer.at(text, r.analyzed().article().id(), s.span().trim(text), "clean",
        "clean: no framing cue found", "clean", "", "", "high", why);
  }
}
