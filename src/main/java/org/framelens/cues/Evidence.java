package org.framelens.cues;

import java.util.Objects;
import org.framelens.text.Span;

/**
 * One cue found in an article, with everything a reader needs to check it.
 *
 * @param type          what kind of cue
 * @param category      finer kind, from the lexicon or rule (e.g. {@code motive_imputing})
 * @param ruleId        the lexicon entry or rule that fired (stable id), or {@code model}
 * @param sentenceIndex the sentence it is in
 * @param span          exact characters in the article's original text
 * @param voice         author or quoted, from the quotation spans
 * @param sourceType    for attributions and weasels: the kind of source, else null
 * @param sourceSpan    for attributions: where the source is named, else null
 * @param targetActor   the actor the framing is aimed at (actor id), or empty
 * @param match         lexicon, model or rule
 * @param score         the model's probability for model hits; 1 for lexicon and rule hits
 * @param explanation   one plain sentence a student can read
 * @param negated       whether the sentence negates the cue, as the rule that found it knows:
 *                      an attribution saying its source did not speak ("did not say",
 *                      "declined to comment", "Nobody said"), which sources nothing; or a
 *                      loaded word the sentence denies ("Belarus is not an aggressor",
 *                      {@code lexicons/negation.tsv}), which is aimed at no actor. Set by the
 *                      rule that found it, never read back from the explanation, which may be
 *                      reworded
 * @param reported      for a loaded word in the outlet's voice: whether it stands in what its
 *                      sentence reports a source said, without quotation marks ("Russia
 *                      accused the U.S. of … provocative actions"); its explanation says so,
 *                      but the exercise reads this flag, not the wording
 */
public record Evidence(CueType type, String category, String ruleId, int sentenceIndex, Span span,
    Voice voice, SourceType sourceType, Span sourceSpan, String targetActor, Match match,
    double score, String explanation, boolean negated, boolean reported) {

  public Evidence {
    Objects.requireNonNull(type);
    Objects.requireNonNull(span);
    Objects.requireNonNull(voice);
    Objects.requireNonNull(match);
    category = category == null ? "" : category;
    targetActor = targetActor == null ? "" : targetActor;
    if (span.isEmpty()) {
      throw new IllegalArgumentException("empty evidence span for " + ruleId);
    }
    if (ruleId == null || ruleId.isBlank()) {
      throw new IllegalArgumentException("evidence without a rule id at " + span);
    }
    if (explanation == null || explanation.isBlank()) {
      throw new IllegalArgumentException("evidence without an explanation: " + ruleId);
    }
  }

  /** A cue that its sentence does not negate (nearly every cue). */
  public Evidence(CueType type, String category, String ruleId, int sentenceIndex, Span span,
      Voice voice, SourceType sourceType, Span sourceSpan, String targetActor, Match match,
      double score, String explanation) {
    this(type, category, ruleId, sentenceIndex, span, voice, sourceType, sourceSpan, targetActor,
        match, score, explanation, false);
  }

  /** A cue as the rule found it, not (yet) known to stand in reported speech. */
  public Evidence(CueType type, String category, String ruleId, int sentenceIndex, Span span,
      Voice voice, SourceType sourceType, Span sourceSpan, String targetActor, Match match,
      double score, String explanation, boolean negated) {
    this(type, category, ruleId, sentenceIndex, span, voice, sourceType, sourceSpan, targetActor,
        match, score, explanation, negated, false);
  }

  /** This cue marked as standing in reported speech, with the explanation that says so. */
  public Evidence asReported(String newExplanation) {
    return new Evidence(type, category, ruleId, sentenceIndex, span, voice, sourceType,
        sourceSpan, targetActor, match, score, newExplanation, negated, true);
  }

  public Evidence withVoice(Voice v) {
    return new Evidence(type, category, ruleId, sentenceIndex, span, v, sourceType, sourceSpan,
        targetActor, match, score, explanation, negated, reported);
  }

  public Evidence withTarget(String actor) {
    return new Evidence(type, category, ruleId, sentenceIndex, span, voice, sourceType,
        sourceSpan, actor, match, score, explanation, negated, reported);
  }

  /**
   * Whether this attribution makes its sentence sourced, as sentences.csv's {@code attributed}
   * counts it: an attribution cue that reports speech (not a belief verb, "Russia considers")
   * and is not {@linkplain #negated() negated}.
   */
  public boolean sourcesSentence() {
    return type == CueType.ATTRIBUTION && !negated
        && !category.equals(AttributionDetector.Kind.BELIEF.id());
  }
}
