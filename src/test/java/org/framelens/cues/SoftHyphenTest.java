package org.framelens.cues;

import static org.framelens.cues.CueTestSupport.analyse;
import static org.framelens.cues.CueTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.framelens.cues.CueTestSupport.Result;
import org.framelens.text.Token;
import org.junit.jupiter.api.Test;

/**
 * Soft hyphens (U+00AD, HTML's {@code &shy;}: invisible hyphenation points that some sites put
 * inside long words) do not hide a word: {@code re&shy;gime} is one word, matched as "regime",
 * and the evidence span keeps the original characters. Before, each part was a word of its own
 * and no cue was found.
 */
class SoftHyphenTest {

  private static final String PLAIN =
      "The regime staged the drills under the pretext of defence, a so-called exercise. "
          + "Some argue that the alleged threat was invented.";
  private static final String SHY = PLAIN.replace("regime", "re\u00ADgime")
      .replace("pretext", "pre\u00ADtext").replace("so-called", "so-\u00ADcalled")
      .replace("argue", "ar\u00ADgue").replace("alleged", "al\u00ADleged");

  @Test
  void cuesAreTheSameWithAndWithoutSoftHyphensAndSpansKeepThem() {
    Result plain = run(PLAIN);
    Result shy = run(SHY);
    assertEquals(rules(plain), rules(shy), shy.describe());
    assertEquals(List.of("re\u00ADgime", "under the pre\u00ADtext", "so-\u00ADcalled",
        "al\u00ADleged threat"), shy.of(CueType.LOADED).stream().map(e -> shy.text(e.span())).toList());
    assertEquals(List.of("Some ar\u00ADgue"),
        shy.of(CueType.WEASEL).stream().map(e -> shy.text(e.span())).toList());
  }

  @Test
  void aWordWithSoftHyphensIsOneToken() {
    String text = "The re\u00ADgime and the so-\u00ADcalled talks\u00AD ended.";
    List<String> words = analyse(text).sentences().get(0).tokens().stream()
        .map(t -> t.text(text)).toList();
    assertEquals(List.of("The", "re\u00ADgime", "and", "the", "so-\u00ADcalled", "talks",
        "\u00AD", "ended", "."), words);
  }

  private static List<String> rules(Result r) {
    return r.cues().evidence().stream().map(e -> e.type() + " " + e.ruleId()).toList();
  }
}
