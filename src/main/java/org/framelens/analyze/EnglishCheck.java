package org.framelens.analyze;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.framelens.text.Token;

/**
 * Whether an article reads as English, the only language FrameLens's lexicons, rules, word
 * vectors and model know: in English prose about a third of the words are a few dozen function
 * words ("the", "of", "and", "to", ...); in other languages almost none are. Only the first
 * {@value #SAMPLE} words are looked at, and articles of fewer than {@value #MIN_WORDS} words
 * are not judged. Pure and thread-safe.
 */
public final class EnglishCheck {

  /** Common English function words, none longer than five letters. */
  static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "and", "to", "in",
      "is", "was", "that", "for", "on", "it", "with", "as", "by", "at", "he", "she", "they",
      "his", "her", "their", "are", "were", "be", "been", "has", "have", "had", "not", "this",
      "from", "but", "or", "which", "who", "will", "would", "its", "we", "i", "you", "there");

  /** Words looked at, at most. */
  public static final int SAMPLE = 300;
  /** Fewer words than this are not judged. */
  public static final int MIN_WORDS = 40;
  /** Below this share of function words an article does not look like English. */
  public static final double MIN_SHARE = 0.10;

  private EnglishCheck() {
  }

  /**
   * The share of the article's first {@value #SAMPLE} word tokens that are common English
   * function words, or NaN when it has fewer than {@value #MIN_WORDS} words.
   */
  public static double functionWordShare(AnalyzedArticle a) {
    String text = a.text();
    int words = 0;
    int function = 0;
    for (Sentence s : a.sentences()) {
      List<Token> tokens = s.tokens();
      for (int i = 0, n = tokens.size(); i < n && words < SAMPLE; i++) {
        Token t = tokens.get(i);
        if (!t.kind().isWordLike()) {
          continue;
        }
        words++;
        if (t.end() - t.start() <= 5
            && FUNCTION_WORDS.contains(t.text(text).toLowerCase(Locale.ROOT))) {
          function++;
        }
      }
    }
    return words < MIN_WORDS ? Double.NaN : (double) function / words;
  }

  /** Whether the article is long enough to judge and does not look like English. */
  public static boolean looksNonEnglish(AnalyzedArticle a) {
    double share = functionWordShare(a);
    return !Double.isNaN(share) && share < MIN_SHARE;
  }
}
