package org.framelens.learn;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.framelens.analyze.AnalyzedArticle;
import org.framelens.analyze.Sentence;
import org.framelens.cues.ArticleCues;
import org.framelens.cues.CueAnalyzer;
import org.framelens.cues.CueType;
import org.framelens.cues.Evidence;
import org.framelens.cues.Lexicon;
import org.framelens.cues.LoadedFeatures;
import org.framelens.cues.LoadedModel;
import org.framelens.embed.WordVectors;
import org.framelens.eval.PtcCorpus;
import org.framelens.eval.SpanScore;
import org.framelens.ingest.Article;
import org.framelens.ingest.IngestOptions;
import org.framelens.ingest.Metadata;
import org.framelens.pipeline.Pipeline;
import org.framelens.text.Span;

/**
 * Trains the loaded-language scorer on PTC-style data ({@code framelens train loaded}): every
 * word token of every article gets {@link LoadedFeatures} and the label "inside a gold
 * Loaded_Language or Name_Calling,Labeling span"; a logistic regression is cross-validated by
 * article (k folds, article i in fold i mod k, articles sorted by id), the probability threshold
 * is the one with the best out-of-fold span F1, and a final model is fitted on all articles.
 * Deterministic.
 */
public final class LoadedTrainer {

  /**
   * Settings of a training run.
   *
   * @param command the command line that ran the training, for the model file's provenance
   */
  public record Settings(int folds, double l2, int epochs, double learningRate,
      int expandLexicon, String command) {

    /** Settings whose provenance names the command only as {@code framelens train loaded}. */
    public Settings(int folds, double l2, int epochs, double learningRate, int expandLexicon) {
      this(folds, l2, epochs, learningRate, expandLexicon, "framelens train loaded");
    }
  }

  /** A setting that does not fit the data (more folds than articles): a usage error. */
  public static final class BadSettingException extends IOException {
    private static final long serialVersionUID = 1L;

    public BadSettingException(String message) {
      super(message);
    }
  }

  /**
   * The outcome: the model and its cross-validated scores.
   *
   * @param scores span scores by method ({@code lexicon}, {@code model}, {@code union}) at the
   *               chosen threshold, out of fold
   */
  public record Result(LoadedModel model, double threshold, Map<String, SpanScore> scores,
      int articles, int tokens, int positives, List<String> featureNames) {
  }

  private record Row(int article, int sentence, int token, Span span, boolean frequent) {
  }

  private LoadedTrainer() {
  }

  public static Result train(Path articlesDir, Path labels, WordVectors vectors, Settings s,
      Consumer<String> log) throws IOException {
    List<PtcCorpus.PtcArticle> corpus = PtcCorpus.read(articlesDir, labels);
    if (!corpus.isEmpty() && (s.folds() < 2 || s.folds() > corpus.size())) {
      throw new BadSettingException("--folds must be between 2 and the number of articles ("
          + corpus.size() + " in " + articlesDir + "), not " + s.folds());
    }
    Lexicon lexicon = Lexicon.bundled();
    LoadedFeatures features = new LoadedFeatures(vectors, lexicon);
    int frequent = features.dimension() - LoadedFeatures.EXTRAS + 5;
    // the union baseline may use a lexicon expanded with word-vector neighbours (measurement
    // only; the model's own lexicon feature always uses the bundled lexicon)
    Lexicon unionLexicon = s.expandLexicon() > 0
        ? new org.framelens.cues.LexiconExpander(vectors).expand(lexicon, s.expandLexicon(), 0.6)
        : lexicon;
    CueAnalyzer lexiconOnly = new CueAnalyzer(unionLexicon, org.framelens.cues.Actors.none(), null);
    Pipeline text = Pipeline.textOnly(IngestOptions.defaults());
    List<float[]> xs = new ArrayList<>();
    List<Boolean> ys = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    List<List<Span>> gold = new ArrayList<>();
    List<List<Span>> lexiconSpans = new ArrayList<>();
    for (int ai = 0; ai < corpus.size(); ai++) {
      PtcCorpus.PtcArticle p = corpus.get(ai);
      AnalyzedArticle a = analyse(text, p);
      List<Span> g = p.gold(PtcCorpus.LOADED);
      gold.add(g);
      ArticleCues c = lexiconOnly.analyze(a);
      lexiconSpans.add(c.evidence().stream().filter(e -> e.type() == CueType.LOADED)
          .map(Evidence::span).toList());
      for (Sentence sentence : a.sentences()) {
        LoadedFeatures.SentenceFeatures f = features.of(a, sentence);
        for (int k = 0; k < f.rows().length; k++) {
          Span span = sentence.tokens().get(f.tokens().get(k)).span();
          xs.add(f.rows()[k]);
          ys.add(g.stream().anyMatch(x -> x.overlaps(span)));
          rows.add(new Row(ai, sentence.index(), f.tokens().get(k), span,
              f.rows()[k][frequent] > 0
                  || org.framelens.cues.LoadedModel.isFunctionWord(span.text(a.text()))));
        }
      }
    }
    int n = xs.size();
    if (n == 0) {
      throw new IOException(articlesDir + ": no articles with word tokens to train on");
    }
    float[][] x = xs.toArray(new float[0][]);
    boolean[] y = new boolean[n];
    int positives = 0;
    for (int i = 0; i < n; i++) {
      y[i] = ys.get(i);
      positives += y[i] ? 1 : 0;
    }
    log.accept(String.format(Locale.ROOT, "%d articles, %d word tokens, %d inside gold loaded "
        + "spans (%.1f%%)", corpus.size(), n, positives, 100.0 * positives / n));
    LogisticRegression lr = new LogisticRegression(s.l2(), s.epochs(), s.learningRate());
    double[] oof = new double[n];
    for (int fold = 0; fold < s.folds(); fold++) {
      boolean[] use = new boolean[n];
      for (int i = 0; i < n; i++) {
        use[i] = rows.get(i).article() % s.folds() != fold;
      }
      LogisticRegression.Model m = lr.fit(x, y, use);
      for (int i = 0; i < n; i++) {
        if (!use[i]) {
          oof[i] = m.probability(x[i]);
        }
      }
      log.accept("fold " + (fold + 1) + "/" + s.folds() + " done");
    }
    double best = 0.5;
    double bestF1 = -1;
    for (int t = 5; t <= 95; t++) {
      double thr = t / 100.0;
      SpanScore sc = score(corpus, rows, oof, thr, gold, null);
      if (sc.f1() > bestF1) {
        bestF1 = sc.f1();
        best = thr;
      }
    }
    Map<String, SpanScore> scores = new LinkedHashMap<>();
    SpanScore lexScore = new SpanScore();
    for (int ai = 0; ai < corpus.size(); ai++) {
      lexScore.add(cp(corpus.get(ai).text(), lexiconSpans.get(ai)),
          cp(corpus.get(ai).text(), gold.get(ai)));
    }
    scores.put("lexicon", lexScore);
    scores.put("model", score(corpus, rows, oof, best, gold, null));
    scores.put("union", score(corpus, rows, oof, best, gold, lexiconSpans));
    log.accept("fitting the final model on all articles");
    boolean[] all = new boolean[n];
    java.util.Arrays.fill(all, true);
    LogisticRegression.Model fin = lr.fit(x, y, all);
    Map<String, String> info = new LinkedHashMap<>();
    info.put("model", "logistic regression over LoadedFeatures (token, context and sentence word "
        + "vectors, 8 scalars), standardised");
    info.put("word_vectors", vectors.info().name() + " " + vectors.info().checksum());
    info.put("training_data", "PTC (SemEval-2020 Task 11) tuning subset: " + corpus.size()
        + " articles, labels Loaded_Language + Name_Calling,Labeling, " + n + " word tokens, "
        + positives + " positive");
    info.put("settings", String.format(Locale.ROOT, "l2=%s epochs=%d learning_rate=%s folds=%d",
        s.l2(), s.epochs(), s.learningRate(), s.folds()));
    info.put("threshold_choice", "best out-of-fold span F1 over thresholds 0.05..0.95");
    for (Map.Entry<String, SpanScore> e : scores.entrySet()) {
      info.put("cv_" + e.getKey(), e.getValue().toString());
    }
    info.put("command", s.command());
    LoadedModel model = new LoadedModel(info, fin.bias(), fin.weights(), fin.mean(), fin.scale(),
        best, features);
    return new Result(model, best, scores, corpus.size(), n, positives, features.names());
  }

  static AnalyzedArticle analyse(Pipeline text, PtcCorpus.PtcArticle p) {
    // PTC labels cover the whole file, title included: analyse it all as body
    return text.analyze(new Article(p.id(), "article" + p.id() + ".txt", 1, "txt",
        Metadata.empty(), p.text(), 0)).analyzed();
  }

  private static SpanScore score(List<PtcCorpus.PtcArticle> corpus, List<Row> rows, double[] p,
      double thr, List<List<Span>> gold, List<List<Span>> plus) {
    List<List<Span>> predicted = new ArrayList<>();
    for (int i = 0; i < corpus.size(); i++) {
      predicted.add(new ArrayList<>(plus == null ? List.of() : plus.get(i)));
    }
    int i = 0;
    while (i < rows.size()) {
      int j = i;
      while (j < rows.size() && rows.get(j).article() == rows.get(i).article()
          && rows.get(j).sentence() == rows.get(i).sentence()) {
        j++;
      }
      int len = j - i;
      double[] ps = new double[len];
      boolean[] freq = new boolean[len];
      int[] tok = new int[len];
      for (int k = 0; k < len; k++) {
        ps[k] = p[i + k];
        freq[k] = rows.get(i + k).frequent();
        tok[k] = rows.get(i + k).token();
      }
      for (int[] r : LoadedModel.decode(ps, freq, tok, thr)) {
        predicted.get(rows.get(i).article()).add(new Span(rows.get(i + r[0]).span().start(),
            rows.get(i + r[1] - 1).span().end()));
      }
      i = j;
    }
    SpanScore sc = new SpanScore();
    for (int a = 0; a < corpus.size(); a++) {
      String t = corpus.get(a).text();
      sc.add(cp(t, predicted.get(a)), cp(t, gold.get(a)));
    }
    return sc;
  }

  private static List<Span> cp(String text, List<Span> spans) {
    return spans.stream().map(s -> PtcCorpus.toCodePoints(text, s)).toList();
  }
}
