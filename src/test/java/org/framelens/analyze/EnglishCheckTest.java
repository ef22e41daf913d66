package org.framelens.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.framelens.ingest.Article;
import org.framelens.ingest.IngestOptions;
import org.framelens.ingest.Metadata;
import org.framelens.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

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
}
