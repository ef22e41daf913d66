package org.framelens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

  private final Tokenizer tokenizer = new Tokenizer(Abbreviations.english());

  private List<String> tokens(String s) {
    return tokenizer.tokenize(s, new Span(0, s.length())).stream().map(t -> t.text(s)).toList();
  }

  private List<Token.Kind> kinds(String s) {
    return tokenizer.tokenize(s, new Span(0, s.length())).stream().map(Token::kind).toList();
  }

  @Test
  void numbersKeepSeparatorsAndDecimals() {
    assertEquals(List.of("8,500", "troops", "and", "3.5", "km", "."), tokens("8,500 troops and 3.5 km."));
    assertEquals(Token.Kind.NUMBER, kinds("8,500").get(0));
  }

  @Test
  void abbreviationsKeepTheirDots() {
    assertEquals(List.of("the", "U.S.", "and", "Mr.", "Lavrov", "on", "Feb.", "20"),
        tokens("the U.S. and Mr. Lavrov on Feb. 20"));
  }

  @Test
  void cliticsAreSeparateTokens() {
    assertEquals(List.of("Russia", "’s", "allies", "do", "n't", "agree"),
        tokens("Russia’s allies don't agree"));
    assertEquals(List.of("O'Brien", "said"), tokens("O'Brien said"));
  }

  @Test
  void hyphenatedWordsStayWholeAndDashesStandAlone() {
    assertEquals(List.of("large-scale", "S-400", "drones", "—", "and", "Su-35"),
        tokens("large-scale S-400 drones — and Su-35"));
  }

  @Test
  void quotesAndPunctuationAreTokens() {
    assertEquals(List.of("“", "violent", "gesture", "”", "."), tokens("“violent gesture”."));
  }

  @Test
  void urlsAndEmailsAreSingleTokens() {
    String s = "at https://twitter.com/shahmir_niazi or news@example.org.";
    assertEquals(List.of("at", "https://twitter.com/shahmir_niazi", "or", "news@example.org", "."),
        tokens(s));
    assertEquals(List.of(Token.Kind.WORD, Token.Kind.URL, Token.Kind.WORD, Token.Kind.EMAIL,
        Token.Kind.PUNCT), kinds(s));
  }

  @Test
  void offsetsAreExact() {
    String s = "  Kiev, 2022";
    List<Token> t = tokenizer.tokenize(s, new Span(0, s.length()));
    assertEquals(new Span(2, 6), t.get(0).span());
    assertEquals(new Span(6, 7), t.get(1).span());
    assertEquals(new Span(8, 12), t.get(2).span());
  }
}
