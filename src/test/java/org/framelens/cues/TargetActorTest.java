package org.framelens.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whom a loaded word is aimed at (found by a black-box hunt, 2026-11-22): never the speaker
 * whose words they are (Lavrov's own "so-called sanctions" were counted as aimed at Russia, and
 * in the worked example Minsk's "malicious people" at Belarus), and the actor a word stands
 * right before ("the brutal Russian army") rather than the nearest one named earlier.
 */
class TargetActorTest {

  private static List<String> targets(String text, CueType type) {
    CueTestSupport.Result r = CueTestSupport.run(text);
    return r.of(type).stream().map(e -> r.text(e.span()) + "->" + e.targetActor()).toList();
  }

  @Test
  void wordsAreNotAimedAtTheirSpeaker() {
    assertEquals(List.of("so-called->"),
        targets("“The so-called sanctions will fail,” Lavrov said.", CueType.LOADED));
    assertEquals(List.of("malicious->"), targets("According to Minsk, the drills answer threats "
        + "“created by malicious people close to the borders”.", CueType.LOADED));
    assertEquals(List.of("neo-Nazis->ukraine"), targets("The Kremlin said Ukraine's leaders are "
        + "neo-Nazis.", CueType.LOADED));
  }

  @Test
  void aWordRightBeforeAnActorIsAimedAtIt() {
    assertEquals(List.of("brutal->russia"),
        targets("NATO, facing the brutal Russian army, held firm.", CueType.LOADED));
    assertEquals(List.of("regime->belarus"),
        targets("NATO said the regime in Minsk sent more troops.", CueType.LOADED));
    assertEquals(List.of("staunch->belarus"),
        targets("Belarus is a staunch Russian ally on the border.", CueType.LOADED));
    assertEquals(List.of("claimed that->belarus"), targets("A Belarusian official claimed that "
        + "the first Russian soldiers arrived.", CueType.DOUBT));
    assertEquals(List.of("propaganda->russia"),
        targets("Ukraine rejected Kremlin propaganda on Monday.", CueType.LOADED));
  }
}
