package org.framelens.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.framelens.text.Span;
import org.framelens.text.Token;
import org.junit.jupiter.api.Test;

/** A sentence's match tokens hold what the String per token they replace held. */
class MatchTokensTest {

  private static final String[] PIECES = {"a", "Z", "the", "Kremlin", "’s", "don", "n't", "É",
      "é", "İstanbul", "ΣΟΦΟΣ", "straße", "1", "-", ",", "“", "\uD835\uDC00x", "\uD835", "ǅ",
      "Mr.", "ﬁ", "U.S."};

  @Test
  void tokensAreNormalisedAsPhrasePatternNormalisesThem() {
    Random r = new Random(11);
    for (int round = 0; round < 2000; round++) {
      StringBuilder text = new StringBuilder("» ");
      List<Token> tokens = new ArrayList<>();
      int n = r.nextInt(9);
      for (int i = 0; i < n; i++) {
        int start = text.length();
        int parts = 1 + r.nextInt(2);
        for (int p = 0; p < parts; p++) {
          text.append(PIECES[r.nextInt(PIECES.length)]);
        }
        tokens.add(new Token(new Span(start, text.length()), Token.Kind.WORD));
        text.append(' ');
      }
      String s = text.toString();
      MatchTokens m = MatchTokens.of(s, tokens);
      WordIds ids = new WordIds(List.of("the", "kremlin", "’s", "'s", "istanbul", "σοφος"));
      assertEquals(n, m.size());
      int[] id = m.ids(ids);
      for (int i = 0; i < n; i++) {
        String raw = tokens.get(i).text(s);
        String lower = PhrasePattern.normalise(raw);
        assertEquals(raw, m.raw(i));
        assertEquals(lower, m.lower(i));
        assertEquals(raw, m.rawList().get(i));
        assertEquals(lower, m.lowerList().get(i));
        assertEquals(ids.id(lower), id[i], lower);
        assertEquals(raw.codePointAt(0), m.rawCodePoint(i), raw);
        assertEquals(true, m.rawEquals(i, raw));
        assertEquals(false, m.rawEquals(i, raw + "x"));
        assertEquals(Character.isLetterOrDigit(lower.codePointAt(0)),
            m.startsWithLetterOrDigit(i), lower);
        assertEquals(lower.charAt(0), m.first(i));
        for (String prefix : new String[] {"t", "th", "kr", "é", "i", lower}) {
          assertEquals(lower.startsWith(prefix), m.startsWith(i, prefix.toCharArray()), prefix);
        }
      }
    }
  }
}
