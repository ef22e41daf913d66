package org.framelens.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.framelens.cues.CueAnalyzer;
import org.framelens.ingest.IngestOptions;
import org.framelens.pipeline.ArticleResult;
import org.framelens.pipeline.Pipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Selection over the seeds (lexicon and rule cues, no word vectors): balance, reproducibility
 * with the seed, no sentence repeated, and every answer anchored to an exact span.
 */
class ExercisesTest {

  static List<ArticleResult> seeds;
  static Map<String, String> texts;

  @BeforeAll
  static void analyseSeeds() throws IOException {
    seeds = new ArrayList<>();
    Pipeline.defaults(IngestOptions.defaults(), null, CueAnalyzer.defaults(null))
        .run(List.of("seeds"), seeds::add);
    texts = seeds.stream().collect(Collectors.toMap(r -> r.analyzed().article().id(),
        r -> r.analyzed().text()));
    assertEquals(5, seeds.size());
  }

  static Options spot(Level level, int count, long seed) {
    return new Options(Kind.SPOT, level, count, seed, "", "");
  }

  /** Every answer's text is exactly the article's characters at its offsets, with a rule. */
  static void assertAnchored(Exercise ex) {
    for (Item item : ex.items()) {
      for (ItemSentence s : item.sentences()) {
        assertEquals(texts.get(s.articleId()).substring(s.start(), s.end()), s.text());
      }
      for (Answer a : item.answers()) {
        String text = texts.get(a.articleId());
        assertEquals(text.substring(a.start(), a.end()), a.text(), "item " + item.number());
        assertFalse(a.text().isBlank());
        assertFalse(a.ruleId().isBlank());
        assertTrue(a.explanation().endsWith(".") || a.explanation().endsWith("?"),
            "one sentence: " + a.explanation());
        assertTrue(item.sentences().stream().anyMatch(s -> s.articleId().equals(a.articleId())),
            "an answer belongs to an article shown in its item");
      }
    }
  }

  static void assertNoSentenceRepeated(Exercise ex) {
    Set<String> seen = new HashSet<>();
    for (Item item : ex.items()) {
      for (ItemSentence s : item.sentences()) {
        assertTrue(seen.add(s.articleId() + "#" + s.sentenceIndex()),
            "sentence shown twice: " + s.text());
      }
    }
  }

  @Test
  void spotMixesCleanAndFlaggedSentencesBalancedByCueType() {
    for (Level level : Level.values()) {
      Exercise ex = Exercises.spot(seeds, spot(level, 0, 1));
      assertEquals(level == Level.BASIC ? 8 : 12, ex.items().size());
      assertAnchored(ex);
      assertNoSentenceRepeated(ex);
      List<Item> clean = ex.items().stream().filter(Item::clean).toList();
      List<Item> flagged = ex.items().stream().filter(i -> !i.clean()).toList();
      assertTrue(clean.size() >= 2 && flagged.size() >= clean.size(), "a mix: " + clean.size());
      // round robin: no cue type comes twice before every available type came once
      Set<String> buckets = flagged.stream().map(Item::bucket).collect(Collectors.toSet());
      assertEquals(flagged.size(), buckets.size(), "one item per cue type: " + buckets);
      assertTrue(buckets.stream().anyMatch(b -> !b.equals("loaded_author")),
          "never only the obvious loaded words");
      // clean items say why; flagged items list the hits with their explanation
      clean.forEach(i -> assertEquals("clean", i.answers().get(0).aspect()));
      flagged.forEach(i -> assertTrue(i.answers().stream().anyMatch(a -> !Set.of("voice",
          "attribution", "clean").contains(a.aspect()))));
      // every spot item answers the three questions
      ex.items().forEach(i -> assertTrue(i.answers().stream().map(Answer::aspect)
          .collect(Collectors.toSet()).containsAll(Set.of("voice", "attribution"))));
    }
  }

  @Test
  void basicKeepsHighConfidenceHitsAndAdvancedAddsSubtleCues() {
    Exercise basic = Exercises.spot(seeds, spot(Level.BASIC, 30, 1));
    assertTrue(basic.items().stream().flatMap(i -> i.answers().stream())
        .allMatch(a -> a.confidence().equals("high")));
    Set<String> basicBuckets = basic.items().stream().map(Item::bucket)
        .collect(Collectors.toSet());
    assertFalse(basicBuckets.contains("hedge"), "hedges are for advanced: " + basicBuckets);
    Exercise advanced = Exercises.spot(seeds, spot(Level.ADVANCED, 30, 1));
    assertTrue(advanced.items().stream().map(Item::bucket).anyMatch(b -> b.equals("hedge")));
    assertNoSentenceRepeated(advanced);
    assertAnchored(advanced);
  }

  @Test
  void theSeedMakesTheSelectionReproducible() throws IOException {
    Exercise a = Exercises.spot(seeds, spot(Level.ADVANCED, 10, 42));
    Exercise b = Exercises.spot(seeds, spot(Level.ADVANCED, 10, 42));
    assertEquals(a, b);
    assertEquals(ExerciseWriter.csv(a, false), ExerciseWriter.csv(b, false));
    assertEquals(ExerciseWriter.answers(a), ExerciseWriter.answers(b));
    // other seeds choose or order differently
    Set<String> selections = new HashSet<>();
    for (long seed = 1; seed <= 6; seed++) {
      selections.add(Exercises.spot(seeds, spot(Level.ADVANCED, 10, seed)).items().stream()
          .map(i -> i.sentences().get(0).text()).collect(Collectors.joining("|")));
    }
    assertTrue(selections.size() > 1, "the seed changes the exercise");
    // the input order does not matter
    List<ArticleResult> reversed = new ArrayList<>(seeds);
    java.util.Collections.reverse(reversed);
    assertEquals(a, Exercises.spot(reversed, spot(Level.ADVANCED, 10, 42)));
  }

  @Test
  void countIsHonouredAndAShortfallIsNoted() {
    assertEquals(3, Exercises.spot(seeds, spot(Level.BASIC, 3, 1)).items().size());
    Exercise all = Exercises.spot(seeds, spot(Level.BASIC, 200, 1));
    assertTrue(all.items().size() < 200);
    assertTrue(all.notes().stream().anyMatch(n -> n.startsWith("Only ")));
    assertNoSentenceRepeated(all);
    assertAnchored(all);
  }

  @Test
  void sourcesListsEveryClaimOfOneArticleWithWhoSaysSo() {
    Options o = new Options(Kind.SOURCES, Level.ADVANCED, 200, 1, "", "002_dbc1b74ba47bfac7");
    Exercise ex = Exercises.sources(seeds, o);
    assertAnchored(ex);
    assertNoSentenceRepeated(ex);
    assertTrue(ex.items().stream().allMatch(i -> i.sentences().get(0).articleId()
        .equals("002_dbc1b74ba47bfac7")));
    List<Integer> order = ex.items().stream().map(i -> i.sentences().get(0).sentenceIndex())
        .toList();
    assertEquals(order.stream().sorted().toList(), order, "claims in reading order");
    Set<String> answers = ex.items().stream().flatMap(i -> i.answers().stream())
        .map(Answer::answer).collect(Collectors.toSet());
    assertTrue(answers.contains("nobody: unattributed"), answers.toString());
    assertTrue(answers.stream().anyMatch(a -> a.contains("(a named person)")));
    assertTrue(answers.stream().anyMatch(a -> a.contains("vague group")));
    assertThrows(IllegalArgumentException.class, () -> Exercises.sources(seeds,
        new Options(Kind.SOURCES, Level.BASIC, 0, 1, "", "nope")));
    Exercise chosen = Exercises.sources(seeds, Options.defaults(Kind.SOURCES));
    assertFalse(chosen.items().isEmpty());
    assertTrue(chosen.notes().get(0).contains("was chosen"));
  }

  @Test
  void compareItemsPairAlignedSentencesOfDifferentOutletsAndListTheDifferences() {
    // aligned pairs as the alignment stage would give them (it needs word vectors)
    List<AlignedPair> pairs = List.of(
        new AlignedPair("000_d93f96eecd7abbe6", 15, "001_aca98b14560eb968", 9, 0.82),
        new AlignedPair("001_aca98b14560eb968", 9, "000_d93f96eecd7abbe6", 15, 0.82),
        new AlignedPair("000_d93f96eecd7abbe6", 0, "002_dbc1b74ba47bfac7", 0, 0.84));
    Exercise ex = Exercises.compare(seeds, pairs, new Options(Kind.COMPARE, Level.ADVANCED, 5,
        1, "", ""));
    assertFalse(ex.items().isEmpty());
    assertAnchored(ex);
    assertNoSentenceRepeated(ex);
    for (Item i : ex.items()) {
      assertTrue(i.sentences().size() >= 2);
      assertEquals(i.sentences().size(), i.sentences().stream().map(ItemSentence::outlet)
          .distinct().count(), "different outlets");
      assertFalse(i.differences().isEmpty());
    }
    assertNotEquals(0, ex.items().stream().filter(i -> !i.clean()).count());
  }
}
