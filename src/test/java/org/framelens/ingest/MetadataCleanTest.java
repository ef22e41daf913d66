package org.framelens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import org.framelens.text.Utf16;
import org.junit.jupiter.api.Test;

/**
 * Metadata white space (Java's and Unicode's: no-break spaces too) is trimmed and collapsed; the
 * fast paths of metadata cleaning and of {@link Utf16#wellFormed} change nothing.
 */
class MetadataCleanTest {

  private static final String ALPHABET = "ab \t\n\u000B\f\r\u00a0\u2003\u3000\u0085\u001c"
      + "\ud800\udc00\u00e9.\u202f\u2007\u200b\ufeff\u2028";

  /** White space as {@link Metadata} cleans it. */
  private static final String WHITE = "[\\p{javaWhitespace}\\p{Zs}\\p{Zl}\\p{Zp}\u200B\uFEFF]+";

  private static String slow(String s) {
    return s.replaceAll("\\A" + WHITE + "|" + WHITE + "\\z", "").replaceAll(WHITE, " ");
  }

  @Test
  void noBreakAndOtherUnicodeSpacesAreTrimmedLikeAsciiOnes() {
    assertEquals("BBC", new Metadata("", "BBC\u00a0", "", "", "").source());
    assertEquals("BBC", new Metadata("", "\u202f BBC\u200b", "", "", "").source());
    assertEquals("BBC News", new Metadata("", "BBC\u00a0\u00a0News", "", "", "").source());
    assertEquals("", new Metadata("", "\u00a0\ufeff", "", "", "").source());
  }

  @Test
  void cleanTextsAreRecognised() {
    Random r = new Random(5);
    for (int i = 0; i < 200_000; i++) {
      StringBuilder b = new StringBuilder();
      int n = r.nextInt(8);
      for (int k = 0; k < n; k++) {
        b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
      }
      String s = b.toString();
      String slow = slow(s);
      if (Metadata.isClean(s)) {
        assertEquals(slow, s, () -> "clean: " + s.chars().mapToObj(Integer::toHexString).toList());
      }
      assertEquals(Utf16.wellFormed(slow), new Metadata(s, "", "", "", "").title());
    }
  }

  @Test
  void anEmptyOverrideKeepsTheMetadata() {
    Metadata m = new Metadata("t", "s", "2020-01-02", "u", "x");
    assertSame(m, m.overriddenBy(Metadata.empty()));
    assertEquals(new Metadata("T", "s", "2020-01-02", "u", "x"),
        m.overriddenBy(new Metadata("T", "", "", "", "")));
  }

  /** The old definition, char by char. */
  private static String reference(String s) {
    char[] a = s.toCharArray();
    for (int i = 0; i < a.length; i++) {
      if (Character.isHighSurrogate(a[i]) && i + 1 < a.length && Character.isLowSurrogate(a[i + 1])) {
        i++;
      } else if (Character.isSurrogate(a[i])) {
        a[i] = '\uFFFD';
      }
    }
    return new String(a);
  }

  @Test
  void wellFormedReplacesLoneSurrogatesOnly() {
    Random r = new Random(9);
    String chars = "a\u00e9\u0915\ud83d\ude00\ud800\udfff\udbff\uFFFD";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      int n = r.nextInt(3) == 0 ? r.nextInt(6000) : r.nextInt(10);
      for (int k = 0; k < n; k++) {
        b.append(r.nextInt(50) == 0 ? chars.charAt(r.nextInt(chars.length())) : 'x');
      }
      String s = b.toString();
      String w = Utf16.wellFormed(s);
      assertEquals(reference(s), w);
      if (w.equals(s)) {
        assertSame(s, w, "the same string when nothing is replaced");
      }
    }
  }
}
