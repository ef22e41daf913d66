package org.framelens.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.framelens.cues.CueAnalyzer;
import org.framelens.cues.CueType;
import org.framelens.cues.Evidence;
import org.framelens.cues.Match;
import org.framelens.cues.SentenceCues;
import org.framelens.cues.Voice;
import org.framelens.ingest.IngestOptions;
import org.framelens.pipeline.ArticleResult;
import org.framelens.pipeline.Pipeline;
import org.framelens.text.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The answer key agrees with itself and with sentences.csv: one point, one cue; negated and
 * belief attributions name nobody; a quotation's owner is the source attached to it; no
 * sentence twice; no article the tool flags as not English.
 */
class AnswerKeyConsistencyTest {

  @TempDir
  Path dir;

  List<ArticleResult> analyse(String... namesAndTexts) throws IOException {
    for (int k = 0; k < namesAndTexts.length; k += 2) {
      Files.writeString(dir.resolve(namesAndTexts[k] + ".txt"), namesAndTexts[k + 1]);
    }
    List<ArticleResult> out = new ArrayList<>();
    Pipeline.defaults(IngestOptions.defaults(), null, CueAnalyzer.defaults(null))
        .run(List.of(dir.toString()), out::add);
    out.sort(java.util.Comparator.comparing(r -> r.analyzed().article().id()));
    return out;
  }

  static int sentence(ArticleResult r, String startsWith) {
    for (int i = 0; i < r.analyzed().sentences().size(); i++) {
      if (r.analyzed().sentences().get(i).span().text(r.analyzed().text()).strip()
          .startsWith(startsWith)) {
        return i;
      }
    }
    throw new AssertionError("no sentence " + startsWith);
  }

  static final String NEG = "Dam story\n"
      + "The ministry did not say whether the families would be compensated for their land.\n"
      + "A spokesman for the company declined to comment on the injuries at the site.\n"
      + "The dam will displace about 4,000 people in three villages, the report says.\n"
      + "Russia considers itself a victim of the alliance and its ambitions in the region.\n";

  @Test
  void negatedAndBeliefAttributionsNameNobodyAsSentencesCsvDoes() throws IOException {
    ArticleResult r = analyse("n", NEG).get(0);
    for (String s : List.of("The ministry", "A spokesman", "Russia considers")) {
      int i = sentence(r, s);
      assertFalse(Facts.cues(r, i).attributed(), s);
      Answer a = Facts.attribution(r, i);
      assertTrue(a.answer().startsWith("no: "), s + ": " + a.answer());
      List<Answer> who = Exercises.whoSays(r, i);
      assertEquals(1, who.size());
      assertTrue(who.get(0).answer().startsWith("nobody"), s + ": " + who.get(0).answer());
    }
    assertTrue(Facts.attribution(r, sentence(r, "The ministry")).answer()
        .contains("“The ministry” did not speak"));
    // the right case still works: a speech verb names its source
    int said = sentence(r, "The dam will");
    Answer a = Facts.attribution(r, said);
    assertEquals("yes: “the report” (a news medium or document)", a.answer());
    assertEquals("the report", a.text());
    assertEquals("“the report” (a news medium or document)",
        Exercises.whoSays(r, said).get(0).answer());
  }

  /**
   * Whether a cue is negated is a fact the cue carries ({@link Evidence#negated()}), set by the
   * detector: the key reads it, never the explanation's wording, so explanations can be
   * reworded freely. Here every explanation is replaced by neutral words, and the negated
   * attributions still name nobody, the right case still names its source.
   */
  @Test
  void theKeyTellsANegatedAttributionByItsFlagNotByItsExplanation() throws IOException {
    ArticleResult r = analyse("n", NEG).get(0);
    List<Evidence> reworded = new ArrayList<>();
    for (Evidence e : r.cues().evidence()) {
      reworded.add(new Evidence(e.type(), e.category(), e.ruleId(), e.sentenceIndex(), e.span(),
          e.voice(), e.sourceType(), e.sourceSpan(), e.targetActor(), e.match(), e.score(),
          "Reworded freely.", e.negated()));
    }
    ArticleResult w = new ArticleResult(r.analyzed(), r.embeddings(),
        new org.framelens.cues.ArticleCues(reworded, r.cues().sentences(),
            r.cues().actorMentions()), r.axes());
    for (String s : List.of("The ministry", "A spokesman")) {
      int i = sentence(w, s);
      Evidence cue = Facts.evidence(w, i).stream()
          .filter(e -> e.type() == CueType.ATTRIBUTION).findFirst().orElseThrow();
      assertTrue(cue.negated(), s);
      assertFalse(Facts.sources(cue), s);
      Answer a = Facts.attribution(w, i);
      assertTrue(a.answer().startsWith("no: ") && a.answer().contains("did not speak"),
          s + ": " + a.answer());
      assertEquals(a.answer(), Facts.attribution(r, i).answer(), s);
      assertTrue(Exercises.whoSays(w, i).get(0).answer().startsWith("nobody"), s);
    }
    int said = sentence(w, "The dam will");
    assertEquals("yes: “the report” (a news medium or document)",
        Facts.attribution(w, said).answer());
    // a belief verb is no speech, and no negation either
    Evidence belief = Facts.evidence(w, sentence(w, "Russia considers")).stream()
        .filter(e -> e.type() == CueType.ATTRIBUTION).findFirst().orElseThrow();
    assertFalse(belief.negated());
    assertFalse(belief.sourcesSentence());
    assertTrue(Facts.attribution(w, sentence(w, "Russia considers")).answer()
        .contains("reports a belief"));
  }

  /**
   * A denied label (hunt 3-A no. 5): the key must not tell students that the outlet labels
   * Belarus an aggressor when it writes "Belarus is not an aggressor."
   */
  @Test
  void theKeySaysADeniedLabelIsDenied() throws IOException {
    ArticleResult r = analyse("d", "Drill story\nBelarus is not an aggressor in this conflict.\n"
        + "Belarus is an aggressor in this conflict.\n").get(0);
    List<Answer> denied = Facts.hits(r, sentence(r, "Belarus is not"));
    Answer loaded = denied.stream().filter(a -> a.aspect().equals("loaded")).findFirst()
        .orElseThrow();
    assertEquals("loaded word, denied in the outlet's own voice: the sentence says it does not "
        + "apply", loaded.answer());
    assertTrue(loaded.explanation().contains("Here it is denied (“is not an aggressor”)"),
        loaded.explanation());
    Answer claim = denied.stream().filter(a -> a.aspect().equals("unattributed_claim"))
        .findFirst().orElseThrow();
    assertTrue(claim.explanation().contains("by denying a loaded word: “is not an aggressor”"),
        claim.explanation());
    // the right case still works
    List<Answer> said = Facts.hits(r, sentence(r, "Belarus is an"));
    assertTrue(said.stream().anyMatch(a -> a.answer().equals(
        "loaded word, in the outlet's own voice")), said.toString());
    assertTrue(said.stream().anyMatch(a -> a.explanation().endsWith(
        "the outlet asserts an evaluation: “aggressor”.")), said.toString());
  }

  @Test
  void anAttributionPointTakesEveryFieldFromTheOneCueThatSourcesTheSentence()
      throws IOException {
    ArticleResult r = analyse("m", "Test story\n"
        + "Afghanistan and Iraq motivated the Boston suspects, official says\n").get(0);
    int i = sentence(r, "Afghanistan");
    SentenceCues c = Facts.cues(r, i);
    assertTrue(c.attributed());
    Answer a = Facts.attribution(r, i);
    assertEquals("yes: “" + c.attributionSource() + "”" + Facts.sourceKind(c.sourceType()),
        a.answer());
    assertEquals(c.attributionSource(), a.text(), "the span is the named source");
    assertEquals(c.sourceType().id(), a.sourceType());
    assertTrue(a.explanation().contains("“" + c.attributionSource() + "”"), a.explanation());
  }

  @Test
  void aQuotationBelongsToTheSourceAttachedToItAndNoBrokenTemplate() throws IOException {
    List<ArticleResult> rs = analyse("e", "Talks story\n"
        + "The announcement came as French President Emmanuel Macron called Russia's Vladimir "
        + "Putin for talks the Elysee described as \"the last possible and necessary efforts to "
        + "avoid a major conflict in Ukraine.\"\n", "q", "Farmers reject dam deal\n"
        + "The council met on Monday to discuss the future of the dam project.\n"
        + "\"They never asked the farmers what they wanted for their own land and families.\"\n");
    ArticleResult e = rs.get(0);
    Answer v = Facts.voice(e, sentence(e, "The announcement"));
    assertTrue(v.explanation().contains("“the Elysee”"), v.explanation());
    ArticleResult q = rs.get(1);
    int i = sentence(q, "\"They never");
    assertFalse(Facts.cues(q, i).attributed());
    Answer qv = Facts.voice(q, i);
    assertFalse(qv.explanation().contains("the source it names"), qv.explanation());
    assertTrue(qv.explanation().contains("someone else's words"), qv.explanation());
  }

  @Test
  void aClaimRestingOnlyOnALessCertainModelHitIsLessCertainToo() {
    Span span = new Span(17, 47);
    Evidence model = new Evidence(CueType.LOADED, "model", "model.loaded-lr", 0, span,
        Voice.AUTHOR, null, null, "", Match.MODEL, 0.55, "“x” sounds judgemental.");
    Evidence claim = new Evidence(CueType.UNATTRIBUTED_CLAIM, "evaluation", "claim.loaded", 0,
        span, Voice.AUTHOR, null, null, "", Match.RULE, 1.0, "The outlet asserts it.");
    assertEquals(model, Facts.basis(claim, List.of(claim, model)));
    assertFalse(Facts.highConfidence(Facts.basis(claim, List.of(claim, model))));
    Evidence lexicon = new Evidence(CueType.LOADED, "pejorative_label", "loaded.x", 0, span,
        Voice.AUTHOR, null, null, "", Match.LEXICON, 1.0, "“x” is loaded.");
    assertEquals(claim, Facts.basis(claim, List.of(claim, model, lexicon)),
        "a lexicon hit keeps the claim certain");
  }

  @Test
  void noItemRepeatsASentencesWordingAndIdenticalPairsAreNoComparison() throws IOException {
    StringBuilder b = new StringBuilder("Long story\n");
    for (int k = 0; k < 8; k++) {
      b.append("Critics say the project is a disaster for the valley.\n\n")
          .append("The brutal regime ignored the warnings of scientists again.\n\n")
          .append("The council will vote on the plan next month, officials said.\n\n");
    }
    List<ArticleResult> rs = analyse("long", b.toString());
    Exercise ex = Exercises.spot(rs, new Options(Kind.SPOT, Level.ADVANCED, 12, 1, "", ""));
    Set<String> seen = new HashSet<>();
    for (Item item : ex.items()) {
      for (ItemSentence s : item.sentences()) {
        assertTrue(seen.add(s.text().strip()), "repeated: " + s.text());
      }
    }
    assertTrue(ex.items().size() <= 3);
    Exercise src = Exercises.sources(rs, new Options(Kind.SOURCES, Level.ADVANCED, 30, 1, "",
        ""));
    assertTrue(src.items().size() <= 3, "the sources list names each wording once");
  }

  @Test
  void anIdenticalSentenceInTwoArticlesIsNoCompareItemAndNoSourceIsUnknown()
      throws IOException {
    String text = "Dam protest\nPolice fired tear gas at the brutal protesters on Saturday "
        + "near the dam site.\n";
    Files.writeString(dir.resolve("sources.csv"), "file,source,date,title\n"
        + "a.txt,Reuters,2024-05-11,\nb.txt,Daily Wire Copy,2024-05-11,\n");
    List<ArticleResult> rs = analyse("a", text, "b", text, "c", text);
    assertEquals("Reuters", Facts.sentence(rs.get(0), 0).outlet());
    List<AlignedPair> pairs = List.of(new AlignedPair(rs.get(0).analyzed().article().id(), 0,
        rs.get(1).analyzed().article().id(), 0, 1.0));
    Exercise ex = Exercises.compare(rs, pairs, new Options(Kind.COMPARE, Level.ADVANCED, 5, 1,
        "", ""));
    assertTrue(ex.items().isEmpty(), "the same words in two outlets frame nothing apart");
    ItemSentence s = Facts.sentence(rs.get(2), 0);
    assertEquals("(no source)", s.outlet(), "an article id is not an outlet");
  }

  @Test
  void articlesThatDoNotReadAsEnglishAreLeftOutWithANote() throws IOException {
    List<ArticleResult> rs = analyse("fr", "Barrage\nLa police a tiré des gaz lacrymogènes "
        + "samedi sur plusieurs centaines de manifestants qui tentaient de bloquer la "
        + "construction du barrage. « Nous n'avions pas le choix », a déclaré la cheffe de la "
        + "police. Le régime brutal ignore les avertissements des scientifiques. Les critiques "
        + "affirment que le barrage inondera trois villages dans la vallée du fleuve.\n",
        "en", "Dam story\nCritics say the brutal regime ignored the warnings of scientists "
        + "about the dam, and the council will vote on the plan next month.\n"
        + "The dam will displace about 4,000 people in three villages, the report says.\n");
    for (Kind k : List.of(Kind.SPOT, Kind.SOURCES)) {
      Exercise ex = Exercises.build(rs, List.of(), new Options(k, Level.ADVANCED, 10, 1, "",
          ""));
      assertTrue(ex.items().stream().flatMap(i -> i.sentences().stream())
          .noneMatch(s -> s.articleId().startsWith("fr")), k + ": French sentence used");
      assertTrue(ex.notes().stream().anyMatch(n -> n.contains("do not read as English")), k
          + ": " + ex.notes());
    }
  }

  @Test
  void theGlossarysScareQuoteExampleIsOneTheToolFlags() throws IOException {
    String meaning = Glossary.TERMS.stream().filter(t -> t.term().equals("Scare quotes"))
        .findFirst().orElseThrow().meaning();
    String example = meaning.substring(meaning.indexOf('(') + 1, meaning.indexOf(')'));
    String quoted = example.substring(example.indexOf('“'), example.indexOf('”') + 1);
    ArticleResult r = analyse("s", "Drill story\nThe army said on Monday that " + "units were "
        + "moving.\nThe troops were " + example.replace("troops ", "") + " on Monday.\n")
        .get(0);
    Evidence sq = r.cues().evidence().stream().filter(e -> e.type() == CueType.SCARE_QUOTE)
        .findFirst().orElse(null);
    assertNotNull(sq, "the tool flags the glossary's example " + example);
    assertEquals(quoted, sq.span().text(r.analyzed().text()));
  }

  @Test
  void keyWordingNamesEachThingOnceAndSaysHowSentencesAreNumbered() {
    String text = "The government is accused of silencing opponents.";
    ItemSentence s = new ItemSentence("a", "", "", "", 0, 0, text.length(), text);
    Evidence passive = new Evidence(CueType.AGENTLESS_PASSIVE, "accusation", "agentless.x", 0,
        new Span(15, 29), Voice.AUTHOR, null, null, "", Match.LEXICON, 1.0, "Nobody accuses.");
    Answer agentless = Answer.at(text, "a", passive.span(), "agentless_passive",
        Facts.hitAnswer(passive), "agentless.x", "author", "", "high", "Nobody accuses.");
    Answer lower = Answer.at(text, "a", new Span(18, 49), "loaded", "loaded word, in the "
        + "outlet's own voice", "model.loaded-lr", "author", "", "lower",
        "It sounds loaded. Less certain (model probability 0.55): do you agree?");
    Exercise ex = new Exercise(new Options(Kind.SPOT, Level.ADVANCED, 1, 1, "", ""),
        List.of(new Item(1, "agentless_passive", List.of(s), List.of(agentless, lower), false,
            List.of())), List.of());
    String html = ExerciseWriter.answers(ex);
    assertFalse(html.contains("accusation accusation"), "label and answer run together");
    assertEquals(1, html.split("Less certain", -1).length - 1, "said once");
    assertTrue(html.contains("sentence_index</code> counts from 0"));
    assertTrue(html.contains("(no source)"), "no article id as an outlet");
  }
}
