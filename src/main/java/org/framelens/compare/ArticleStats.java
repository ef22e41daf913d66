package org.framelens.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.framelens.cues.CueType;
import org.framelens.cues.Evidence;
import org.framelens.cues.SentenceCues;
import org.framelens.cues.SourceType;
import org.framelens.cues.Voice;
import org.framelens.pipeline.ArticleResult;

/**
 * The counts of one article that comparisons are built from: cue hits by type and voice,
 * sentences attributed (by source type), unattributed claims, loaded score, loaded phrases, and
 * per actor the hits aimed at it and its mentions. Small and immutable; sums with {@link #plus}.
 *
 * @param hits       [cue type ordinal][voice ordinal] → hits
 * @param bySource   [source type ordinal] → sentences attributed to that kind of source
 * @param phrases    loaded phrase (lower case) → hits
 * @param actors     actor id → {loaded author, loaded quoted, unattributed claims, mentions}
 * @param claimKinds [index in {@link #CLAIM_KINDS}] → unattributed claims of that kind (a
 *                   sentence has at most one, so they add up to {@code claims} when every
 *                   trigger's category is one of the kinds)
 */
public record ArticleStats(String articleId, String source, int articles, int sentences,
    int words, int[][] hits, int attributed, int[] bySource, int claims, double loadedScoreSum,
    Map<String, Integer> phrases, Map<String, int[]> actors, int[] claimKinds) {

  public static final int TYPES = CueType.values().length;
  public static final int VOICES = Voice.values().length;

  /**
   * The kinds of unattributed claim, by what raised it: a trigger of {@code claims.tsv} of
   * category motive, cause, evaluation or prediction, or ({@code loaded_word}) a single loaded
   * word in the outlet's voice (rule {@code claim.loaded}, whose cue category is
   * {@code evaluation}).
   */
  public static final List<String> CLAIM_KINDS = List.of("motive", "cause", "evaluation",
      "prediction", "loaded_word");
  /** The index of motive claims in {@link #CLAIM_KINDS}. */
  public static final int MOTIVE = 0;

  /** As the canonical constructor, without a breakdown of the claims by kind (all zero). */
  public ArticleStats(String articleId, String source, int articles, int sentences, int words,
      int[][] hits, int attributed, int[] bySource, int claims, double loadedScoreSum,
      Map<String, Integer> phrases, Map<String, int[]> actors) {
    this(articleId, source, articles, sentences, words, hits, attributed, bySource, claims,
        loadedScoreSum, phrases, actors, new int[CLAIM_KINDS.size()]);
  }

  /** The index in {@link #CLAIM_KINDS} of an unattributed claim's cue, or -1 for another kind. */
  static int claimKind(Evidence e) {
    if (e.ruleId().equals("claim.loaded")) {
      return CLAIM_KINDS.size() - 1;
    }
    int k = CLAIM_KINDS.indexOf(e.category());
    return k == CLAIM_KINDS.size() - 1 ? -1 : k;
  }

  public static ArticleStats of(ArticleResult r) {
    int[][] hits = new int[TYPES][VOICES];
    Map<String, Integer> phrases = new TreeMap<>();
    Map<String, int[]> actors = new TreeMap<>();
    int[] kinds = new int[CLAIM_KINDS.size()];
    String text = r.analyzed().text();
    for (Evidence e : r.cues().evidence()) {
      count(e, text, hits, phrases, actors);
      if (e.type() == CueType.UNATTRIBUTED_CLAIM) {
        int k = claimKind(e);
        if (k >= 0) {
          kinds[k]++;
        }
      }
    }
    for (Map.Entry<String, Integer> m : r.cues().actorMentions().entrySet()) {
      actor(actors, m.getKey())[3] += m.getValue();
    }
    int[] bySource = new int[SOURCE_TYPES.length];
    List<SentenceCues> sentences = r.cues().sentences();
    return new ArticleStats(r.analyzed().article().id(),
        r.analyzed().article().metadata().source(), 1, r.analyzed().sentences().size(),
        r.analyzed().wordCount(), hits, attributed(sentences, bySource), bySource,
        claims(sentences), loadedScoreSum(sentences), phrases, actors, kinds);
  }

  /** Sentences attributed, counting those with a known kind of source into {@code bySource}. */
  private static int attributed(List<SentenceCues> sentences, int[] bySource) {
    int attributed = 0;
    for (SentenceCues c : sentences) {
      if (c.attributed()) {
        attributed++;
        if (c.sourceType() != null) {
          bySource[c.sourceType().ordinal()]++;
        }
      }
    }
    return attributed;
  }

  private static int claims(List<SentenceCues> sentences) {
    int claims = 0;
    for (SentenceCues c : sentences) {
      claims += c.unattributedClaim() ? 1 : 0;
    }
    return claims;
  }

  /** The sentences' loaded scores summed in sentence order. */
  private static double loadedScoreSum(List<SentenceCues> sentences) {
    double loaded = 0;
    for (SentenceCues c : sentences) {
      loaded += c.loadedScore();
    }
    return loaded;
  }

  private static final SourceType[] SOURCE_TYPES = SourceType.values();

  /** Counts one piece of evidence: its hit, its loaded phrase, the actor it aims at. */
  private static void count(Evidence e, String text, int[][] hits, Map<String, Integer> phrases,
      Map<String, int[]> actors) {
    hits[e.type().ordinal()][e.voice().ordinal()]++;
    if (e.type() == CueType.LOADED) {
      phrases.merge(e.span().text(text).toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
    }
    if (!e.targetActor().isEmpty()) {
      int[] a = actor(actors, e.targetActor());
      if (e.type() == CueType.LOADED) {
        a[e.voice() == Voice.AUTHOR ? 0 : 1]++;
      } else if (e.type() == CueType.UNATTRIBUTED_CLAIM) {
        a[2]++;
      }
    }
  }

  /** The actor's counts, added (zero) when new. */
  private static int[] actor(Map<String, int[]> actors, String actor) {
    int[] a = actors.get(actor);
    if (a == null) {
      a = new int[4];
      actors.put(actor, a);
    }
    return a;
  }

  /** The pooled counts of this and {@code o} (for a source: all its articles). */
  public ArticleStats plus(ArticleStats o) {
    int[][] h = new int[TYPES][VOICES];
    for (int t = 0; t < TYPES; t++) {
      for (int v = 0; v < VOICES; v++) {
        h[t][v] = hits[t][v] + o.hits[t][v];
      }
    }
    int[] bs = new int[bySource.length];
    for (int i = 0; i < bs.length; i++) {
      bs[i] = bySource[i] + o.bySource[i];
    }
    Map<String, Integer> p = new TreeMap<>(phrases);
    o.phrases.forEach((k, v) -> p.merge(k, v, Integer::sum));
    Map<String, int[]> a = new TreeMap<>();
    actors.forEach((k, v) -> a.put(k, v.clone()));
    o.actors.forEach((k, v) -> {
      int[] x = a.computeIfAbsent(k, y -> new int[4]);
      for (int i = 0; i < 4; i++) {
        x[i] += v[i];
      }
    });
    int[] ck = new int[CLAIM_KINDS.size()];
    for (int i = 0; i < ck.length; i++) {
      ck[i] = claimKinds[i] + o.claimKinds[i];
    }
    return new ArticleStats(articleId, source, articles + o.articles, sentences + o.sentences,
        words + o.words, h, attributed + o.attributed, bs, claims + o.claims,
        loadedScoreSum + o.loadedScoreSum, p, a, ck);
  }

  /** Hits of a cue type in a voice per 1,000 words (0 without words). */
  public double perThousandWords(CueType t, Voice v) {
    return words == 0 ? 0 : 1000.0 * hits[t.ordinal()][v.ordinal()] / words;
  }

  /** Hits of a cue type in a voice per 100 sentences (0 without sentences). */
  public double perHundredSentences(CueType t, Voice v) {
    return sentences == 0 ? 0 : 100.0 * hits[t.ordinal()][v.ordinal()] / sentences;
  }

  public double attributedShare() {
    return sentences == 0 ? 0 : (double) attributed / sentences;
  }

  public double attributedShare(SourceType t) {
    return sentences == 0 ? 0 : (double) bySource[t.ordinal()] / sentences;
  }

  /** Unattributed claims per 100 sentences. */
  public double claimRate() {
    return sentences == 0 ? 0 : 100.0 * claims / sentences;
  }

  /** Unattributed claims of one kind ({@link #CLAIM_KINDS} index) per 100 sentences. */
  public double claimRate(int kind) {
    return sentences == 0 ? 0 : 100.0 * claimKinds[kind] / sentences;
  }

  public double meanLoadedScore() {
    return sentences == 0 ? 0 : loadedScoreSum / sentences;
  }

  /** Share of loaded hits in the outlet's own voice (NaN without loaded hits). */
  public double ownLoadedShare() {
    int[] l = hits[CueType.LOADED.ordinal()];
    int total = 0;
    for (int h : l) {
      total += h;
    }
    return total == 0 ? Double.NaN : (double) l[Voice.AUTHOR.ordinal()] / total;
  }

  /** The {@code k} most frequent loaded phrases, "phrase (n)" joined by "; ". */
  public String topPhrases(int k) {
    return topPhrases(phrases, k);
  }

  /**
   * The {@code k} most frequent phrases of {@code counts} (ties in phrase order), "phrase (n)"
   * joined by "; ": one pass keeping the best {@code k} in order, without sorting them all.
   */
  static String topPhrases(Map<String, Integer> counts, int k) {
    List<Map.Entry<String, Integer>> top = new ArrayList<>(k + 1);
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      int i = top.size();
      while (i > 0 && ranksBefore(e, top.get(i - 1))) {
        i--;
      }
      if (i < k) {
        top.add(i, e);
        if (top.size() > k) {
          top.remove(k);
        }
      }
    }
    StringBuilder b = new StringBuilder();
    for (Map.Entry<String, Integer> e : top) {
      if (b.length() > 0) {
        b.append("; ");
      }
      b.append(e.getKey()).append(" (").append(e.getValue()).append(')');
    }
    return b.toString();
  }

  /** More hits first, then phrase order. */
  private static boolean ranksBefore(Map.Entry<String, Integer> x, Map.Entry<String, Integer> y) {
    int cx = x.getValue();
    int cy = y.getValue();
    return cx != cy ? cx > cy : x.getKey().compareTo(y.getKey()) < 0;
  }
}
