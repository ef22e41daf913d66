package org.framelens.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.framelens.compare.ArticleStats;
import org.framelens.compare.Comparison;
import org.framelens.cues.CueType;
import org.framelens.cues.SourceType;
import org.framelens.cues.Voice;

/** The rate columns shared by {@code articles.csv} and {@code sources.csv}, in one place. */
final class Rates {

  static final String[] COLUMNS = columns();
  static final String[] INTERVAL_COLUMNS = intervalColumns();
  /**
   * {@code sources.csv}'s last columns: unattributed claims of each kind
   * ({@link ArticleStats#CLAIM_KINDS}) per 100 sentences, {@code unattributed_claims_motive_per_100_sentences}
   * first; they add up to {@code unattributed_claims_per_100_sentences}.
   */
  static final String[] CLAIM_KIND_COLUMNS = ArticleStats.CLAIM_KINDS.stream()
      .map(k -> "unattributed_claims_" + k + "_per_100_sentences").toArray(String[]::new);
  private static final CueType[] CUE_TYPES = CueType.values();
  private static final Voice[] VOICES = Voice.values();
  private static final SourceType[] SOURCE_TYPES = SourceType.values();

  private Rates() {
  }

  private static String[] columns() {
    List<String> c = new ArrayList<>();
    for (CueType t : CueType.values()) {
      for (Voice v : Voice.values()) {
        c.add(t.id() + "_" + v.id() + "_per_100_sentences");
        c.add(t.id() + "_" + v.id() + "_per_1000_words");
      }
    }
    c.add("attributed_share");
    for (SourceType s : SourceType.values()) {
      c.add("attributed_share_" + s.id());
    }
    c.add("unattributed_claims_per_100_sentences");
    c.add("mean_loaded_score");
    c.add("own_loaded_share");
    c.add("top_loaded_phrases");
    c.add("loaded_scorer");
    return c.toArray(new String[0]);
  }

  private static String[] intervalColumns() {
    List<String> c = new ArrayList<>();
    for (Comparison.Measure m : Comparison.Measure.values()) {
      c.add(m.id() + "_ci_low");
      c.add(m.id() + "_ci_high");
    }
    c.add("ci_note");
    return c.toArray(new String[0]);
  }

  /** {@code loaded_scorer} of a run with the learned loaded-language model. */
  static final String LEXICONS_AND_MODEL = "lexicons+model";
  /** {@code loaded_scorer} of a run without it ({@code --no-embeddings}, or vectors it does not fit). */
  static final String LEXICONS_ONLY = "lexicons only";

  /**
   * Writes the {@link #COLUMNS} cells of {@code s}. A rate whose denominator is zero (per 1,000
   * words of an article without words, per sentence of one without sentences) is undefined: an
   * empty cell, not 0.
   *
   * @param loadedScorer {@link #LEXICONS_AND_MODEL} or {@link #LEXICONS_ONLY}
   */
  static void write(CsvWriter w, ArticleStats s, String loadedScorer) throws java.io.IOException {
    boolean noSentences = s.sentences() == 0;
    boolean noWords = s.words() == 0;
    for (CueType t : CUE_TYPES) {
      for (Voice voice : VOICES) {
        w.decimal(noSentences ? Double.NaN : s.perHundredSentences(t, voice));
        w.decimal(noWords ? Double.NaN : s.perThousandWords(t, voice));
      }
    }
    w.decimal(noSentences ? Double.NaN : s.attributedShare());
    for (SourceType t : SOURCE_TYPES) {
      w.decimal(noSentences ? Double.NaN : s.attributedShare(t));
    }
    w.decimal(noSentences ? Double.NaN : s.claimRate());
    w.decimal(noSentences ? Double.NaN : s.meanLoadedScore());
    w.decimal(s.ownLoadedShare());
    w.text(s.topPhrases(5));
    w.text(loadedScorer);
  }

  /** The {@link #CLAIM_KIND_COLUMNS} cells of {@code s} (empty without sentences). */
  static List<Object> claimKinds(ArticleStats s) {
    List<Object> v = new ArrayList<>();
    for (int k = 0; k < ArticleStats.CLAIM_KINDS.size(); k++) {
      v.add(Csv.decimal(s.sentences() == 0 ? Double.NaN : s.claimRate(k)));
    }
    return v;
  }

  static List<Object> intervals(Comparison.SourceRow r) {
    List<Object> v = new ArrayList<>();
    boolean any = false;
    boolean all = true;
    for (Comparison.Measure m : Comparison.Measure.values()) {
      double[] ci = r.intervals().get(m);
      v.add(ci == null ? "" : Csv.decimal(ci[0]));
      v.add(ci == null ? "" : Csv.decimal(ci[1]));
      any |= ci != null;
      all &= ci != null;
    }
    v.add(ciNote(r.pooled().articles(), any, all));
    return v;
  }

  /**
   * The {@code ci_note} of a source with {@code articles} articles, some ({@code any}) or all of
   * whose intervals could be given.
   */
  static String ciNote(int articles, boolean any, boolean all) {
    if (!any) {
      return articles < 2 ? "one article: no interval can be given"
          : "fewer than two articles with sentences (or words): no interval can be given";
    }
    return String.format(Locale.ROOT, "95%% bootstrap over %d articles, %d resamples%s", articles,
        org.framelens.compare.Bootstrap.REPLICATES, all ? ""
            : "; empty where fewer than two articles have words (or sentences)");
  }
}
