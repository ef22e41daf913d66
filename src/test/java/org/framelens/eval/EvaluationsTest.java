package org.framelens.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.framelens.cues.CueAnalyzer;
import org.framelens.ingest.IngestOptions;
import org.framelens.pipeline.Pipeline;
import org.framelens.text.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evaluation runs with the lexicon-only cue stage (no word vectors needed): predicted and
 * gold offsets line up, including after a title line and an astral character.
 */
class EvaluationsTest {

  private static final Pipeline LEXICON_ONLY = Pipeline.defaults(IngestOptions.defaults(), null,
      CueAnalyzer.defaults(null));

  @TempDir
  Path tmp;

  private static int cp(String text, String word) {
    return text.codePointCount(0, text.indexOf(word));
  }

  @Test
  void ptcLexiconHitsMatchGoldSpansExactly() throws IOException {
    Path articles = Files.createDirectories(tmp.resolve("articles"));
    String t1 = "It was a shameful decision by the council.\n";
    // a title line (metadata for analyze) with an emoji, then the body
    String t2 = "Council vote \uD83D\uDE00\n\nThe despicable vote passed on Monday.\n";
    Files.writeString(articles.resolve("article1.txt"), t1, StandardCharsets.UTF_8);
    Files.writeString(articles.resolve("article2.txt"), t2, StandardCharsets.UTF_8);
    int a = cp(t1, "shameful");
    int b = cp(t2, "despicable");
    Path labels = tmp.resolve("labels.txt");
    Files.writeString(labels, "1\tLoaded_Language\t" + a + "\t" + (a + 8) + "\n"
        + "2\tName_Calling,Labeling\t" + b + "\t" + (b + 10) + "\n"
        + "2\tDoubt\t0\t12\n", StandardCharsets.UTF_8);

    Evaluations.PtcResult r = Evaluations.ptc(articles, labels, LEXICON_ONLY);

    assertEquals(2, r.articles());
    assertEquals(2, r.loaded().goldSpans());
    assertEquals(2, r.loaded().predictedSpans());
    assertEquals(1.0, r.loaded().precision(), 1e-12);
    assertEquals(1.0, r.loaded().recall(), 1e-12);
    assertEquals(Set.of("Loaded_Language", "Name_Calling,Labeling", "Doubt"),
        r.perTechnique().keySet());
    assertEquals(1.0, r.perTechnique().get("Loaded_Language").recall(), 1e-12);
    assertEquals(1.0, r.perTechnique().get("Name_Calling,Labeling").recall(), 1e-12);
    assertEquals(0.0, r.perTechnique().get("Doubt").recall(), 0.0);
  }

  @Test
  void polnearSimpleAttributionIsFoundExactly() throws IOException {
    Path dir = tmp.resolve("polnear");
    Files.createDirectories(dir.resolve("text"));
    Files.createDirectories(dir.resolve("attributions"));
    Files.writeString(dir.resolve("text/a.txt"), "Officials said the bridge would reopen.\n",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("attributions/a_x1.ann"), "T1\tSource 0 9\tOfficials\n"
        + "T2\tCue 10 14\tsaid\nT3\tContent 15 38\tthe bridge would reopen\n"
        + "E1\tAttribution:T2 Source:T1 Content:T3\n", StandardCharsets.UTF_8);

    Evaluations.PolnearResult r = Evaluations.polnear(dir, LEXICON_ONLY);

    assertEquals(1, r.articles());
    assertEquals(1.0, r.cue().f1(), 1e-12);
    assertEquals(1.0, r.source().f1(), 1e-12);
    assertEquals(1.0, r.content().f1(), 1e-12);
  }

  @Test
  void contentIsTheLargerSideWithoutPunctuation() {
    String text = "Officials said the bridge would reopen.";
    Span sentence = new Span(0, text.length());
    Span c = Evaluations.content(sentence, new Span(10, 14), new Span(0, 9), text);
    assertEquals("the bridge would reopen", c.text(text));
  }

  @Test
  void contentBeforeAPostposedCue() {
    String text = "The bridge will reopen, officials said.";
    Span sentence = new Span(0, text.length());
    Span c = Evaluations.content(sentence, new Span(34, 38), new Span(24, 33), text);
    assertEquals("The bridge will reopen", c.text(text));
  }

  @Test
  void contentShorterThanThreeCharactersIsNone() {
    String text = "He said: no.";
    assertNull(Evaluations.content(new Span(0, text.length()), new Span(3, 7), new Span(0, 2),
        text));
  }
}
