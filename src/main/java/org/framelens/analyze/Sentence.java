package org.framelens.analyze;

import java.util.List;
import org.framelens.text.Span;
import org.framelens.text.Token;
import org.framelens.text.TokenList;

/**
 * A sentence of an article with its tokens.
 *
 * @param index       0-based position in the article
 * @param paragraph   0-based index of its paragraph among the article's kept paragraphs
 * @param span        where it is in the article's original text
 * @param tokens      its tokens, in order
 * @param quotedShare share of its non-whitespace characters inside quotation marks, 0 to 1
 * @param heading     whether its paragraph is a sub-heading
 * @param wordCount   number of word and number tokens (counted once here, as reports ask often)
 */
public record Sentence(int index, int paragraph, Span span, List<Token> tokens,
    double quotedShare, boolean heading, int wordCount) {

  public Sentence {
    // the tokenizer's lists are immutable and know their word count: kept as they are
    tokens = tokens instanceof TokenList ? tokens : List.copyOf(tokens);
    if (quotedShare < 0 || quotedShare > 1) {
      throw new IllegalArgumentException("quotedShare out of [0,1]: " + quotedShare);
    }
    if (wordCount != countWords(tokens)) {
      throw new IllegalArgumentException("wordCount " + wordCount + " is not the number of "
          + "word and number tokens, " + countWords(tokens));
    }
  }

  /** A sentence whose word count is counted from {@code tokens}. */
  public Sentence(int index, int paragraph, Span span, List<Token> tokens, double quotedShare,
      boolean heading) {
    this(index, paragraph, span, tokens, quotedShare, heading, countWords(tokens));
  }

  /** Number of word and number tokens in {@code tokens} (a {@link TokenList} knows it). */
  static int countWords(List<Token> tokens) {
    if (tokens instanceof TokenList t) {
      return t.wordCount();
    }
    int n = 0;
    for (int k = 0, size = tokens.size(); k < size; k++) {
      if (tokens.get(k).kind().isWordLike()) {
        n++;
      }
    }
    return n;
  }
}
