package org.framelens.compare;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.framelens.analyze.Sentence;
import org.framelens.cues.CueType;
import org.framelens.cues.Evidence;
import org.framelens.cues.SentenceCues;
import org.framelens.embed.WordVectors;
import org.framelens.pipeline.ArticleResult;

/**
 * Same-event alignment: groups articles about the same event and, within a group, matches each
 * sentence to its most similar sentence in every other source.
 *
 * <p>Sentence vectors are the SIF vectors with a fixed "common discourse" direction removed: the
 * frequency-weighted mean of the model's 20,000 most frequent word vectors (Zipf weights), which,
 * unlike the principal component of a handful of articles, does not depend on the run. Each
 * sentence is also cut into clauses (at commas, colons, "and", "but", "which", "that" and the
 * like), each with its own SIF vector, and two sentences are as similar as their closest pair of
 * whole sentences or clauses: the same fact often sits in one clause of a longer sentence. Articles
 * join a group when the cosine of their mean sentence vectors is at least {@value #GROUP_SIMILARITY}
 * and their dates (when both are known) are at most {@value #DATE_WINDOW_DAYS} days apart, by
 * single link. A sentence pair is kept when its cosine is at least {@value #PAIR_SIMILARITY}.
 * Groups larger than {@value #MAX_GROUP} articles are not aligned (reported). Not thread-safe.
 */
public final class Alignment {

  public static final double GROUP_SIMILARITY = 0.5;
  public static final int DATE_WINDOW_DAYS = 21;
  public static final double PAIR_SIMILARITY = 0.7;
  public static final int MAX_GROUP = 50;

  /**
   * What alignment keeps of one article: per sentence its unit vectors (the whole sentence, then
   * each clause of at least {@value #MIN_CLAUSE_WORDS} known words).
   */
  private record Doc(String id, String source, String date, List<String> texts,
      float[][][] vectors, int[] loaded, boolean[] attributed, boolean[] claim, float[] mean) {
  }

  static final int MIN_CLAUSE_WORDS = 3;
  /** Tokens that end a clause (lower case). */
  private static final java.util.Set<String> CLAUSE_BREAKS = java.util.Set.of(",", ";", ":",
      "and", "but", "\u2014", "\u2013", "while", "as", "amid", "after", "which", "that", "including",
      "(", ")");

  /** One aligned pair (a's sentence and its best match in b's source). */
  public record Pair(int group, String sourceA, String articleA, int sentenceA, String textA,
      String sourceB, String articleB, int sentenceB, String textB, double similarity,
      int loadedA, int loadedB, boolean attributedA, boolean attributedB, boolean claimA,
      boolean claimB) {

    /** A plain summary of how the two sentences' framing differs ("" when it does not). */
    public String difference() {
      List<String> d = new ArrayList<>();
      if (loadedA != loadedB) {
        d.add(String.format(Locale.ROOT, "loaded words %d vs %d", loadedA, loadedB));
      }
      if (attributedA != attributedB) {
        d.add(attributedA ? "only A names a source" : "only B names a source");
      }
      if (claimA != claimB) {
        d.add(claimA ? "only A asserts it unsourced" : "only B asserts it unsourced");
      }
      return String.join("; ", d);
    }
  }

  private final WordVectors vectors;
  private final org.framelens.embed.SentenceEmbedder weights;
  private final float[] common;
  private final List<Doc> docs = new ArrayList<>();
  private int skippedGroups;

  /** @param embedder the run's embedder: its vectors and SIF weights build clause vectors */
  public Alignment(org.framelens.embed.SentenceEmbedder embedder) {
    this.vectors = embedder.vectors();
    this.weights = embedder;
    this.common = commonDirection(vectors);
  }

  static float[] commonDirection(WordVectors v) {
    int n = Math.min(20_000, v.size());
    double h = 0;
    for (int r = 1; r <= n; r++) {
      h += 1.0 / r;
    }
    float[] u = new float[v.dimensions()];
    for (int r = 0; r < n; r++) {
      v.addTo(r, (float) (1.0 / ((r + 1) * h)), u);
    }
    normalise(u);
    return u;
  }

  public void add(ArticleResult r) {
    if (r.embeddings().isEmpty()) {
      return;
    }
    List<Sentence> ss = r.analyzed().sentences();
    int n = ss.size();
    List<String> texts = new ArrayList<>(n);
    float[][][] vs = new float[n][][];
    int[] loaded = new int[n];
    boolean[] attributed = new boolean[n];
    boolean[] claim = new boolean[n];
    float[] mean = new float[vectors.dimensions()];
    for (int i = 0; i < n; i++) {
      texts.add(ss.get(i).span().text(r.analyzed().text()));
      float[] x = r.embeddings().vector(i);
      removeCommon(x);
      List<float[]> units = new ArrayList<>();
      units.add(x);
      units.addAll(clauses(r.analyzed().text(), ss.get(i)));
      vs[i] = units.toArray(new float[0][]);
      for (int d = 0; d < x.length; d++) {
        mean[d] += vs[i][0][d];
      }
      if (!r.cues().isEmpty()) {
        SentenceCues c = r.cues().sentences().get(i);
        attributed[i] = c.attributed();
        claim[i] = c.unattributedClaim();
      }
    }
    for (Evidence e : r.cues().evidence()) {
      if (e.type() == CueType.LOADED) {
        loaded[e.sentenceIndex()]++;
      }
    }
    normalise(mean);
    String source = r.analyzed().article().metadata().source();
    docs.add(new Doc(r.analyzed().article().id(), source.isEmpty() ? Comparison.UNKNOWN : source,
        r.analyzed().article().metadata().date(), texts, vs, loaded, attributed, claim, mean));
  }

  private void removeCommon(float[] x) {
    double dot = 0;
    for (int d = 0; d < x.length; d++) {
      dot += x[d] * common[d];
    }
    for (int d = 0; d < x.length; d++) {
      x[d] -= (float) (dot * common[d]);
    }
    normalise(x);
  }

  /** Unit SIF vectors of the sentence's clauses with enough known words. */
  private List<float[]> clauses(String text, Sentence s) {
    List<float[]> out = new ArrayList<>();
    float[] acc = new float[vectors.dimensions()];
    int known = 0;
    for (org.framelens.text.Token t : s.tokens()) {
      String w = t.text(text).toLowerCase(Locale.ROOT);
      if (CLAUSE_BREAKS.contains(w)) {
        if (known >= MIN_CLAUSE_WORDS) {
          removeCommon(acc);
          out.add(acc);
        }
        acc = new float[vectors.dimensions()];
        known = 0;
        continue;
      }
      if (!t.kind().isWordLike()) {
        continue;
      }
      int row = vectors.find(text, t.start(), t.end());
      if (row >= 0) {
        vectors.addTo(row, weights.weight(row), acc);
        known++;
      }
    }
    if (known >= MIN_CLAUSE_WORDS && !out.isEmpty()) {
      removeCommon(acc);
      out.add(acc);
    }
    return out;
  }

  /** The closest pair of whole-sentence or clause vectors. */
  private static double similarity(float[][] a, float[][] b) {
    double best = -2;
    for (float[] x : a) {
      for (float[] y : b) {
        best = Math.max(best, dot(x, y));
      }
    }
    return best;
  }

  /** Groups of article indices (single link), each sorted, groups in order of first article. */
  List<List<Integer>> groups() {
    int n = docs.size();
    int[] parent = new int[n];
    long[] day = new long[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      day[i] = epochDay(docs.get(i).date());
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        boolean near = day[i] == Long.MIN_VALUE || day[j] == Long.MIN_VALUE
            || Math.abs(day[i] - day[j]) <= DATE_WINDOW_DAYS;
        if (near && dot(docs.get(i).mean(), docs.get(j).mean()) >= GROUP_SIMILARITY) {
          parent[find(parent, i)] = find(parent, j);
        }
      }
    }
    Map<Integer, List<Integer>> byRoot = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      byRoot.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
    }
    List<List<Integer>> out = new ArrayList<>(byRoot.values());
    out.sort((a, b) -> Integer.compare(a.get(0), b.get(0)));
    return out;
  }

  /** Every aligned pair, group by group, in article and sentence order. */
  public List<Pair> pairs() {
    List<Pair> out = new ArrayList<>();
    int g = 0;
    skippedGroups = 0;
    for (List<Integer> group : groups()) {
      if (group.stream().map(i -> docs.get(i).source()).distinct().count() < 2) {
        continue;
      }
      g++;
      if (group.size() > MAX_GROUP) {
        skippedGroups++;
        continue;
      }
      for (int ai : group) {
        Doc a = docs.get(ai);
        Map<String, List<Integer>> others = new TreeMap<>();
        for (int bi : group) {
          if (!docs.get(bi).source().equals(a.source())) {
            others.computeIfAbsent(docs.get(bi).source(), k -> new ArrayList<>()).add(bi);
          }
        }
        for (int s = 0; s < a.vectors().length; s++) {
          for (Map.Entry<String, List<Integer>> e : others.entrySet()) {
            int bestDoc = -1;
            int bestSentence = -1;
            double best = -2;
            for (int bi : e.getValue()) {
              float[][][] bv = docs.get(bi).vectors();
              for (int t = 0; t < bv.length; t++) {
                double c = similarity(a.vectors()[s], bv[t]);
                if (c > best) {
                  best = c;
                  bestDoc = bi;
                  bestSentence = t;
                }
              }
            }
            if (bestDoc >= 0 && best >= PAIR_SIMILARITY) {
              Doc b = docs.get(bestDoc);
              out.add(new Pair(g, a.source(), a.id(), s, a.texts().get(s), b.source(), b.id(),
                  bestSentence, b.texts().get(bestSentence), best, a.loaded()[s],
                  b.loaded()[bestSentence], a.attributed()[s], b.attributed()[bestSentence],
                  a.claim()[s], b.claim()[bestSentence]));
            }
          }
        }
      }
    }
    return out;
  }

  /** Groups with more than {@value #MAX_GROUP} articles left unaligned in the last {@link #pairs}. */
  public int skippedGroups() {
    return skippedGroups;
  }

  static boolean withinWindow(String a, String b) {
    long x = epochDay(a);
    long y = epochDay(b);
    // an unknown date does not keep articles apart
    return x == Long.MIN_VALUE || y == Long.MIN_VALUE || Math.abs(x - y) <= DATE_WINDOW_DAYS;
  }

  /** The ISO date as a day number, or Long.MIN_VALUE when it is not one. */
  static long epochDay(String date) {
    try {
      return LocalDate.parse(date).toEpochDay();
    } catch (DateTimeParseException e) {
      return Long.MIN_VALUE;
    }
  }

  private static int find(int[] p, int i) {
    while (p[i] != i) {
      p[i] = p[p[i]];
      i = p[i];
    }
    return i;
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += (double) a[i] * b[i];
    }
    return s;
  }

  private static void normalise(float[] x) {
    double n = 0;
    for (float f : x) {
      n += (double) f * f;
    }
    n = Math.sqrt(n);
    if (n > 0) {
      for (int i = 0; i < x.length; i++) {
        x[i] /= (float) n;
      }
    }
  }
}
