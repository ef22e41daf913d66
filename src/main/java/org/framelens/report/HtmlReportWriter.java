package org.framelens.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.framelens.analyze.AnalyzedArticle;
import org.framelens.compare.ArticleStats;
import org.framelens.compare.Comparison;
import org.framelens.cues.CueType;
import org.framelens.cues.Evidence;
import org.framelens.cues.Voice;
import org.framelens.ingest.Article;
import org.framelens.ingest.Metadata;
import org.framelens.pipeline.ArticleResult;
import org.jsoup.nodes.Entities;

/**
 * Writes {@code report.html}: one self-contained page (no scripts, no network) a student can
 * read: per-source bar charts (inline SVG) of loaded words in the outlet's own voice and in
 * quotes and of unattributed claims, then every article with its cues highlighted (colour and
 * underline style per cue type, so it reads in black and white too) and each cue's explanation
 * and voice as a tooltip. Every piece of article text, title, source and explanation goes
 * through jsoup's HTML encoder. Articles are rendered as they arrive into a temporary file, so
 * memory does not grow with the corpus; past {@value #MAX_ARTICLES} articles only a summary row
 * is kept per article.
 */
public final class HtmlReportWriter {

  public static final String FILE = "report.html";
  static final int MAX_ARTICLES = 200;

  private final Path target;
  private final Path articlesTmp;
  private final java.io.OutputStream articlesOut;
  private final BufferedWriter articles;
  private int count;
  /** {@link #count}, for {@link #prepare} on other threads (a hint: which articles to render). */
  private volatile int appended;

  /** Whether the learned loaded-language model scored this run (else: lexicons only). */
  private final boolean learnedScorer;

  public HtmlReportWriter(Path outDir) throws IOException {
    this(outDir, true);
  }

  /**
   * @param learnedScorer whether the run's loaded words include the learned model's; the page
   *                      says which kind of run made it, so two kinds are not compared unawares
   */
  public HtmlReportWriter(Path outDir, boolean learnedScorer) throws IOException {
    this.learnedScorer = learnedScorer;
    Files.createDirectories(outDir);
    this.target = outDir.resolve(FILE);
    this.articlesTmp = outDir.resolve("." + FILE + "." + ProcessHandle.current().pid() + ".part");
    this.articlesOut = Files.newOutputStream(articlesTmp);
    this.articles = new BufferedWriter(new java.io.OutputStreamWriter(articlesOut,
        StandardCharsets.UTF_8.newEncoder()));
  }

  /**
   * HTML-escapes text for the reports' pages (jsoup's encoder; null as empty). A text with no
   * character jsoup would change (see {@link #unescaped}) is returned as it is, without the
   * encoder.
   */
  public static String esc(String s) {
    if (s == null) {
      return "";
    }
    for (int i = 0, n = s.length(); i < n; i++) {
      if (!unescaped(s.charAt(i))) {
        return Entities.escape(s);
      }
    }
    return s;
  }

  /**
   * Whether jsoup's {@code Entities.escape} leaves the character as it is wherever it stands:
   * all but {@code " & ' < >}, the no-break space, control characters other than tab, line feed
   * and carriage return, and surrogates (left to jsoup).
   */
  static boolean unescaped(char c) {
    if (c < ' ') {
      return c == '\t' || c == '\n' || c == '\r';
    }
    return c != '"' && c != '&' && c != '\'' && c != '<' && c != '>' && c != '\u00a0'
        && !Character.isSurrogate(c);
  }

  /**
   * One article as {@link #prepare} leaves it for {@link #append}: its summary row (the row it
   * gets past the first {@value #MAX_ARTICLES}) and, when it may be among them, its full
   * rendering after the opening tag (else null).
   */
  record Prepared(ArticleResult result, ArticleStats stats, String row, String body) {
  }

  /** Renders one article (text with highlighted cues, and its counts) into the part file. */
  public void accept(ArticleResult r, ArticleStats s) throws IOException {
    append(prepare(r, s));
  }

  /**
   * The order-free part of {@link #accept} (pure; any thread): the article's summary row and,
   * unless {@value #MAX_ARTICLES} articles have been appended already (so this one comes later
   * and is only summarised), its full rendering.
   */
  Prepared prepare(ArticleResult r, ArticleStats s) {
    Article article = r.analyzed().article();
    Metadata m = article.metadata();
    String row = "<tr><td>" + esc(article.id()) + "</td><td>" + esc(m.source())
        + "</td><td>" + esc(m.title()) + "</td><td>" + d(ownLoaded(s, Voice.AUTHOR))
        + "</td><td>" + d(claims(s)) + "</td></tr>\n";
    return new Prepared(r, s, row, appended < MAX_ARTICLES ? body(r, s) : null);
  }

  /**
   * Writes a prepared article, in reading order: in full (numbered in that order) for the first
   * {@value #MAX_ARTICLES}, then as its summary row.
   */
  void append(Prepared p) throws IOException {
    count++;
    appended = count;
    if (count > MAX_ARTICLES) {
      if (count == MAX_ARTICLES + 1) {
        articles.write(TABLE);
      }
      articles.write(p.row());
      return;
    }
    articles.write("<article id=\"a" + count + "\">");
    articles.write(p.body() != null ? p.body() : body(p.result(), p.stats()));
  }

  /** The head of the table of articles past the first {@value #MAX_ARTICLES}. */
  private static final String TABLE = "<table><tr><th>article</th><th>source</th><th>title</th>"
      + "<th>own-voice loaded per 1,000 words</th><th>unattributed claims per 100 sentences</th>"
      + "</tr>\n";

  /**
   * Copies the UTF-8 file {@code from} to {@code to} line by line as {@code Files.lines} would
   * split it and a writer would join it again with {@code \n}: every line end ({@code \r\n},
   * {@code \r} or {@code \n}) becomes {@code \n}, and a last line without one gets one.
   */
  static void copyLines(Path from, java.io.OutputStream to) throws IOException {
    byte[] buf = new byte[1 << 16];
    boolean cr = false;
    int last = '\n';
    try (java.io.InputStream in = Files.newInputStream(from)) {
      for (int len = in.read(buf); len >= 0; len = in.read(buf)) {
        int start = 0;
        for (int i = 0; i < len; i++) {
          byte b = buf[i];
          if (b == '\r' || b == '\n' && cr) {
            to.write(buf, start, i - start);
            if (b == '\r') {
              to.write('\n');
            }
            start = i + 1;
          }
          cr = b == '\r';
        }
        to.write(buf, start, len - start);
        if (len > 0) {
          last = buf[len - 1];
        }
      }
    }
    if (last != '\n' && last != '\r') {
      to.write('\n');
    }
  }

  /** An article in full, after its opening tag: title, counts, sentences with their cues. */
  private static String body(ArticleResult r, ArticleStats s) {
    AnalyzedArticle a = r.analyzed();
    Metadata m = a.article().metadata();
    StringBuilder b = new StringBuilder(2 * a.text().length() + 256);
    b.append("<h3>").append(esc(m.title().isEmpty() ? a.article().id() : m.title()))
        .append("</h3>\n<p class=\"meta\">").append(esc(m.source()))
        .append(m.date().isEmpty() ? "" : " · " + esc(m.date())).append(" · ")
        .append(esc(a.article().id())).append(" · own-voice loaded words per 1,000 words: ")
        .append(d(ownLoaded(s, Voice.AUTHOR)))
        .append(" · unattributed claims per 100 sentences: ").append(d(claims(s)))
        .append("</p>\n");
    String text = a.text();
    List<List<Evidence>> marks = new ArrayList<>();
    String[] claimNotes = new String[a.sentences().size()];
    bySentence(r.cues().evidence(), marks, claimNotes);
    for (var sentence : a.sentences()) {
      int i = sentence.index();
      List<Evidence> ev = i < marks.size() ? marks.get(i) : List.of();
      String claimNote = i < claimNotes.length ? claimNotes[i] : null;
      boolean claim = claimNote != null;
      b.append("<p class=\"s").append(claim ? " claim" : "").append('"')
          .append(claim ? " title=\"" + esc(claimNote) + "\"" : "").append('>');
      b.append(highlight(text, sentence.span().start(), sentence.span().end(), ev));
      if (claim) {
        b.append(" <span class=\"tag\">unattributed claim</span>");
      }
      b.append("</p>\n");
    }
    return b.append("</article>\n").toString();
  }

  /**
   * Sorts the evidence by sentence in one pass, in evidence order: into {@code marks} (by
   * sentence index) every cue but unattributed claims, into {@code claimNotes} the explanation
   * of each sentence's first unattributed claim (null: none; sentences past its end have none).
   */
  static void bySentence(List<Evidence> evidence, List<List<Evidence>> marks,
      String[] claimNotes) {
    for (Evidence e : evidence) {
      int i = e.sentenceIndex();
      if (e.type() == CueType.UNATTRIBUTED_CLAIM) {
        if (i >= 0 && i < claimNotes.length && claimNotes[i] == null) {
          claimNotes[i] = e.explanation();
        }
        continue;
      }
      if (i < 0) {
        continue;
      }
      while (marks.size() <= i) {
        marks.add(new ArrayList<>(2));
      }
      marks.get(i).add(e);
    }
  }

  /**
   * The sentence's text with every cue marked, overlapping ones too: a cue inside another is a
   * mark nested in the other's mark (class {@code multi}, its tooltip naming the enclosing cues
   * as well); a cue that runs past the end of the one it starts in is split there, both parts
   * with its tooltip. So every cue the bars count has a highlight and a tooltip.
   */
  static String highlight(String text, int from, int to, List<Evidence> ev) {
    List<Piece> pieces = new ArrayList<>();
    for (Evidence e : ev) {
      int st = Math.max(from, e.span().start());
      int en = Math.min(to, e.span().end());
      if (st < en) {
        pieces.add(new Piece(e, st, en));
      }
    }
    StringBuilder b = new StringBuilder();
    render(text, from, to, pieces, List.of(), b);
    return b.toString();
  }

  /** A cue's span, or the part of it that lies in one enclosing mark. */
  private record Piece(Evidence e, int start, int end) {
  }

  private static final Comparator<Piece> PIECE_ORDER = Comparator.comparingInt(Piece::start)
      .thenComparingInt(p -> -(p.end() - p.start()));

  private static void render(String text, int from, int to, List<Piece> in,
      List<String> enclosing, StringBuilder b) {
    List<Piece> queue = new ArrayList<>(in);
    queue.sort(PIECE_ORDER);
    int at = from;
    while (!queue.isEmpty()) {
      Piece p = queue.remove(0);
      int st = Math.max(p.start(), at);
      if (st >= p.end()) {
        continue;
      }
      List<Piece> inner = new ArrayList<>();
      List<Piece> rest = new ArrayList<>();
      for (java.util.Iterator<Piece> it = queue.iterator(); it.hasNext();) {
        Piece q = it.next();
        if (q.start() >= p.end()) {
          break;
        }
        it.remove();
        inner.add(new Piece(q.e(), Math.max(q.start(), st), Math.min(q.end(), p.end())));
        if (q.end() > p.end()) {
          rest.add(new Piece(q.e(), p.end(), q.end()));
        }
      }
      b.append(esc(text.substring(at, st)));
      String title = tooltip(p.e());
      List<String> titles = new ArrayList<>(enclosing);
      titles.add(0, title);
      b.append("<mark class=\"").append(p.e().type().id()).append(' ')
          .append(p.e().voice().id()).append(enclosing.isEmpty() ? "" : " multi")
          .append("\" title=\"").append(esc(String.join(" | also: ", titles))).append("\">");
      List<String> inside = new ArrayList<>(enclosing);
      inside.add(title);
      render(text, st, p.end(), inner, inside, b);
      b.append("</mark>");
      at = p.end();
      queue.addAll(rest);
      queue.sort(PIECE_ORDER);
    }
    b.append(esc(text.substring(at, to)));
  }

  private static String tooltip(Evidence e) {
    return label(e) + ": " + e.explanation() + " (" + (e.voice() == Voice.AUTHOR
        ? "the outlet's own words" : "quoted words") + "; rule " + e.ruleId() + ")";
  }

  private static String label(Evidence e) {
    return e.type().id().replace('_', ' ');
  }

  /** A rate as the page prints it: {@code n/a} where the CSVs leave it empty (undefined). */
  private static String d(double v) {
    return Double.isNaN(v) ? "n/a" : Csv.format(v, 1);
  }

  /** Loaded words per 1,000 words in one voice; undefined (NaN) without words, as in the CSVs. */
  static double ownLoaded(ArticleStats s, Voice v) {
    return s.words() == 0 ? Double.NaN : s.perThousandWords(CueType.LOADED, v);
  }

  /** Unattributed claims per 100 sentences; undefined (NaN) without sentences, as in the CSVs. */
  static double claims(ArticleStats s) {
    return s.sentences() == 0 ? Double.NaN : s.claimRate();
  }

  /** Writes the page (charts from the comparison, then the articles) and moves it into place. */
  public void finish(Comparison comparison) throws IOException {
    finish(comparison, List.of());
  }

  /** As {@link #finish(Comparison)}, with aligned sentence pairs shown side by side. */
  public void finish(Comparison comparison, List<org.framelens.compare.Alignment.Pair> pairs)
      throws IOException {
    finish(comparison.sources(), comparison.actors(), pairs);
  }

  /**
   * As {@link #finish(Comparison, List)}, given the comparison's {@link Comparison#sources()} and
   * {@link Comparison#actors()} (so a caller that has them does not bootstrap again).
   */
  void finish(List<Comparison.SourceRow> sources, List<Comparison.ActorRow> actors,
      List<org.framelens.compare.Alignment.Pair> pairs) throws IOException {
    finish(sources, actors, pairs, 0);
  }

  /**
   * As {@link #finish(List, List, List)}, saying on the page how many event groups were too
   * large to align ({@code skippedGroups}, see {@link org.framelens.compare.Alignment#skippedGroups}).
   */
  void finish(List<Comparison.SourceRow> sources, List<Comparison.ActorRow> actors,
      List<org.framelens.compare.Alignment.Pair> pairs, int skippedGroups) throws IOException {
    finish(sources, actors, pairs, skippedGroups, 0);
  }

  /**
   * As {@link #finish(List, List, List, int)}, saying too how many large groups were split into
   * stricter event groups ({@code splitGroups}, see
   * {@link org.framelens.compare.Alignment#splitGroups}).
   */
  void finish(List<Comparison.SourceRow> sources, List<Comparison.ActorRow> actors,
      List<org.framelens.compare.Alignment.Pair> pairs, int skippedGroups, int splitGroups)
      throws IOException {
    articles.close();
    Path tmp = target.resolveSibling("." + FILE + "." + ProcessHandle.current().pid() + ".tmp");
    try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp),
        1 << 16);
        Writer w = new BufferedWriter(new java.io.OutputStreamWriter(out,
            StandardCharsets.UTF_8.newEncoder()))) {
      w.write(HEAD);
      List<Comparison.SourceRow> outlets = shownOutlets(sources);
      w.write("<h2>Outlets compared</h2>\n<p>Bars show rates, so long and short articles compare "
          + "fairly. <b>Own voice</b> counts loaded words the outlet wrote itself; <b>quoted</b> "
          + "counts loaded words inside quotation marks (someone else's words). The number "
          + "after an outlet's name is how many of its articles the rates come from: the fewer, "
          + "the less they say.</p>\n");
      w.write(learnedScorer
          ? "<p class=\"meta\">Loaded words come from the lexicons and the learned model "
              + "(loaded_scorer <code>" + Rates.LEXICONS_AND_MODEL + "</code>).</p>\n"
          : "<p class=\"meta\"><b>Loaded words come from the lexicons only</b> (this run had no "
              + "word vectors, or the learned model did not fit them: loaded_scorer <code>"
              + Rates.LEXICONS_ONLY + "</code>). Its loaded-word and unattributed-claim figures "
              + "are far lower than a run with the model and cannot be compared with one.</p>\n");
      if (outlets.size() < sources.size()) {
        w.write("<p>The " + outlets.size() + " outlets with the most articles are shown, of "
            + sources.size() + "; sources.csv and actors.csv hold them all.</p>\n");
      }
      w.write(chart("Unattributed motive claims per 100 sentences", MOTIVE_NOTE, outlets,
          s -> new double[] {motiveClaims(s)}, new String[] {""}, new String[] {": "}));
      w.write(chart("Loaded words per 1,000 words", outlets, true));
      w.write(chart("Unattributed claims of every kind per 100 sentences",
          claimsNote(sources), outlets, s -> new double[] {claims(s)}, new String[] {""},
          new String[] {": "}));
      java.util.Set<String> names = outlets.stream().map(Comparison.SourceRow::source)
          .collect(java.util.stream.Collectors.toSet());
      w.write(actorTable(actors.stream().filter(a -> names.contains(a.source())).toList()));
      w.write(pairsSection(pairs, skippedGroups, splitGroups));
      w.write("<h2>How to read the highlights</h2>\n<ul class=\"legend\">"
          + "<li><mark class=\"loaded author\">loaded, own voice</mark> <mark class=\"loaded "
          + "quoted\">loaded, quoted</mark> emotive or pejorative words</li>"
          + "<li><mark class=\"attribution author\">attribution</mark> who says so</li>"
          + "<li><mark class=\"weasel author\">weasel</mark> a vague, hidden source</li>"
          + "<li><mark class=\"agentless_passive author\">agentless</mark> an accusation with no "
          + "accuser</li><li><mark class=\"scare_quote author\">scare quote</mark> quotation "
          + "marks that keep a word at a distance</li><li><mark class=\"hedge author\">hedge</mark>"
          + " <mark class=\"booster author\">booster</mark> <mark class=\"doubt author\">doubt"
          + "</mark> how sure the text sounds</li><li><mark class=\"loaded author\">two <mark "
          + "class=\"hedge author multi\">overlined</mark></mark> a cue inside another (its "
          + "tooltip names both)</li>"
          + "<li><span class=\"tag\">unattributed claim"
          + "</span> a sentence in the outlet's own voice that asserts a motive, cause, judgement "
          + "or prediction, or uses a loaded word, without a source (hover over the tag for "
          + "which)</li></ul>\n<p>Hover over (or tap) a highlight to "
          + "read why it was flagged.</p>\n");
      w.write("<h2>Articles</h2>\n");
      if (count > MAX_ARTICLES) {
        w.write("<p>The first " + MAX_ARTICLES + " of " + count + " articles are shown in full; "
            + "the rest are summarised in the table at the end (see the CSV files for all).</p>\n");
      }
      w.flush();
      copyLines(articlesTmp, out);
      if (count > MAX_ARTICLES) {
        w.write("</table>\n");
      }
      w.write("</main></body></html>\n");
    }
    Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    Files.deleteIfExists(articlesTmp);
  }

  /** What the motive chart counts (its caption). */
  static final String MOTIVE_NOTE = "Sentences in the outlet's own voice, naming no source, "
      + "that say what someone intends or wants (\u201caims to\u201d, \u201cin a bid to\u201d, "
      + "\u201cunder the pretext\u201d: the motive triggers of claims.tsv). Loaded words alone "
      + "do not count here. Column unattributed_claims_motive_per_100_sentences of sources.csv.";

  /**
   * The caption of the chart of every kind of unattributed claim: how many of the run's claims
   * are of each kind, so that a reader sees how many are a single loaded word.
   */
  static String claimsNote(List<Comparison.SourceRow> sources) {
    int[] kinds = new int[ArticleStats.CLAIM_KINDS.size()];
    int all = 0;
    for (Comparison.SourceRow s : sources) {
      all += s.pooled().claims();
      for (int k = 0; k < kinds.length; k++) {
        kinds[k] += s.pooled().claimKinds()[k];
      }
    }
    StringBuilder b = new StringBuilder("Motive, cause, evaluation and prediction triggers, and "
        + "single loaded words in the outlet's own voice, all counted alike");
    if (all > 0) {
      b.append(": of this run's ").append(all).append(" unattributed claims, ");
      String[] names = {"motive", "cause", "evaluation", "prediction", "a single loaded word"};
      for (int k = 0; k < kinds.length; k++) {
        b.append(k == 0 ? "" : k == kinds.length - 1 ? " and " : ", ").append(kinds[k])
            .append(" (").append(Math.round(100.0 * kinds[k] / all)).append("%) ")
            .append(k == kinds.length - 1 ? "are " : "").append(names[k]);
      }
    }
    return b.append(". Columns unattributed_claims_<kind>_per_100_sentences of sources.csv "
        + "break the bars down.").toString();
  }

  /** At most this many rows in the table of aligned pairs. */
  static final int MAX_PAIRS = 40;

  /**
   * The section of aligned sentence pairs: one row per distinct pair of sentences (a pair and its
   * mirror, B's sentence matched to A's, are one; so are the pairs of syndicated copies, the same
   * two texts from the same two outlets, shown once with every article they come from), the
   * {@value #MAX_PAIRS} most similar first; when large event groups were split into stricter ones
   * ({@code splitGroups}), a sentence saying so; and, when event groups were too large to align
   * even so, a sentence saying that. Empty when there are neither pairs nor such groups.
   */
  static String pairsSection(List<org.framelens.compare.Alignment.Pair> pairs,
      int skippedGroups, int splitGroups) {
    if (pairs.isEmpty() && skippedGroups == 0) {
      return "";
    }
    StringBuilder b = new StringBuilder("<h2>The same facts, told by different outlets</h2>\n");
    if (skippedGroups > 0) {
      b.append("<p class=\"note\">").append(skippedGroups).append(skippedGroups == 1
          ? " event group of more than " : " event groups of more than ")
          .append(org.framelens.compare.Alignment.MAX_GROUP).append(" articles, still that large "
              + "at the strictest split (copies of one text, mostly), ")
          .append(skippedGroups == 1 ? "was" : "were").append(" not aligned, so ")
          .append(skippedGroups == 1 ? "its" : "their").append(" sentences are not compared "
              + "here (alignments.csv has no rows for ").append(skippedGroups == 1 ? "it" : "them")
          .append("; reports/README.md explains the limit). Analyse one story at a time, or "
              + "fewer articles, to compare them.</p>\n");
    }
    if (pairs.isEmpty()) {
      return b.toString();
    }
    // one row per distinct (outlet, text) x (outlet, text), mirrors included, in pair order
    java.util.Map<String, List<org.framelens.compare.Alignment.Pair>> rows =
        new java.util.LinkedHashMap<>();
    for (org.framelens.compare.Alignment.Pair p : pairs) {
      boolean swap = p.sourceA().compareTo(p.sourceB()) > 0;
      String key = swap ? p.sourceB() + "\0" + p.textB() + "\0" + p.sourceA() + "\0" + p.textA()
          : p.sourceA() + "\0" + p.textA() + "\0" + p.sourceB() + "\0" + p.textB();
      rows.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
    }
    List<List<org.framelens.compare.Alignment.Pair>> shown = rows.values().stream()
        .sorted(Comparator.comparingDouble(g -> -g.get(0).similarity()))
        .limit(MAX_PAIRS).toList();
    b.append("<p>Each row puts a sentence next to the most similar sentence of another outlet "
        + "about the same event, the most similar first: similarity is the best cosine between "
        + "the two sentences' word vectors, whole sentences or one clause of each (so a clause "
        + "can match a whole sentence at 1.00), at least 0.70, and the two must share a content "
        + "word. Under each outlet, the article(s) the sentence comes from. Similar wording is "
        + "not always the same fact: read both before comparing the framing.</p>\n");
    if (splitGroups > 0) {
      b.append("<p class=\"note\">").append(splitGroups).append(splitGroups == 1
          ? " group of more than " : " groups of more than ")
          .append(org.framelens.compare.Alignment.MAX_GROUP).append(" similar articles (many "
              + "stories chained together) ").append(splitGroups == 1 ? "was" : "were")
          .append(" split into event groups of articles much more alike (cosine of their mean "
              + "vectors at least ").append(String.format(Locale.ROOT, "%.2f",
                  org.framelens.compare.Alignment.SPLIT_MIN_SIMILARITY))
          .append(") and at most ").append(org.framelens.compare.Alignment.SPLIT_MAX_DAYS)
          .append(" days apart; undated articles among dated ones were left out. Such a group "
              + "can still hold several stories of the same days, so more of its pairs are only "
              + "related.</p>\n");
    }
    if (rows.size() > shown.size()) {
      b.append("<p>The ").append(shown.size()).append(" most similar of ").append(rows.size())
          .append(" distinct pairs are shown; alignments.csv holds them all, one row per "
              + "article pair (").append(pairs.size()).append(" rows).</p>\n");
    }
    b.append("<table class=\"pairs\"><tr><th>outlet A</th><th>outlet B</th><th>similarity</th>"
        + "<th>difference</th></tr>\n");
    for (List<org.framelens.compare.Alignment.Pair> g : shown) {
      org.framelens.compare.Alignment.Pair p = g.get(0);
      boolean swap = p.sourceA().compareTo(p.sourceB()) > 0;
      java.util.Set<String> idsA = new java.util.TreeSet<>();
      java.util.Set<String> idsB = new java.util.TreeSet<>();
      for (org.framelens.compare.Alignment.Pair q : g) {
        boolean qs = q.sourceA().compareTo(q.sourceB()) > 0;
        idsA.add(qs ? q.articleB() : q.articleA());
        idsB.add(qs ? q.articleA() : q.articleB());
      }
      String difference = p.difference();
      if (swap) { // the difference as seen from the row's A
        difference = difference.replace("only A ", "only \u0000 ").replace("only B ", "only A ")
            .replace("only \u0000 ", "only B ");
        difference = swapCounts(difference);
      }
      b.append("<tr><td><b>").append(esc(outlet(swap ? p.sourceB() : p.sourceA())))
          .append("</b> <span class=\"meta\">").append(esc(ids(idsA))).append("</span><br>")
          .append(esc(swap ? p.textB() : p.textA())).append("</td><td><b>")
          .append(esc(outlet(swap ? p.sourceA() : p.sourceB()))).append("</b> <span class=\"meta\">")
          .append(esc(ids(idsB))).append("</span><br>").append(esc(swap ? p.textA() : p.textB()))
          .append("</td><td>").append(String.format(Locale.ROOT, "%.2f", p.similarity()))
          .append("</td><td>").append(esc(difference.isEmpty() ? "framed alike" : difference))
          .append("</td></tr>\n");
    }
    return b.append("</table>\n").toString();
  }

  /** "a1" or "a1, a2, a3" (at most three named, then "and N more"). */
  private static String ids(java.util.Set<String> ids) {
    List<String> l = new ArrayList<>(ids);
    return l.size() <= 3 ? String.join(", ", l)
        : String.join(", ", l.subList(0, 3)) + " and " + (l.size() - 3) + " more";
  }

  /** "loaded words 2 vs 0" as "loaded words 0 vs 2" (and scare quotes likewise). */
  private static String swapCounts(String difference) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) vs (\\d+)")
        .matcher(difference);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(b, m.group(2) + " vs " + m.group(1));
    }
    return m.appendTail(b).toString();
  }

  /** At most this many outlets in the charts and the actor table: those with the most articles. */
  static final int MAX_OUTLETS = 30;

  /**
   * The outlets the page shows: all of them when there are at most {@link #MAX_OUTLETS}, else the
   * {@link #MAX_OUTLETS} with the most articles (ties by name), in the order given.
   */
  static List<Comparison.SourceRow> shownOutlets(List<Comparison.SourceRow> sources) {
    if (sources.size() <= MAX_OUTLETS) {
      return sources;
    }
    java.util.Set<String> top = sources.stream()
        .sorted(Comparator.comparingInt((Comparison.SourceRow s) -> -s.pooled().articles())
            .thenComparing(Comparison.SourceRow::source))
        .limit(MAX_OUTLETS).map(Comparison.SourceRow::source)
        .collect(java.util.stream.Collectors.toSet());
    return sources.stream().filter(s -> top.contains(s.source())).toList();
  }

  /** A horizontal bar chart in inline SVG, one group per source (own and quoted for loaded). */
  static String chart(String title, List<Comparison.SourceRow> sources, boolean loaded) {
    return loaded
        ? chart(title, "", sources, s -> new double[] {ownLoaded(s, Voice.AUTHOR),
            ownLoaded(s, Voice.QUOTED)}, new String[] {" own", " quoted"},
            new String[] {", own voice: ", ", quoted: "})
        : chart(title, "", sources, s -> new double[] {claims(s)}, new String[] {""},
            new String[] {": "});
  }

  /** Motive claims per 100 sentences; undefined (NaN) without sentences, as in sources.csv. */
  static double motiveClaims(ArticleStats s) {
    return s.sentences() == 0 ? Double.NaN : s.claimRate(ArticleStats.MOTIVE);
  }

  /**
   * A horizontal bar chart in inline SVG, one group of bars per source, all on one linear scale.
   *
   * @param note     what the bars count, printed under the title (escaped; empty for none)
   * @param values   a source's values, one bar each (NaN: no bar, "n/a")
   * @param suffixes after each bar's value (" own", " quoted")
   * @param tips     between the outlet's name and the value in each bar's tooltip
   */
  static String chart(String title, String note, List<Comparison.SourceRow> sources,
      java.util.function.Function<ArticleStats, double[]> values, String[] suffixes,
      String[] tips) {
    double max = 0.001;
    for (Comparison.SourceRow s : sources) {
      for (double v : values.apply(s.pooled())) {
        if (!Double.isNaN(v)) {
          max = Math.max(max, v);
        }
      }
    }
    int bars = suffixes.length;
    int rowH = bars == 1 ? 20 : 6 + 14 * bars;
    int labelW = 260;
    int barW = 380;
    int h = 24 + rowH * sources.size();
    StringBuilder b = new StringBuilder("<figure class=\"chart\"><figcaption>" + esc(title)
        + (note.isEmpty() ? "" : "<br><span class=\"note\">" + esc(note) + "</span>")
        + "</figcaption><svg role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" width=\""
        + (labelW + barW + 100) + "\" height=\"" + h + "\" aria-label=\"" + esc(title) + "\">");
    int y = 10;
    for (Comparison.SourceRow s : sources) {
      b.append("<text x=\"0\" y=\"").append(y + 13).append("\" class=\"lbl\">")
          .append(esc(trim(outlet(s.source())))).append(" (").append(s.pooled().articles())
          .append(")</text>");
      double[] v = values.apply(s.pooled());
      for (int k = 0; k < v.length; k++) {
        if (Double.isNaN(v[k])) { // no words or sentences: no bar, not a bar of 0
          b.append("<text x=\"").append(labelW).append("\" y=\"").append(y + k * 14 + 10)
              .append("\" class=\"val\">n/a (no text)").append(suffixes[k]).append("</text>");
          continue;
        }
        int w = (int) Math.round(barW * v[k] / max);
        b.append("<rect class=\"bar b").append(k).append("\" x=\"").append(labelW)
            .append("\" y=\"").append(y + k * 14).append("\" width=\"").append(Math.max(w, 1))
            .append("\" height=\"12\"><title>").append(esc(outlet(s.source())))
            .append(tips[k]).append(d(v[k])).append("</title></rect>");
        b.append("<text x=\"").append(labelW + Math.max(w, 1) + 4).append("\" y=\"")
            .append(y + k * 14 + 10).append("\" class=\"val\">").append(d(v[k]))
            .append(suffixes[k]).append("</text>");
      }
      y += rowH;
    }
    return b.append("</svg></figure>\n").toString();
  }

  /** Outlets × actors: loaded words aimed at the actor in the outlet's own voice (and quoted). */
  static String actorTable(List<Comparison.ActorRow> rows) {
    List<String> actors = rows.stream().map(Comparison.ActorRow::actor).distinct().sorted()
        .toList();
    List<String> sources = rows.stream().map(Comparison.ActorRow::source).distinct().toList();
    if (actors.isEmpty() || sources.size() > MAX_ARTICLES) {
      return "";
    }
    StringBuilder b = new StringBuilder("<h2>Whom the loaded words aim at</h2>\n<p>Loaded words "
        + "aimed at each actor in the outlet's <b>own voice</b>, with quoted ones in brackets, "
        + "and unattributed claims about the actor after the slash.</p>\n<table class=\"actors"
        + "\"><tr><th>outlet</th>");
    for (String a : actors) {
      b.append("<th>").append(esc(a.replace('_', ' '))).append("</th>");
    }
    b.append("</tr>\n");
    for (String s : sources) {
      b.append("<tr><td>").append(esc(outlet(s))).append("</td>");
      for (String a : actors) {
        int[] c = rows.stream().filter(r -> r.source().equals(s) && r.actor().equals(a))
            .map(Comparison.ActorRow::counts).findFirst().orElse(new int[4]);
        b.append("<td>").append(c[0]).append(" (").append(c[1]).append(") / ").append(c[2])
            .append("</td>");
      }
      b.append("</tr>\n");
    }
    return b.append("</table>\n").toString();
  }

  /**
   * An outlet's name for display: the articles without a source show as "(no source)", and an
   * outlet really labelled "(no source)" in quotation marks, so that the two can be told apart.
   */
  static String outlet(String source) {
    String none = org.framelens.compare.Comparison.NO_SOURCE_LABEL;
    return source.isEmpty() ? none : source.equals(none) ? "\u201c" + none + "\u201d" : source;
  }

  private static String trim(String s) {
    return s.length() > 40 ? s.substring(0, 39) + "…" : s;
  }

  /** Deletes the temporary part file after a failed run. */
  public void abandon() {
    try {
      articles.close();
    } catch (IOException ignored) {
      // a failing flush (full disk): the file itself is closed below
    }
    try {
      articlesOut.close();
    } catch (IOException ignored) {
      // best effort
    }
    try {
      Files.deleteIfExists(articlesTmp);
    } catch (IOException ignored) {
      // best effort
    }
  }

  private static final String HEAD = """
      <!DOCTYPE html>
      <html lang="en"><head><meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
      <title>FrameLens report</title>
      <style>
      body{font:16px/1.5 Georgia,serif;margin:0;color:#111;background:#fff}
      main{max-width:52rem;margin:auto;padding:1rem}
      h1,h2,h3{font-family:Helvetica,Arial,sans-serif}
      .meta{font:13px Helvetica,Arial,sans-serif;color:#444}
      mark{background:none;padding:0 1px}
      mark.loaded.author{background:#ffd1d1;border-bottom:3px solid #b00}
      mark.loaded.quoted{background:#ffe9c7;border-bottom:3px dotted #b60}
      mark.attribution{background:#d7ecff;border-bottom:2px solid #05a}
      mark.weasel{background:#eadcff;border-bottom:3px double #60a}
      mark.agentless_passive{background:#e6e6e6;border-bottom:3px dashed #333}
      mark.scare_quote{background:#fff5b0;border-bottom:2px dashed #860}
      mark.hedge,mark.booster,mark.doubt{background:#dff5e1;border-bottom:1px solid #070}
      mark.multi{text-decoration:overline}
      p.claim{border-left:5px solid #b00;padding-left:.5rem}
      .tag{font:12px Helvetica,Arial,sans-serif;border:1px solid #b00;color:#b00;padding:0 3px}
      figure.chart{margin:1rem 0} figcaption{font:bold 14px Helvetica,Arial,sans-serif}
      figcaption .note{font-weight:normal;font-size:13px;color:#444}
      svg .lbl,svg .val{font:12px Helvetica,Arial,sans-serif}
      rect.b0{fill:#b00} rect.b1{fill:#fff;stroke:#b60;stroke-width:2;stroke-dasharray:3 2}
      table{border-collapse:collapse;font:13px Helvetica,Arial,sans-serif}
      td,th{border:1px solid #999;padding:2px 6px}
      @media print{mark{background:none}}
      </style></head><body><main>
      <h1>FrameLens report</h1>
      <p>How the outlets in this run frame the story: which words carry a judgement, whose voice
      they are in, who is quoted, and which claims stand without a source. Every highlight links
      to a rule; the CSV files beside this page hold every number.</p>
      """;
}
