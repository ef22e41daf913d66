package org.framelens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The text stage reads a {@code char[]} copy of the text instead of calling
 * {@code CharSequence.charAt}: these tests check that its tokenizer, sentence splitter, quote
 * finder and quoted shares give exactly what the {@code charAt} versions they replaced gave
 * ({@link LegacyTokenizer}, {@link LegacyRuleSentenceSplitter}, {@link LegacyQuoteFinder}), on
 * the seed articles and on many random texts full of the characters the rules look at, and
 * that the character tests of {@link Chars} agree with {@link Character} on every char.
 */
class CharArrayTextTest {

  private static final Abbreviations ABBREVIATIONS = Abbreviations.english();
  private static final Tokenizer TOKENIZER = new Tokenizer(ABBREVIATIONS);
  private static final LegacyTokenizer LEGACY_TOKENIZER = new LegacyTokenizer(ABBREVIATIONS);
  private static final RuleSentenceSplitter SPLITTER = new RuleSentenceSplitter(ABBREVIATIONS);
  private static final LegacyRuleSentenceSplitter LEGACY_SPLITTER =
      new LegacyRuleSentenceSplitter(ABBREVIATIONS);
  private static final QuoteFinder FINDER = new QuoteFinder();
  private static final LegacyQuoteFinder LEGACY_FINDER = new LegacyQuoteFinder();

  @Test
  void charTestsAgreeWithCharacterOnEveryChar() {
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      String at = "U+" + Integer.toHexString(i);
      assertEquals(TextInvariants.isSpace(c), Chars.isWhitespace(c), at);
      assertEquals(TextInvariants.isSpace(c) || Character.isISOControl(c), Chars.isBlank(c), at);
      assertEquals(Character.isLetterOrDigit(c), Chars.isLetterOrDigit(c), at);
      assertEquals(Character.isLetter(c), Chars.isLetter(c), at);
      assertEquals(Character.isDigit(c), Chars.isDigit(c), at);
      assertEquals(Character.isUpperCase(c), Chars.isUpperCase(c), at);
      assertEquals(Character.isLowerCase(c), Chars.isLowerCase(c), at);
      assertEquals(Character.isLetterOrDigit(c) || Character.isSurrogate(c)
          || Character.getType(c) == Character.NON_SPACING_MARK, Chars.isWordChar(c), at);
    }
  }

  @Test
  void countNonWhitespaceCountsAsTheCharTestDoes() {
    char[] all = new char[Character.MAX_VALUE + 1];
    int expected = 0;
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      all[i] = (char) i;
      expected += TextInvariants.isSpace((char) i) ? 0 : 1;
    }
    assertEquals(expected, Chars.countNonWhitespace(all, 0, all.length));
    Random random = new Random(3);
    String alphabet = " \t\n\r\u000B\f\u001C\u001F\u0000\u0085\u00A0\u2003\u3000\u2028?@a ";
    for (int k = 0; k < 2_000; k++) {
      char[] text = new char[random.nextInt(40)];
      for (int j = 0; j < text.length; j++) {
        text[j] = random.nextInt(4) == 0 ? (char) random.nextInt(0x3100)
            : alphabet.charAt(random.nextInt(alphabet.length()));
      }
      int from = text.length == 0 ? 0 : random.nextInt(text.length);
      int n = 0;
      for (int j = from; j < text.length; j++) {
        n += TextInvariants.isSpace(text[j]) ? 0 : 1;
      }
      assertEquals(n, Chars.countNonWhitespace(text, from, text.length));
    }
  }

  /** What {@link Abbreviations#kind(char[], int, int)} relies on to skip long words. */
  @Test
  void lowerCaseIsNeverShorter() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      String s = new String(Character.toChars(cp));
      assertTrue(s.toLowerCase(Locale.ROOT).length() >= s.length(), "U+" + Integer.toHexString(cp));
    }
    char[] word = "Messrs".toCharArray();
    assertEquals(ABBREVIATIONS.kind("Messrs"), ABBREVIATIONS.kind(word, 0, word.length));
    assertEquals(null, ABBREVIATIONS.kind("Messrsx".toCharArray(), 0, 7));
  }

  @Test
  void sameAsBeforeOnTheSeeds() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of("seeds"))) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertTrue(files.size() >= 5);
    for (Path f : files) {
      String text = Files.readString(f, StandardCharsets.UTF_8);
      compare(text, lines(text), new Random(f.hashCode()));
    }
  }

  @Test
  void sameAsBeforeOnRandomTexts() {
    Random random = new Random(20240607);
    for (int n = 0; n < 2_000; n++) {
      String text = randomText(random, 1 + random.nextInt(n % 25 == 0 ? 3_000 : 120));
      List<Span> paragraphs = random.nextBoolean() ? lines(text)
          : List.of(new Span(0, text.length()));
      compare(text, paragraphs, random);
    }
  }

  /** A run-on paragraph longer than the longest sentence: cut the same way. */
  @Test
  void sameAsBeforeOnLongSentences() {
    Random random = new Random(7);
    for (int n = 0; n < 20; n++) {
      StringBuilder sb = new StringBuilder();
      while (sb.length() < 12_000) {
        sb.append(random.nextInt(4) == 0 ? "\uD83D\uDE00" : "word").append(
            random.nextInt(30) == 0 ? " " : random.nextBoolean() ? "-" : "");
      }
      String text = sb.toString();
      compare(text, List.of(new Span(0, text.length())), random);
    }
  }

  private static void compare(String text, List<Span> paragraphs, Random random) {
    char[] chars = text.toCharArray();
    Supplier<String> where = () -> "in " + escape(text);
    QuoteMap legacyQuotes = LEGACY_FINDER.find(text, paragraphs);
    assertEquals(legacyQuotes.quotes(), FINDER.find(text, paragraphs).quotes(), where);
    QuoteMap quotes = FINDER.find(chars, paragraphs);
    assertEquals(legacyQuotes.quotes(), quotes.quotes(), where);
    for (Span p : paragraphs) {
      List<Span> sentences = LEGACY_SPLITTER.split(text, p);
      assertEquals(sentences, SPLITTER.split(text, p), where);
      assertEquals(sentences, SPLITTER.split(chars, p), where);
      for (Span s : sentences) {
        checkSpan(text, chars, s, quotes);
      }
    }
    // spans that are no sentences: anywhere, even across a surrogate pair
    for (int k = 0; k < 5; k++) {
      int a = random.nextInt(text.length() + 1);
      int b = a + random.nextInt(text.length() - a + 1);
      checkSpan(text, chars, new Span(a, b), quotes);
    }
  }

  private static void checkSpan(String text, char[] chars, Span s, QuoteMap quotes) {
    Supplier<String> where = () -> s + " in " + escape(text);
    List<Token> tokens = LEGACY_TOKENIZER.tokenize(text, s);
    assertEquals(tokens, TOKENIZER.tokenize(text, s), where);
    assertEquals(tokens, TOKENIZER.tokenize(chars, s), where);
    int quoted = 0;
    int nonWhitespace = 0;
    for (int i = s.start(); i < s.end(); i++) {
      if (!TextInvariants.isSpace(text.charAt(i))) {
        nonWhitespace++;
        quoted += quotes.isQuoted(i) ? 1 : 0;
      }
    }
    QuoteMap.Share expected = new QuoteMap.Share(quoted, nonWhitespace);
    assertEquals(expected, quotes.share(text, s), where);
    assertEquals(expected, quotes.share(chars, s), where);
  }

  private static List<Span> lines(String text) {
    List<Span> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        out.add(new Span(start, i));
        start = i + 1;
      }
    }
    return out;
  }

  /** Pieces the tokenizer, splitter and quote finder have rules for, and their neighbours. */
  private static final String[] PIECES = {
      "The", "he", "said", "Russia", "don", "O", "Brien", "U.S.", "a.m.", "Mr.", "Gen.", "Feb.",
      "No.", "Inc.", "e.g.", "vs.", "Messrs.", "F.", "St", "AT&T", "A&b", "Su-35", "S\u2011400",
      "8,500", "3.5", "1,2,3", "12.", "1990", "\u0663\u0664", "x\u0301", "\u00E9t\u00E9",
      "\u0130", "\u212A", "\u03A3", "KYIV", "t", "T", "s", "re", "LL", "ve", "d", "m", "em",
      "tis", "90s", "https://x.com/a_b?c=d", "http://a", "HTTPS://Y.ORG", "www.w.org",
      "www.", "news@example.org", "a@b.co", "@x", "@", "x@y", "(", ")", "[", "]", "{", "}",
      "<", ">", ".", ",", ";", ":", "!", "?", "...", "\u2026", "-", "--", "\u2013", "\u2014",
      "/", "&", "$", "+", "=", "^", "|", "~", "#", "'", "\"", "\u2018", "\u2019", "\u201C",
      "\u201D", "\u201E", "\u201A", "\u00AB", "\u00BB", "\uD83D\uDE00", "\uD800", "\uDC00",
      "\u0001", "\u0085", "\u00A0", "\u2028", "\uFEFF", "\u00AD",
  };
  private static final String[] SPACES = {" ", " ", " ", "", "", "\n", "\n\n", "\t", "  ",
      "\u00A0", "\u2002"};

  private static String randomText(Random random, int pieces) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < pieces; k++) {
      int r = random.nextInt(20);
      if (r == 0) {
        sb.append((char) random.nextInt(Character.MAX_VALUE + 1));
      } else {
        sb.append(PIECES[random.nextInt(PIECES.length)]);
      }
      if (r % 3 != 0) {
        sb.append(SPACES[random.nextInt(SPACES.length)]);
      }
    }
    return sb.toString();
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append(c >= 32 && c < 127 ? String.valueOf(c) : String.format("\\u%04X", (int) c));
    }
    return sb.length() > 2_000 ? sb.substring(0, 2_000) + "..." : sb.toString();
  }
}
