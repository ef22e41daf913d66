package org.framelens.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.framelens.analyze.AnalyzedArticle;
import org.framelens.analyze.Sentence;
import org.framelens.ingest.IngestOptions;
import org.framelens.pipeline.Pipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed validations of the cue issue, on the real seed articles. */
class SeedCuesTest {

  record Seed(AnalyzedArticle article, ArticleCues cues) {
    Sentence sentence(String needle) {
      int at = article.text().indexOf(needle);
      assertTrue(at >= 0, needle);
      return article.sentences().stream().filter(s -> s.span().contains(at)).findFirst()
          .orElseThrow();
    }

    List<Evidence> in(Sentence s) {
      return cues.evidence().stream().filter(e -> e.sentenceIndex() == s.index()).toList();
    }

    SentenceCues summary(Sentence s) {
      return cues.sentences().get(s.index());
    }
  }

  static List<Seed> seeds = new ArrayList<>();

  @BeforeAll
  static void analyse() throws Exception {
    CueAnalyzer cues = CueAnalyzer.defaults(null);
    Pipeline.textOnly(IngestOptions.defaults()).run(List.of("seeds"),
        r -> seeds.add(new Seed(r.analyzed(), cues.analyze(r.analyzed()))));
  }

  static Seed seed(String prefix) {
    return seeds.stream().filter(s -> s.article().article().id().startsWith(prefix)).findFirst()
        .orElseThrow();
  }

  @Test
  void militarizingUnderThePretextIsTwoLoadedHitsAndAnUnattributedClaimAboutTheUs() {
    Seed s = seed("000");
    Sentence x = s.sentence("The United States is increasingly militarizing Eastern Europe");
    List<Evidence> loaded = s.in(x).stream().filter(e -> e.type() == CueType.LOADED).toList();
    assertEquals(List.of("militarizing", "under the pretext"),
        loaded.stream().map(e -> e.span().text(s.article().text())).toList());
    assertTrue(loaded.stream().allMatch(e -> e.voice() == Voice.AUTHOR
        && e.targetActor().equals("united_states")), loaded.toString());
    Evidence claim = s.in(x).stream().filter(e -> e.type() == CueType.UNATTRIBUTED_CLAIM)
        .findFirst().orElseThrow();
    assertEquals(x.span(), claim.span());
    assertEquals("united_states", claim.targetActor());
    assertTrue(s.summary(x).unattributedClaim());
    assertFalse(s.summary(x).attributed());
  }

  @Test
  void accordingToPentagonIsAttributedToAnInstitution() {
    Seed s = seed("000");
    Sentence x = s.sentence("according to Pentagon.");
    Evidence a = s.in(x).stream().filter(e -> e.type() == CueType.ATTRIBUTION).findFirst()
        .orElseThrow();
    assertEquals("according to", a.span().text(s.article().text()));
    assertEquals("Pentagon", a.sourceSpan().text(s.article().text()));
    assertEquals(SourceType.INSTITUTION, a.sourceType());
    assertTrue(s.summary(x).attributed());
    assertEquals(SourceType.INSTITUTION, s.summary(x).sourceType());
  }

  @Test
  void makeiIsANamedOfficial() {
    Seed s = seed("000");
    Sentence x = s.sentence("Belarus Foreign Minister Vladimir Makei however said");
    Evidence a = s.in(x).stream().filter(e -> e.type() == CueType.ATTRIBUTION).findFirst()
        .orElseThrow();
    assertEquals("Belarus Foreign Minister Vladimir Makei",
        a.sourceSpan().text(s.article().text()));
    assertEquals(SourceType.NAMED_PERSON, a.sourceType());
  }

  @Test
  void someArgueIsAWeaselAndSoCalledIsLoaded() {
    Seed s = seed("002");
    Sentence x = s.sentence("Some argue that a fresh emphasis on the so-called Minsk accords");
    List<Evidence> ev = s.in(x);
    assertTrue(ev.stream().anyMatch(e -> e.type() == CueType.WEASEL
        && e.span().text(s.article().text()).equals("Some argue")), ev.toString());
    assertTrue(ev.stream().anyMatch(e -> e.type() == CueType.LOADED
        && e.ruleId().equals("loaded.so-called")), ev.toString());
    assertTrue(s.summary(x).weasel());
  }

  @Test
  void isAccusedOfIsAnAgentlessAccusation() {
    Seed s = seed("001");
    Sentence x = s.sentence("is accused of having gathered 150,000 troops");
    Evidence e = s.in(x).stream().filter(v -> v.type() == CueType.AGENTLESS_PASSIVE).findFirst()
        .orElseThrow();
    assertEquals("is accused of", e.span().text(s.article().text()));
    assertEquals("russia", e.targetActor());
  }

  @Test
  void maliciousPeopleIsLoadedInAQuotedVoiceNotTheOutlets() {
    Seed s = seed("001");
    Sentence x = s.sentence("malicious people close to the borders");
    Evidence e = s.in(x).stream().filter(v -> v.type() == CueType.LOADED
        && v.span().text(s.article().text()).equals("malicious")).findFirst().orElseThrow();
    assertEquals(Voice.QUOTED, e.voice());
    assertFalse(s.summary(x).unattributedClaim());
  }

  @Test
  void sentencesOfOnlyDatesPlacesAndNumbersRaiseNothing() {
    for (String needle : List.of("In 2014-2015, Ukraine, Russia, France, and Germany approved",
        "These exercises take place in two stages.",
        "Secretary of Defense Lloyd Austin ordered the deployment of 3,000")) {
      Seed s = seeds.stream().filter(x -> x.article().text().contains(needle)).findFirst()
          .orElseThrow();
      Sentence x = s.sentence(needle);
      assertEquals(List.of(), s.in(x), needle);
      assertEquals(0.0, s.summary(x).loadedScore(), needle);
    }
  }

  @Test
  void everyEvidenceCarriesAnExactSpanARuleAndAPlainExplanation() {
    for (Seed s : seeds) {
      String text = s.article().text();
      for (Evidence e : s.cues().evidence()) {
        Sentence sentence = s.article().sentences().get(e.sentenceIndex());
        assertTrue(sentence.span().contains(e.span()), e.toString());
        assertFalse(e.ruleId().isBlank());
        assertTrue(e.explanation().endsWith("."), e.explanation());
        if (e.type() == CueType.SCARE_QUOTE) {
          assertEquals(Voice.AUTHOR, e.voice(), "scare quotes are the writer's distancing");
        } else {
          assertEquals(e.voice() == Voice.QUOTED,
              s.article().quotes().isQuoted(e.span().start()), e.toString());
        }
        assertFalse(text.substring(e.span().start(), e.span().end()).isBlank());
      }
    }
  }
}
