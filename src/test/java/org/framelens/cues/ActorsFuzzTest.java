package org.framelens.cues;

import static org.framelens.text.TextInvariants.check;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.framelens.text.Abbreviations;
import org.framelens.text.Span;
import org.framelens.text.Token;
import org.framelens.text.Tokenizer;

/**
 * Fuzzes the reader of actors files ({@code --actors}, docs/FUZZING.md). The documented
 * rejection is an IllegalArgumentException whose message starts with the file name; accepted
 * actors are then looked for in the file's own words, and mentions must not overlap.
 */
class ActorsFuzzTest {

  private static final Tokenizer TOKENIZER = new Tokenizer(Abbreviations.english());

  @FuzzTest(maxDuration = "10s")
  void parseActors(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    Actors actors;
    try {
      actors = Actors.parse(new StringReader(text), "fuzz.tsv");
    } catch (IllegalArgumentException e) {
      check(e.getMessage() != null && e.getMessage().startsWith("fuzz.tsv:"),
          "rejection that does not name the file: " + e.getMessage());
      return;
    } catch (IOException e) {
      throw new AssertionError("IOException from a StringReader", e);
    }
    List<String> raw = new ArrayList<>();
    List<String> lower = new ArrayList<>();
    for (Token t : TOKENIZER.tokenize(text, new Span(0, text.length()))) {
      raw.add(t.text(text));
      lower.add(PhrasePattern.normalise(t.text(text)));
    }
    int last = 0;
    for (Actors.Mention m : actors.find(raw, lower)) {
      check(m.fromToken() >= last && m.fromToken() < m.toToken() && m.toToken() <= raw.size(),
          "mention " + m + " overlaps or lies outside " + raw.size() + " tokens");
      last = m.toToken();
    }
  }
}
