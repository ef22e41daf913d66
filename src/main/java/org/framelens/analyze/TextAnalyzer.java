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
    // the text's chars, copied once: every step below scans this array
    char[] text = clean.article().text().toCharArray();
    List<Paragraph> paragraphs = clean.paragraphs();
    List<Span> paraSpans = new ArrayList<>(paragraphs.size());
    for (Paragraph p : paragraphs) {
      paraSpans.add(p.span());
    }
    QuoteMap quotes = quoteFinder.find(text, paraSpans);
    List<Sentence> sentences = new ArrayList<>(paragraphs.size() * 2);
    long quoted = 0;
    long nonWhitespace = 0;
    for (Paragraph p : paragraphs) {
      for (Span s : splitter.split(text, p.span())) {
        QuoteMap.Share share = quotes.share(text, s);
        quoted += share.quoted();
        nonWhitespace += share.nonWhitespace();
        sentences.add(new Sentence(sentences.size(), p.index(), s, tokenizer.tokenize(text, s),
            share.value(), p.heading()));
      }
    }
    return new AnalyzedArticle(clean, sentences, quotes,
        AnalyzedArticle.share(quoted, nonWhitespace));
  }
}
