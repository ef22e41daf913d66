package org.framelens.analyze;

import java.util.List;
import org.framelens.text.Span;
import org.framelens.text.Token;

/**
 * A sentence of an article with its tokens.
 *
 * @param index       0-based position in the article
 * @param paragraph   0-based index of its paragraph among the article's kept paragraphs
 * @param span        where it is in the article's original text
 * @param tokens      its tokens, in order
 * @param quotedShare share of its non-whitespace characters inside quotation marks, 0 to 1
 * @param heading     whether its paragraph is a sub-heading
 */
public record Sentence(int index, int paragraph, Span span, List<Token> tokens,
    double quotedShare, boolean heading) {

  public Sentence {
    tokens = List.copyOf(tokens);
    if (quotedShare < 0 || quotedShare > 1) {
      throw new IllegalArgumentException("quotedShare out of [0,1]: " + quotedShare);
    }
  }

  /** Number of word and number tokens. */
  public int wordCount() {
    int n = 0;
    for (Token t : tokens) {
      if (t.kind().isWordLike()) {
        n++;
      }
    }
    return n;
  }
}
