package org.framelens.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.framelens.analyze.Sentence;
import org.framelens.cues.CueType;
import org.framelens.cues.Evidence;
import org.framelens.ingest.IngestOptions;
import org.framelens.pipeline.ArticleResult;
import org.framelens.pipeline.Pipeline;
import org.framelens.text.Span;

/**
 * Runs FrameLens's normal pipeline over annotated corpora and scores it. Articles are read as
 * {@code analyze} reads {@code .txt} files (so a title line is metadata, not text).
 */
public final class Evaluations {

  private Evaluations() {
  }

  /** PTC: loaded-language span scores, overall and recall per technique. */
  public record PtcResult(SpanScore loaded, Map<String, SpanScore> perTechnique, int articles) {
  }

  public static PtcResult ptc(Path articles, Path labels, Pipeline pipeline) throws IOException {
    List<PtcCorpus.PtcArticle> corpus = PtcCorpus.read(articles, labels);
    SpanScore loaded = new SpanScore();
    Map<String, SpanScore> per = new TreeMap<>();
    for (PtcCorpus.PtcArticle a : corpus) {
      ArticleResult r = single(pipeline, articles.resolve("article" + a.id() + ".txt"));
      List<Span> predicted = new ArrayList<>();
      if (r != null) {
        for (Evidence e : r.cues().evidence()) {
          if (e.type() == CueType.LOADED) {
            predicted.add(PtcCorpus.toCodePoints(a.text(), e.span()));
          }
        }
      }
      loaded.add(predicted, cp(a, a.gold(PtcCorpus.LOADED)));
      for (String t : a.gold().keySet()) {
        per.computeIfAbsent(t, k -> new SpanScore()).add(predicted, cp(a, a.gold(java.util.Set.of(t))));
      }
    }
    return new PtcResult(loaded, per, corpus.size());
  }

  private static List<Span> cp(PtcCorpus.PtcArticle a, List<Span> spans) {
    return spans.stream().map(s -> PtcCorpus.toCodePoints(a.text(), s)).toList();
  }

  /** PolNeAR: attribution cue, source and content scores by overlap. */
  public record PolnearResult(MatchScore cue, MatchScore source, MatchScore content,
      int articles) {
  }

  public static PolnearResult polnear(Path dir, Pipeline pipeline) throws IOException {
    MatchScore cue = new MatchScore();
    MatchScore source = new MatchScore();
    MatchScore content = new MatchScore();
    List<PolnearCorpus.PolnearArticle> corpus = PolnearCorpus.read(dir);
    for (PolnearCorpus.PolnearArticle a : corpus) {
      ArticleResult r = single(pipeline, a.file());
      List<Span> cues = new ArrayList<>();
      List<Span> sources = new ArrayList<>();
      List<Span> contents = new ArrayList<>();
      if (r != null) {
        for (Evidence e : r.cues().evidence()) {
          if (e.type() != CueType.ATTRIBUTION) {
            continue;
          }
          cues.add(e.span());
          if (e.sourceSpan() != null) {
            sources.add(e.sourceSpan());
          }
          Sentence s = r.analyzed().sentences().get(e.sentenceIndex());
          Span c = content(s.span(), e.span(), e.sourceSpan(), r.analyzed().text());
          if (c != null) {
            contents.add(c);
          }
        }
      }
      cue.add(cues, a.cues());
      source.add(sources, a.sources());
      content.add(contents, a.contents());
    }
    return new PolnearResult(cue, source, content, corpus.size());
  }

  /**
   * The content of an attribution: the larger part of the sentence outside the cue and source
   * (what is said), without surrounding punctuation.
   */
  static Span content(Span sentence, Span cue, Span source, String text) {
    int left = Math.min(cue.start(), source == null ? cue.start() : source.start());
    int right = Math.max(cue.end(), source == null ? cue.end() : source.end());
    Span before = trimPunct(new Span(sentence.start(), Math.max(sentence.start(), left)), text);
    Span after = trimPunct(new Span(Math.min(sentence.end(), right), sentence.end()), text);
    Span best = before.length() >= after.length() ? before : after;
    return best.length() >= 3 ? best : null;
  }

  private static Span trimPunct(Span s, String text) {
    int a = s.start();
    int b = s.end();
    while (a < b && (Character.isWhitespace(text.charAt(a)) || ",:;.".indexOf(text.charAt(a)) >= 0)) {
      a++;
    }
    while (b > a && (Character.isWhitespace(text.charAt(b - 1))
        || ",:;.".indexOf(text.charAt(b - 1)) >= 0)) {
      b--;
    }
    return new Span(a, b);
  }

  /** The result of the pipeline on one file, or null if it yielded no article. */
  static ArticleResult single(Pipeline pipeline, Path file) throws IOException {
    List<ArticleResult> out = new ArrayList<>();
    pipeline.run(List.of(file.toString()), out::add);
    return out.isEmpty() ? null : out.get(0);
  }

  /** Options used to read evaluation corpora: the defaults. */
  public static IngestOptions ingest() {
    return IngestOptions.defaults();
  }

}
