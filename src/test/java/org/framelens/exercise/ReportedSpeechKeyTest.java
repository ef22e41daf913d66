package org.framelens.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.framelens.cues.CueAnalyzer;
import org.framelens.cues.CueType;
import org.framelens.cues.Evidence;
import org.framelens.cues.Voice;
import org.framelens.pipeline.ArticleResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A loaded word in reported (indirect) speech, "Russia accused the U.S. of … provocative
 * actions": no quotation marks, so its voice stays {@code author}, but the claim is the source's;
 * the cue's explanation, the key's loaded point and its voice point say so, agreeing with the
 * attribution point (a black-box hunt found "every word here is the outlet's own" next to "ties
 * what is reported to “Russia”"). The outlet's own loaded word is still its own.
 */
class ReportedSpeechKeyTest {

  @TempDir
  Path dir;

  private ArticleResult analyze(String text) throws IOException {
    List<ArticleResult> results = ExerciseTestSupport.analyze(dir, "r.txt", text);
    return results.get(0);
  }

  private static Evidence loaded(ArticleResult r, int i, String word) {
    String text = r.analyzed().text();
    return Facts.evidence(r, i).stream().filter(e -> e.type() == CueType.LOADED
        && e.span().text(text).equalsIgnoreCase(word)).findFirst()
        .orElseThrow(() -> new AssertionError(word + " in " + Facts.evidence(r, i)));
  }

  @Test
  void aLoadedWordInReportedSpeechIsTheSourcesClaim() throws IOException {
    ArticleResult r = analyze("Title line\n\nReed said the police were thugs.\n\n"
        + "The police were thugs.\n");
    Evidence reported = loaded(r, 0, "thugs");
    assertEquals(Voice.AUTHOR, reported.voice());
    assertTrue(CueAnalyzer.isReported(reported), reported.explanation());
    assertTrue(reported.explanation().contains("“Reed” said"), reported.explanation());
    Answer point = Facts.hits(r, 0).stream().filter(a -> a.aspect().equals("loaded"))
        .findFirst().orElseThrow();
    assertFalse(point.answer().contains("outlet's own voice"), point.toString());
    Answer voice = Facts.voice(r, 0);
    assertFalse(voice.explanation().contains("every word here is the outlet's own"),
        voice.toString());
    assertTrue(voice.answer().contains("Reed"), voice.toString());
    assertTrue(Facts.attribution(r, 0).answer().contains("Reed"));
    // the outlet's own sentence
    Evidence own = loaded(r, 1, "thugs");
    assertFalse(CueAnalyzer.isReported(own), own.explanation());
    assertTrue(Facts.hits(r, 1).stream().anyMatch(a -> a.answer().contains("outlet's own voice")));
    assertTrue(Facts.voice(r, 1).explanation().contains("every word here is the outlet's own"));
  }

  @Test
  void theSourceItselfIsNotItsContent() throws IOException {
    // the content is the larger part outside cue and source: here what follows "accused"
    ArticleResult r = analyze("Title line\n\nMeanwhile, Russia accused the U.S. of ramping up "
        + "tensions by its provocative actions such as the deployment of troops in Poland.\n\n"
        + "The thugs attacked the village, the mayor said.\n\n"
        + "Some argue that the so-called accords may calm the crisis.\n");
    assertTrue(CueAnalyzer.isReported(loaded(r, 0, "provocative")));
    assertTrue(CueAnalyzer.isReported(loaded(r, 1, "thugs")));
    // a weasel names nobody: its "content" is not reported as anyone's
    assertFalse(CueAnalyzer.isReported(loaded(r, 2, "so-called")));
  }

  /** The key reads the cue's typed flag, not its wording: explanations may be reworded. */
  @Test
  void theKeyTellsReportedSpeechByItsFlagNotByItsExplanation() throws IOException {
    ArticleResult r = analyze("Title line\n\nReed said Belarus is not an aggressor and the "
        + "police were thugs.\n\nThe police were thugs.\n");
    List<Evidence> reworded = new ArrayList<>();
    for (Evidence e : r.cues().evidence()) {
      reworded.add(new Evidence(e.type(), e.category(), e.ruleId(), e.sentenceIndex(), e.span(),
          e.voice(), e.sourceType(), e.sourceSpan(), e.targetActor(), e.match(), e.score(),
          "Reworded freely.", e.negated(), e.reported()));
    }
    ArticleResult w = new ArticleResult(r.analyzed(), r.embeddings(),
        new org.framelens.cues.ArticleCues(reworded, r.cues().sentences(),
            r.cues().actorMentions()), r.axes());
    assertTrue(CueAnalyzer.isReported(loaded(w, 0, "thugs")));
    assertFalse(CueAnalyzer.isReported(loaded(w, 1, "thugs")));
    assertFalse(Facts.hits(w, 0).stream().anyMatch(a -> a.aspect().equals("loaded")
        && a.answer().contains("outlet's own voice")), Facts.hits(w, 0).toString());
    // marking a cue reported keeps what the rule knew: a denied label stays denied
    Evidence denied = loaded(r, 0, "aggressor");
    assertTrue(denied.negated(), denied.toString());
    Evidence both = denied.asReported("Reworded.");
    assertTrue(both.negated() && both.reported());
    assertEquals(denied.targetActor(), both.targetActor());
  }
}
