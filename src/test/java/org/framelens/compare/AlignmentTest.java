package org.framelens.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.framelens.cues.CueAnalyzer;
import org.framelens.embed.CompactVectors;
import org.framelens.embed.DefaultModel;
import org.framelens.embed.SentenceEmbedder;
import org.framelens.ingest.IngestOptions;
import org.framelens.pipeline.Pipeline;
import org.framelens.pipeline.RunOptions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class AlignmentTest {

  @Test
  void datesFarApartKeepArticlesApartUnknownDatesDoNot() {
    assertTrue(Alignment.withinWindow("2022-02-01", "2022-02-20"));
    assertFalse(Alignment.withinWindow("2022-01-01", "2022-02-20"));
    assertTrue(Alignment.withinWindow("", "2022-02-20"));
    assertTrue(Alignment.withinWindow("last week", "2022-02-20"));
  }

  /** What epochDay replaced: the ISO parser, and its exception for anything else. */
  private static long parsed(String date) {
    try {
      return java.time.LocalDate.parse(date).toEpochDay();
    } catch (java.time.format.DateTimeParseException e) {
      return Long.MIN_VALUE;
    }
  }

  @Test
  void epochDayIsWhatTheIsoParserGives() {
    List<String> dates = new ArrayList<>(List.of("", "2022-02-20", "2024-02-29", "2023-02-29",
        "2022-13-01", "2022-00-10", "2022-01-00", "2022-01-32", "0000-01-01", "9999-12-31",
        "+10000-01-01", "-0001-01-01", "2022-1-01", "2022-01-1", "2022/01/01", "2022-01-01T00",
        "２０２２-01-01", "2022-01-01 ", " 2022-01-01", "last week", "20220101", "2022-02-2x"));
    java.util.Random r = new java.util.Random(5);
    String alphabet = "0123456789-+ /x\u0661";
    for (int i = 0; i < 200_000; i++) {
      char[] c = new char[8 + r.nextInt(5)];
      for (int k = 0; k < c.length; k++) {
        c[k] = r.nextInt(4) == 0 ? alphabet.charAt(r.nextInt(alphabet.length()))
            : (char) ('0' + r.nextInt(10));
      }
      if (c.length > 7 && r.nextBoolean()) {
        c[4] = '-';
        c[7] = '-';
      }
      dates.add(new String(c));
    }
    for (String d : dates) {
      assertEquals(parsed(d), Alignment.epochDay(d), d);
    }
  }

  @Test
  void theSeedsFormOneGroupAndTheDenialsAreAligned() throws Exception {
    Assumptions.assumeTrue(CompactVectors.isModelDirectory(DefaultModel.directory()),
        "skipped: the default word vectors are not converted; run scripts/fetch-model");
    CompactVectors v = CompactVectors.load(DefaultModel.directory());
    SentenceEmbedder embedder = new SentenceEmbedder(v);
    Alignment alignment = new Alignment(embedder);
    Pipeline.defaults(IngestOptions.defaults(), embedder, CueAnalyzer.defaults(null))
        .run(List.of("seeds"), alignment::add);
    assertEquals(1, alignment.groups().size(), "all five seeds tell one event");
    List<Alignment.Pair> pairs = alignment.pairs();
    Alignment.Pair denial = pairs.stream()
        .filter(p -> p.textA().startsWith("Russia denies any such plans"))
        .filter(p -> p.articleB().startsWith("001")).findFirst().orElseThrow();
    assertTrue(denial.textB().startsWith("Moscow denies any such plans"), denial.textB());
    assertTrue(denial.similarity() >= Alignment.PAIR_SIMILARITY);
    Alignment.Pair denial002 = pairs.stream()
        .filter(p -> p.textA().startsWith("Russia denies any such plans"))
        .filter(p -> p.articleB().startsWith("002")).findFirst().orElseThrow();
    assertTrue(denial002.textB().contains("Russia has consistently denied any intention"),
        denial002.textB());
    // the 000 headline about US militarizing set against how 004 reports the US deployments
    Alignment.Pair deployment = pairs.stream()
        .filter(p -> p.textA().equals("US, NATO increasingly militarizing Eastern Europe"))
        .filter(p -> p.articleB().startsWith("004")).findFirst().orElseThrow();
    assertTrue(deployment.textB().startsWith("The U.S. has reportedly sent 1,000 soldiers"),
        deployment.textB());
    assertTrue(deployment.claimA() && !deployment.claimB(), deployment.difference());
    assertTrue(pairs.stream().allMatch(p -> !p.sourceA().equals(p.sourceB())));
    List<Alignment.Pair> again = new ArrayList<>();
    Alignment second = new Alignment(embedder);
    Pipeline.defaults(IngestOptions.defaults(), embedder, CueAnalyzer.defaults(null))
        .run(List.of("seeds"), second::add);
    again.addAll(second.pairs());
    assertEquals(pairs, again, "deterministic");
    // with another instance of the model the embed stage's token rows are not used: every clause
    // looks its tokens up again, and the pairs are the same
    Alignment lookingUp = new Alignment(
        new SentenceEmbedder(CompactVectors.load(DefaultModel.directory())));
    Pipeline.defaults(IngestOptions.defaults(), embedder, CueAnalyzer.defaults(null))
        .run(List.of("seeds"), lookingUp::add);
    assertEquals(pairs, lookingUp.pairs(), "clauses from the embed stage's rows or looked up");

    // a memory budget too small for any article: the second reading gives the same pairs
    Pipeline pipeline = Pipeline.defaults(IngestOptions.defaults(), embedder,
        CueAnalyzer.defaults(null));
    Alignment bounded = new Alignment(embedder, 0);
    pipeline.run(List.of("seeds"), bounded::add);
    assertFalse(bounded.retainsAll());
    assertThrows(IllegalStateException.class, bounded::pairs);
    int[] reread = new int[1];
    List<Alignment.Pair> twoPass = bounded.pairs((which, sink) -> pipeline.run(List.of("seeds"),
        r -> {
          reread[0]++;
          sink.accept(r);
        }, RunOptions.defaults().withSelect(which)));
    assertEquals(5, reread[0], "the five seeds, read again");
    assertEquals(pairs, twoPass, "two passes give the pairs of one");
  }

  /** The allocation-free clause-break test says what lower-casing and a set lookup said. */
  @Test
  void clauseBreaksAreRecognisedAsByLowerCasing() {
    java.util.function.Predicate<String> old = w ->
        Alignment.CLAUSE_BREAKS.contains(w.toLowerCase(java.util.Locale.ROOT));
    List<String> words = new ArrayList<>(Alignment.CLAUSE_BREAKS);
    words.addAll(List.of("AND", "Which", "InCluding", "amidst", "thats", "a", "", "x"));
    for (String w : words) {
      String padded = "<" + w + ">";
      assertEquals(old.test(w), Alignment.isClauseBreak(padded, 1, 1 + w.length()), w);
      // every character in every position: only ASCII case may differ
      for (int at = 0; at < w.length(); at++) {
        char[] a = w.toCharArray();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
          a[at] = (char) c;
          String t = new String(a);
          assertEquals(old.test(t), Alignment.isClauseBreak("<" + t + ">", 1, 1 + t.length()),
              () -> t + " " + Integer.toHexString(t.charAt(0)));
        }
      }
    }
  }

  /**
   * Articles prepared first, out of order and on several threads, then added in reading order,
   * give the pairs that adding each article whole gave; so does a run whose memory budget runs
   * out, its second reading making the details on the analysis threads.
   */
  @Test
  void preparedArticlesGiveThePairsOfWholeOnes() throws Exception {
    Assumptions.assumeTrue(CompactVectors.isModelDirectory(DefaultModel.directory()),
        "skipped: the default word vectors are not converted; run scripts/fetch-model");
    SentenceEmbedder embedder = new SentenceEmbedder(CompactVectors.load(DefaultModel.directory()));
    Pipeline pipeline = Pipeline.defaults(IngestOptions.defaults(), embedder,
        CueAnalyzer.defaults(null));
    List<org.framelens.pipeline.ArticleResult> results = new ArrayList<>();
    pipeline.run(List.of("seeds"), results::add);
    Alignment whole = new Alignment(embedder);
    results.forEach(whole::add);
    List<Alignment.Pair> expected = whole.pairs();
    assertFalse(expected.isEmpty());

    for (long budget : new long[] {Alignment.RETAIN_FLOATS, 1}) {
      Alignment prepared = new Alignment(embedder, budget);
      List<Integer> order = new ArrayList<>();
      for (int i = results.size() - 1; i >= 0; i--) {
        order.add(i);
      }
      Alignment.Prepared[] p = new Alignment.Prepared[results.size()];
      order.parallelStream().forEach(i -> p[i] = prepared.prepare(results.get(i)));
      for (Alignment.Prepared x : p) {
        prepared.add(x);
      }
      assertEquals(budget > 1, prepared.retainsAll());
      assertEquals(expected, prepared.pairs((which, sink) -> pipeline.run(List.of("seeds"), sink,
          RunOptions.defaults().withThreads(3).withSelect(which))), "budget " + budget);
    }
  }

  /**
   * Conversational quotes with no content word in common matched each other at 0.76-0.95 on
   * real news (ABP coronavirus coverage): they are no longer pairs, while the same fact told
   * with other words still is.
   */
  @Test
  void sentencesWithNoContentWordInCommonDoNotPair(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path tmp) throws Exception {
    Assumptions.assumeTrue(CompactVectors.isModelDirectory(DefaultModel.directory()),
        "skipped: the default word vectors are not converted; run scripts/fetch-model");
    java.nio.file.Path in = tmp.resolve("conv.jsonl");
    java.nio.file.Files.writeString(in, "{\"id\":\"a1\",\"source\":\"Alpha\",\"text\":"
        + "\"At least 246 new deaths were reported Thursday, bringing the total number of deaths "
        + "in the state to 1,200. \u201cSo, what are you going to do?\u201d the mayor asked. "
        + "\u201cThat is just what you do.\u201d Hospitals are running short of ventilators.\"}\n"
        + "{\"id\":\"b1\",\"source\":\"Beta\",\"text\":\"The number of deaths reported in "
        + "the state rose again on Thursday. \u201cI cry for my co workers, because we know it "
        + "will get worse and I already feel like that is impossible,\u201d a nurse said. "
        + "\u201cWe need more ventilators,\u201d she said.\"}\n");
    SentenceEmbedder embedder = new SentenceEmbedder(CompactVectors.load(DefaultModel.directory()));
    Alignment alignment = new Alignment(embedder);
    Pipeline.defaults(IngestOptions.defaults(), embedder, CueAnalyzer.defaults(null))
        .run(List.of(in.toString()), alignment::add);
    List<Alignment.Pair> pairs = alignment.pairs();
    assertTrue(pairs.stream().noneMatch(p -> p.textA().contains("I cry")
        || p.textB().contains("I cry")), () -> pairs.toString());
    assertTrue(pairs.stream().anyMatch(p -> p.textA().startsWith("At least 246 new deaths")
        && p.textB().startsWith("The number of deaths")), () -> pairs.toString());
  }

  /** What counts as a content word, and when two sentences share one. */
  @Test
  void contentWordsAreRareWordsAndNamesCountOnlyWhenTheOtherWritesThemInLowerCase()
      throws Exception {
    Assumptions.assumeTrue(CompactVectors.isModelDirectory(DefaultModel.directory()),
        "skipped: the default word vectors are not converted; run scripts/fetch-model");
    CompactVectors v = CompactVectors.load(DefaultModel.directory());
    java.util.function.Function<String, String[][]> stems = text -> {
      org.framelens.analyze.AnalyzedArticle a = Pipeline.textOnly(IngestOptions.defaults())
          .analyze(new org.framelens.ingest.Article("x", "x.txt", 1, "txt",
              org.framelens.ingest.Metadata.empty(), text, 0)).analyzed();
      return Alignment.contentStems(a.text(), a.sentences().get(0), null, 0, v);
    };
    // frequent words ("think", "know", "people") and contractions are no content words
    assertEquals(0, stems.apply("I think people know what they don't want.")[1].length);
    // nor are general words, however rare: close to the model's common direction
    assertEquals(0, stems.apply("We feel it really could mean something, whatever it is.")[1]
        .length);
    // stems: "denies" meets "denied"; a possessive and hyphenated parts are read ("plans" is a
    // general word)
    assertEquals(List.of("denie"), List.of(stems.apply("Moscow denies the plans.")[0]));
    assertEquals(List.of("death", "easte", "towns"),
        List.of(stems.apply("Deaths rose in eastern towns.")[1]));
    assertTrue(Alignment.share(stems.apply("Russia denied the plans."),
        stems.apply("Moscow denies any such plans.")));
    assertTrue(List.of(stems.apply("Kiev fought Moscow-backed separatists.")[0])
        .contains("backe"));
    // a name in both is not enough; a word one writes in lower case is
    assertFalse(Alignment.share(stems.apply("He met Lukashenko on Sunday."),
        stems.apply("Shoigu will also meet Lukashenko.")));
    assertTrue(Alignment.share(stems.apply("US, NATO increasingly militarizing Eastern Europe"),
        stems.apply("Soldiers were sent to bolster the eastern flank.")));
  }

  /**
   * Sixty articles that single link chains into one group (every article has the same two
   * sentences of council routine, and the events are four days apart) are thirty events: the
   * group is split at the stricter levels into the thirty pairs of articles of one day, each
   * aligned, and no sentence is matched across events. An undated article that the first
   * grouping put in the big group is left out of the split parts. The split is the same with a
   * memory budget too small for any article (the second reading) and on three threads.
   */
  @Test
  void aChainedGroupOfManyEventsIsSplitIntoEventsAndAligned(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path tmp) throws Exception {
    Assumptions.assumeTrue(CompactVectors.isModelDirectory(DefaultModel.directory()),
        "skipped: the default word vectors are not converted; run scripts/fetch-model");
    java.nio.file.Path in = ChainedEvents.write(tmp.resolve("towns.jsonl"));
    SentenceEmbedder embedder = new SentenceEmbedder(CompactVectors.load(DefaultModel.directory()));
    Pipeline pipeline = Pipeline.defaults(IngestOptions.defaults(), embedder,
        CueAnalyzer.defaults(null));
    Alignment alignment = new Alignment(embedder);
    pipeline.run(List.of(in.toString()), alignment::add);

    List<Alignment.Pair> pairs = alignment.pairs();
    assertEquals(1, alignment.splitGroups(), "one chained group of 61 articles, split");
    assertEquals(0, alignment.skippedGroups());
    java.util.Map<Integer, java.util.Set<String>> articles = new java.util.TreeMap<>();
    for (Alignment.Pair p : pairs) {
      // both articles of one event: "a7" with "b7"
      assertEquals(p.articleA().substring(1), p.articleB().substring(1), p.toString());
      articles.computeIfAbsent(p.group(), g -> new java.util.TreeSet<>())
          .addAll(List.of(p.articleA(), p.articleB()));
    }
    assertEquals(ChainedEvents.EVENTS.length, articles.size(),
        "every event aligned, as its own group");
    assertTrue(articles.values().stream().allMatch(a -> a.size() == 2), articles.toString());
    assertTrue(pairs.stream().noneMatch(p -> p.articleA().equals("u") || p.articleB().equals("u")),
        "the undated copy is placed in no event");
    Alignment.Pair bridge = pairs.stream().filter(p -> p.articleA().equals("a1"))
        .filter(p -> p.sentenceA() == 0).findFirst().orElseThrow();
    assertEquals("Councillors in Bexley voted on Monday to approve the bridge, ending a long "
        + "debate.", bridge.textB());

    Alignment bounded = new Alignment(embedder, 0);
    pipeline.run(List.of(in.toString()), bounded::add);
    assertEquals(pairs, bounded.pairs((which, sink) -> pipeline.run(List.of(in.toString()), sink,
        RunOptions.defaults().withThreads(3).withSelect(which))), "two passes give the same");
    Alignment threaded = new Alignment(embedder);
    pipeline.run(List.of(in.toString()), threaded::add, RunOptions.defaults().withThreads(3));
    assertEquals(pairs, threaded.pairs(), "three threads give the same");
  }

  /**
   * Two sentences that share only a general word ("mean": rank 1,605 of the model, so a content
   * word by rank alone) do not pair, though their similarity is 0.705 (they paired before general
   * words were left out); the same fact in other words still does.
   */
  @Test
  void sentencesSharingOnlyAGeneralWordDoNotPair(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path tmp) throws Exception {
    Assumptions.assumeTrue(CompactVectors.isModelDirectory(DefaultModel.directory()),
        "skipped: the default word vectors are not converted; run scripts/fetch-model");
    CompactVectors v = CompactVectors.load(DefaultModel.directory());
    String meanA = "Analysts are guessing what every statement or gesture might mean.";
    String meanB = "Their words will mean far less than the actions of the government.";
    java.nio.file.Path in = tmp.resolve("mean.jsonl");
    java.nio.file.Files.writeString(in, "{\"id\":\"a1\",\"source\":\"Alpha\",\"text\":"
        + "\"The government moved tanks to the northern border on Monday. " + meanA + "\"}\n"
        + "{\"id\":\"b1\",\"source\":\"Beta\",\"text\":\"Tanks reached the northern border "
        + "on Monday, the government said. " + meanB + "\"}\n");
    java.util.function.Function<String, org.framelens.analyze.AnalyzedArticle> analyze = text ->
        Pipeline.textOnly(IngestOptions.defaults()).analyze(new org.framelens.ingest.Article("x",
            "x.txt", 1, "txt", org.framelens.ingest.Metadata.empty(), text, 0)).analyzed();
    org.framelens.analyze.AnalyzedArticle a = analyze.apply(meanA);
    org.framelens.analyze.AnalyzedArticle b = analyze.apply(meanB);
    boolean[] none = new boolean[0];
    assertTrue(Alignment.share(
        Alignment.contentStems(a.text(), a.sentences().get(0), null, 0, v, none),
        Alignment.contentStems(b.text(), b.sentences().get(0), null, 0, v, none)),
        "by rank alone, \"mean\" is a content word");
    assertFalse(Alignment.share(Alignment.contentStems(a.text(), a.sentences().get(0), null, 0, v),
        Alignment.contentStems(b.text(), b.sentences().get(0), null, 0, v)));

    SentenceEmbedder embedder = new SentenceEmbedder(v);
    Alignment alignment = new Alignment(embedder);
    Pipeline.defaults(IngestOptions.defaults(), embedder, CueAnalyzer.defaults(null))
        .run(List.of(in.toString()), alignment::add);
    List<Alignment.Pair> pairs = alignment.pairs();
    assertTrue(pairs.stream().noneMatch(p -> p.textA().equals(meanA) && p.textB().equals(meanB)),
        () -> pairs.toString());
    assertTrue(pairs.stream().anyMatch(p -> p.textA().startsWith("The government moved tanks")
        && p.textB().startsWith("Tanks reached")), () -> pairs.toString());
  }

  /** The page's figures for the first split level are those of the levels. */
  @Test
  void splitLevelsGetStricter() {
    assertEquals(Alignment.SPLIT_MIN_SIMILARITY, Alignment.SPLIT_SIMILARITY[0]);
    assertEquals(Alignment.SPLIT_MAX_DAYS, Alignment.SPLIT_DAYS[0]);
    assertEquals(Alignment.SPLIT_SIMILARITY.length, Alignment.SPLIT_DAYS.length);
    assertTrue(Alignment.SPLIT_MIN_SIMILARITY > Alignment.GROUP_SIMILARITY);
    assertTrue(Alignment.SPLIT_MAX_DAYS < Alignment.DATE_WINDOW_DAYS);
    for (int k = 1; k < Alignment.SPLIT_DAYS.length; k++) {
      assertTrue(Alignment.SPLIT_SIMILARITY[k] > Alignment.SPLIT_SIMILARITY[k - 1]);
      assertTrue(Alignment.SPLIT_DAYS[k] <= Alignment.SPLIT_DAYS[k - 1]);
    }
  }
}
