package org.framelens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.framelens.cues.CueType;
import org.framelens.cues.Evidence;
import org.framelens.cues.Match;
import org.framelens.cues.Voice;
import org.framelens.text.Span;
import org.junit.jupiter.api.Test;

/**
 * The report page sorts an article's cues by sentence in one pass ({@link
 * HtmlReportWriter#bySentence}) and finds, per sentence, the cues and the claim note that the
 * three stream filters it replaces found; it copies its part file as the line-by-line copy it
 * replaces did.
 */
class HtmlSentenceCuesTest {

  @org.junit.jupiter.api.io.TempDir
  java.nio.file.Path tmp;

  @Test
  void thePartFileIsCopiedAsLineByLine() throws java.io.IOException {
    Random r = new Random(37);
    String[] alphabet = {"a", "b", "<", ">", "\r", "\n", "\u00e9", "\u2014", "\ud83d\ude00"};
    java.nio.file.Path part = tmp.resolve("part");
    for (int round = 0; round < 3000; round++) {
      StringBuilder b = new StringBuilder();
      int len = round % 100 == 0 ? 200_000 : r.nextInt(30);
      for (int i = 0; i < len; i++) {
        b.append(alphabet[r.nextInt(alphabet.length)]);
      }
      java.nio.file.Files.writeString(part, b, java.nio.charset.StandardCharsets.UTF_8);
      java.io.ByteArrayOutputStream expected = new java.io.ByteArrayOutputStream();
      try (var lines = java.nio.file.Files.lines(part, java.nio.charset.StandardCharsets.UTF_8)) {
        for (var it = lines.iterator(); it.hasNext(); ) {
          expected.writeBytes((it.next() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
      }
      java.io.ByteArrayOutputStream copied = new java.io.ByteArrayOutputStream();
      HtmlReportWriter.copyLines(part, copied);
      org.junit.jupiter.api.Assertions.assertArrayEquals(expected.toByteArray(),
          copied.toByteArray(), b.toString());
    }
  }

  private static final CueType[] TYPES = CueType.values();

  private static Evidence evidence(Random r, int sentences) {
    CueType type = r.nextInt(4) == 0 ? CueType.UNATTRIBUTED_CLAIM : TYPES[r.nextInt(TYPES.length)];
    int start = r.nextInt(100);
    return new Evidence(type, "c", "rule" + r.nextInt(5), r.nextInt(sentences + 2),
        new Span(start, start + 1 + r.nextInt(9)), r.nextBoolean() ? Voice.AUTHOR : Voice.QUOTED,
        null, null, "", Match.RULE, 1, "why " + r.nextInt(1000));
  }

  @Test
  void perSentenceCuesAndClaimNotesAreWhatTheStreamsFound() {
    Random r = new Random(31);
    for (int round = 0; round < 2000; round++) {
      int sentences = r.nextInt(8);
      List<Evidence> all = new ArrayList<>();
      for (int k = r.nextInt(25); k > 0; k--) {
        all.add(evidence(r, sentences));
      }
      List<List<Evidence>> marks = new ArrayList<>();
      String[] notes = new String[sentences];
      HtmlReportWriter.bySentence(all, marks, notes);
      for (int index = 0; index < sentences; index++) {
        int i = index;
        // what HtmlReportWriter.accept computed per sentence before
        List<Evidence> ev = all.stream()
            .filter(e -> e.sentenceIndex() == i && e.type() != CueType.UNATTRIBUTED_CLAIM)
            .toList();
        boolean claim = all.stream().anyMatch(e -> e.sentenceIndex() == i
            && e.type() == CueType.UNATTRIBUTED_CLAIM);
        String claimNote = all.stream().filter(e -> e.sentenceIndex() == i
            && e.type() == CueType.UNATTRIBUTED_CLAIM)
            .map(Evidence::explanation).findFirst().orElse("");
        assertEquals(ev, i < marks.size() ? marks.get(i) : List.of());
        assertEquals(claim, notes[i] != null);
        assertEquals(claimNote, notes[i] == null ? "" : notes[i]);
      }
    }
  }

  /** Every character the encoder's shortcut lets through, jsoup leaves as it is. */
  @Test
  void textWithoutCharactersToEscapeIsWhatJsoupGives() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (HtmlReportWriter.unescaped((char) c)) {
        String s = "a" + (char) c + "b";
        assertEquals(org.jsoup.nodes.Entities.escape(s), s, Integer.toHexString(c));
      }
    }
    Random r = new Random(43);
    String alphabet = "ab <>&\"'\u00a0\u00a1\u00e9\u201c\u201d\u2014\t\n\r\u0001\u007f\ud83d\ude00\ud800";
    for (int i = 0; i < 100_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = r.nextInt(12); k > 0; k--) {
        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String s = b.toString();
      assertEquals(org.jsoup.nodes.Entities.escape(s), HtmlReportWriter.esc(s), s);
    }
    assertEquals("", HtmlReportWriter.esc(null));
  }
}
