package org.framelens.learn;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.framelens.analyze.AnalyzedArticle;
import org.framelens.cues.Actors;
import org.framelens.cues.CueAnalyzer;
import org.framelens.cues.CueType;
import org.framelens.cues.Evidence;
import org.framelens.cues.Lexicon;
import org.framelens.eval.PtcCorpus;
import org.framelens.eval.SpanScore;
import org.framelens.ingest.IngestOptions;
import org.framelens.pipeline.Pipeline;
import org.framelens.text.Span;

/**
 * Measures whether expanding the loaded lexicon with word-vector neighbours helps: lexicon-only
 * loaded-span scores on PTC-style data with and without the expansion.
 */
public final class ExpansionCheck {

  private ExpansionCheck() {
  }

  /** Lexicon-only span score of {@code lexicon} on the corpus. */
  public static SpanScore score(Lexicon lexicon, Path articles, Path labels) throws IOException {
    CueAnalyzer cues = new CueAnalyzer(lexicon, Actors.none(), null);
    Pipeline text = Pipeline.textOnly(IngestOptions.defaults());
    SpanScore sc = new SpanScore();
    for (PtcCorpus.PtcArticle p : PtcCorpus.read(articles, labels)) {
      AnalyzedArticle a = LoadedTrainer.analyse(text, p);
      List<Span> pred = new ArrayList<>();
      for (Evidence e : cues.analyze(a).evidence()) {
        if (e.type() == CueType.LOADED) {
          pred.add(PtcCorpus.toCodePoints(p.text(), e.span()));
        }
      }
      sc.add(pred, p.gold(PtcCorpus.LOADED).stream()
          .map(s -> PtcCorpus.toCodePoints(p.text(), s)).toList());
    }
    return sc;
  }
}
