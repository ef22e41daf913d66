package org.framelens.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.framelens.text.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading PolNeAR's native layout: text/*.txt and brat attributions/<stem>_<annotator>.ann. */
class PolnearCorpusTest {

  // offsets: Officials 0-9, said 10-14, "the bridge would reopen" 15-38, newline 39,
  // Critics 40-47, however 49-56, doubted 58-65, it 66-68
  private static final String TEXT =
      "Officials said the bridge would reopen.\nCritics, however, doubted it.\n";

  @TempDir
  Path tmp;

  private static Path write(Path p, String... lines) throws IOException {
    Files.createDirectories(p.getParent());
    Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return p;
  }

  private Path layout() throws IOException {
    Path dir = tmp.resolve("polnear");
    write(dir.resolve("text/a.txt"), TEXT.substring(0, TEXT.length() - 1));
    write(dir.resolve("text/b.txt"), "An article nobody annotated.");
    write(dir.resolve("text/c.txt"), "An article with an empty annotation file.");
    // the second annotator: must not be used
    write(dir.resolve("attributions/a_b1.ann"),
        "T1\tSource 1 5\tffic",
        "T2\tCue 20 25\tridge");
    Files.writeString(dir.resolve("attributions/c_a0.ann"), "");
    write(dir.resolve("attributions/a_a0.ann"),
        "T1\tSource 0 9\tOfficials",
        "T2\tCue 10 14\tsaid",
        "T3\tContent 15 38\tthe bridge would reopen",
        "R1\tATTRIBUTION Source:T1 Cue:T2 Content:T3",
        "E1\tAttribution:T2 Source:T1 Content:T3",
        "A1\tNegated E1",
        "#1\tAnnotatorNotes T1\tofficials of the city",
        "T4\tSource 40 47\tCritics",
        "T5\tCue 49 56;58 65\thowever doubted",
        "T6\tContent 15 68\tthe bridge would reopen.",
        "Critics, however, doubted it",
        "T7\tDiscourse 0 9\tOfficials",
        "T8\tContent 66 68\tit");
    return dir;
  }

  @Test
  void readsSourcesCuesAndContentsOfTheFirstAnnotatorFile() throws IOException {
    Path dir = layout();
    List<PolnearCorpus.PolnearArticle> corpus = PolnearCorpus.read(dir);
    assertEquals(List.of("a.txt", "c.txt"),
        corpus.stream().map(a -> a.file().getFileName().toString()).toList());
    PolnearCorpus.PolnearArticle a = corpus.get(0);
    assertEquals(dir.resolve("text/a.txt"), a.file());
    assertEquals(dir.resolve("attributions/a_a0.ann"), a.annFile());
    assertEquals(List.of(new Span(0, 9), new Span(40, 47)), a.sources());
    // the discontinuous cue gives one span per part
    assertEquals(List.of(new Span(10, 14), new Span(49, 56), new Span(58, 65)), a.cues());
    // the multi-line T6 counts once; its continuation line is skipped
    assertEquals(List.of(new Span(15, 38), new Span(15, 68), new Span(66, 68)), a.contents());
  }

  @Test
  void offsetsCoverTheAnnotatedWords() throws IOException {
    PolnearCorpus.PolnearArticle a = PolnearCorpus.read(layout()).get(0);
    String text = Files.readString(a.file(), StandardCharsets.UTF_8);
    assertEquals(List.of("Officials", "Critics"),
        a.sources().stream().map(s -> s.text(text)).toList());
    assertEquals(List.of("said", "however", "doubted"),
        a.cues().stream().map(s -> s.text(text)).toList());
    assertEquals("the bridge would reopen", a.contents().get(0).text(text));
  }

  @Test
  void emptyAnnotationFileGivesAnArticleWithoutSpans() throws IOException {
    PolnearCorpus.PolnearArticle c = PolnearCorpus.read(layout()).get(1);
    assertEquals(List.of(), c.sources());
    assertEquals(List.of(), c.cues());
    assertEquals(List.of(), c.contents());
  }

  @Test
  void malformedOffsetNamesFileAndLine() throws IOException {
    Path dir = tmp.resolve("bad");
    write(dir.resolve("text/a.txt"), "Officials said so.");
    Path ann = write(dir.resolve("attributions/a_a0.ann"),
        "T1\tCue 10 14\tsaid",
        "T2\tSource 0 x\tOfficials");
    IOException e = assertThrows(IOException.class, () -> PolnearCorpus.read(dir));
    assertTrue(e.getMessage().startsWith(ann + ":2: malformed offsets"), e.getMessage());
  }

  @Test
  void reversedOffsetsNameFileAndLine() throws IOException {
    Path dir = tmp.resolve("bad");
    write(dir.resolve("text/a.txt"), "Officials said so.");
    Path ann = write(dir.resolve("attributions/a_a0.ann"), "T1\tCue 14 10\tsaid");
    IOException e = assertThrows(IOException.class, () -> PolnearCorpus.read(dir));
    assertTrue(e.getMessage().startsWith(ann + ":1: "), e.getMessage());
  }

  @Test
  void reversedOffsetsSayTheSpanEndsBeforeItStarts() throws IOException {
    Path dir = tmp.resolve("reversed");
    write(dir.resolve("text/a.txt"), "Officials said so.");
    Path ann = write(dir.resolve("attributions/a_a0.ann"), "T1\tCue 10 14\tsaid",
        "T2\tSource 9 0\tOfficials");
    IOException e = assertThrows(IOException.class, () -> PolnearCorpus.read(dir));
    assertEquals(ann + ":2: span 9-0 ends before it starts", e.getMessage());
  }

  @Test
  void spanOutsideTheTextIsRefusedAsPtcDoes() throws IOException {
    Path dir = layout();
    Path ann = dir.resolve("attributions/a_a0.ann");
    Files.writeString(ann, "T99\tSource 10 999999\tx\n", StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    IOException e = assertThrows(IOException.class, () -> PolnearCorpus.read(dir));
    assertEquals(ann + ":14: span 10-999999 lies outside the 70 characters of "
        + dir.resolve("text/a.txt"), e.getMessage());
  }

  @Test
  void linesThatAreNoAnnotationAreSkippedAndNamedButContinuationsAreNot() throws IOException {
    Path dir = layout();
    Path ann = dir.resolve("attributions/a_a0.ann");
    Files.writeString(ann, "garbage line without tabs\n\nT9\tCue 10 14\tsaid\n",
        StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    PolnearCorpus.Corpus c = PolnearCorpus.load(dir);
    // line 12 continues T6's two-line text; line 14 is garbage, line 15 blank
    assertEquals(List.of(ann + ":14"), c.skipped());
    assertEquals(List.of(new Span(10, 14), new Span(49, 56), new Span(58, 65),
        new Span(10, 14)), c.articles().get(0).cues());
  }

  @Test
  void annotationFileWithoutItsTextIsListed() throws IOException {
    Path dir = layout();
    Path stray = write(dir.resolve("attributions/gone_a0.ann"), "T1\tCue 0 1\tx");
    PolnearCorpus.Corpus c = PolnearCorpus.load(dir);
    assertEquals(List.of(stray), c.textless());
    assertEquals(List.of(), c.skipped());
    assertEquals(2, c.articles().size());
  }

  @Test
  void missingSubdirectoriesAreExplained() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("empty"));
    IOException e = assertThrows(IOException.class, () -> PolnearCorpus.read(dir));
    assertTrue(e.getMessage().contains("must contain text/ and attributions/"), e.getMessage());
  }

  @Test
  void annotationFileWithoutAnnotatorSuffixDoesNotCrash() throws IOException {
    Path dir = layout();
    Path stray = write(dir.resolve("attributions/notes.ann"), "T1\tCue 0 1\tx");
    try {
      List<PolnearCorpus.PolnearArticle> corpus = PolnearCorpus.read(dir);
      assertEquals(2, corpus.size());
    } catch (IOException e) {
      // a clear error naming the file is acceptable too; an unchecked exception is not
      assertTrue(e.getMessage().contains(stray.toString()), e.getMessage());
    }
  }
}
