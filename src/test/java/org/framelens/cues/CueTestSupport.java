package org.framelens.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.framelens.analyze.AnalyzedArticle;
import org.framelens.analyze.Sentence;
import org.framelens.ingest.Article;
import org.framelens.ingest.IngestOptions;
import org.framelens.ingest.Metadata;
import org.framelens.pipeline.Pipeline;
import org.framelens.text.Abbreviations;
import org.framelens.text.Span;
import org.framelens.text.Token;
import org.framelens.text.Tokenizer;

/** Shared helpers of the cue tests: run the text stages and the cue stage on invented text. */
final class CueTestSupport {

  /** The bundled lexicons and actors, no learned scorer. */
  static final CueAnalyzer BUNDLED = CueAnalyzer.defaults(null);

  private static final Pipeline TEXT = Pipeline.textOnly(IngestOptions.defaults());
  private static final Tokenizer TOKENIZER = new Tokenizer(Abbreviations.english());

  private CueTestSupport() {
  }

  /** The text stages' result for an article made of {@code text} alone. */
  static AnalyzedArticle analyse(String text) {
    return TEXT.analyze(new Article("t1", "x.txt", 1, "txt", Metadata.empty(), text, 0))
        .analyzed();
  }

  /** Asserts that the one sentence of {@code sentence} is attributed to this source and kind. */
  static void source(String sentence, String source, SourceType type) {
    Result r = run(sentence);
    SentenceCues s = r.single();
    assertTrue(s.attributed(), r.describe());
    assertEquals(source, s.attributionSource(), "source in " + r.describe());
    assertEquals(type, s.sourceType(), "type in " + r.describe());
  }

  /** The bundled cue stage on {@code text}. */
  static Result run(String text) {
    return run(BUNDLED, text);
  }

  static Result run(CueAnalyzer analyzer, String text) {
    AnalyzedArticle a = analyse(text);
    Result r = new Result(a, analyzer.analyze(a));
    assertWellFormed(r);
    return r;
  }

  /** One article with its cues. */
  record Result(AnalyzedArticle article, ArticleCues cues) {

    String text(Span s) {
      return s.text(article.text());
    }

    List<Evidence> of(CueType type) {
      return cues.evidence().stream().filter(e -> e.type() == type).toList();
    }

    /** The single evidence of that type; fails when there are none or several. */
    Evidence only(CueType type) {
      List<Evidence> es = of(type);
      assertEquals(1, es.size(), "exactly one " + type + " in " + describe());
      return es.get(0);
    }

    /** The single evidence of that rule; fails when there are none or several. */
    Evidence rule(String ruleId) {
      List<Evidence> es = cues.evidence().stream().filter(e -> e.ruleId().equals(ruleId)).toList();
      assertEquals(1, es.size(), "exactly one " + ruleId + " in " + describe());
      return es.get(0);
    }

    SentenceCues sentence(int i) {
      return cues.sentences().get(i);
    }

    /** The only sentence's summary; fails when the text was not one sentence. */
    SentenceCues single() {
      assertEquals(1, article.sentences().size(), "one sentence in " + describe());
      assertEquals(1, cues.sentences().size());
      return cues.sentences().get(0);
    }

    String describe() {
      StringBuilder sb = new StringBuilder("'").append(article.text()).append("':");
      for (Evidence e : cues.evidence()) {
        sb.append("\n  ").append(e.type().id()).append(' ').append(e.ruleId()).append(" [")
            .append(text(e.span())).append(']');
        if (e.sourceSpan() != null) {
          sb.append(" source [").append(text(e.sourceSpan())).append("] ");
        }
        if (e.sourceType() != null) {
          sb.append(" ").append(e.sourceType().id());
        }
      }
      for (SentenceCues s : cues.sentences()) {
        sb.append("\n  ").append(s);
      }
      return sb.toString();
    }
  }

  /**
   * What every evidence must satisfy: its span (and source span) lies inside its sentence, is
   * trimmed and non-empty, a lexicon hit's explanation quotes the matched words, and every
   * explanation is one non-empty sentence ending with a full stop.
   */
  static void assertWellFormed(Result r) {
    String text = r.article().text();
    List<Sentence> sentences = r.article().sentences();
    assertEquals(sentences.size(), r.cues().sentences().size(), "one summary per sentence");
    for (Evidence e : r.cues().evidence()) {
      String what = e.ruleId() + " at " + e.span() + " in '" + text + "'";
      assertTrue(e.sentenceIndex() >= 0 && e.sentenceIndex() < sentences.size(), what);
      Span sentence = sentences.get(e.sentenceIndex()).span();
      assertTrue(sentence.contains(e.span()), "span inside its sentence: " + what);
      String spanText = e.span().text(text);
      assertEquals(text.substring(e.span().start(), e.span().end()), spanText, what);
      assertFalse(spanText.isBlank(), what);
      assertEquals(spanText.strip(), spanText, "span has no outer whitespace: " + what);
      if (e.sourceSpan() != null) {
        assertTrue(sentence.contains(e.sourceSpan()), "source inside its sentence: " + what);
        assertEquals(e.sourceSpan().text(text).strip(), e.sourceSpan().text(text), what);
      }
      assertNotNull(e.explanation(), what);
      assertFalse(e.explanation().isBlank(), what);
      assertTrue(e.explanation().endsWith("."), "explanation ends with '.': "
          + e.explanation());
      assertFalse(e.explanation().contains("{text}") || e.explanation().contains("{source}")
          || e.explanation().contains("{first}"),
          "placeholders filled: " + e.explanation());
      if (e.match() == Match.LEXICON) {
        assertTrue(e.explanation().contains(spanText),
            "a lexicon explanation quotes the matched words: " + e.explanation());
        assertEquals(1.0, e.score(), what);
      }
      if (e.type() == CueType.ATTRIBUTION) {
        assertNotNull(e.sourceType(), "an attribution has a source type: " + what);
      }
    }
  }

  /** Token texts of {@code text} (as written, and normalised), split as the text stage does. */
  record Words(List<Token> tokens, List<String> raw, List<String> lower) {
  }

  static Words words(String text) {
    List<Token> toks = TOKENIZER.tokenize(text, new Span(0, text.length()));
    List<String> raw = toks.stream().map(t -> t.text(text)).toList();
    return new Words(toks, raw, raw.stream().map(PhrasePattern::normalise).toList());
  }

  /** A lexicon parsed from TSV text. */
  static Lexicon lexicon(String name, String tsv) {
    try {
      return Lexicon.parse(new StringReader(tsv), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Actors parsed from TSV text. */
  static Actors actors(String name, String tsv) {
    try {
      return Actors.parse(new StringReader(tsv), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static final String LEXICON_HEADER = "rule_id\tphrase\tcue_type\tcategory\texplanation\texcept"
      + "\texample_hit\texample_miss\n";

  /** One lexicon row from its eight fields. */
  static String row(String... fields) {
    return String.join("\t", fields) + "\n";
  }
}
