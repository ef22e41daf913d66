package org.framelens.analyze;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.framelens.text.Token;
import org.framelens.text.TsvTable;

/**
 * Whether an article reads as English, the only language FrameLens's lexicons, rules, word
 * vectors and model know: in English prose about a third of the words are a few dozen function
 * words ("the", "of", "and", "to", ...); in other languages almost none are. Only the first
 * {@value #SAMPLE} words are looked at. A short article ({@value #SHORT_MIN_WORDS} to {@value
 * #MIN_WORDS} words) is too short for that share (a headline or a dateline has none of them,
 * and "a", "in", "to" are words of other languages too), so it is judged on other evidence:
 * most of its letters are not Latin, or at least {@value #SHORT_MIN_OTHER} of its words are
 * common function words of another language ({@code lexicons/other-languages.tsv}, counted
 * only in lower case) and they are more than twice its English function words. Articles of
 * fewer than {@value #SHORT_MIN_WORDS} words are not judged. Pure and thread-safe.
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
  /** Fewer words than this are not judged at all. */
  public static final int SHORT_MIN_WORDS = 8;
  /** Other languages' function words a short article needs to be judged not English. */
  public static final int SHORT_MIN_OTHER = 3;

  static final String OTHER_FILE = "other-languages.tsv";
  static final String OTHER_EXPECTED = "language<TAB>function_words<TAB>example"
      + "<TAB>example_english";
  /** The function words of other languages ({@code lexicons/other-languages.tsv}). */
  static final Set<String> OTHER_WORDS = otherWords(TsvTable.read(OTHER_FILE, 4, "language",
      OTHER_EXPECTED));

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

  /**
   * The function words of {@code rows}, checked: words in lower case, none an English function
   * word, an example for each language.
   *
   * @throws IllegalStateException "FILE:LINE: …"
   */
  static Set<String> otherWords(List<TsvTable.Row> rows) {
    Set<String> words = new HashSet<>();
    for (TsvTable.Row r : rows) {
      for (String w : r.get(1).split(" +")) {
        if (w.isEmpty() || !w.equals(w.toLowerCase(Locale.ROOT))) {
          throw r.error("the word '" + w + "' must be in lower case");
        }
        if (FUNCTION_WORDS.contains(w)) {
          throw r.error("'" + w + "' is an English function word");
        }
        words.add(w);
      }
      if (r.get(2).isBlank()) {
        throw r.error("no example for language '" + r.get(0) + "'");
      }
    }
    return Set.copyOf(words);
  }

  /** Whether the article is long enough to judge and does not look like English. */
  public static boolean looksNonEnglish(AnalyzedArticle a) {
    double share = functionWordShare(a);
    if (!Double.isNaN(share)) {
      return share < MIN_SHARE;
    }
    return shortLooksNonEnglish(a);
  }

  /** The judgement of an article under {@value #MIN_WORDS} words (see the class comment). */
  private static boolean shortLooksNonEnglish(AnalyzedArticle a) {
    String text = a.text();
    int words = 0;
    int english = 0;
    int other = 0;
    int letters = 0;
    int latin = 0;
    for (Sentence s : a.sentences()) {
      for (Token t : s.tokens()) {
        if (!t.kind().isWordLike()) {
          continue;
        }
        words++;
        String w = t.text(text);
        if (w.length() <= 5 && FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
          english++;
        }
        if (OTHER_WORDS.contains(w)) {
          other++;
        }
        for (int i = 0; i < w.length(); ) {
          int cp = w.codePointAt(i);
          if (Character.isLetter(cp)) {
            letters++;
            latin += Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN ? 1 : 0;
          }
          i += Character.charCount(cp);
        }
      }
    }
    if (words < SHORT_MIN_WORDS || words >= MIN_WORDS) {
      return false;
    }
    return latin * 2 < letters || (other >= SHORT_MIN_OTHER && other > 2 * english);
  }
}
