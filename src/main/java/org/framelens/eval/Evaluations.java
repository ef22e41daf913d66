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

  /**
   * PTC: loaded-language span scores, overall and recall per technique.
   *
   * @param notes what the user should know about the data, such as labelled articles missing
   *              from the folder (one sentence each)
   */
  public record PtcResult(SpanScore loaded, Map<String, SpanScore> perTechnique, int articles,
      List<String> notes) {

    public PtcResult {
      notes = List.copyOf(notes);
    }
  }

  /**
   * Scores the loaded-language spans of the PTC articles in {@code articles}.
   *
   * @throws NothingToScoreException when the labels file holds no label, none of the articles
   *     it labels is in {@code articles}, or those that are have no loaded-language span
   */
  public static PtcResult ptc(Path articles, Path labels, Pipeline pipeline) throws IOException {
    PtcCorpus.Corpus c = PtcCorpus.load(articles, labels);
    List<PtcCorpus.PtcArticle> corpus = c.articles();
    List<String> notes = new ArrayList<>();
    int labelled = c.labelledIds().size();
    if (labelled == 0) {
      throw new NothingToScoreException(labels + " holds no label (id<TAB>technique<TAB>start"
          + "<TAB>end lines): there is nothing to score");
    }
    List<String> missing = c.missing().stream().map(id -> "article" + id + ".txt").toList();
    if (missing.size() == labelled) {
      throw new NothingToScoreException("no labelled article was found in " + articles
          + ": none of the " + labelled + " article(s) labelled in " + labels + " is there ("
          + examples(missing) + ")" + (corpus.isEmpty()
              ? "; the folder holds no article<ID>.txt file at all" : "")
          + "; there is nothing to score");
    }
    if (!missing.isEmpty()) {
      notes.add(missing.size() + " of the " + labelled + " articles labelled in " + labels
          + " are not in " + articles + " (" + examples(missing)
          + "); they are left out of the scores");
    }
    if (corpus.stream().allMatch(a -> a.gold(PtcCorpus.LOADED).isEmpty())) {
      throw new NothingToScoreException("the labelled articles in " + articles + " have no "
          + "Loaded_Language or Name_Calling,Labeling span in " + labels
          + ": there is no gold span to score against");
    }
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
    return new PtcResult(loaded, per, corpus.size(), notes);
  }

  /** The first three names, and "…" when there are more. */
  static String examples(List<String> names) {
    return String.join(", ", names.subList(0, Math.min(3, names.size())))
        + (names.size() > 3 ? ", …" : "");
  }

  /** The file names of {@code files} (see {@link #examples}). */
  /**
   * The error for a corpus folder {@code dir} in which no article has its annotation: its
   * {@code textDir} holds no {@code fileKind} at all, or only the {@code unannotated} ones
   * ({@code what}, each lacking {@code annotation}).
   */
  private static NothingToScoreException noneAnnotated(Path dir, List<Path> unannotated,
      Path textDir, String fileKind, String what, String annotation) {
    return new NothingToScoreException("no annotated article was found in " + dir + ": "
        + (unannotated.isEmpty() ? textDir + " holds no " + fileKind
            : "none of the " + unannotated.size() + " " + what + " in " + textDir + " ("
                + fileExamples(unannotated) + ") has " + annotation)
        + "; there is nothing to score");
  }

  private static String fileExamples(List<Path> files) {
    return examples(files.stream().map(f -> f.getFileName().toString()).toList());
  }

  private static List<Span> cp(PtcCorpus.PtcArticle a, List<Span> spans) {
    return spans.stream().map(s -> PtcCorpus.toCodePoints(a.text(), s)).toList();
  }

  /**
   * PolNeAR: attribution cue, source and content scores by overlap.
   *
   * @param notes what the user should know about the data, such as texts without annotations
   */
  public record PolnearResult(MatchScore cue, MatchScore source, MatchScore content,
      int articles, List<String> notes) {

    public PolnearResult {
      notes = List.copyOf(notes);
    }
  }

  /**
   * Scores the attributions found in a PolNeAR split.
   *
   * @throws NothingToScoreException when no text has an annotation file, or the annotations hold
   *     no attribution cue
   */
  public static PolnearResult polnear(Path dir, Pipeline pipeline) throws IOException {
    MatchScore cue = new MatchScore();
    MatchScore source = new MatchScore();
    MatchScore content = new MatchScore();
    PolnearCorpus.Corpus read = PolnearCorpus.load(dir);
    List<PolnearCorpus.PolnearArticle> corpus = read.articles();
    List<Path> unannotated = read.unannotated();
    Path text = dir.resolve("text");
    Path attributions = dir.resolve("attributions");
    if (corpus.isEmpty()) {
      throw noneAnnotated(dir, unannotated, text, ".txt file", "text(s)",
          "an annotation file NAME_ANNOTATOR.ann in " + attributions);
    }
    List<String> notes = new ArrayList<>();
    if (!unannotated.isEmpty()) {
      notes.add(unannotatedNote(unannotated, corpus.size(), text, attributions));
    }
    if (!read.textless().isEmpty()) {
      notes.add(orphanNote(read.textless(), corpus.size(), attributions, text, "text"));
    }
    if (!read.skipped().isEmpty()) {
      notes.add(read.skipped().size() + " line(s) of the annotation files are not brat "
          + "annotations (an id such as T12, a tab, then the annotation) and were skipped ("
          + examples(read.skipped()) + ")");
    }
    if (corpus.stream().allMatch(a -> a.cues().isEmpty())) {
      throw new NothingToScoreException("the annotation files in " + attributions + " hold no "
          + "Cue span: there is no gold attribution to score against");
    }
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
    return new PolnearResult(cue, source, content, corpus.size(), notes);
  }

  /** The note on the files in {@code folder} without an annotation file in {@code annotations}. */
  private static String unannotatedNote(List<Path> unannotated, int annotated, Path folder,
      Path annotations) {
    return unannotated.size() + " of the " + (unannotated.size() + annotated) + " article files in "
        + folder + " have no annotation file in " + annotations + " ("
        + fileExamples(unannotated) + "); they are left out of the scores";
  }

  /**
   * The note on the annotation files in {@code annotations} whose article or text is not in
   * {@code folder}.
   */
  private static String orphanNote(List<Path> orphans, int annotated, Path annotations,
      Path folder, String what) {
    return orphans.size() + " of the " + (orphans.size() + annotated) + " annotation files in "
        + annotations + " have no " + what + " in " + folder + " (" + fileExamples(orphans)
        + "); they are left out of the scores";
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


  /** The default threshold on {@code loaded_score} above which a sentence counts as biased. */
  public static final double BIASED_THRESHOLD = 0.5;

  /** BABE: sentence-level bias from {@code loaded_score}, and flagged words. */
  public record BabeResult(double macroF1, double f1Biased, double f1NonBiased, double auc,
      double wordPrecision, double wordRecall, double wordF1, int rows, int skipped,
      int biased, int predictedBiased) {
  }

  /**
   * Scores sentence bias and flagged words on a BABE file.
   *
   * @throws NothingToScoreException when no row is labelled Biased or Non-biased
   */
  public static BabeResult babe(Path file, Pipeline pipeline) throws IOException {
    List<BabeCorpus.BabeRow> rows = BabeCorpus.read(file);
    if (rows.stream().noneMatch(BabeCorpus.BabeRow::isLabelled)) {
      throw new NothingToScoreException(rows.isEmpty()
          ? file + " has no row after its header: there is nothing to score"
          : "no row of " + file + " is labelled Biased or Non-biased in label_bias (its "
              + rows.size() + " row(s) are labelled otherwise, such as '" + rows.get(0).label()
              + "'): there is nothing to score");
    }
    List<Double> scores = new ArrayList<>();
    List<Boolean> gold = new ArrayList<>();
    long tp = 0;
    long fp = 0;
    long fn = 0;
    int skipped = 0;
    int[][] confusion = new int[2][2]; // [gold biased][predicted biased]
    for (BabeCorpus.BabeRow row : rows) {
      if (!row.isLabelled()) {
        skipped++;
        continue;
      }
      ArticleResult r = pipeline.analyze(new org.framelens.ingest.Article("babe:" + row.line(),
          file.toString(), row.line(), "csv", org.framelens.ingest.Metadata.empty(), row.text(), 0));
      double score = r.cues().sentences().stream().mapToDouble(c -> c.loadedScore()).max()
          .orElse(0);
      boolean predicted = score >= BIASED_THRESHOLD;
      scores.add(score);
      gold.add(row.isBiased());
      confusion[row.isBiased() ? 1 : 0][predicted ? 1 : 0]++;
      if (row.isBiased()) {
        java.util.Set<String> flagged = new java.util.TreeSet<>();
        for (Evidence e : r.cues().evidence()) {
          if (e.type() != CueType.LOADED) {
            continue;
          }
          for (Sentence sen : r.analyzed().sentences()) {
            for (org.framelens.text.Token t : sen.tokens()) {
              if (t.kind().isWordLike() && e.span().contains(t.span())) {
                flagged.add(t.text(row.text()).toLowerCase(java.util.Locale.ROOT));
              }
            }
          }
        }
        java.util.Set<String> want = new java.util.TreeSet<>(row.biasedWords());
        for (String w : flagged) {
          if (want.contains(w)) {
            tp++;
          } else {
            fp++;
          }
        }
        for (String w : want) {
          if (!flagged.contains(w)) {
            fn++;
          }
        }
      }
    }
    // a class no row is labelled with has no F1 (and the macro-F1 and the AUC none either):
    // NaN, written as an empty cell, rather than a 0 that halves the macro-F1
    double f1B = confusion[1][0] + confusion[1][1] == 0 ? Double.NaN
        : f1(confusion[1][1], confusion[0][1], confusion[1][0]);
    double f1N = confusion[0][0] + confusion[0][1] == 0 ? Double.NaN
        : f1(confusion[0][0], confusion[1][0], confusion[0][1]);
    double[] sc = scores.stream().mapToDouble(Double::doubleValue).toArray();
    boolean[] pos = new boolean[gold.size()];
    for (int i = 0; i < pos.length; i++) {
      pos[i] = gold.get(i);
    }
    double wp = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double wr = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    return new BabeResult((f1B + f1N) / 2, f1B, f1N, Stats.auc(sc, pos), wp, wr,
        wp + wr == 0 ? 0 : 2 * wp * wr / (wp + wr), rows.size(), skipped,
        confusion[1][0] + confusion[1][1], confusion[0][1] + confusion[1][1]);
  }

  private static double f1(long tp, long fp, long fn) {
    return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
  }

  /**
   * BASIL: voice of our hits on annotated phrases, and agreement on how loaded articles are.
   *
   * @param notes what the user should know about the data, such as articles without annotations
   */
  public record BasilResult(double quoteVoice, int quoteHits, double authorVoice, int authorHits,
      double spearman, double tripletTop1, int triplets, int articles, int unlocated,
      List<String> notes) {

    public BasilResult {
      notes = List.copyOf(notes);
    }
  }

  /** The outlets of a BASIL triplet: Fox News, the New York Times and the Huffington Post. */
  static final int TRIPLET = 3;

  /**
   * Scores the voice of loaded hits and per-article loadedness on a BASIL folder.
   *
   * @throws NothingToScoreException when no article has an annotation file
   */
  public static BasilResult basil(Path dir, Pipeline pipeline) throws IOException {
    BasilCorpus.Corpus c = BasilCorpus.load(dir);
    List<BasilCorpus.BasilArticle> corpus = c.articles();
    List<Path> unannotated = c.unannotated();
    Path articlesDir = dir.resolve("articles");
    Path annotationsDir = dir.resolve("annotations");
    if (corpus.isEmpty()) {
      throw noneAnnotated(dir, unannotated, articlesDir, ".json file", "article(s)",
          "its NAME_ann.json in " + annotationsDir);
    }
    List<String> notes = new ArrayList<>();
    if (!unannotated.isEmpty()) {
      notes.add(unannotatedNote(unannotated, corpus.size(), articlesDir, annotationsDir));
    }
    if (!c.orphans().isEmpty()) {
      notes.add(orphanNote(c.orphans(), corpus.size(), annotationsDir, articlesDir,
          "article file"));
    }
    int quoteHits = 0;
    int quoteRight = 0;
    int authorHits = 0;
    int authorRight = 0;
    int unlocated = 0;
    double[] ours = new double[corpus.size()];
    double[] theirs = new double[corpus.size()];
    for (int i = 0; i < corpus.size(); i++) {
      BasilCorpus.BasilArticle a = corpus.get(i);
      unlocated += a.unlocated();
      ArticleResult r = pipeline.analyze(new org.framelens.ingest.Article("basil:" + i,
          a.file().toString(), 1, "json", org.framelens.ingest.Metadata.empty(), a.text(), 0));
      List<Evidence> loaded = r.cues().evidence().stream()
          .filter(e -> e.type() == CueType.LOADED).toList();
      for (Evidence e : loaded) {
        // each hit counts once, in the class of the first lexical phrase it overlaps
        BasilCorpus.Phrase p = a.phrases().stream()
            .filter(x -> x.bias().equals("lex") && x.span().overlaps(e.span())).findFirst()
            .orElse(null);
        if (p == null) {
          continue;
        }
        if (p.quote()) {
          quoteHits++;
          quoteRight += e.voice() == org.framelens.cues.Voice.QUOTED ? 1 : 0;
        } else {
          authorHits++;
          authorRight += e.voice() == org.framelens.cues.Voice.AUTHOR ? 1 : 0;
        }
      }
      double words = Math.max(1, r.analyzed().wordCount());
      ours[i] = 1000.0 * loaded.stream().filter(e -> e.voice() == org.framelens.cues.Voice.AUTHOR)
          .count() / words;
      theirs[i] = 1000.0 * a.phrases().stream().filter(p -> p.bias().equals("lex")).count()
          / words;
    }
    Map<String, List<Integer>> byTriplet = new TreeMap<>();
    for (int i = 0; i < corpus.size(); i++) {
      byTriplet.computeIfAbsent(corpus.get(i).triplet(), k -> new ArrayList<>()).add(i);
    }
    int triplets = 0;
    int agree = 0;
    List<String> incomplete = new ArrayList<>();
    for (Map.Entry<String, List<Integer>> t : byTriplet.entrySet()) {
      List<Integer> members = t.getValue();
      if (members.size() < TRIPLET) {
        incomplete.add(t.getKey() + " (" + members.size() + ")");
        continue; // an outlet is missing: its most-loaded outlet cannot be told
      }
      int theirTop = argmax(members, theirs, corpus);
      if (members.stream().filter(i -> theirs[i] == theirs[theirTop]).count() > 1) {
        continue; // BASIL names no single most-loaded outlet: nothing to agree with
      }
      triplets++;
      int ourTop = argmax(members, ours, corpus);
      boolean ourTie = members.stream().filter(i -> ours[i] == ours[ourTop]).count() > 1;
      agree += !ourTie && ourTop == theirTop ? 1 : 0;
    }
    if (!incomplete.isEmpty()) {
      notes.add(incomplete.size() + " of the " + byTriplet.size() + " triplets have fewer than "
          + "their " + TRIPLET + " annotated outlets (" + examples(incomplete)
          + " annotated articles); they are left out of triplet_top1");
    }
    return new BasilResult(quoteHits == 0 ? Double.NaN : (double) quoteRight / quoteHits,
        quoteHits, authorHits == 0 ? Double.NaN : (double) authorRight / authorHits, authorHits,
        Stats.spearman(ours, theirs), triplets == 0 ? Double.NaN : (double) agree / triplets,
        triplets, corpus.size(), unlocated, notes);
  }

  /** The member with the highest value (ties: the outlet name first in order; callers check). */
  private static int argmax(List<Integer> members, double[] v,
      List<BasilCorpus.BasilArticle> corpus) {
    int best = members.get(0);
    for (int i : members) {
      if (v[i] > v[best] || (v[i] == v[best]
          && corpus.get(i).source().compareTo(corpus.get(best).source()) < 0)) {
        best = i;
      }
    }
    return best;
  }
}
