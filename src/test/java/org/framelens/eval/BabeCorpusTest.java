package org.framelens.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.framelens.eval.BabeCorpus.BabeRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link BabeCorpus}: reading a hand-made BABE-style file and parsing Python-style lists. */
class BabeCorpusTest {

  @TempDir
  Path tmp;

  private static final String HEADER =
      "text;news_link;outlet;topic;type;label_bias;label_opinion;biased_words\n";

  /** Writes {@code content} as UTF-8, preceded by a byte-order mark. */
  private Path writeWithBom(String name, String content) throws IOException {
    Path f = tmp.resolve(name);
    Files.write(f, ("\uFEFF" + content).getBytes(StandardCharsets.UTF_8));
    return f;
  }

  /** Four invented rows: quoted text with ';' and doubled quotes, and every kind of list. */
  private Path sampleFile() throws IOException {
    return writeWithBom("babe.csv", HEADER
        + "\"The mayor said; \"\"we will rebuild\"\" and left.\";https://example.org/a;"
        + "Example Post;housing;left;Biased;Expresses writer's opinion;"
        + "['Bizarre', 'characteristically']\n"
        + "The bridge opened in 1998.;https://example.org/b;Daily Example;transport;center;"
        + "Non-biased;Entirely factual;[]\n"
        + "Critics called the vote a sham.;https://example.org/c;Example Times;elections;right;"
        + "Biased;Somewhat factual but also opinionated;\"[\"\"it's\"\"]\"\n"
        + "Residents were split on the plan.;https://example.org/d;Example Post;housing;left;"
        + "No agreement;No agreement;[]\n");
  }

  @Test
  void readsEveryRowWithBomStrippedAndQuotedTextUnescaped() throws IOException {
    List<BabeRow> rows = BabeCorpus.read(sampleFile());
    assertEquals(4, rows.size());
    assertEquals("The mayor said; \"we will rebuild\" and left.", rows.get(0).text());
    assertEquals("The bridge opened in 1998.", rows.get(1).text());
    assertEquals("Critics called the vote a sham.", rows.get(2).text());
    assertEquals("Residents were split on the plan.", rows.get(3).text());
  }

  @Test
  void keepsTheLabelsAsWritten() throws IOException {
    List<BabeRow> rows = BabeCorpus.read(sampleFile());
    assertEquals(List.of("Biased", "Non-biased", "Biased", "No agreement"),
        rows.stream().map(BabeRow::label).toList());
  }

  @Test
  void onlyBiasedAndNonBiasedAreLabelledAndOnlyBiasedIsBiased() throws IOException {
    List<BabeRow> rows = BabeCorpus.read(sampleFile());
    assertEquals(List.of(true, true, true, false),
        rows.stream().map(BabeRow::isLabelled).toList());
    assertEquals(List.of(true, false, true, false),
        rows.stream().map(BabeRow::isBiased).toList());
  }

  @Test
  void parsesBiasedWordsLowerCased() throws IOException {
    List<BabeRow> rows = BabeCorpus.read(sampleFile());
    assertEquals(List.of("bizarre", "characteristically"), rows.get(0).biasedWords());
    assertEquals(List.of(), rows.get(1).biasedWords());
    assertEquals(List.of("it's"), rows.get(2).biasedWords());
    assertEquals(List.of(), rows.get(3).biasedWords());
  }

  @Test
  void numbersRowsByTheirLineWhenEachRecordIsOneLine() throws IOException {
    List<BabeRow> rows = BabeCorpus.read(sampleFile());
    assertEquals(List.of(2, 3, 4, 5), rows.stream().map(BabeRow::line).toList());
  }

  @Test
  void stripsWhitespaceAroundTheLabel() throws IOException {
    Path f = writeWithBom("spaces.csv", HEADER
        + "A plain sentence.;l;o;t;left; Non-biased ;Entirely factual;[]\n");
    BabeRow row = BabeCorpus.read(f).get(0);
    assertEquals("Non-biased", row.label());
    assertTrue(row.isLabelled());
    assertFalse(row.isBiased());
  }

  @Test
  void readsAFileWithoutByteOrderMarkToo() throws IOException {
    Path f = tmp.resolve("nobom.csv");
    Files.writeString(f, HEADER + "A plain sentence.;l;o;t;left;Biased;x;['Loaded']\n",
        StandardCharsets.UTF_8);
    List<BabeRow> rows = BabeCorpus.read(f);
    assertEquals(1, rows.size());
    assertEquals("A plain sentence.", rows.get(0).text());
    assertEquals(List.of("loaded"), rows.get(0).biasedWords());
  }

  @Test
  void headerOnlyFileGivesNoRows() throws IOException {
    assertEquals(List.of(), BabeCorpus.read(writeWithBom("empty.csv", HEADER)));
  }

  @Test
  void missingLabelColumnIsAnIOExceptionNamingFileAndColumn() throws IOException {
    Path f = writeWithBom("nolabel.csv",
        "text;news_link;outlet;topic;type;label_opinion;biased_words\n"
            + "A plain sentence.;l;o;t;left;Entirely factual;[]\n");
    IOException e = assertThrows(IOException.class, () -> BabeCorpus.read(f));
    assertTrue(e.getMessage().contains(f.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("label_bias"), e.getMessage());
  }

  @Test
  void commaSeparatedFileIsRejectedSayingBabeIsSemicolonSeparated() throws IOException {
    Path f = writeWithBom("comma.csv", HEADER.replace(';', ',')
        + "A plain sentence.,l,o,t,left,Biased,x,[]\n");
    IOException e = assertThrows(IOException.class, () -> BabeCorpus.read(f));
    assertTrue(e.getMessage().startsWith(f + ":1: the header is separated by commas (text,"),
        e.getMessage());
    assertTrue(e.getMessage().endsWith("; BABE files are ';'-separated: save the file with ';' "
        + "between fields"), e.getMessage());
  }

  @Test
  void rowWithTooFewFieldsIsAnIOExceptionNamingTheFile() throws IOException {
    Path f = writeWithBom("short.csv", HEADER
        + "A plain sentence.;l;o;t;left;Biased;x;[]\n"
        + "Too short;l;o\n");
    IOException e = assertThrows(IOException.class, () -> BabeCorpus.read(f));
    assertTrue(e.getMessage().contains(f.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("3 fields"), e.getMessage());
  }

  @Test
  void missingFileIsAnIOException() {
    assertThrows(IOException.class, () -> BabeCorpus.read(tmp.resolve("absent.csv")));
  }

  // ---- pythonList ----

  @Test
  void pythonListOfSingleQuotedWords() {
    assertEquals(List.of("bizarre", "characteristically"),
        BabeCorpus.pythonList("['bizarre', 'characteristically']"));
  }

  @Test
  void pythonListLowerCases() {
    assertEquals(List.of("us", "so-called"), BabeCorpus.pythonList("['US', 'So-Called']"));
  }

  @Test
  void pythonListOfDoubleQuotedWordKeepsTheApostrophe() {
    assertEquals(List.of("it's"), BabeCorpus.pythonList("[\"it's\"]"));
  }

  @Test
  void pythonListUnescapesAnEscapedQuote() {
    assertEquals(List.of("it's", "don't"), BabeCorpus.pythonList("['it\\'s', 'don\\'t']"));
    assertEquals(List.of("say \"no\""), BabeCorpus.pythonList("[\"say \\\"no\\\"\"]"));
  }

  @Test
  void pythonListMixesQuoteStyles() {
    assertEquals(List.of("fringe", "it's", "extreme"),
        BabeCorpus.pythonList("['fringe', \"it's\", 'extreme']"));
  }

  @Test
  void pythonListIgnoresSpacesOutsideStringsAndKeepsThemInside() {
    assertEquals(List.of("a", "b c"), BabeCorpus.pythonList("  [ 'a' ,    'b c'  ]  "));
  }

  @Test
  void pythonListOfEmptyListOrEmptyOrBlankStringIsEmpty() {
    assertEquals(List.of(), BabeCorpus.pythonList("[]"));
    assertEquals(List.of(), BabeCorpus.pythonList("[ ]"));
    assertEquals(List.of(), BabeCorpus.pythonList(""));
    assertEquals(List.of(), BabeCorpus.pythonList("   "));
  }

  @Test
  void pythonListKeepsTheRestOfAnUnterminatedString() {
    assertEquals(List.of("a", "b"), BabeCorpus.pythonList("['a', 'b"));
  }
}
