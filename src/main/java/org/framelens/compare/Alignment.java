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
import org.framelens.embed.TokenRows;
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
 * single link. A sentence pair is kept when its similarity is at least {@value #PAIR_SIMILARITY}
 * and the two sentences share a content word ({@link #contentStems}): sentences with no word in
 * common ("So, what are you going to do?", "That is just what you do.") matched anything
 * conversational at 0.90-0.95 on real news. A group larger than {@value #MAX_GROUP} articles
 * (on a real corpus, many events chained one link at a time) is split by linking its articles
 * again at stricter levels ({@link #SPLIT_SIMILARITY}, {@link #SPLIT_DAYS}) until every part has
 * at most {@value #MAX_GROUP}; a part still larger at the strictest level is not aligned
 * (reported). Not thread-safe.
 */
public final class Alignment {

  public static final double GROUP_SIMILARITY = 0.5;
  public static final int DATE_WINDOW_DAYS = 21;
  public static final double PAIR_SIMILARITY = 0.7;
  public static final int MAX_GROUP = 50;
  /**
   * The stricter levels a group of more than {@value #MAX_GROUP} articles is split at, in turn
   * ({@link #split}): the mean vectors' cosine at least {@code SPLIT_SIMILARITY[k]} and the dates
   * at most {@code SPLIT_DAYS[k]} days apart. Chosen on the ABP sample, where articles about one
   * event from two outlets have cosines of 0.9 and more and dates one or two days apart, while the
   * parts of the first level at which the big group fell to 50 articles or fewer (0.6-0.7, 7 days)
   * were a fortnight's political news, not one event.
   */
  static final double[] SPLIT_SIMILARITY = {0.85, 0.90, 0.92, 0.94, 0.96, 0.98, 0.99};
  /** See {@link #SPLIT_SIMILARITY}. */
  static final int[] SPLIT_DAYS = {3, 2, 1, 1, 1, 1, 1};
  /** The least cosine of two linked articles in a split group ({@link #SPLIT_SIMILARITY}). */
  public static final double SPLIT_MIN_SIMILARITY = 0.85;
  /** The most days between two linked articles in a split group ({@link #SPLIT_DAYS}). */
  public static final int SPLIT_MAX_DAYS = 3;

  /**
   * What alignment keeps of every article: enough to group articles by event (its mean sentence
   * vector, source and date) and to find it again in a second reading of the inputs.
   */
  private record Key(String id, String source, long day, String ref) {
  }

  /**
   * What alignment needs of an article in an alignable group: per sentence its text, its unit
   * vectors (the whole sentence, then each clause of at least {@value #MIN_CLAUSE_WORDS} known
   * words) and its cue flags.
   */
  private record Detail(List<String> texts, float[][][] vectors, long[][][] content,
      int[] loaded, boolean[] attributed, boolean[] claim, int[] scare) {

    long floats() {
      long n = 0;
      for (float[][] units : vectors) {
        n += (long) units.length * (units.length == 0 ? 0 : units[0].length);
      }
      return n;
    }
  }

  /**
   * Reads the inputs again and hands the selected articles' results to a sink: the second pass
   * of a run too large to keep every article's sentence vectors (see {@link #pairs(Rereader)}).
   */
  public interface Rereader {

    void reread(java.util.function.Predicate<org.framelens.ingest.Article> which,
        org.framelens.pipeline.ArticleSink sink) throws java.io.IOException;
  }

  /**
   * Sentence and clause vectors kept from the first pass (floats, 64 MB): a run that needs more
   * keeps only the mean vectors and reads the articles of alignable groups again, a batch of
   * groups at a time, so memory stays bounded however large the corpus.
   */
  public static final long RETAIN_FLOATS = 16L << 20;

  static final int MIN_CLAUSE_WORDS = 3;
  /**
   * A word among the model's this many most frequent ("think", "know", "people", "said") is no
   * content word for {@link #contentStems}: two sentences must share a rarer one to pair.
   */
  static final int CONTENT_RANK = 500;
  /**
   * A word among the model's {@value #GENERAL_RANK} most frequent whose vector has at least this
   * cosine with the common discourse direction ({@link #commonDirection}) is a general word, no
   * content word either: "really", "something", "anything", "believe", "doing", "feel", "let",
   * "wanted", "whatever". Such words were the only word shared by many aligned pairs of unrelated
   * sentences on the ABP sample; topical words ("eastern", "denied", "deaths", "budget") have
   * cosines below 0.6.
   */
  static final double GENERAL_SIMILARITY = 0.6;
  /** See {@link #GENERAL_SIMILARITY}: the words the common direction is made of. */
  static final int GENERAL_RANK = 20_000;
  /** Content words are compared by their first this many letters ("denies" = "denied"). */
  static final int STEM = 5;
  /** Content words a clause needs to count on its own (see {@code clauses}). */
  static final int MIN_CLAUSE_CONTENT = 2;
  /** Tokens that end a clause (lower case). */
  static final java.util.Set<String> CLAUSE_BREAKS = java.util.Set.of(",", ";", ":",
      "and", "but", "\u2014", "\u2013", "while", "as", "amid", "after", "which", "that", "including",
      "(", ")");

  /**
   * One aligned pair (a's sentence and its best match in b's source).
   *
   * @param scareA scare quotes in a's sentence (and {@code scareB} in b's)
   */
  public record Pair(int group, String sourceA, String articleA, int sentenceA, String textA,
      String sourceB, String articleB, int sentenceB, String textB, double similarity,
      int loadedA, int loadedB, boolean attributedA, boolean attributedB, boolean claimA,
      boolean claimB, int scareA, int scareB) {

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
      if (scareA != scareB) {
        d.add(String.format(Locale.ROOT, "scare quotes %d vs %d", scareA, scareB));
      }
      return String.join("; ", d);
    }
  }

  private final WordVectors vectors;
  private final org.framelens.embed.SentenceEmbedder weights;
  private final float[] common;
  /** By row: whether the word is general ({@link #GENERAL_SIMILARITY}). */
  private final boolean[] general;
  private final long retainFloats;
  private final List<Key> keys = new ArrayList<>();
  private final Map<String, Integer> byRef = new java.util.HashMap<>();
  private float[] means = new float[0]; // keys.size() unit vectors, one after the other
  private final Map<Integer, Detail> details = new java.util.HashMap<>();
  private long detailFloats;
  /** Whether details are still kept: read by {@link #prepare} on other threads. */
  private volatile boolean retaining = true;
  private int skippedGroups;
  private int splitGroups;
  private int lostGroups;

  /** @param embedder the run's embedder: its vectors and SIF weights build clause vectors */
  public Alignment(org.framelens.embed.SentenceEmbedder embedder) {
    this(embedder, RETAIN_FLOATS);
  }

  /** As {@link #Alignment(org.framelens.embed.SentenceEmbedder)} with another memory budget. */
  public Alignment(org.framelens.embed.SentenceEmbedder embedder, long retainFloats) {
    this.vectors = embedder.vectors();
    this.weights = embedder;
    this.common = commonDirection(vectors);
    this.general = generalWords(vectors, common);
    this.retainFloats = retainFloats;
  }

  static float[] commonDirection(WordVectors v) {
    int n = Math.min(GENERAL_RANK, v.size());
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

  /**
   * By row, whether the word is general: among the model's {@value #GENERAL_RANK} most frequent,
   * its vector's cosine with {@code common} at least {@value #GENERAL_SIMILARITY}.
   */
  static boolean[] generalWords(WordVectors v, float[] common) {
    boolean[] general = new boolean[Math.min(GENERAL_RANK, v.size())];
    for (int r = 0; r < general.length; r++) {
      float norm = v.norm(r);
      general[r] = norm > 0 && v.dot(r, common) / norm >= GENERAL_SIMILARITY;
    }
    return general;
  }

  /**
   * What {@link #add(Prepared)} takes of one article, computed by {@link #prepare} on any thread:
   * its key and mean vector and, while the run's vectors are being kept, its detail.
   */
  public static final class Prepared {
    private static final Prepared NONE = new Prepared(null, null, null, null);

    private final ArticleResult result;
    private final Key key;
    private final float[] mean;
    private final Detail detail;

    private Prepared(ArticleResult result, Key key, float[] mean, Detail detail) {
      this.result = result;
      this.key = key;
      this.mean = mean;
      this.detail = detail;
    }
  }

  /** Takes one article of the run (in reading order): {@code add(prepare(r))}. */
  public void add(ArticleResult r) {
    add(prepare(r));
  }

  /**
   * The order-free part of {@link #add(ArticleResult)}: the article's sentence vectors, mean,
   * key and (unless the memory budget has already run out) detail. Pure; safe on any thread.
   */
  public Prepared prepare(ArticleResult r) {
    if (r.embeddings().isEmpty()) {
      return Prepared.NONE;
    }
    float[][] units = sentenceUnits(r.embeddings(), r.analyzed().sentences().size());
    float[] mean = mean(units);
    return new Prepared(r, key(r.analyzed().article()), mean,
        retaining ? detail(r, units) : null);
  }

  /** Takes one prepared article of the run (in reading order). */
  public void add(Prepared p) {
    if (p == Prepared.NONE) {
      return;
    }
    int index = addKey(p.key, p.mean);
    if (retaining) {
      // prepared after the budget ran out (only when the alignment is used again): made here
      retain(index, p.detail != null ? p.detail : detail(p.result, null));
    }
  }

  /** The sentences' vectors with the common direction removed. */
  private float[][] sentenceUnits(org.framelens.embed.SentenceEmbeddings e, int n) {
    float[][] units = new float[n][];
    for (int i = 0; i < n; i++) {
      float[] x = e.vector(i);
      removeCommon(x);
      units[i] = x;
    }
    return units;
  }

  /** The unit mean of the sentences' vectors (summed in sentence order). */
  private float[] mean(float[][] units) {
    float[] mean = new float[vectors.dimensions()];
    for (float[] x : units) {
      for (int d = 0; d < mean.length; d++) {
        mean[d] += x[d];
      }
    }
    normalise(mean);
    return mean;
  }

  /** What grouping keeps of an article. */
  private static Key key(org.framelens.ingest.Article article) {
    String source = article.metadata().source();
    return new Key(article.id(), source,
        epochDay(article.metadata().date()), ref(article));
  }

  /** Records the article's key and mean vector; returns its index. */
  private int addKey(Key key, float[] mean) {
    int dim = mean.length;
    int index = keys.size();
    keys.add(key);
    byRef.putIfAbsent(key.ref(), index);
    if (means.length < keys.size() * dim) {
      means = java.util.Arrays.copyOf(means, Math.max(keys.size() * dim, 2 * means.length));
    }
    System.arraycopy(mean, 0, means, index * dim, dim);
    return index;
  }

  /** Keeps the article's detail while the memory budget allows; past it, keeps none. */
  private void retain(int index, Detail d) {
    details.put(index, d);
    detailFloats += d.floats();
    if (detailFloats > retainFloats) {
      retaining = false;
      details.clear();
      detailFloats = 0;
    }
  }

  /** Where an article was read from: enough to recognise it when the inputs are read again. */
  private static String ref(org.framelens.ingest.Article a) {
    return a.path() + "\0" + a.line() + "\0" + a.id();
  }

  /** Whether every article's sentence vectors were kept (no second reading needed). */
  public boolean retainsAll() {
    return retaining;
  }

  /**
   * @param sentenceUnits the sentences' vectors with the common direction removed, when the
   *                      caller has them already (else null)
   */
  private Detail detail(ArticleResult r, float[][] sentenceUnits) {
    List<Sentence> ss = r.analyzed().sentences();
    int n = ss.size();
    List<String> texts = new ArrayList<>(n);
    float[][][] vs = new float[n][][];
    long[][][] content = new long[n][][];
    int[] loaded = new int[n];
    boolean[] attributed = new boolean[n];
    boolean[] claim = new boolean[n];
    int[] scare = new int[n];
    TokenRows found = r.embeddings().tokenRows();
    TokenRows rows = found.isOf(vectors) ? found : null;
    for (int i = 0; i < n; i++) {
      texts.add(ss.get(i).span().text(r.analyzed().text()));
      float[] x;
      if (sentenceUnits != null) {
        x = sentenceUnits[i];
      } else {
        x = r.embeddings().vector(i);
        removeCommon(x);
      }
      List<float[]> units = new ArrayList<>();
      units.add(x);
      clauses(r.analyzed().text(), ss.get(i), rows, i, units);
      vs[i] = units.toArray(new float[0][]);
      content[i] = codes(contentStems(r.analyzed().text(), ss.get(i), rows, i, vectors, general));
      if (!r.cues().isEmpty()) {
        SentenceCues c = r.cues().sentences().get(i);
        attributed[i] = c.attributed();
        claim[i] = c.unattributedClaim();
      }
    }
    for (Evidence e : r.cues().evidence()) {
      if (e.type() == CueType.LOADED) {
        loaded[e.sentenceIndex()]++;
      } else if (e.type() == CueType.SCARE_QUOTE) {
        scare[e.sentenceIndex()]++;
      }
    }
    return new Detail(texts, vs, content, loaded, attributed, claim, scare);
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

  /**
   * Adds to {@code out} the unit SIF vectors of the sentence's clauses with enough known words
   * ({@value #MIN_CLAUSE_WORDS}), of which at least {@value #MIN_CLAUSE_CONTENT} are content
   * words: in lower case (not a name or title) and outside the about 75 most frequent words (SIF
   * weight at least 0.5). A clause of names and function words ("the presidents of Belarus",
   * "Russian President Vladimir Putin", "for the exercises") says who or when, not what, and
   * matched unrelated sentences at 0.91-1.00.
   *
   * @param rows     the embed stage's vocabulary rows of the article's tokens (so that no token is
   *                 looked up again), or null to look them up here
   * @param sentence {@code s}'s index in its article
   */
  private void clauses(String text, Sentence s, TokenRows rows, int sentence, List<float[]> out) {
    int first = out.size();
    float[] acc = new float[vectors.dimensions()];
    int known = 0;
    int content = 0;
    List<org.framelens.text.Token> tokens = s.tokens();
    for (int i = 0, n = tokens.size(); i < n; i++) {
      org.framelens.text.Token t = tokens.get(i);
      if (isClauseBreak(text, t.start(), t.end())) {
        if (known >= MIN_CLAUSE_WORDS && content >= MIN_CLAUSE_CONTENT) {
          removeCommon(acc);
          out.add(acc);
        }
        acc = new float[vectors.dimensions()];
        known = 0;
        content = 0;
        continue;
      }
      if (!t.kind().isWordLike()) {
        continue;
      }
      int row = rows != null ? rows.row(sentence, i) : vectors.find(text, t.start(), t.end());
      if (row >= 0) {
        float w = weights.weight(row);
        vectors.addTo(row, w, acc);
        known++;
        if (w >= 0.5f && Character.isLowerCase(text.charAt(t.start()))) {
          content++;
        }
      }
    }
    if (known >= MIN_CLAUSE_WORDS && content >= MIN_CLAUSE_CONTENT && out.size() > first) {
      removeCommon(acc);
      out.add(acc);
    }
  }

  /**
   * The sentence's content words, each as its lower-cased first {@value #STEM} letters, sorted
   * and distinct: {@code [0]} the words (and the parts of hyphenated words: "backed" of
   * "Moscow-backed"; a possessive's "'s" left out) that are not among the model's
   * {@value #CONTENT_RANK} most frequent words nor general words ({@link #GENERAL_SIMILARITY};
   * a word the model lacks counts when it has four letters or more, all letters) and are written
   * in lower case; {@code [1]} those and the
   * capitalised ones (not all capitals: acronyms are left out). Two sentences pair only
   * when they share a content word that at least one of them writes in lower case
   * ({@link #share(String[][], String[][])}): so "Eastern Europe" in a headline meets "NATO's
   * eastern flank", but sentences that only name the same people ("Lukashenko", "Putin") or
   * numbers are not the same fact.
   *
   * @param rows    the article's token rows, or null to look tokens up here
   * @param general by row, whether the word is general ({@link #generalWords})
   */
  static String[][] contentStems(String text, Sentence s, TokenRows rows, int sentence,
      WordVectors vectors, boolean[] general) {
    java.util.TreeSet<String> lower = new java.util.TreeSet<>();
    java.util.TreeSet<String> all = new java.util.TreeSet<>();
    List<org.framelens.text.Token> tokens = s.tokens();
    for (int i = 0, n = tokens.size(); i < n; i++) {
      org.framelens.text.Token t = tokens.get(i);
      if (!t.kind().isWordLike()) {
        continue;
      }
      int start = t.start();
      int end = t.end();
      if (end - start > 2 && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '\u2019')
          && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')) {
        end -= 2;
      }
      int hyphen = text.indexOf('-', start);
      if (hyphen < 0 || hyphen >= end) {
        int row = rows != null && end == t.end() ? rows.row(sentence, i)
            : vectors.find(text, start, end);
        content(text, start, end, row, general, lower, all);
      } else {
        for (int p = start; p < end;) {
          int q = text.indexOf('-', p);
          q = q < 0 || q > end ? end : q;
          if (q > p) {
            content(text, p, q, vectors.find(text, p, q), general, lower, all);
          }
          p = q + 1;
        }
      }
    }
    return new String[][] {lower.toArray(new String[0]), all.toArray(new String[0])};
  }

  /**
   * {@link #contentStems(String, Sentence, TokenRows, int, WordVectors, boolean[])} with the
   * model's general words.
   */
  static String[][] contentStems(String text, Sentence s, TokenRows rows, int sentence,
      WordVectors vectors) {
    return contentStems(text, s, rows, sentence, vectors,
        generalWords(vectors, commonDirection(vectors)));
  }

  /**
   * Adds the word {@code text[start, end)}'s stem to {@code all} when it is a content word, and
   * to {@code lower} too when it is written in lower case.
   */
  private static void content(String text, int start, int end, int row, boolean[] general,
      java.util.Set<String> lower, java.util.Set<String> all) {
    char c = text.charAt(start);
    if (!Character.isLetter(c)) {
      return;
    }
    boolean letters = true;
    boolean upper = true;
    for (int k = start; k < end; k++) {
      char x = text.charAt(k);
      letters &= Character.isLetter(x);
      upper &= !Character.isLowerCase(x);
    }
    if (upper || (row >= 0 ? row < CONTENT_RANK || row < general.length && general[row]
        : !letters || end - start < 4)) {
      return;
    }
    String stem = text.substring(start, Math.min(end, start + STEM)).toLowerCase(Locale.ROOT);
    all.add(stem);
    if (Character.isLowerCase(c)) {
      lower.add(stem);
    }
  }

  /**
   * Whether two sentences' {@link #contentStems} share a content word that at least one of them
   * writes in lower case.
   */
  static boolean share(String[][] a, String[][] b) {
    return share(codes(a), codes(b));
  }

  /** {@link #share(String[][], String[][])} of the stems' {@link #codes}. */
  static boolean share(long[][] a, long[][] b) {
    return share(a[0], b[1]) || share(a[1], b[0]);
  }

  /**
   * Each stem as a number, sorted: two stems have the same number when they are the same (and,
   * unless all their characters are below U+1000, only then but for a 64-bit hash's collisions),
   * so that the alignment's innermost test compares numbers, not strings (comparing strings took
   * most of the time of aligning the ABP sample).
   */
  static long[][] codes(String[][] stems) {
    long[][] out = new long[stems.length][];
    for (int k = 0; k < stems.length; k++) {
      long[] c = new long[stems[k].length];
      for (int i = 0; i < c.length; i++) {
        c[i] = code(stems[k][i]);
      }
      java.util.Arrays.sort(c);
      out[k] = c;
    }
    return out;
  }

  /**
   * A stem of at most {@value #STEM} characters as a number: 12 bits a character when all are
   * between U+0001 and U+0FFF (exact, non-negative), else a 64-bit hash with the sign bit set.
   */
  static long code(String stem) {
    long c = 0;
    boolean exact = stem.length() <= STEM;
    for (int i = 0; i < stem.length() && exact; i++) {
      char x = stem.charAt(i);
      exact = x >= 1 && x < 0x1000;
      c |= (long) x << (12 * i);
    }
    if (exact) {
      return c;
    }
    long h = 1125899906842597L;
    for (int i = 0; i < stem.length(); i++) {
      h = 31 * h + stem.charAt(i);
      h ^= h >>> 29;
    }
    return h | Long.MIN_VALUE;
  }

  /** Whether two sorted arrays share an element. */
  static boolean share(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      int c = Long.compare(a[i], b[j]);
      if (c == 0) {
        return true;
      }
      if (c < 0) {
        i++;
      } else {
        j++;
      }
    }
    return false;
  }

  /**
   * Whether the token {@code text[start, end)} is one of {@link #CLAUSE_BREAKS} once lower-cased
   * ({@code toLowerCase(Locale.ROOT)}), without making a string: the breaks of more than one
   * character are ASCII letters, and no other character lower-cases to one of their letters.
   */
  static boolean isClauseBreak(CharSequence text, int start, int end) {
    switch (end - start) {
      case 1: {
        char c = text.charAt(start);
        return c == ',' || c == ';' || c == ':' || c == '\u2014' || c == '\u2013' || c == '('
            || c == ')';
      }
      case 2:
        return is(text, start, "as");
      case 3:
        return is(text, start, "and") || is(text, start, "but");
      case 4:
        return is(text, start, "amid") || is(text, start, "that");
      case 5:
        return is(text, start, "while") || is(text, start, "after") || is(text, start, "which");
      case 9:
        return is(text, start, "including");
      default:
        return false;
    }
  }

  /** Whether {@code text} at {@code start} is {@code word} (lower-case ASCII) in any ASCII case. */
  private static boolean is(CharSequence text, int start, String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = text.charAt(start + i);
      if (c >= 'A' && c <= 'Z') {
        c += 'a' - 'A';
      }
      if (c != word.charAt(i)) {
        return false;
      }
    }
    return true;
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

  /**
   * Event groups of article indices, each sorted, groups in order of first article: the
   * single-link groups ({@value #GROUP_SIMILARITY}, {@value #DATE_WINDOW_DAYS} days), each of more
   * than {@value #MAX_GROUP} articles split ({@link #split}). Dated articles are compared only
   * with those within the date window (sorted by day, a sliding window); undated ones with every
   * article, as the rule says.
   */
  List<List<Integer>> groups() {
    int n = keys.size();
    List<Integer> all = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      all.add(i);
    }
    splitGroups = 0;
    List<List<Integer>> out = new ArrayList<>();
    for (List<Integer> group : link(all, GROUP_SIMILARITY, DATE_WINDOW_DAYS, true)) {
      if (group.size() > MAX_GROUP) {
        splitGroups++;
      }
      split(group, 0, out);
    }
    out.sort((a, b) -> Integer.compare(a.get(0), b.get(0)));
    return out;
  }

  /**
   * Adds {@code group} to {@code out} when it has at most {@value #MAX_GROUP} articles (or no
   * stricter level is left); else links its articles again at split level {@code level} and
   * splits each part the same way. A group that large is many events chained one link at a time
   * (on the 5,000-article ABP sample one group of 4,999 articles: stories of eight years joined
   * by articles a fortnight apart, or by undated ones), so the first level is already an event's
   * (the five seeds, one event, have mean-vector cosines 0.89-0.95).
   */
  private void split(List<Integer> group, int level, List<List<Integer>> out) {
    if (group.size() <= MAX_GROUP || level == SPLIT_SIMILARITY.length) {
      out.add(group);
      return;
    }
    for (List<Integer> part : link(group, SPLIT_SIMILARITY[level], SPLIT_DAYS[level], false)) {
      split(part, level + 1, out);
    }
  }

  /**
   * The single-link parts of {@code members} (sorted indices): two articles link when the cosine
   * of their mean vectors is at least {@code similarity} and their dates are at most {@code days}
   * apart. An undated article links with every article that close ({@code undatedToAll}, the
   * first grouping); when splitting, it links with nothing when {@code members} has dated
   * articles (it cannot be placed among events days apart: on the ABP sample, linked to its most
   * similar article, it joined stories years apart, and undated articles linked to each other
   * were no one event either), and else only with its most similar article (the first in reading
   * order of equals), when that is close enough, which does not chain as linking every close pair
   * does. Parts are sorted and in order of first article.
   */
  private List<List<Integer>> link(List<Integer> members, double similarity, int days,
      boolean undatedToAll) {
    int m = members.size();
    int dim = vectors.dimensions();
    int[] parent = new int[m];
    for (int x = 0; x < m; x++) {
      parent[x] = x;
    }
    List<Integer> dated = new ArrayList<>();
    List<Integer> undated = new ArrayList<>();
    for (int x = 0; x < m; x++) {
      (keys.get(members.get(x)).day() == Long.MIN_VALUE ? undated : dated).add(x);
    }
    dated.sort((a, b) -> {
      long da = keys.get(members.get(a)).day();
      long db = keys.get(members.get(b)).day();
      return da != db ? Long.compare(da, db) : Integer.compare(a, b);
    });
    int lo = 0;
    for (int x = 0; x < dated.size(); x++) {
      int i = dated.get(x);
      long day = keys.get(members.get(i)).day();
      while (keys.get(members.get(dated.get(lo))).day() < day - days) {
        lo++;
      }
      for (int y = lo; y < x; y++) {
        link(parent, members, i, dated.get(y), similarity, dim);
      }
    }
    for (int x : undated) {
      if (!undatedToAll && !dated.isEmpty()) {
        break; // no date to place it by among the dated articles of many events: left alone
      }
      int i = members.get(x);
      if (undatedToAll) {
        for (int y = 0; y < m; y++) {
          if (keys.get(members.get(y)).day() != Long.MIN_VALUE || y < x) {
            link(parent, members, x, y, similarity, dim);
          }
        }
        continue;
      }
      int best = -1;
      double most = Double.NEGATIVE_INFINITY;
      for (int y = 0; y < m; y++) {
        if (y != x) {
          double c = dot(means, i * dim, means, members.get(y) * dim, dim);
          if (c > most) {
            most = c;
            best = y;
          }
        }
      }
      if (best >= 0 && most >= similarity) {
        union(parent, x, best);
      }
    }
    Map<Integer, List<Integer>> byRoot = new TreeMap<>();
    for (int x = 0; x < m; x++) {
      byRoot.computeIfAbsent(find(parent, x), k -> new ArrayList<>()).add(members.get(x));
    }
    List<List<Integer>> out = new ArrayList<>(byRoot.values());
    out.sort((a, b) -> Integer.compare(a.get(0), b.get(0)));
    return out;
  }

  /** Links members {@code x} and {@code y} when their mean vectors are close enough. */
  private void link(int[] parent, List<Integer> members, int x, int y, double similarity,
      int dim) {
    int rx = find(parent, x);
    int ry = find(parent, y);
    if (rx != ry
        && dot(means, members.get(x) * dim, means, members.get(y) * dim, dim) >= similarity) {
      parent[rx] = ry;
    }
  }

  private static void union(int[] parent, int x, int y) {
    int rx = find(parent, x);
    int ry = find(parent, y);
    if (rx != ry) {
      parent[rx] = ry;
    }
  }

  /**
   * Every aligned pair, group by group, in article and sentence order, when every article's
   * vectors were kept ({@link #retainsAll}); otherwise use {@link #pairs(Rereader)}.
   */
  public List<Pair> pairs() {
    try {
      return pairs((which, sink) -> {
        throw new IllegalStateException("this run was too large to keep every article's "
            + "sentence vectors: call pairs(Rereader)");
      });
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Every aligned pair, group by group, in article and sentence order. When the first pass did
   * not keep every article's vectors, the articles of alignable groups are read again through
   * {@code rereader}, a batch of groups at a time (at most {@link #RETAIN_FLOATS} floats held).
   * The pairs are the same either way.
   */
  public List<Pair> pairs(Rereader rereader) throws java.io.IOException {
    List<Pair> out = new ArrayList<>();
    skippedGroups = 0;
    lostGroups = 0;
    List<List<Integer>> alignable = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    int g = 0;
    for (List<Integer> group : groups()) {
      if (group.stream().map(i -> keys.get(i).source()).distinct().count() < 2) {
        continue;
      }
      g++;
      if (group.size() > MAX_GROUP) {
        skippedGroups++;
        continue;
      }
      alignable.add(group);
      numbers.add(g);
    }
    int from = 0;
    while (from < alignable.size()) {
      int to = from;
      if (!retaining) {
        details.clear();
        java.util.Set<String> wanted = new java.util.HashSet<>();
        long budget = 0;
        while (to < alignable.size() && (to == from || budget < retainFloats / 2)) {
          for (int i : alignable.get(to)) {
            wanted.add(keys.get(i).ref());
          }
          budget += alignable.get(to).size() * 4000L; // rough: 40 sentences x 100 floats
          to++;
        }
        rereader.reread(a -> wanted.contains(ref(a)), new DetailSink());
      } else {
        to = alignable.size();
      }
      for (int k = from; k < to; k++) {
        if (alignable.get(k).stream().allMatch(details::containsKey)) {
          align(alignable.get(k), numbers.get(k), out);
        } else {
          lostGroups++; // an input changed between the two readings
        }
      }
      from = to;
    }
    if (!retaining) {
      details.clear();
    }
    return out;
  }

  /**
   * The second reading's sink: each article's detail is made on the thread that analysed it,
   * then kept in reading order.
   */
  private final class DetailSink implements org.framelens.pipeline.ArticleSink {

    @Override
    public void accept(ArticleResult r) throws java.io.IOException {
      prepare(r).append();
    }

    @Override
    public Append prepare(ArticleResult r) {
      Integer index = byRef.get(ref(r.analyzed().article()));
      if (index == null || r.embeddings().isEmpty()) {
        return () -> { };
      }
      Detail d = detail(r, null);
      return () -> details.put(index, d);
    }
  }

  private void align(List<Integer> group, int g, List<Pair> out) {
    for (int ai : group) {
      Key a = keys.get(ai);
      Detail ad = detail(ai);
      Map<String, List<Integer>> others = new TreeMap<>();
      for (int bi : group) {
        if (!keys.get(bi).source().equals(a.source())) {
          others.computeIfAbsent(keys.get(bi).source(), k -> new ArrayList<>()).add(bi);
        }
      }
      for (int s = 0; s < ad.vectors().length; s++) {
        for (Map.Entry<String, List<Integer>> e : others.entrySet()) {
          int bestDoc = -1;
          int bestSentence = -1;
          double best = -2;
          for (int bi : e.getValue()) {
            Detail bd = detail(bi);
            float[][][] bv = bd.vectors();
            for (int t = 0; t < bv.length; t++) {
              if (!share(ad.content()[s], bd.content()[t])) {
                continue; // no content word in common: not the same fact, however similar
              }
              double c = similarity(ad.vectors()[s], bv[t]);
              if (c > best) {
                best = c;
                bestDoc = bi;
                bestSentence = t;
              }
            }
          }
          if (bestDoc >= 0 && best >= PAIR_SIMILARITY) {
            Key b = keys.get(bestDoc);
            Detail bd = detail(bestDoc);
            out.add(new Pair(g, a.source(), a.id(), s, ad.texts().get(s), b.source(), b.id(),
                bestSentence, bd.texts().get(bestSentence), best, ad.loaded()[s],
                bd.loaded()[bestSentence], ad.attributed()[s], bd.attributed()[bestSentence],
                ad.claim()[s], bd.claim()[bestSentence], ad.scare()[s],
                bd.scare()[bestSentence]));
          }
        }
      }
    }
  }

  private Detail detail(int index) {
    Detail d = details.get(index);
    if (d == null) {
      throw new IllegalStateException("the second reading did not give back article "
          + keys.get(index).id() + " (were the inputs changed during the run?)");
    }
    return d;
  }

  /**
   * Groups left unaligned in the last {@link #pairs(Rereader)} because an article could not be
   * found again in the second reading (its input changed during the run).
   */
  public int lostGroups() {
    return lostGroups;
  }

  /**
   * Groups with more than {@value #MAX_GROUP} articles left unaligned in the last {@link #pairs}:
   * still that large at the strictest split level (copies of one text, mostly).
   */
  public int skippedGroups() {
    return skippedGroups;
  }

  /**
   * Single-link groups of more than {@value #MAX_GROUP} articles that the last {@link #pairs} (or
   * {@link #groups}) split into stricter event groups ({@link #SPLIT_SIMILARITY}).
   */
  public int splitGroups() {
    return splitGroups;
  }

  static boolean withinWindow(String a, String b) {
    long x = epochDay(a);
    long y = epochDay(b);
    // an unknown date does not keep articles apart
    return x == Long.MIN_VALUE || y == Long.MIN_VALUE || Math.abs(x - y) <= DATE_WINDOW_DAYS;
  }

  /**
   * The ISO date as a day number, or Long.MIN_VALUE when it is not one: what
   * {@code LocalDate.parse(date).toEpochDay()} gives, without its parser (and its exception) for
   * the common shapes: a text shorter than ten characters is never an ISO date, and
   * {@code yyyy-mm-dd} in ASCII digits is read directly.
   */
  static long epochDay(String date) {
    if (date.length() < 10) {
      return Long.MIN_VALUE;
    }
    if (date.length() == 10 && date.charAt(4) == '-' && date.charAt(7) == '-') {
      int y = digits(date, 0, 4);
      int m = digits(date, 5, 7);
      int d = digits(date, 8, 10);
      if (y >= 0 && m >= 0 && d >= 0) {
        try {
          return LocalDate.of(y, m, d).toEpochDay();
        } catch (java.time.DateTimeException e) {
          return Long.MIN_VALUE; // no such day (month 13, 30 February)
        }
      }
    }
    try {
      return LocalDate.parse(date).toEpochDay();
    } catch (DateTimeParseException e) {
      return Long.MIN_VALUE;
    }
  }

  /** The ASCII digits {@code s[from, to)} as a number, or -1 when one is not a digit. */
  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = 10 * v + (c - '0');
    }
    return v;
  }

  private static int find(int[] p, int i) {
    while (p[i] != i) {
      p[i] = p[p[i]];
      i = p[i];
    }
    return i;
  }

  private static double dot(float[] a, float[] b) {
    return dot(a, 0, b, 0, a.length);
  }

  /** A dot product in double, four sums at a time (the grouping's inner loop). */
  private static double dot(float[] a, int ia, float[] b, int ib, int n) {
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    int i = 0;
    for (; i + 3 < n; i += 4) {
      s0 += (double) a[ia + i] * b[ib + i];
      s1 += (double) a[ia + i + 1] * b[ib + i + 1];
      s2 += (double) a[ia + i + 2] * b[ib + i + 2];
      s3 += (double) a[ia + i + 3] * b[ib + i + 3];
    }
    for (; i < n; i++) {
      s0 += (double) a[ia + i] * b[ib + i];
    }
    return (s0 + s1) + (s2 + s3);
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
