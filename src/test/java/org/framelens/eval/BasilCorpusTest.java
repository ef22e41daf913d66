package org.framelens.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.framelens.eval.BasilCorpus.BasilArticle;
import org.framelens.eval.BasilCorpus.Phrase;
import org.framelens.text.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link BasilCorpus}: a hand-made BASIL-style triplet, its text and its located phrases. */
class BasilCorpusTest {

  @TempDir
  Path tmp;

  private static void write(Path f, String json) throws IOException {
    Files.createDirectories(f.getParent());
    Files.writeString(f, json, StandardCharsets.UTF_8);
  }

  private static String phrase(String txt, int start, int end, String bias, String quote) {
    return "{\"id\": \"p\", \"aim\": \"dir\", \"bias\": \"" + bias + "\", \"quote\": \"" + quote
        + "\", \"start\": " + start + ", \"end\": " + end + ", \"txt\": \"" + txt + "\"}";
  }

  private static String annotations(String... phrases) {
    return "{\"article-level-annotations\": {\"relative_stance\": \"center\"},\n"
        + " \"phrase-level-annotations\": [" + String.join(",\n  ", phrases) + "]}";
  }

  /*
   * Article 1 text (offsets worked out by hand):
   *   sentence 1 "Police used force at the border."        [0, 32)   force@12 border@25
   *   ' '                                                   32
   *   sentence 2 "Critics said the force was excessive."   [33, 70)  force@33+17=50
   *                                                                  excessive@33+27=60
   *   "\n\n"                                                70, 71
   *   sentence 3 "The border stayed closed."               [72, 97)  border@72+4=76
   */
  private static final String TEXT_1 = "Police used force at the border. "
      + "Critics said the force was excessive.\n\nThe border stayed closed.";

  private static final String TEXT_2 = "\"They are thugs,\" the minister said.\n\n"
      + "Nobody was hurt. The talks resume today.";

  /** Triplet trip-a: _1 and _2 annotated, _3 without annotations; plus trip-b/_1 in 2011. */
  private Path corpus() throws IOException {
    Path dir = tmp.resolve("basil");
    write(dir.resolve("articles/2010/trip-a_1.json"), """
        {
          "title": "Border closed",
          "source": "outlet-one",
          "triplet-uuid": "trip-a",
          "body-paragraphs": [
            ["Police used force at the border.", "Critics said the force was excessive."],
            ["The border stayed closed."]
          ]
        }
        """);
    write(dir.resolve("annotations/2010/trip-a_1_ann.json"), annotations(
        phrase("force", 17, 22, "lex", "no"),      // fits sentence 2 only -> [50, 55)
        phrase("border", 4, 10, "inf", "yes"),     // fits sentence 3 only -> [76, 82)
        phrase("excessive", 0, 9, "lex", "no"),    // offsets fit nowhere -> first, [60, 69)
        phrase("border", 200, 206, "lex", "no"),   // out of range -> first, [25, 31)
        phrase("force", 17, 23, "inf", "no"),      // wrong length -> first, [12, 17)
        phrase("riot police", 0, 11, "lex", "no"), // not in the text -> unlocated
        phrase("", 0, 0, "lex", "no")));           // empty -> unlocated
    write(dir.resolve("articles/2010/trip-a_2.json"), """
        {
          "source": "outlet-two",
          "triplet-uuid": "trip-a",
          "body-paragraphs": [
            ["\\"They are thugs,\\" the minister said."],
            ["Nobody was hurt.", "The talks resume today."]
          ]
        }
        """);
    write(dir.resolve("annotations/2010/trip-a_2_ann.json"), annotations(
        phrase("\\\"They are thugs,\\\"", 0, 17, "lex", "yes"),
        phrase("thugs", 10, 15, "lex", "yes")));
    write(dir.resolve("articles/2010/trip-a_3.json"), """
        {"source": "outlet-three", "triplet-uuid": "trip-a",
         "body-paragraphs": [["No annotation file exists for this one."]]}
        """);
    write(dir.resolve("articles/2011/trip-b_1.json"), """
        {"source": "outlet-one", "triplet-uuid": "trip-b",
         "body-paragraphs": [["One sentence only."]]}
        """);
    write(dir.resolve("annotations/2011/trip-b_1_ann.json"), annotations());
    return dir;
  }

  private static BasilArticle only(List<BasilArticle> all, String fileName) {
    List<BasilArticle> hits = all.stream()
        .filter(a -> a.file().getFileName().toString().equals(fileName)).toList();
    assertEquals(1, hits.size(), fileName);
    return hits.get(0);
  }

  @Test
  void readsAnnotatedArticlesInPathOrderAndSkipsOnesWithoutAnnotations() throws IOException {
    Path dir = corpus();
    List<BasilArticle> all = BasilCorpus.read(dir);
    assertEquals(List.of(dir.resolve("articles/2010/trip-a_1.json"),
        dir.resolve("articles/2010/trip-a_2.json"), dir.resolve("articles/2011/trip-b_1.json")),
        all.stream().map(BasilArticle::file).toList());
  }

  @Test
  void keepsSourceAndTripletOfEachArticle() throws IOException {
    List<BasilArticle> all = BasilCorpus.read(corpus());
    assertEquals(List.of("outlet-one", "outlet-two", "outlet-one"),
        all.stream().map(BasilArticle::source).toList());
    assertEquals(List.of("trip-a", "trip-a", "trip-b"),
        all.stream().map(BasilArticle::triplet).toList());
  }

  @Test
  void joinsSentencesWithASpaceAndParagraphsWithABlankLine() throws IOException {
    List<BasilArticle> all = BasilCorpus.read(corpus());
    assertEquals(TEXT_1, only(all, "trip-a_1.json").text());
    assertEquals(TEXT_2, only(all, "trip-a_2.json").text());
    assertEquals("One sentence only.", only(all, "trip-b_1.json").text());
  }

  @Test
  void locatesAPhraseInTheSentenceItsOffsetsFitEvenWhenTheWordOccursEarlier()
      throws IOException {
    BasilArticle a = only(BasilCorpus.read(corpus()), "trip-a_1.json");
    assertEquals(new Phrase(new Span(50, 55), "lex", false), a.phrases().get(0));
    assertEquals(new Phrase(new Span(76, 82), "inf", true), a.phrases().get(1));
    assertEquals("force", a.phrases().get(0).span().text(a.text()));
    assertEquals("border", a.phrases().get(1).span().text(a.text()));
  }

  @Test
  void phraseWhoseOffsetsDoNotFitFallsBackToItsFirstOccurrence() throws IOException {
    BasilArticle a = only(BasilCorpus.read(corpus()), "trip-a_1.json");
    assertEquals(new Phrase(new Span(60, 69), "lex", false), a.phrases().get(2));
    assertEquals(new Phrase(new Span(25, 31), "lex", false), a.phrases().get(3));
    assertEquals(new Phrase(new Span(12, 17), "inf", false), a.phrases().get(4));
  }

  @Test
  void phraseNotInTheTextIsCountedAsUnlocatedAndNotKept() throws IOException {
    List<BasilArticle> all = BasilCorpus.read(corpus());
    BasilArticle a = only(all, "trip-a_1.json");
    assertEquals(5, a.phrases().size());
    assertEquals(2, a.unlocated());
    assertEquals(0, only(all, "trip-a_2.json").unlocated());
    assertEquals(0, only(all, "trip-b_1.json").unlocated());
  }

  @Test
  void locatesQuotedPhrasesIncludingTheirQuotationMarks() throws IOException {
    BasilArticle a = only(BasilCorpus.read(corpus()), "trip-a_2.json");
    assertEquals(List.of(new Phrase(new Span(0, 17), "lex", true),
        new Phrase(new Span(10, 15), "lex", true)), a.phrases());
    assertEquals("\"They are thugs,\"", a.phrases().get(0).span().text(a.text()));
  }

  @Test
  void articleWithEmptyAnnotationListHasNoPhrases() throws IOException {
    BasilArticle a = only(BasilCorpus.read(corpus()), "trip-b_1.json");
    assertEquals(List.of(), a.phrases());
    assertEquals(0, a.unlocated());
  }

  @Test
  void annotationFilesWithoutTheirArticleAreListed() throws IOException {
    Path dir = corpus();
    Path stray = dir.resolve("annotations/2011/gone_2_ann.json");
    write(stray, annotations());
    BasilCorpus.Corpus c = BasilCorpus.load(dir);
    assertEquals(List.of(stray), c.orphans());
    assertEquals(3, c.articles().size());
  }

  @Test
  void malformedArticleJsonIsAnIOExceptionNamingTheFile() throws IOException {
    Path dir = tmp.resolve("bad-article");
    Path bad = dir.resolve("articles/2010/t_1.json");
    write(bad, "{\"source\": \"x\", \"body-paragraphs\": [[\"Unclosed.\"]\n");
    write(dir.resolve("annotations/2010/t_1_ann.json"), annotations());
    IOException e = assertThrows(IOException.class, () -> BasilCorpus.read(dir));
    assertTrue(e.getMessage().contains(bad.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
  }

  @Test
  void malformedAnnotationJsonIsAnIOExceptionNamingTheFile() throws IOException {
    Path dir = tmp.resolve("bad-annotation");
    write(dir.resolve("articles/2010/t_1.json"),
        "{\"source\": \"x\", \"triplet-uuid\": \"t\", \"body-paragraphs\": [[\"Fine.\"]]}");
    Path bad = dir.resolve("annotations/2010/t_1_ann.json");
    write(bad, "{\"phrase-level-annotations\": [ {\"txt\": \"Fine\", } ]}");
    IOException e = assertThrows(IOException.class, () -> BasilCorpus.read(dir));
    assertTrue(e.getMessage().contains(bad.toString()), e.getMessage());
  }

  @Test
  void directoryWithoutTheBasilLayoutIsAnIOExceptionNamingIt() throws IOException {
    Path dir = tmp.resolve("not-basil");
    Files.createDirectories(dir.resolve("articles"));
    IOException e = assertThrows(IOException.class, () -> BasilCorpus.read(dir));
    assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("annotations/"), e.getMessage());
  }
}
