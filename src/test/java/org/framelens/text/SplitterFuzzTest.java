package org.framelens.text;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes the rule-based sentence splitter and the tokenizer (docs/FUZZING.md). The input bytes
 * are read as UTF-8 (bad bytes become U+FFFD); the text is split once as a single paragraph and
 * once line by line, and every sentence is tokenized. Checked on every input: the
 * {@link SentenceSplitter} contract and the token invariants of {@link TextInvariants}.
 */
class SplitterFuzzTest {

  private static final RuleSentenceSplitter SPLITTER = RuleSentenceSplitter.english();
  private static final Tokenizer TOKENIZER = new Tokenizer(Abbreviations.english());

  @FuzzTest(maxDuration = "10s")
  void splitAndTokenize(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    List<Span> paragraphs = new ArrayList<>();
    paragraphs.add(new Span(0, text.length()));
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        paragraphs.add(new Span(start, i));
        start = i + 1;
      }
    }
    for (Span p : paragraphs) {
      List<Span> sentences = SPLITTER.split(text, p);
      TextInvariants.sentences(text, p, sentences);
      for (Span s : sentences) {
        TextInvariants.tokens(text, s, TOKENIZER.tokenize(text, s));
      }
    }
  }
}
