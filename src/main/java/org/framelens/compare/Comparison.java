package org.framelens.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.framelens.cues.CueType;
import org.framelens.cues.Voice;
import org.framelens.pipeline.ArticleResult;

/**
 * The cross-source comparison: collects each article's {@link ArticleStats} as results stream
 * by (a few numbers per article, not the texts), then pools them per source with bootstrap
 * intervals, and per source and actor. Sources are sorted by name; the articles without a source
 * are pooled under the empty name {@link #NO_SOURCE} (which no outlet's label can be, so an outlet
 * really labelled "(unknown)" stays apart), first. Not thread-safe: one per run.
 */
public final class Comparison {

  /** The name the articles without a source are pooled under: empty, as in articles.csv. */
  public static final String NO_SOURCE = "";
  /** How pages show the articles without a source (report.html, the exercise). */
  public static final String NO_SOURCE_LABEL = "(no source)";

  /** The headline measures that get intervals: name, and how to read them from an article. */
  public enum Measure {
    LOADED_AUTHOR_PER_1000_WORDS, LOADED_QUOTED_PER_1000_WORDS, UNATTRIBUTED_CLAIMS_PER_100_SENTENCES,
    ATTRIBUTED_SHARE;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    double numerator(ArticleStats a) {
      return switch (this) {
        case LOADED_AUTHOR_PER_1000_WORDS -> a.hits()[CueType.LOADED.ordinal()][Voice.AUTHOR.ordinal()];
        case LOADED_QUOTED_PER_1000_WORDS -> a.hits()[CueType.LOADED.ordinal()][Voice.QUOTED.ordinal()];
        case UNATTRIBUTED_CLAIMS_PER_100_SENTENCES -> a.claims();
        case ATTRIBUTED_SHARE -> a.attributed();
      };
    }

    double denominator(ArticleStats a) {
      return switch (this) {
        case LOADED_AUTHOR_PER_1000_WORDS, LOADED_QUOTED_PER_1000_WORDS -> a.words();
        default -> a.sentences();
      };
    }

    double scale() {
      return switch (this) {
        case LOADED_AUTHOR_PER_1000_WORDS, LOADED_QUOTED_PER_1000_WORDS -> 1000;
        case UNATTRIBUTED_CLAIMS_PER_100_SENTENCES -> 100;
        case ATTRIBUTED_SHARE -> 1;
      };
    }
  }

  /** One source's pooled statistics and intervals (null interval: fewer than two articles). */
  public record SourceRow(String source, ArticleStats pooled, Map<Measure, double[]> intervals) {
  }

  /** One source × actor row: {loaded author, loaded quoted, unattributed claims, mentions}. */
  public record ActorRow(String source, String actor, int articles, int[] counts) {
  }

  /**
   * What one source keeps while articles stream by: its pooled counts, merged in place, and per
   * article only the numerators and denominators of the {@link Measure}s (for the bootstrap),
   * so memory grows by a few numbers per article.
   */
  private static final class Pool {
    ArticleStats first;
    int articles;
    int sentences;
    int words;
    final int[][] hits = new int[ArticleStats.TYPES][ArticleStats.VOICES];
    int attributed;
    final int[] bySource = new int[org.framelens.cues.SourceType.values().length];
    int claims;
    final int[] claimKinds = new int[ArticleStats.CLAIM_KINDS.size()];
    double loadedScoreSum;
    /** Loaded phrase → {hits}: hashed while articles stream by, sorted once in {@link #pooled}. */
    final Map<String, int[]> phrases = new java.util.HashMap<>();
    final Map<String, int[]> actors = new TreeMap<>();
    final Map<String, Integer> actorArticles = new TreeMap<>();
    final double[][] measures = new double[2 * Measure.values().length][];
    int n;

    void add(ArticleStats s) {
      if (first == null) {
        first = s;
      }
      articles += s.articles();
      sentences += s.sentences();
      words += s.words();
      for (int t = 0; t < hits.length; t++) {
        for (int v = 0; v < hits[t].length; v++) {
          hits[t][v] += s.hits()[t][v];
        }
      }
      attributed += s.attributed();
      for (int i = 0; i < bySource.length; i++) {
        bySource[i] += s.bySource()[i];
      }
      claims += s.claims();
      for (int i = 0; i < claimKinds.length; i++) {
        claimKinds[i] += s.claimKinds()[i];
      }
      loadedScoreSum += s.loadedScoreSum();
      for (Map.Entry<String, Integer> e : s.phrases().entrySet()) {
        int[] c = phrases.get(e.getKey());
        if (c == null) {
          phrases.put(e.getKey(), new int[] {e.getValue()});
        } else {
          c[0] += e.getValue();
        }
      }
      for (Map.Entry<String, int[]> e : s.actors().entrySet()) {
        addActor(e.getKey(), e.getValue());
      }
      if (n == 0 || n == measures[0].length) {
        for (int i = 0; i < measures.length; i++) {
          measures[i] = n == 0 ? new double[8] : java.util.Arrays.copyOf(measures[i], 2 * n);
        }
      }
      for (Measure m : Measure.values()) {
        measures[2 * m.ordinal()][n] = m.numerator(s);
        measures[2 * m.ordinal() + 1][n] = m.denominator(s);
      }
      n++;
    }

    private void addActor(String actor, int[] c) {
      int[] x = actors.get(actor);
      if (x == null) {
        x = new int[4];
        actors.put(actor, x);
      }
      for (int i = 0; i < 4; i++) {
        x[i] += c[i];
      }
      actorArticles.merge(actor, 1, Integer::sum);
    }

    ArticleStats pooled() {
      int[][] h = new int[hits.length][];
      for (int t = 0; t < h.length; t++) {
        h[t] = hits[t].clone();
      }
      Map<String, int[]> a = new TreeMap<>();
      actors.forEach((k, v) -> a.put(k, v.clone()));
      return new ArticleStats(first.articleId(), first.source(), articles, sentences, words, h,
          attributed, bySource.clone(), claims, loadedScoreSum, sortedPhrases(), a,
          claimKinds.clone());
    }

    private Map<String, Integer> sortedPhrases() {
      Map<String, Integer> p = new TreeMap<>();
      for (Map.Entry<String, int[]> e : phrases.entrySet()) {
        p.put(e.getKey(), e.getValue()[0]);
      }
      return p;
    }
  }

  private final Map<String, Pool> bySource = new TreeMap<>();

  public void add(ArticleResult r) {
    add(ArticleStats.of(r));
  }

  public void add(ArticleStats s) {
    bySource.computeIfAbsent(s.source(), k -> new Pool()).add(s);
  }

  /**
   * The sources' rows, by name. The bootstrap intervals, each a pure function of its source's
   * articles, are computed in parallel.
   */
  public List<SourceRow> sources() {
    List<String> sources = new ArrayList<>(bySource.keySet());
    Measure[] measures = Measure.values();
    double[][] intervals = new double[sources.size() * measures.length][];
    java.util.stream.IntStream.range(0, intervals.length).parallel().forEach(t -> {
      String source = sources.get(t / measures.length);
      Pool pool = bySource.get(source);
      Measure m = measures[t % measures.length];
      double[] num = java.util.Arrays.copyOf(pool.measures[2 * m.ordinal()], pool.n);
      double[] den = java.util.Arrays.copyOf(pool.measures[2 * m.ordinal() + 1], pool.n);
      intervals[t] = Bootstrap.interval(num, den, m.scale(), source + "/" + m.id());
    });
    List<SourceRow> out = new ArrayList<>();
    for (int s = 0; s < sources.size(); s++) {
      Map<Measure, double[]> ci = new LinkedHashMap<>();
      for (Measure m : measures) {
        ci.put(m, intervals[s * measures.length + m.ordinal()]);
      }
      out.add(new SourceRow(sources.get(s), bySource.get(sources.get(s)).pooled(), ci));
    }
    return out;
  }

  public List<ActorRow> actors() {
    List<ActorRow> out = new ArrayList<>();
    bySource.forEach((source, pool) -> pool.actors.forEach((actor, c) ->
        out.add(new ActorRow(source, actor, pool.actorArticles.get(actor), c.clone()))));
    return out;
  }
}
