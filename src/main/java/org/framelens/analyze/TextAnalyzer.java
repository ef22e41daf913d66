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
import org.framelens.text.Span;
import org.framelens.text.Tokenizer;

/**
 * The text stage: sentences, tokens and quotations of a clean article. It only assembles the
 * splitter, tokenizer and quote finder (Lucene's Analyzer idea). Stateless and thread-safe.
 */
public final class TextAnalyzer {

  private final SentenceSplitter splitter;
  private final Tokenizer tokenizer;
  private final QuoteFinder quoteFinder;

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
    String text = clean.article().text();
    List<Span> paraSpans = clean.paragraphs().stream().map(Paragraph::span).toList();
    QuoteMap quotes = quoteFinder.find(text, paraSpans);
    List<Sentence> sentences = new ArrayList<>();
    for (Paragraph p : clean.paragraphs()) {
      for (Span s : splitter.split(text, p.span())) {
        sentences.add(new Sentence(sentences.size(), p.index(), s, tokenizer.tokenize(text, s),
            quotes.quotedShare(text, s), p.heading()));
      }
    }
    return new AnalyzedArticle(clean, sentences, quotes);
  }
}
