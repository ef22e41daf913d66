package org.framelens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The tokenizer's one-object tokens and unmodifiable token lists behave as the record tokens
 * in a copied list they replaced, and the abbreviation lookup on chars answers as the lookup
 * on a lower-cased string it replaced.
 */
class TokenListTest {

  private static final Abbreviations ABBREVIATIONS = Abbreviations.english();
  private static final Tokenizer TOKENIZER = new Tokenizer(ABBREVIATIONS);

  /** The record Token(Span span, Kind kind) that {@link Token} replaced, frozen here. */
  record RecordToken(Span span, Token.Kind kind) {
  }

  @Test
  void tokensHaveValueSemantics() {
    Token a = new Token(new Span(3, 7), Token.Kind.WORD);
    Token b = new Token(3, 7, Token.Kind.WORD);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(new Span(3, 7), b.span());
    assertEquals(a.span(), b.span());
    assertEquals(3, b.start());
    assertEquals(7, b.end());
    assertEquals("defg", b.text("abcdefgh"));
    assertNotEquals(a, new Token(3, 7, Token.Kind.NUMBER));
    assertNotEquals(a, new Token(3, 8, Token.Kind.WORD));
    assertEquals(new RecordToken(new Span(3, 7), Token.Kind.WORD).toString(),
        "Record" + a.toString());
    // the messages of the record's checks: its span's, then its own
    assertEquals("empty token at [2, 2)", assertThrows(IllegalArgumentException.class,
        () -> new Token(new Span(2, 2), Token.Kind.WORD)).getMessage());
    assertEquals("empty token at [2, 2)", assertThrows(IllegalArgumentException.class,
        () -> new Token(2, 2, Token.Kind.WORD)).getMessage());
    assertEquals("invalid span [-1, 2)", assertThrows(IllegalArgumentException.class,
        () -> new Token(-1, 2, Token.Kind.WORD)).getMessage());
    assertEquals("invalid span [4, 2)", assertThrows(IllegalArgumentException.class,
        () -> new Token(4, 2, Token.Kind.WORD)).getMessage());
  }

  @Test
  void tokenListIsAnUnmodifiableListThatCountsItsWords() {
    String text = "Mr. Smith's 8,500 dogs -- \"barked\" at https://x.org/a, e@mail.com!";
    TokenList tokens = TOKENIZER.tokenize(text.toCharArray(), new Span(0, text.length()));
    List<Token> copy = new ArrayList<>(tokens);
    assertEquals(copy, tokens);
    assertEquals(List.copyOf(copy), tokens);
    assertEquals(copy.hashCode(), tokens.hashCode());
    assertEquals(copy.toString(), tokens.toString());
    long words = copy.stream().filter(t -> t.kind().isWordLike()).count();
    assertEquals(words, tokens.wordCount());
    assertThrows(UnsupportedOperationException.class, () -> tokens.add(copy.get(0)));
    assertThrows(UnsupportedOperationException.class, () -> tokens.set(0, copy.get(0)));
    assertThrows(UnsupportedOperationException.class, () -> tokens.remove(0));
    assertThrows(IndexOutOfBoundsException.class, () -> tokens.get(tokens.size()));
    assertThrows(IndexOutOfBoundsException.class, () -> tokens.get(-1));
    // grown past its first capacity, and empty
    TokenList grown = new TokenList(1);
    for (int k = 0; k < 100; k++) {
      grown.reserve(1 + k % 2);
      grown.add(k, k + 1, k % 3 == 0 ? Token.Kind.PUNCT : Token.Kind.WORD);
    }
    assertEquals(100, grown.size());
    assertEquals(66, grown.wordCount());
    assertEquals(new Token(99, 100, Token.Kind.PUNCT), grown.get(99));
    assertEquals(List.of(), TOKENIZER.tokenize("   ".toCharArray(), new Span(0, 3)));
    assertEquals(List.of(), new TokenList(0));
  }

  @Test
  void tokenizingASpanNotAtZeroShiftsTheTokens() {
    String text = "xx Dr. No's 3.5 cats";
    List<Token> whole = TOKENIZER.tokenize(text.toCharArray(), new Span(3, text.length()));
    assertEquals(whole, TOKENIZER.tokenize(text, new Span(3, text.length())));
  }

  /** The tokenizer's quick test for a URL scheme's first two chars, h/w then t/w. */
  @Test
  void urlSchemePrecheckAgreesWithLowerCase() {
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      for (char letter : new char[] {'h', 't', 'w'}) {
        assertEquals(Character.toLowerCase(c) == letter, (c | 0x20) == letter, "U+" + i);
      }
    }
    String text = "See http://a.b/c, HTTPS://x.y, www.z.org, Www.q.com and hw, ht, wt.";
    assertEquals(new LegacyTokenizer(ABBREVIATIONS).tokenize(text, new Span(0, text.length())),
        TOKENIZER.tokenize(text.toCharArray(), new Span(0, text.length())));
  }

  /** The lookup before: a string of the word, lower-cased, looked up by {@code kind(String)}. */
  private static Abbreviations.Kind legacyKind(char[] text, int from, int to) {
    return ABBREVIATIONS.kind(new String(text, from, to - from));
  }

  @Test
  void abbreviationLookupOnCharsAgreesWithTheStringLookup() throws IOException {
    List<String> words = new ArrayList<>();
    try (InputStream in = Abbreviations.class.getResourceAsStream("abbreviations.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String w = line.split("\t")[0].trim();
          words.add(w);
          words.add(w.toUpperCase(Locale.ROOT));
          words.add(w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
          words.add(w + "x");
          words.add(w.isEmpty() ? w : w.substring(1));
        }
      }
    }
    words.addAll(List.of("", "a", "Z", "MR", "mR", "Mr", "İnc", "ınc", "Gén", "No", "Feb",
        "Messrs", "Messrsx", "e.g", "U.S", "etc", "vs", "\u212Ang"));
    Random random = new Random(7);
    String alphabet = "aeimnorstvAEIMNORSTV.-'\u0130\u0131\u00E9\u212A";
    for (int k = 0; k < 20_000; k++) {
      StringBuilder b = new StringBuilder();
      for (int n = 1 + random.nextInt(5); n > 0; n--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      words.add(b.toString());
    }
    for (String w : words) {
      char[] text = ("  " + w + ". ").toCharArray();
      assertEquals(legacyKind(text, 2, 2 + w.length()), ABBREVIATIONS.kind(text, 2, 2 + w.length()),
          w);
    }
  }
}
