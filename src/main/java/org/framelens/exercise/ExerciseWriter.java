package org.framelens.exercise;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVPrinter;
import org.framelens.report.AtomicFiles;
import org.framelens.report.Csv;
import org.framelens.report.OutputLock;

/**
 * Writes an exercise as {@code worksheet.html} (for students), {@code answers.html} (the key)
 * and {@code exercise.csv} (every answer point, one row each). The pages are self-contained (no
 * scripts, no network, a strict Content-Security-Policy), one column, and print in black and
 * white: every highlight is also underlined and numbered, never colour alone. All text goes
 * through jsoup's HTML encoder. Files are written to temporary files and moved into place, so a
 * failed run leaves earlier files as they were. Same exercise, same bytes: no dates or times.
 */
public final class ExerciseWriter {

  public static final String WORKSHEET = "worksheet.html";
  public static final String ANSWERS = "answers.html";
  public static final String CSV = "exercise.csv";
  public static final List<String> FILES = List.of(WORKSHEET, ANSWERS, CSV);

  static final String[] HEADER = {"item", "kind", "level", "seed", "bucket", "item_clean",
      "article_id", "source", "sentence_index", "sentence_start", "sentence_end", "sentence",
      "point", "aspect", "answer", "span_start", "span_end", "span_text", "rule_id", "voice",
      "source_type", "confidence", "explanation", "differences"};

  private ExerciseWriter() {
  }

  /**
   * Writes the three files into {@code dir} (created when missing), holding the directory's lock
   * so that two runs cannot leave a worksheet from one and the answers of the other.
   */
  public static void write(Exercise ex, Path dir, boolean rawCsv) throws IOException {
    write(ex, lock(dir), rawCsv);
  }

  /**
   * Takes the lock of the output directory {@code dir} (created when missing) for a run that
   * locks it before its expensive work and writes there later with
   * {@link #write(Exercise, OutputLock, boolean)}.
   */
  public static OutputLock lock(Path dir) throws IOException {
    return OutputLock.take(dir, java.util.Set.copyOf(FILES));
  }

  /**
   * Writes the three files into the directory of {@code lock}, which is let go when they are
   * in place (or the writing failed).
   */
  public static void write(Exercise ex, OutputLock lock, boolean rawCsv) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try {
      files.put(WORKSHEET, worksheet(ex));
      files.put(ANSWERS, answers(ex));
      files.put(CSV, csv(ex, rawCsv));
    } catch (IOException | RuntimeException e) {
      lock.close();
      throw e;
    }
    try (AtomicFiles out = new AtomicFiles(lock, java.util.Set.copyOf(FILES))) {
      for (Map.Entry<String, String> f : files.entrySet()) {
        out.open(f.getKey()).write(f.getValue());
      }
      out.commit();
    }
  }

  static String esc(String s) {
    return org.framelens.report.HtmlReportWriter.esc(s);
  }

  // ------------------------------------------------------------------ CSV

  static String csv(Exercise ex, boolean raw) throws IOException {
    StringWriter sw = new StringWriter();
    try (CSVPrinter p = new CSVPrinter(sw, Csv.format(HEADER))) {
      Options o = ex.options();
      for (Item item : ex.items()) {
        int point = 0;
        for (Answer a : item.answers()) {
          point++;
          ItemSentence s = sentenceOf(item, a);
          List<Object> row = List.of(item.number(), o.kind().id(), o.level().id(),
              new Csv.Num(Long.toString(o.seed())), item.bucket(), item.clean() ? 1 : 0,
              a.articleId(), s.source(), s.sentenceIndex(), s.start(), s.end(), s.text(), point,
              a.aspect(), a.answer(), a.start(), a.end(), a.text(), a.ruleId(), a.voice(),
              a.sourceType(), a.confidence(), a.explanation(),
              String.join(" ", item.differences()));
          p.printRecord(row.stream().map(v -> Csv.cell(v, raw)).toList());
        }
      }
    }
    return sw.toString();
  }

  /** The item's sentence from the answer's article (one per article in an item). */
  static ItemSentence sentenceOf(Item item, Answer a) {
    return item.sentences().stream().filter(s -> s.articleId().equals(a.articleId()))
        .findFirst().orElse(item.sentences().get(0));
  }

  // ------------------------------------------------------------------ worksheet

  static String worksheet(Exercise ex) {
    Options o = ex.options();
    StringBuilder b = new StringBuilder(head(ex.title()));
    b.append("<header><h1>").append(esc(ex.title())).append("</h1>\n")
        .append("<p class=\"name\">Name: <span class=\"blank\"></span> Class: "
            + "<span class=\"blank short\"></span> Date: <span class=\"blank short\"></span>"
            + "</p>\n</header>\n");
    b.append("<section class=\"instructions\"><h2>What to do</h2>\n")
        .append(instructions(o)).append("</section>\n");
    if (ex.items().isEmpty()) {
      b.append("<p>No items could be made from these articles.</p>\n");
    }
    b.append("<ol class=\"items\">\n");
    for (Item item : ex.items()) {
      b.append("<li class=\"item\" id=\"item").append(item.number()).append("\">");
      b.append("<h3>Item ").append(item.number()).append("</h3>\n");
      char label = 'A';
      for (ItemSentence s : item.sentences()) {
        b.append("<p class=\"src\">").append(item.sentences().size() > 1 ? "Version " + label
            + ": " : "").append(esc(s.outlet())).append(s.title().isEmpty() ? ""
            : " · <i>" + esc(s.title()) + "</i>").append("</p>\n<blockquote>")
            .append(esc(s.text().strip())).append("</blockquote>\n");
        label++;
      }
      b.append(tasks(o.kind(), item)).append("</li>\n");
    }
    b.append("</ol>\n");
    b.append(glossary());
    b.append(footer(ex, "The answer key is in answers.html."));
    return b.append("</main></body></html>\n").toString();
  }

  private static String instructions(Options o) {
    return switch (o.kind()) {
      case SPOT -> "<p>Each item is one sentence from a news article. Some contain framing "
          + "cues, some are clean. For each one:</p>\n<ol type=\"a\"><li><b>Underline</b> every "
          + "loaded word (a word that judges or stirs feelings where a neutral word would do)."
          + "</li><li>Say <b>who is speaking</b>: the outlet in its own voice, a quoted source, "
          + "or both.</li><li>Say whether the claim is <b>attributed</b> (does the sentence say "
          + "who says so?) and, if it is, to whom.</li><li>Write down any other cue you notice "
          + "(see the glossary at the end), or write <b>clean</b> if you find none.</li></ol>\n";
      case COMPARE -> "<p>Each item puts side by side sentences of two or three outlets that "
          + "FrameLens matched by meaning: often the same fact, sometimes only the same topic. "
          + "First say <b>whether they report the same fact</b>. If they do, describe <b>how "
          + "the framing differs</b>: the words chosen "
          + "(loaded or neutral), whether a source is named and who it is, whose voice it is "
          + "(the outlet's or a quoted source's), and whether something is asserted without a "
          + "source. If you find no difference, say so.</p>\n";
      case SOURCES -> "<p>These are the claims of one news article, in order. For each one, "
          + "answer: <b>who says so?</b> Write the source the article names and what kind of "
          + "source it is (a named person, an institution or government, a news medium or "
          + "document, an unnamed official, a vague group), or write <b>nobody</b> if the "
          + "outlet states it without a source.</p>\n";
    };
  }

  private static String tasks(Kind kind, Item item) {
    String line = "<div class=\"line\"></div>";
    return switch (kind) {
      case SPOT -> "<ol type=\"a\" class=\"tasks\"><li>Underline the loaded words in the "
          + "sentence above.</li><li>Who is speaking? ☐ the outlet ☐ a quoted source ☐ both"
          + "</li><li>Is the claim attributed? ☐ no ☐ yes, to: <span class=\"blank\"></span>"
          + "</li><li>Other cues, or “clean”:" + line + "</li></ol>\n";
      case COMPARE -> "<p class=\"task\">How does the framing differ?</p>" + line + line + line;
      case SOURCES -> "<p class=\"task\">Who says so? <span class=\"blank\"></span> Kind of "
          + "source: <span class=\"blank short\"></span></p>\n";
    };
  }

  private static String glossary() {
    StringBuilder b = new StringBuilder("<section class=\"glossary\"><h2>Glossary</h2>\n<dl>");
    for (Glossary.Term t : Glossary.TERMS) {
      b.append("<dt>").append(esc(t.term())).append("</dt><dd>").append(esc(t.meaning()))
          .append("</dd>\n");
    }
    return b.append("</dl></section>\n").toString();
  }

  private static String footer(Exercise ex, String more) {
    Options o = ex.options();
    long articles = ex.items().stream().flatMap(i -> i.sentences().stream())
        .map(ItemSentence::articleId).distinct().count();
    return "<footer><p>Made with FrameLens (" + o.kind().id() + ", level " + o.level().id()
        + ", seed " + o.seed() + ") from " + articles + " article(s). " + esc(more)
        + "</p></footer>\n";
  }

  // ------------------------------------------------------------------ answer key

  static String answers(Exercise ex) {
    Options o = ex.options();
    StringBuilder b = new StringBuilder(head(ex.title() + ": answer key"));
    b.append("<header><h1>").append(esc(ex.title())).append(": answer key</h1></header>\n");
    b.append("<section class=\"instructions\"><h2>How to read this key</h2>\n<p>These are the "
        + "points FrameLens found. In each sentence the words behind a point are "
        + "<span class=\"hit\">underlined in bold</span> and followed by the point's number in "
        + "square brackets; quoted words are <span class=\"quoted\">in a dotted box</span>. "
        + "Each point gives the rule that found it and its exact place in the article "
        + "(characters from–to). The tool can miss a cue or flag one a reader would dispute: "
        + "points marked <b>less certain</b> are good for discussion. Sentences are numbered "
        + "from 1 in each article; the CSVs' <code>sentence_index</code> counts from 0 "
        + "(sentence 1 is <code>sentence_index</code> 0).</p>\n");
    for (String n : ex.notes()) {
      b.append("<p class=\"note\">Note: ").append(esc(n)).append("</p>\n");
    }
    b.append("</section>\n");
    for (Item item : ex.items()) {
      b.append("<section class=\"item\" id=\"item").append(item.number()).append("\"><h3>Item ")
          .append(item.number()).append(item.clean() && o.kind() == Kind.SPOT
              ? " · CLEAN" : "").append("</h3>\n");
      char label = 'A';
      for (ItemSentence s : item.sentences()) {
        b.append("<p class=\"src\">").append(item.sentences().size() > 1 ? "Version " + label
            + ": " : "").append(esc(s.outlet())).append(" · ").append(esc(s.articleId()))
            .append(", sentence ").append(s.sentenceIndex() + 1).append("</p>\n<blockquote>")
            .append(marked(item, s)).append("</blockquote>\n");
        label++;
      }
      if (!item.differences().isEmpty()) {
        b.append("<p class=\"task\">How the framing differs:</p><ul class=\"diff\">");
        item.differences().forEach(d -> b.append("<li>").append(esc(d)).append("</li>"));
        b.append("</ul>\n");
      }
      b.append("<ol class=\"points\">");
      int n = 0;
      for (Answer a : item.answers()) {
        n++;
        ItemSentence s = sentenceOf(item, a);
        boolean whole = a.start() <= s.start() + leading(s) && a.end() >= s.end() - trailing(s);
        boolean elsewhere = a.start() < s.start() || a.end() > s.end();
        String what = label(a);
        String answer = a.answer();
        boolean repeats = answer.toLowerCase(Locale.ROOT)
            .startsWith(what.replace("?", "").toLowerCase(Locale.ROOT));
        b.append("<li value=\"").append(n).append("\"><span class=\"num\">[").append(n)
            .append("]</span> <b>").append(esc(repeats ? capitalise(answer) : what))
            .append("</b>").append(repeats ? "" : " " + esc(answer)).append(". ");
        if (!whole && (elsewhere || !a.explanation().contains(a.text()))) {
          boolean quoted = a.text().startsWith("“") || a.text().startsWith("\"");
          b.append(quoted ? esc(a.text()) : "“" + esc(a.text()) + "”")
              .append(elsewhere ? " (named in another sentence of the article)" : "")
              .append(". ");
        }
        b.append(esc(a.explanation()));
        if (a.confidence().equals("lower") && !a.explanation().contains("Less certain")) {
          b.append(" <b>Less certain.</b>");
        }
        b.append(" <span class=\"rule\">Rule ").append(esc(a.ruleId())).append(" · ")
            .append(esc(a.articleId())).append(", characters ").append(a.start()).append("–")
            .append(a.end()).append(whole ? " (the whole sentence)" : "").append("</span></li>\n");
      }
      b.append("</ol></section>\n");
    }
    b.append(footer(ex, "The worksheet is worksheet.html; every point is also in exercise.csv."));
    return b.append("</main></body></html>\n").toString();
  }

  private static int leading(ItemSentence s) {
    return s.text().length() - s.text().stripLeading().length();
  }

  private static int trailing(ItemSentence s) {
    return s.text().length() - s.text().stripTrailing().length();
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String label(Answer a) {
    return switch (a.aspect()) {
      case "loaded" -> "Loaded word";
      case "scare_quote" -> "Scare quotes";
      case "weasel" -> "Weasel attribution";
      case "agentless_passive" -> "Agentless accusation";
      case "unattributed_claim" -> "Unattributed claim";
      case "hedge" -> "Hedge";
      case "booster" -> "Booster";
      case "doubt" -> "Doubt";
      case "voice" -> "Who is speaking?";
      case "attribution" -> "Attributed?";
      case "clean" -> "Clean";
      case "source" -> "Who says so?";
      default -> a.aspect();
    };
  }

  /**
   * The sentence with every point that lies inside it (and is not the whole sentence) marked:
   * the text is cut at every span boundary, each piece is wrapped by the classes of the points
   * covering it, and each point's number follows its last piece.
   */
  static String marked(Item item, ItemSentence s) {
    String text = s.text();
    int from = leading(s);
    int to = text.length() - trailing(s);
    List<int[]> spans = new ArrayList<>(); // {start, end, point, isVoice} relative to sentence
    int n = 0;
    for (Answer a : item.answers()) {
      n++;
      if (!a.articleId().equals(s.articleId())) {
        continue;
      }
      int st = a.start() - s.start();
      int en = a.end() - s.start();
      if (st < from || en > to || (st == from && en == to)) {
        continue;
      }
      spans.add(new int[] {st, en, n, a.aspect().equals("voice") ? 1 : 0});
    }
    java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>(List.of(from, to));
    spans.forEach(x -> {
      cuts.add(x[0]);
      cuts.add(x[1]);
    });
    StringBuilder b = new StringBuilder();
    Integer prev = null;
    for (int cut : cuts) {
      if (prev != null && cut > prev) {
        boolean hit = false;
        boolean quoted = false;
        for (int[] x : spans) {
          if (x[0] <= prev && x[1] >= cut) {
            if (x[3] == 1) {
              quoted = true;
            } else {
              hit = true;
            }
          }
        }
        String piece = esc(text.substring(prev, cut));
        if (hit || quoted) {
          b.append("<span class=\"").append(hit && quoted ? "hit quoted" : hit ? "hit"
              : "quoted").append("\">").append(piece).append("</span>");
        } else {
          b.append(piece);
        }
        final int end = cut;
        List<Integer> nums = spans.stream().filter(x -> x[1] == end).map(x -> x[2]).sorted()
            .toList();
        if (!nums.isEmpty()) {
          b.append("<sup class=\"num\">[").append(String.join(",",
              nums.stream().map(String::valueOf).toList())).append("]</sup>");
        }
      }
      prev = cut;
    }
    return b.toString();
  }

  private static String head(String title) {
    return HEAD.replace("@TITLE@", esc(title));
  }

  private static final String HEAD = """
      <!DOCTYPE html>
      <html lang="en"><head><meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
      <title>@TITLE@</title>
      <style>
      body{font:16px/1.5 Georgia,"DejaVu Serif",serif;margin:0;color:#000;background:#fff}
      main{max-width:46rem;margin:auto;padding:1rem}
      h1,h2,h3{font-family:Helvetica,Arial,"DejaVu Sans",sans-serif;margin:.6em 0 .3em}
      h3{font-size:1rem}
      .name{margin:.5rem 0 1rem}
      .blank{display:inline-block;min-width:14em;border-bottom:1px solid #000}
      .blank.short{min-width:7em}
      ol.items{padding-left:0;list-style:none}
      .item{border-top:1px solid #000;padding:.3rem 0 .8rem;break-inside:avoid;page-break-inside:avoid}
      .src{font:13px Helvetica,Arial,"DejaVu Sans",sans-serif;margin:.4rem 0 0}
      h1,.src,blockquote,.rule,.diff{overflow-wrap:anywhere}
      blockquote{margin:.2rem 0 .4rem;padding:.2rem .8rem;border-left:3px solid #000}
      .tasks li{margin:.25rem 0}
      .task{margin:.4rem 0 0;font-weight:bold}
      .line{border-bottom:1px solid #000;height:1.8em}
      .hit{font-weight:bold;text-decoration:underline;text-decoration-thickness:2px}
      .quoted{border:1px dotted #000;padding:0 1px}
      .num{font:bold 12px Helvetica,Arial,"DejaVu Sans",sans-serif}
      sup.num{vertical-align:super;margin-left:1px}
      .rule{display:block;font:12px Helvetica,Arial,"DejaVu Sans",sans-serif;color:#333}
      ol.points{padding-left:0;list-style:none}
      ol.points li{margin:.35rem 0}
      .note{font-style:italic}
      .glossary{border-top:2px solid #000;margin-top:1.5rem;break-before:auto}
      dt{font-weight:bold;margin-top:.4rem} dd{margin:0 0 0 1.5rem}
      footer{border-top:1px solid #000;margin-top:1rem;font:12px Helvetica,Arial,"DejaVu Sans",sans-serif}
      @page{margin:16mm}
      @media print{body{font-size:12pt} main{max-width:none;padding:0} .rule{color:#000}}
      </style></head><body><main>
      """;
}
