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
 * Fuzzes the reader of user lexicon files ({@code --lexicon}, docs/FUZZING.md). The documented
 * rejection is an IllegalArgumentException whose message starts with the file name (and line);
 * an accepted lexicon is then run over the words of its own examples, and every hit must lie
 * inside those words.
 */
class LexiconFuzzTest {

  private static final Tokenizer TOKENIZER = new Tokenizer(Abbreviations.english());

  @FuzzTest(maxDuration = "10s")
  void parseLexicon(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    Lexicon lexicon;
    try {
      lexicon = Lexicon.parse(new StringReader(text), "fuzz.tsv");
    } catch (IllegalArgumentException e) {
      check(e.getMessage() != null && e.getMessage().startsWith("fuzz.tsv:"),
          "rejection that does not name the file: " + e.getMessage());
      return;
    } catch (IOException e) {
      throw new AssertionError("IOException from a StringReader", e);
    }
    for (LexiconEntry e : lexicon.entries()) {
      String example = e.exampleHit().replace("[[", "").replace("]]", "") + " " + e.exampleMiss();
      List<String> words = new ArrayList<>();
      for (Token t : TOKENIZER.tokenize(example, new Span(0, example.length()))) {
        words.add(PhrasePattern.normalise(t.text(example)));
      }
      for (Lexicon.Hit h : lexicon.find(words)) {
        check(0 <= h.fromToken() && h.fromToken() < h.toToken() && h.toToken() <= words.size(),
            "hit " + h.fromToken() + ".." + h.toToken() + " outside " + words.size() + " words");
      }
    }
  }
}
