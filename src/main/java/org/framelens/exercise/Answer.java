package org.framelens.exercise;

import java.util.Objects;
import org.framelens.text.Span;

/**
 * One point of an answer key, anchored to exact characters of the source article.
 *
 * @param articleId   the article
 * @param start       first character in the article's original text (UTF-16 index)
 * @param end         end of the span, exclusive
 * @param text        the span's text: always {@code articleText.substring(start, end)}
 * @param aspect      what the point is about: a cue type id ({@code loaded}, {@code weasel}...),
 *                    {@code voice}, {@code attribution}, {@code clean} or {@code source}
 * @param answer      the short answer a student should give ("loaded word, outlet's voice")
 * @param ruleId      the lexicon entry or rule behind it ({@code loaded.massive},
 *                    {@code voice.quoted}, {@code clean}...)
 * @param voice       {@code author} or {@code quoted}, or empty when not about words
 * @param sourceType  for attributions: the source's kind id, else empty
 * @param confidence  {@code high} (lexicon, rule, or model probability at least
 *                    {@value #HIGH_CONFIDENCE}) or {@code lower} (a model hit below that)
 * @param explanation one plain sentence a student can read
 */
public record Answer(String articleId, int start, int end, String text, String aspect,
    String answer, String ruleId, String voice, String sourceType, String confidence,
    String explanation) {

  /** Model hits at or above this probability count as high-confidence. */
  public static final double HIGH_CONFIDENCE = 0.8;

  public Answer {
    Objects.requireNonNull(articleId);
    Objects.requireNonNull(text);
    if (start < 0 || end <= start || text.length() != end - start) {
      throw new IllegalArgumentException("bad answer span [" + start + ", " + end + ") for "
          + ruleId);
    }
    if (ruleId == null || ruleId.isBlank() || explanation == null || explanation.isBlank()) {
      throw new IllegalArgumentException("an answer needs a rule and an explanation: " + aspect);
    }
    voice = voice == null ? "" : voice;
    sourceType = sourceType == null ? "" : sourceType;
    confidence = confidence == null ? "high" : confidence;
  }

  /** An answer over {@code span} of {@code articleText}, whose text it copies exactly. */
  static Answer at(String articleText, String articleId, Span span, String aspect, String answer,
      String ruleId, String voice, String sourceType, String confidence, String explanation) {
    return new Answer(articleId, span.start(), span.end(), span.text(articleText), aspect, answer,
        ruleId, voice, sourceType, confidence, explanation);
  }

  public Span span() {
    return new Span(start, end);
  }
}
