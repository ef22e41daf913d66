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
 * intervals, and per source and actor. Sources are sorted by name; an article without a source
 * is pooled under "(unknown)". Not thread-safe: one per run.
 */
public final class Comparison {

  public static final String UNKNOWN = "(unknown)";

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

  private final Map<String, List<ArticleStats>> bySource = new TreeMap<>();

  public void add(ArticleResult r) {
    add(ArticleStats.of(r));
  }

  public void add(ArticleStats s) {
    bySource.computeIfAbsent(s.source().isEmpty() ? UNKNOWN : s.source(), k -> new ArrayList<>())
        .add(s);
  }

  public List<SourceRow> sources() {
    List<SourceRow> out = new ArrayList<>();
    bySource.forEach((source, list) -> {
      ArticleStats pooled = list.stream().reduce(ArticleStats::plus).orElseThrow();
      Map<Measure, double[]> ci = new LinkedHashMap<>();
      for (Measure m : Measure.values()) {
        double[] num = list.stream().mapToDouble(m::numerator).toArray();
        double[] den = list.stream().mapToDouble(m::denominator).toArray();
        ci.put(m, Bootstrap.interval(num, den, m.scale(), source + "/" + m.id()));
      }
      out.add(new SourceRow(source, pooled, ci));
    });
    return out;
  }

  public List<ActorRow> actors() {
    List<ActorRow> out = new ArrayList<>();
    bySource.forEach((source, list) -> {
      Map<String, int[]> sums = new TreeMap<>();
      Map<String, Integer> articles = new TreeMap<>();
      for (ArticleStats a : list) {
        a.actors().forEach((actor, c) -> {
          int[] x = sums.computeIfAbsent(actor, k -> new int[4]);
          for (int i = 0; i < 4; i++) {
            x[i] += c[i];
          }
          articles.merge(actor, 1, Integer::sum);
        });
      }
      sums.forEach((actor, c) -> out.add(new ActorRow(source, actor, articles.get(actor), c)));
    });
    return out;
  }
}
