package org.framelens.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.framelens.analyze.Sentence;
import org.framelens.ingest.IngestOptions;
import org.framelens.text.Token;

/**
 * Turns any corpus {@code analyze} can read into training sentences for Word2Vec: every
 * sentence's word and number tokens, lower-cased (curly apostrophes straightened, as the
 * embedder looks words up), joined by single spaces.
 *
 * @param sentences one line of tokens per sentence
 * @param tokens    number of tokens in all sentences
 * @param run       what became of the inputs
 */
public record TrainingCorpus(List<String> sentences, long tokens, RunResult run) {

  public static TrainingCorpus read(List<String> inputs, IngestOptions options) throws IOException {
    List<String> out = new ArrayList<>();
    long[] tokens = {0};
    RunResult run = Pipeline.textOnly(options).run(inputs, r -> {
      String text = r.analyzed().text();
      for (Sentence s : r.analyzed().sentences()) {
        StringBuilder b = new StringBuilder();
        for (Token t : s.tokens()) {
          if (t.kind().isWordLike()) {
            if (b.length() > 0) {
              b.append(' ');
            }
            b.append(org.framelens.cues.PhrasePattern.normalise(t.text(text)));
            tokens[0]++;
          }
        }
        if (b.length() > 0) {
          out.add(b.toString());
        }
      }
    });
    return new TrainingCorpus(out, tokens[0], run);
  }
}
