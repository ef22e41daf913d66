package org.framelens.analyze;

import java.util.ArrayList;
import java.util.List;
import org.framelens.clean.CleanArticle;
import org.framelens.clean.Paragraph;
import org.framelens.text.Abbreviations;
import org.framelens.text.QuoteFinder;
import org.framelens.text.QuoteMap;
import org.framelens.text.RuleSentenceSplitter;
import org.framelens.text.SentenceSplitter;
import org.framelens.text.SpeakerTurns;
import org.framelens.text.Span;
import org.framelens.text.Tokenizer;

/**
 * The text stage: sentences, tokens and quotations of a clean article. It only assembles the
 * splitter, tokenizer and quote finder (Lucene's Analyzer idea); the speaker turns of an
 * interview transcript ({@link SpeakerTurns}) are quotations too. Stateless and thread-safe.
 */
public final class TextAnalyzer {

  private final SentenceSplitter splitter;
  private final Tokenizer tokenizer;
  private final QuoteFinder quoteFinder;
  private static final SpeakerTurns TURNS = new SpeakerTurns();

  public TextAnalyzer(SentenceSplitter splitter, Tokenizer tokenizer, QuoteFinder quoteFinder) {
    this.splitter = splitter;
    this.tokenizer = tokenizer;
    this.quoteFinder = quoteFinder;
  }

  /** English rules: the rule-based splitter (measured better than OpenNLP on the seeds). */
  public static TextAnalyzer english() {
    Abbreviations abbreviations = Abbreviations.english();
    return new TextAnalyzer(new RuleSentenceSplitter(abbreviations), new Tokenizer(abbreviations),
        new QuoteFinder());
  }

  public AnalyzedArticle analyze(CleanArticle clean) {
    // the text's chars, copied once: every step below scans this array
    // the text as analysed: widgets cut inside paragraphs are blanks in it
    String string = clean.text();
    char[] text = string.toCharArray();
    List<Paragraph> paragraphs = clean.paragraphs();
    List<Span> paraSpans = new ArrayList<>(paragraphs.size());
    for (Paragraph p : paragraphs) {
      paraSpans.add(p.span());
    }
    // an interview transcript's speaker turns are their speakers' words: quotations too
    QuoteMap quotes = SpeakerTurns.withTurns(quoteFinder.find(text, paraSpans),
        TURNS.find(string, paraSpans));
    List<Sentence> sentences = new ArrayList<>(paragraphs.size() * 2);
    long[] counts = new long[2];
    // the '@'s for the tokenizer's e-mail addresses: most texts have none
    Ats ats = new Ats(string);
    for (Paragraph p : paragraphs) {
      addSentences(text, ats, p, quotes, sentences, counts);
    }
    return new AnalyzedArticle(clean, sentences, quotes,
        AnalyzedArticle.share(counts[0], counts[1]));
  }

  /**
   * Adds the sentences of paragraph {@code p} to {@code out}, and their quoted and all
   * non-whitespace characters to {@code counts[0]} and {@code counts[1]}.
   */
  private void addSentences(char[] text, Ats ats, Paragraph p, QuoteMap quotes,
      List<Sentence> out, long[] counts) {
    List<Span> spans = splitter.split(text, p.span());
    for (int k = 0; k < spans.size(); k++) {
      Span s = spans.get(k);
      QuoteMap.Share share = quotes.share(text, s);
      counts[0] += share.quoted();
      counts[1] += share.nonWhitespace();
      out.add(new Sentence(out.size(), p.index(), s,
          tokenizer.tokenize(text, s, ats.from(s.start())), share.value(), p.heading()));
    }
  }

  /** The {@code '@'}s of a text, found in order by the fast {@link String#indexOf(int, int)}. */
  private static final class Ats {
    private final String text;
    /** The first '@' at or after the last offset asked for, or -1. */
    private int next;

    Ats(String text) {
      this.text = text;
      this.next = text.indexOf('@');
    }

    /** The first '@' at or after {@code offset} (offsets asked for in ascending order), or -1. */
    int from(int offset) {
      if (next >= 0 && next < offset) {
        next = text.indexOf('@', offset);
      }
      return next;
    }
  }
}
