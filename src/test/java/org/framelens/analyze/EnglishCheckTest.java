package org.framelens.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.framelens.ingest.Article;
import org.framelens.ingest.IngestOptions;
import org.framelens.ingest.Metadata;
import org.framelens.pipeline.Pipeline;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.framelens.text.TsvTable;

/** Articles that do not read as English prose are told apart from those that do. */
class EnglishCheckTest {

  private static final Pipeline TEXT = Pipeline.textOnly(IngestOptions.defaults());

  private static AnalyzedArticle analyse(String text) {
    return TEXT.analyze(new Article("t", "x.txt", 1, "txt", Metadata.empty(), text, 0))
        .analyzed();
  }

  private static final String GERMAN = "Die Truppen Russlands sind unter dem Vorwand gemeinsamer "
      + "Übungen nach Belarus verlegt worden, wie die Regierung in Minsk am Donnerstag mitteilte. "
      + "Kritiker sagen, dies sei eine Bedrohung für die Nachbarländer. Die Nato beobachtet die "
      + "Lage genau und hat ihre Präsenz im Osten verstärkt. Moskau weist alle Vorwürfe zurück "
      + "und spricht von einer rein defensiven Maßnahme.";

  @Test
  void germanProseDoesNotReadAsEnglish() {
    AnalyzedArticle a = analyse(GERMAN);
    assertTrue(EnglishCheck.functionWordShare(a) < EnglishCheck.MIN_SHARE);
    assertTrue(EnglishCheck.looksNonEnglish(a));
  }

  @Test
  void tooShortToJudge() {
    AnalyzedArticle a = analyse("Die Truppen sind verlegt worden.");
    assertTrue(Double.isNaN(EnglishCheck.functionWordShare(a)));
    assertFalse(EnglishCheck.looksNonEnglish(a));
  }

  @Test
  void everySeedArticleReadsAsEnglish() throws Exception {
    Path seeds = Path.of("seeds");
    List<Path> files;
    try (var s = Files.list(seeds)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertEquals(5, files.size());
    for (Path f : files) {
      AnalyzedArticle a = analyse(Files.readString(f));
      double share = EnglishCheck.functionWordShare(a);
      assertTrue(share > 0.25, f + ": " + share);
      assertFalse(EnglishCheck.looksNonEnglish(a), f.toString());
    }
  }

  /**
   * Short articles (8 to 39 words) were not judged, so a short German or Russian article was
   * analysed as English. Every language of {@code other-languages.tsv} has a short example that
   * is flagged and a short English text using some of its words as names that is not.
   */
  @TestFactory
  Stream<DynamicTest> everyOtherLanguagesExamplesAreJudged() {
    List<DynamicTest> tests = new ArrayList<>();
    for (TsvTable.Row r : TsvTable.read(EnglishCheck.OTHER_FILE, 4, "language",
        EnglishCheck.OTHER_EXPECTED)) {
      String where = r.file() + ":" + r.line() + " " + r.get(0);
      tests.add(DynamicTest.dynamicTest(where + ": " + r.get(2), () -> {
        AnalyzedArticle a = analyse(r.get(2));
        assertTrue(Double.isNaN(EnglishCheck.functionWordShare(a)), where + ": not short");
        assertTrue(EnglishCheck.looksNonEnglish(a), where);
      }));
      if (!r.get(3).isEmpty()) {
        tests.add(DynamicTest.dynamicTest(where + " English: " + r.get(3), () ->
            assertFalse(EnglishCheck.looksNonEnglish(analyse(r.get(3))), where)));
      }
    }
    return tests.stream();
  }

  @Test
  void aShortArticleInAnotherScriptDoesNotReadAsEnglish() {
    assertTrue(EnglishCheck.looksNonEnglish(analyse("Российские войска в понедельник прибыли в "
        + "Белоруссию для совместных учений вблизи границы с Украиной, сообщило министерство "
        + "обороны.")));
    // a Russian name or two in an English brief is not enough
    assertFalse(EnglishCheck.looksNonEnglish(analyse("The Kremlin spokesman, Дмитрий Песков, "
        + "told reporters on Monday that the troops would return to their bases.")));
  }

  @Test
  void shortEnglishRecordsStillReadAsEnglish() {
    // headline-only records and briefs have few or no English function words
    for (String t : List.of(
        "NSA leaker Edward Snowden reportedly tells Hong Kong newspaper US also hacking Hong "
            + "Kong, China",
        "Becky Bohrer AP JUNEAU, Alaska (AP) — Republican Dan Sullivan won Alaska's U.S. Senate "
            + "race, defeating incumbent Democrat Mark Begich.",
        "Police in El Paso and Las Cruces said the suspect fled to Los Angeles.",
        "Lineups: J van der Westhuyzen; F Du Preez; O Du Randt, J Smit (captain), E Andrews, "
            + "B Botha, V Matfield, S Burger, G du Toit, J de Villiers.")) {
      assertFalse(EnglishCheck.looksNonEnglish(analyse(t)), t);
    }
    // under 8 words nothing is judged
    assertFalse(EnglishCheck.looksNonEnglish(analyse("Die Truppen sind nicht aus Belarus.")));
  }

  @Test
  void errorsInTheOtherLanguagesFileNameTheFileAndLine() {
    String head = "# c\nlanguage\tfunction_words\texample\texample_english\n";
    IllegalStateException e = assertThrows(IllegalStateException.class, () ->
        EnglishCheck.otherWords(TsvTable.parse(new StringReader(head
            + "de\tund ist The\tUnd ist.\t\n"), "other-languages.tsv", 4, "language",
            EnglishCheck.OTHER_EXPECTED)));
    assertEquals("other-languages.tsv:3: the word 'The' must be in lower case", e.getMessage());
    e = assertThrows(IllegalStateException.class, () ->
        EnglishCheck.otherWords(TsvTable.parse(new StringReader(head
            + "it\til di in\tIl di.\t\n"), "other-languages.tsv", 4, "language",
            EnglishCheck.OTHER_EXPECTED)));
    assertEquals("other-languages.tsv:3: 'in' is an English function word", e.getMessage());
    e = assertThrows(IllegalStateException.class, () ->
        EnglishCheck.otherWords(TsvTable.parse(new StringReader(head + "it\til di\n"),
            "other-languages.tsv", 4, "language", EnglishCheck.OTHER_EXPECTED)));
    assertEquals("other-languages.tsv:3: expected " + EnglishCheck.OTHER_EXPECTED,
        e.getMessage());
  }
}
