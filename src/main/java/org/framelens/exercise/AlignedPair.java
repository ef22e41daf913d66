package org.framelens.exercise;

import java.util.List;
import org.framelens.compare.Alignment;
import org.framelens.embed.SentenceEmbedder;
import org.framelens.pipeline.ArticleResult;

/**
 * Two sentences of different outlets reporting the same fact, as the alignment stage found
 * them. This is the only place the exercise package touches {@link Alignment}, so a change of
 * its internals stays here.
 *
 * @param articleA   one article
 * @param sentenceA  its sentence
 * @param articleB   an article of another outlet
 * @param sentenceB  its most similar sentence
 * @param similarity cosine of the two sentences (at least {@link Alignment#PAIR_SIMILARITY})
 */
public record AlignedPair(String articleA, int sentenceA, String articleB, int sentenceB,
    double similarity) {

  /** Aligns the articles' sentences with the run's embedder (its public API only). */
  public static List<AlignedPair> align(SentenceEmbedder embedder, List<ArticleResult> results) {
    Alignment alignment = new Alignment(embedder);
    results.forEach(alignment::add);
    List<Alignment.Pair> pairs;
    try {
      // the results are all at hand, so a "second reading" past the memory budget replays them
      pairs = alignment.pairs((which, sink) -> {
        for (ArticleResult r : results) {
          if (which.test(r.analyzed().article())) {
            sink.accept(r);
          }
        }
      });
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e); // the replay does no I/O
    }
    return pairs.stream().map(p -> new AlignedPair(p.articleA(), p.sentenceA(),
        p.articleB(), p.sentenceB(), p.similarity())).toList();
  }
}
