package org.framelens.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.framelens.ingest.Article;
import org.framelens.ingest.Metadata;
import org.framelens.text.Span;
import org.junit.jupiter.api.Test;

/**
 * The clean stage reads a {@code char[]} copy of the text and counts a heading's words without
 * {@code String.split}: it gives exactly what {@link LegacyCleaner} (the {@code charAt} version
 * it replaced) gave, on the seed articles and on random texts made of line breaks, white space,
 * boilerplate lines, datelines and headings; and the first matching rule is the one trying every
 * rule in file order finds.
 */
class CleanerCharArrayTest {

  private static final BoilerplateRules RULES = BoilerplateRules.defaults();
  private static final Cleaner CLEANER = new Cleaner(RULES);
  private static final LegacyCleaner LEGACY = new LegacyCleaner(RULES);

  @Test
  void sameAsBeforeOnTheSeeds() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of("seeds"))) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertTrue(files.size() >= 5);
    for (Path f : files) {
      String text = Files.readString(f, StandardCharsets.UTF_8);
      compare(text, 0);
      compare(text, text.indexOf('\n') + 1);
    }
  }

  @Test
  void sameAsBeforeOnRandomTexts() {
    Random random = new Random(11);
    for (int n = 0; n < 3_000; n++) {
      String text = randomText(random, 1 + random.nextInt(60));
      compare(text, random.nextInt(4) == 0 ? random.nextInt(text.length() + 1) : 0);
    }
  }

  @Test
  void wordsAreCountedAsSplitCountsThem() {
    Random random = new Random(5);
    String alphabet = "ab \t\n\u000B\f\r\u001C\u00A0\u2003x.";
    for (int n = 0; n < 20_000; n++) {
      StringBuilder sb = new StringBuilder("w");
      for (int k = random.nextInt(12); k > 0; k--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String line = sb.append('w').toString();
      assertEquals(line.split("\\s+").length, Cleaner.words(line.toCharArray(), 0, line.length()),
          line);
    }
  }

  private static void compare(String text, int bodyStart) {
    Article a = new Article("a", "a.txt", 1, "txt", Metadata.empty(), text, bodyStart);
    CleanArticle expected = LEGACY.clean(a);
    CleanArticle actual = CLEANER.clean(a);
    assertEquals(expected, actual, text);
    char[] chars = text.toCharArray();
    List<int[]> paragraphs = Cleaner.paragraphs(chars, bodyStart);
    List<int[]> legacy = LegacyCleaner.paragraphs(text, bodyStart);
    assertEquals(legacy.size(), paragraphs.size(), text);
    for (int k = 0; k < legacy.size(); k++) {
      assertEquals(List.of(legacy.get(k)[0], legacy.get(k)[1], legacy.get(k)[2]),
          List.of(paragraphs.get(k)[0], paragraphs.get(k)[1], paragraphs.get(k)[2]), text);
      Span span = new Span(paragraphs.get(k)[0], paragraphs.get(k)[1]);
      assertEquals(LegacyCleaner.isHeading(text, span), Cleaner.isHeading(chars, span), text);
      assertSame(byEveryRule(text.substring(span.start(), span.end())),
          RULES.firstMatch(text, chars, 0, span.start(), span.end()), text);
    }
  }

  private static BoilerplateRule byEveryRule(String line) {
    for (BoilerplateRule r : RULES.rules()) {
      if (r.matches(line)) {
        return r;
      }
    }
    return null;
  }

  /** Lines of the kinds the clean stage tells apart, and the pieces between them. */
  private static final String[] PIECES = {
      "The minister said.", "he added that", "and then", "Erdogan in Kiev", "KYIV (Reuters) — ",
      "MOSCOW: ", "UPDATE: ", "WASHINGTON, Feb. 3, 2022 -- ", "Advertisement", "Share this article",
      "© 2022 Reuters", "Copyright 2021", "All rights reserved.", "Read more: here",
      "By John Smith", "Photo: AP", "(Photo by AP)", "Tags: war", "Follow us on X",
      "“Quoted,” he said.", "\"Yes.\"", "’", "a b c d e f g h i", "\u00E9t\u00E9", "\uD83D\uDE00",
      "x\u000By", "x\fy", "x\u001Cy", "x\u00A0y", "\u2003", "Ü", "ß", "1.", ":", ";", "!",
  };
  private static final String[] BREAKS = {"\n", "\n", "\n\n", "\r\n", "\r", "\r\r\n", " ", "  \n",
      "\t\n", "\n \n", ""};

  private static String randomText(Random random, int pieces) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < pieces; k++) {
      sb.append(random.nextInt(15) == 0 ? String.valueOf((char) random.nextInt(0x3000))
          : PIECES[random.nextInt(PIECES.length)]);
      sb.append(BREAKS[random.nextInt(BREAKS.length)]);
    }
    return sb.toString();
  }

  /** A long line is never boilerplate, whatever it holds. */
  @Test
  void longLinesAreKept() {
    String line = "Advertisement ".repeat(50).strip();
    assertTrue(line.length() > Cleaner.MAX_BOILERPLATE_CHARS);
    compare(line, 0);
    compare("Advertisement\n" + line + "\nAdvertisement", 0);
  }
}
