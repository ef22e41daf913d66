package org.framelens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {

  private final QuoteFinder finder = new QuoteFinder();

  /** Paragraphs are the lines of {@code text}. */
  private QuoteMap find(String text) {
    List<Span> paras = new ArrayList<>();
    int start = 0;
    for (String line : text.split("\n", -1)) {
      if (!line.isBlank()) {
        paras.add(new Span(start, start + line.length()).trim(text));
      }
      start += line.length() + 1;
    }
    return finder.find(text, paras);
  }

  private static List<String> quoted(String text, QuoteMap m) {
    return m.quotes().stream().map(q -> q.span().text(text)).toList();
  }

  @Test
  void curlyDoubleQuotes() {
    String t = "France called it a “violent gesture” on Friday.";
    QuoteMap m = find(t);
    assertEquals(List.of("“violent gesture”"), quoted(t, m));
    assertTrue(m.isQuoted(t.indexOf("violent")));
    assertFalse(m.isQuoted(t.indexOf("France")));
  }

  @Test
  void straightDoubleQuotes() {
    String t = "\"The presidents decided,\" the minister said, calling it \"necessary.\"";
    assertEquals(List.of("\"The presidents decided,\"", "\"necessary.\""), quoted(t, find(t)));
  }

  @Test
  void apostrophesAreNotQuotationMarks() {
    String t = "Russia’s allies don't say the allies’ plans and Russia's aims are clear.";
    QuoteMap m = find(t);
    assertEquals(List.of(), quoted(t, m));
  }

  /** British style: a plural possessive inside a single quotation is no closing mark. */
  @Test
  void pluralPossessiveInsideSingleQuotationDoesNotCloseIt() {
    String t = "‘We will not be intimidated,’ she told the BBC. ‘The Russians’ drills are a"
        + " provocation.’";
    assertEquals(List.of("‘We will not be intimidated,’",
        "‘The Russians’ drills are a provocation.’"), quoted(t, find(t)));
    String s = "'The allies' plans and the troops' drills are a provocation', she said.";
    assertEquals(List.of("'The allies' plans and the troops' drills are a provocation'"),
        quoted(s, find(s)));
    // without a later closer the mark after the s closes the quotation, as before
    String u = "He said the 'so-called exercises' were a threat, and the allies' plans too.";
    assertEquals(List.of("'so-called exercises'"), quoted(u, find(u)));
    // a later quotation opened before the closer: the mark after the s closes the first
    String v = "The ‘exercises’ were, he said, a ‘provocation.’";
    assertEquals(List.of("‘exercises’", "‘provocation.’"), quoted(v, find(v)));
  }

  @Test
  void singleQuotesUsedAsQuotationMarks() {
    String t = "Officials spoke of ‘External aggression’ and 'red lines' again.";
    assertEquals(List.of("‘External aggression’", "'red lines'"), quoted(t, find(t)));
  }

  @Test
  void nestedQuotations() {
    String t = "He criticized Westerners who “refuse to see the ‘red lines’ defined by Russia”.";
    QuoteMap m = find(t);
    List<Quote> qs = m.quotes();
    assertEquals(2, qs.size());
    assertEquals("“refuse to see the ‘red lines’ defined by Russia”", qs.get(0).span().text(t));
    assertEquals(1, qs.get(0).depth());
    assertEquals("‘red lines’", qs.get(1).span().text(t));
    assertEquals(2, qs.get(1).depth());
  }

  @Test
  void lowDoubleQuotesCloseWithEitherHighMark() {
    String t = "Er sagte „wir bleiben“ und „wir gehen” heute, „und dann –“, sagte er. "
        + "Danach nichts.";
    QuoteMap m = find(t);
    assertEquals(List.of("„wir bleiben“", "„wir gehen”", "„und dann –“"), quoted(t, m));
    assertTrue(m.quotes().stream().allMatch(Quote::closed));
    assertFalse(m.isQuoted(t.indexOf("Danach")));
  }

  @Test
  void lowSingleQuotesCloseWithEitherHighMarkButNotAtApostrophes() {
    String t = "Sie nannten es ‚Russia’s plan‘ und ‚don’t go’ sowie ‚Putins Krieg’ heute.";
    QuoteMap m = find(t);
    assertEquals(List.of("‚Russia’s plan‘", "‚don’t go’", "‚Putins Krieg’"), quoted(t, m));
    assertFalse(m.isQuoted(t.indexOf("heute")));
  }

  @Test
  void lowQuotationsNest() {
    String t = "Er sagte „sie nennen es ‚Übung‘ und mehr“ dann. Und „er nannte es “Wahnsinn” "
        + "heute“ danach.";
    QuoteMap m = find(t);
    assertEquals(List.of("„sie nennen es ‚Übung‘ und mehr“", "‚Übung‘",
        "„er nannte es “Wahnsinn” heute“", "“Wahnsinn”"), quoted(t, m));
    assertEquals(List.of(1, 2, 1, 2), m.quotes().stream().map(Quote::depth).toList());
    assertFalse(m.isQuoted(t.indexOf("dann")));
    assertFalse(m.isQuoted(t.indexOf("danach")));
  }

  @Test
  void lowQuotationContinuesWhenTheNextParagraphReopensIt() {
    String t = "Er sagte: „Wir bleiben.\n„Wir gehen nicht“, sagte er.\nDas Ende.";
    QuoteMap m = find(t);
    assertEquals(List.of("„Wir bleiben.", "„Wir gehen nicht“"), quoted(t, m));
    assertEquals(m.quotes().get(0).id(), m.quotes().get(1).id());
    assertFalse(m.isQuoted(t.indexOf("sagte er")));
  }

  /** Without a low-9 mark open, “ and ‘ open quotations as before. */
  @Test
  void highMarksStillOpenEnglishQuotations() {
    String t = "He said “no” and ‘never’, then “open again";
    assertEquals(List.of("“no”", "‘never’", "“open again"), quoted(t, find(t)));
    String mixed = "„Zu“ and then “English”";
    assertEquals(List.of("„Zu“", "“English”"), quoted(mixed, find(mixed)));
  }

  /** A low-9 mark inside a word (as in mojibake "â‚¬") opens no single quotation. */
  @Test
  void lowSingleMarkInsideAWordIsNoQuotation() {
    String t = "Obama\u00e2\u201a\u00acs plan, Berlin\u201a Germany, \u201a alone.";
    assertEquals(List.of(), quoted(t, find(t)));
  }

  @Test
  void quotationContinuesWhenTheNextParagraphReopensIt() {
    String t = "He said: “Over the last days, we have seen movement.\n"
        + "“This is the biggest deployment” as well as jets, he said.";
    QuoteMap m = find(t);
    assertEquals(2, m.quotes().size());
    assertEquals(m.quotes().get(0).id(), m.quotes().get(1).id());
    assertTrue(m.isQuoted(t.indexOf("This is")));
    assertFalse(m.isQuoted(t.indexOf("as well")));
  }

  @Test
  void unclosedQuotationEndsAtTheParagraphWhenNotReopened() {
    String t = "He said: “we will stay\nThe next paragraph is the outlet's voice.";
    QuoteMap m = find(t);
    assertEquals(1, m.quotes().size());
    assertFalse(m.quotes().get(0).closed());
    assertTrue(m.isQuoted(t.indexOf("stay")));
    assertFalse(m.isQuoted(t.indexOf("next")));
  }

  @Test
  void quotedShareCountsNonWhitespaceCharacters() {
    String t = "ab “cd”";
    QuoteMap m = find(t);
    assertEquals(4.0 / 6.0, m.quotedShare(t, new Span(0, t.length())), 1e-9);
  }

  /** The one-pass share agrees with asking {@link QuoteMap#isQuoted} character by character. */
  @Test
  void shareAgreesWithIsQuotedOnEverySpan() {
    java.util.Random random = new java.util.Random(3);
    String alphabet = "ab \n“”\"'‘’«»„‚";
    for (int n = 0; n < 300; n++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(40);
      for (int i = 0; i < len; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String t = sb.toString();
      QuoteMap m = find(t);
      for (int a = 0; a <= t.length(); a++) {
        for (int b = a; b <= t.length(); b++) {
          int total = 0;
          int quoted = 0;
          for (int i = a; i < b; i++) {
            if (!TextInvariants.isSpace(t.charAt(i))) {
              total++;
              quoted += m.isQuoted(i) ? 1 : 0;
            }
          }
          QuoteMap.Share share = m.share(t, new Span(a, b));
          assertEquals(new QuoteMap.Share(quoted, total), share, t + " " + a + "-" + b);
          assertEquals(total == 0 ? 0.0 : (double) quoted / total, share.value());
        }
      }
    }
  }
}
