package org.framelens.cues;

/**
 * What the cue stage says about one sentence (the cue columns of {@code sentences.csv}).
 *
 * @param loadedScore       1 − ∏(1 − s) over the sentence's loaded hits (s = 0.8 for a lexicon
 *                          hit, the probability for a model hit); 0 without hits, below 1 always
 * @param attributed        whether a source is named for it (in it, or for the quotation it
 *                          belongs to)
 * @param attributionSource the first source's words (a pronoun with its antecedent), or empty
 * @param sourceType        that source's kind, or null
 * @param unattributedClaim whether it asserts a contested matter in the outlet's voice unsourced
 * @param weasel            whether it has a weasel attribution
 * @param voiceMix          {@code author} (under 20% quoted), {@code quoted} (80% or more) or
 *                          {@code mixed}
 */
public record SentenceCues(double loadedScore, boolean attributed, String attributionSource,
    SourceType sourceType, boolean unattributedClaim, boolean weasel, String voiceMix) {
}
