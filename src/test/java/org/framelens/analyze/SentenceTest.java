package org.framelens.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.framelens.text.Abbreviations;
import org.framelens.text.Span;
import org.framelens.text.Token;
import org.framelens.text.TokenList;
import org.framelens.text.Tokenizer;
import org.junit.jupiter.api.Test;

/**
 * A sentence keeps the tokenizer's list as it is and takes its word count from it; any other
 * list is copied and counted, as before: both give the same sentence.
 */
class SentenceTest {

  @Test
  void tokenListIsKeptAndGivesTheSameSentenceAsACopy() {
    String text = "The U.S. sent 8,500 troops, officials said -- “today”.";
    TokenList tokens = new Tokenizer(Abbreviations.english())
        .tokenize(text.toCharArray(), new Span(0, text.length()));
    Sentence kept = new Sentence(0, 0, new Span(0, text.length()), tokens, 0.2, false);
    assertSame(tokens, kept.tokens());
    List<Token> plain = new ArrayList<>(tokens);
    Sentence copied = new Sentence(0, 0, new Span(0, text.length()), plain, 0.2, false);
    assertEquals(copied, kept);
    assertEquals(Sentence.countWords(plain), kept.wordCount());
    assertEquals(Sentence.countWords(plain), Sentence.countWords(tokens));
    assertEquals(8, kept.wordCount());
    assertThrows(IllegalArgumentException.class,
        () -> new Sentence(0, 0, new Span(0, text.length()), tokens, 0.2, false, 7));
    plain.clear();
    assertEquals(tokens, copied.tokens()); // the copy does not follow the list it came from
  }

  /**
   * The analyzer tells the tokenizer where the text's next '@' is instead of letting it look:
   * the sentences get the tokens that the tokenizer finds by itself.
   */
  @Test
  void sentenceTokensAreWhatTheTokenizerFindsByItself() {
    Tokenizer tokenizer = new Tokenizer(Abbreviations.english());
    java.util.Random random = new java.util.Random(11);
    String[] pieces = {"Mail me at a.b@c.org.", " ", "\n\n", "He said @ noon.", "x@y", "@",
        "Write to news@bbc.co.uk today!", "The U.S. did.", "“Quote,” he said.", "e-mail:", "."};
    for (int k = 0; k < 500; k++) {
      StringBuilder b = new StringBuilder();
      for (int n = random.nextInt(20); n > 0; n--) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = b.toString();
      org.framelens.ingest.Article article = new org.framelens.ingest.Article("t", "t.txt", 1,
          "txt", org.framelens.ingest.Metadata.empty(), text, 0);
      AnalyzedArticle analyzed = TextAnalyzer.english()
          .analyze(org.framelens.clean.Cleaner.defaults().clean(article));
      char[] chars = text.toCharArray();
      for (Sentence s : analyzed.sentences()) {
        assertEquals(tokenizer.tokenize(chars, s.span()), s.tokens(), text);
        assertEquals(tokenizer.tokenize(text, s.span()), s.tokens(), text);
      }
    }
  }
}
