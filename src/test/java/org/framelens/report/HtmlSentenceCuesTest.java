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
 * three stream filters it replaces found.
 */
class HtmlSentenceCuesTest {

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
}
