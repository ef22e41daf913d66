package org.framelens.analyze;

import static org.framelens.text.TextInvariants.check;
import static org.framelens.text.TextInvariants.inside;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.framelens.clean.CleanArticle;
import org.framelens.clean.Cleaner;
import org.framelens.clean.Paragraph;
import org.framelens.clean.Removal;
import org.framelens.ingest.Article;
import org.framelens.ingest.Metadata;
import org.framelens.text.Span;
import org.framelens.text.TextInvariants;

/**
 * Fuzzes the clean stage and the text stage together, as the pipeline runs them
 * (docs/FUZZING.md). The input bytes are read as UTF-8; the article body starts at 0 and, in a
 * second run, after the first line (as after a title). Checked on every input: paragraphs and
 * removed lines inside the body, sorted and non-overlapping; sentences inside their paragraph
 * under the {@link org.framelens.text.SentenceSplitter} contract; tokens inside their sentence;
 * quotations well nested inside paragraphs.
 */
class TextAnalyzerFuzzTest {

  private static final Cleaner CLEANER = Cleaner.defaults();
  private static final TextAnalyzer ANALYZER = TextAnalyzer.english();

  @FuzzTest(maxDuration = "10s")
  void cleanAndAnalyze(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    analyze(text, 0);
    int nl = text.indexOf('\n');
    if (nl >= 0) {
      analyze(text, nl + 1);
    }
  }

  private static void analyze(String text, int bodyStart) {
    Article article = new Article("fuzz", "fuzz.txt", 1, "txt", Metadata.empty(), text, bodyStart);
    CleanArticle clean = CLEANER.clean(article);
    List<Span> paragraphs = new ArrayList<>();
    int prevEnd = bodyStart;
    for (Paragraph p : clean.paragraphs()) {
      Span s = p.span();
      inside(text, s, "paragraph");
      check(p.index() == paragraphs.size(), "paragraph index " + p.index());
      check(!s.isEmpty() && s.start() >= prevEnd, "paragraph " + s + " empty, before the body "
          + "or overlapping the previous one");
      check(s.equals(s.trim(text)), "paragraph " + s + " not trimmed");
      paragraphs.add(s);
      prevEnd = s.end();
    }
    for (Removal r : clean.removed()) {
      inside(text, r.span(), "removed line");
      check(r.span().start() >= bodyStart && r.line() >= 1, "removal " + r);
      check(paragraphs.stream().noneMatch(p -> p.overlaps(r.span())), "removed line " + r.span()
          + " overlaps a kept paragraph");
    }
    if (clean.datelineSpan() != null) {
      inside(text, clean.datelineSpan(), "dateline");
      check(clean.datelineSpan().start() >= bodyStart && (paragraphs.isEmpty()
          || clean.datelineSpan().end() <= paragraphs.get(0).start()), "dateline "
          + clean.datelineSpan() + " not before the first paragraph");
    }

    AnalyzedArticle a = ANALYZER.analyze(clean);
    TextInvariants.quotes(text, paragraphs, a.quotes());
    List<List<Span>> byParagraph = new ArrayList<>();
    paragraphs.forEach(p -> byParagraph.add(new ArrayList<>()));
    int last = -1;
    for (Sentence s : a.sentences()) {
      check(s.index() == byParagraph.stream().mapToInt(List::size).sum(), "sentence index "
          + s.index());
      check(s.paragraph() >= last && s.paragraph() < paragraphs.size(), "sentence "
          + s.index() + " in paragraph " + s.paragraph());
      last = s.paragraph();
      byParagraph.get(s.paragraph()).add(s.span());
      TextInvariants.tokens(text, s.span(), s.tokens());
      check(s.wordCount() == s.tokens().stream().filter(t -> t.kind().isWordLike()).count(),
          "sentence " + s.index() + " word count " + s.wordCount());
    }
    for (int p = 0; p < paragraphs.size(); p++) {
      TextInvariants.sentences(text, paragraphs.get(p), byParagraph.get(p));
    }
    double share = a.quotedShare();
    check(share >= 0 && share <= 1, "quoted share " + share);
    long total = 0;
    long quoted = 0;
    for (Sentence s : a.sentences()) {
      for (int i = s.span().start(); i < s.span().end(); i++) {
        if (!org.framelens.text.TextInvariants.isSpace(text.charAt(i))) {
          total++;
          quoted += a.quotes().isQuoted(i) ? 1 : 0;
        }
      }
    }
    check(share == (total == 0 ? 0 : (double) quoted / total), "quoted share " + share
        + " is not " + quoted + " / " + total);
  }
}
