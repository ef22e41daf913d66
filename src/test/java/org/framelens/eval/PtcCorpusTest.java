package org.framelens.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.framelens.text.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the PTC native format: code-point labels, technique filters, malformed labels. */
class PtcCorpusTest {

  /** An emoji outside the BMP (two UTF-16 chars, one code point) before the labelled words. */
  private static final String TEXT_7 = "\uD83D\uDE00 Hello. The vile regime lied again.\n";
  private static final String TEXT_12 = "A calm report about rain.\n";

  @TempDir
  Path tmp;

  private Path articles;

  @BeforeEach
  void writeArticles() throws IOException {
    articles = Files.createDirectories(tmp.resolve("articles"));
    Files.writeString(articles.resolve("article7.txt"), TEXT_7, StandardCharsets.UTF_8);
    Files.writeString(articles.resolve("article12.txt"), TEXT_12, StandardCharsets.UTF_8);
    Files.writeString(articles.resolve("notes.txt"), "not an article", StandardCharsets.UTF_8);
  }

  private Path labels(String... lines) throws IOException {
    Path l = tmp.resolve("task2-TC.labels");
    Files.writeString(l, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return l;
  }

  private static PtcCorpus.PtcArticle byId(List<PtcCorpus.PtcArticle> corpus, String id) {
    return corpus.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void codePointOffsetsBecomeUtf16SpansAfterAnAstralCharacter() throws IOException {
    // code points: emoji 0, space 1, "Hello." 2-7, space 8, "The" 9-11, space 12,
    // "vile" 13-16, space 17, "regime" 18-23
    List<PtcCorpus.PtcArticle> corpus = PtcCorpus.read(articles,
        labels("7\tLoaded_Language\t13\t24", "7\tDoubt\t25\t29"));
    PtcCorpus.PtcArticle a = byId(corpus, "7");
    assertEquals(TEXT_7, a.text());
    List<Span> loaded = a.gold().get("Loaded_Language");
    assertEquals(List.of(new Span(14, 25)), loaded);
    assertEquals("vile regime", loaded.get(0).text(a.text()));
    assertEquals("lied", a.gold().get("Doubt").get(0).text(a.text()));
  }

  @Test
  void toCodePointsInvertsTheConversion() throws IOException {
    PtcCorpus.PtcArticle a = byId(PtcCorpus.read(articles,
        labels("7\tLoaded_Language\t13\t24")), "7");
    Span utf16 = a.gold().get("Loaded_Language").get(0);
    assertEquals(new Span(13, 24), PtcCorpus.toCodePoints(a.text(), utf16));
    assertEquals(new Span(0, 0), PtcCorpus.toCodePoints(a.text(), new Span(0, 0)));
    // the whole emoji is one code point
    assertEquals(new Span(0, 1), PtcCorpus.toCodePoints(a.text(), new Span(0, 2)));
  }

  @Test
  void articlesAreListedSortedWithoutNonArticleFiles() throws IOException {
    List<PtcCorpus.PtcArticle> corpus = PtcCorpus.read(articles, labels("7\tDoubt\t25\t29"));
    assertEquals(List.of("12", "7"), corpus.stream().map(PtcCorpus.PtcArticle::id).toList());
    assertEquals(Map.of(), byId(corpus, "12").gold());
    assertEquals(TEXT_12, byId(corpus, "12").text());
  }

  @Test
  void goldFiltersByTechniqueAndMergesOverlaps() throws IOException {
    PtcCorpus.PtcArticle a = byId(PtcCorpus.read(articles, labels(
        "7\tLoaded_Language\t13\t17",
        "7\tName_Calling,Labeling\t13\t24",
        "7\tDoubt\t25\t29",
        "7\tLoaded_Language\t30\t35")), "7");
    // Loaded_Language "vile" and Name_Calling "vile regime" merge; "again" stays separate
    List<Span> loaded = a.gold(PtcCorpus.LOADED);
    assertEquals(List.of(new Span(14, 25), new Span(31, 36)), loaded);
    assertEquals("again", loaded.get(1).text(a.text()));
    assertEquals(List.of(new Span(26, 30)), a.gold(Set.of("Doubt")));
    assertEquals(List.of(), a.gold(Set.of("Flag-Waving")));
  }

  @Test
  void blankLabelLinesAreSkipped() throws IOException {
    PtcCorpus.PtcArticle a = byId(PtcCorpus.read(articles,
        labels("", "7\tDoubt\t25\t29", "   ")), "7");
    assertEquals(List.of(new Span(26, 30)), a.gold().get("Doubt"));
  }

  @Test
  void labelLineWithTooFewFieldsNamesFileAndLine() throws IOException {
    Path l = labels("7\tDoubt\t25\t29", "7\tLoaded_Language\t13");
    IOException e = assertThrows(IOException.class, () -> PtcCorpus.read(articles, l));
    assertTrue(e.getMessage().startsWith(l + ":2: "), e.getMessage());
    assertTrue(e.getMessage().contains("found 3 field(s)"), e.getMessage());
  }

  @Test
  void nonIntegerOffsetNamesFileAndLine() throws IOException {
    Path l = labels("7\tDoubt\t25\t29", "", "7\tDoubt\tx\t29");
    IOException e = assertThrows(IOException.class, () -> PtcCorpus.read(articles, l));
    assertEquals(l + ":3: offsets must be integers", e.getMessage());
  }

  @Test
  void spanBeyondTheArticleIsRejectedNamingTheArticle() throws IOException {
    // TEXT_7 has 37 code points (38 chars)
    Path l = labels("7\tDoubt\t25\t29", "7\tDoubt\t30\t38");
    IOException e = assertThrows(IOException.class, () -> PtcCorpus.read(articles, l));
    assertEquals(l + ":2: span 30-38 of article 7 lies outside its 37 code points",
        e.getMessage());
  }

  @Test
  void reversedSpanIsRejected() throws IOException {
    Path l = labels("7\tDoubt\t20\t10");
    IOException e = assertThrows(IOException.class, () -> PtcCorpus.read(articles, l));
    assertEquals(l + ":1: span 20-10 of article 7 ends before it starts", e.getMessage());
  }
}
