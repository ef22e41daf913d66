package org.framelens.exercise;

/**
 * A sentence shown to students, with where it comes from.
 *
 * @param articleId     the article
 * @param source        its outlet (empty when unknown)
 * @param title         the article's title (may be empty)
 * @param date          its date (may be empty)
 * @param sentenceIndex the sentence's index in the article (as in sentences.csv)
 * @param start         first character of the sentence in the article's original text
 * @param end           end of the sentence, exclusive
 * @param text          the sentence, exactly as in the article
 */
public record ItemSentence(String articleId, String source, String title, String date,
    int sentenceIndex, int start, int end, String text) {

  /**
   * The outlet's name, or {@code (no source)} when the article names none, as
   * sources.csv and report.html pool such articles (an article id is no outlet).
   */
  public String outlet() {
    return source.isEmpty() ? org.framelens.compare.Comparison.NO_SOURCE_LABEL : source;
  }
}
