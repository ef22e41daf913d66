package org.framelens.cues;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The matchers' indexes give the answers a plain search would. */
class MatcherIndexTest {

  @Test
  void wordIdsAnswerAsAHashMap() {
    Random random = new Random(7);
    for (int size : new int[] {0, 1, 2, 3, 17, 100, 1000}) {
      Map<String, Integer> map = new HashMap<>();
      List<String> words = new ArrayList<>();
      while (map.size() < size) {
        String w = word(random);
        words.add(w); // duplicates keep their first id
        map.putIfAbsent(w, map.size());
      }
      words.add("Aa"); // "Aa" and "BB" share a hash code
      map.putIfAbsent("Aa", map.size());
      WordIds ids = new WordIds(words);
      assertEquals(map.size(), ids.size());
      for (String key : map.keySet()) {
        assertEquals(map.get(key), ids.id(key), key);
        assertEquals((int) map.get(key), idOf(ids, key), key);
      }
      assertEquals(-1, idOf(ids, "BB"));
      assertEquals(-1, idOf(ids, ""));
      for (int i = 0; i < 2000; i++) {
        String w = word(random);
        assertEquals(map.getOrDefault(w, -1), idOf(ids, w), w);
      }
    }
  }

  /** The id of {@code w} looked up as a sentence's token is. */
  private static int idOf(WordIds ids, String w) {
    return MatchTokens.of(new String[] {"x", w}).ids(ids)[1];
  }

  private static String word(Random random) {
    StringBuilder b = new StringBuilder();
    int n = 1 + random.nextInt(4);
    for (int i = 0; i < n; i++) {
      b.append((char) ('a' + random.nextInt(6)));
    }
    return b.toString();
  }

  /**
   * For every word a pattern can start with (and words around them), the indexed candidates
   * are exactly the patterns whose first word is the word or a prefix of it, plus those
   * starting with a wildcard, in entry and pattern order.
   */
  @Test
  void lexiconCandidatesAreThePatternsThatCanStartAtAWord() {
    Lexicon lexicon = Lexicon.bundled().plus(Lexicon.of(List.of(new LexiconEntry("user.any",
        List.of(PhrasePattern.parse("_ regime"), PhrasePattern.parse("ployed*")), CueType.LOADED,
        "x", "x", List.of(), "[[a regime]]", "", "user", 1))));
    List<List<String>> firstWords = new ArrayList<>();
    Set<String> probes = new LinkedHashSet<>(List.of("", "a", "ploy", "ployed", "ployedx",
        "zzz", "’", "é", "sowing", "so", "fan", "fans", "neo-nazis", "n"));
    for (LexiconEntry e : lexicon.entries()) {
      for (PhrasePattern p : e.patterns()) {
        firstWords.add(p.firstWords());
        for (String w : p.firstWords()) {
          String stem = w.endsWith("*") ? w.substring(0, w.length() - 1) : w;
          probes.add(stem);
          probes.add(stem + "s");
          probes.add(stem.substring(0, stem.length() - 1));
          probes.add(stem.toUpperCase(java.util.Locale.ROOT));
        }
      }
    }
    for (String word : probes) {
      List<Integer> expected = new ArrayList<>();
      for (int ref = 0; ref < firstWords.size(); ref++) {
        boolean can = firstWords.get(ref).isEmpty();
        for (String w : firstWords.get(ref)) {
          can |= w.endsWith("*") ? word.startsWith(w.substring(0, w.length() - 1))
              : word.equals(w);
        }
        if (can) {
          expected.add(ref);
        }
      }
      assertArrayEquals(expected.stream().mapToInt(Integer::intValue).toArray(),
          lexicon.candidates(word), word);
    }
  }

  /**
   * The lexicon's hits, over its own vocabulary or a shared larger one, are those of a plain
   * search with the String-comparing matcher the id matcher replaced (every pattern at every
   * start, longest match per entry and start, exceptions overlapping a hit cancel it); the
   * actors and attribution cues find the same over a shared vocabulary as over their own.
   */
  @Test
  void matchersOverIdsFindWhatThePlainStringSearchFinds() {
    Lexicon lexicon = Lexicon.bundled();
    Actors actors = Actors.bundled();
    AttributionDetector attribution = AttributionDetector.bundled(SourceClassifier.bundled(actors));
    WordIds shared = WordIds.union(new WordIds(List.of("zz", "said", "the")),
        lexicon.vocabulary(), attribution.vocabulary(), actors.vocabulary());
    Lexicon lexiconShared = lexicon.over(shared);
    Actors actorsShared = actors.over(shared);
    AttributionDetector attributionShared = attribution.over(shared);
    List<LexiconEntry> entries = lexicon.entries();
    List<List<FrozenPhrasePattern>> patterns = new ArrayList<>();
    List<List<FrozenPhrasePattern>> exceptions = new ArrayList<>();
    List<String> words = new ArrayList<>(List.of(",", "said", "Putin", "NATO", "nato", "the",
        "US", "us", "Kremlin", "he", "“", "”", "by", "according", "to", "officials", "é", "May",
        "May", "\"", "I", "God"));
    for (LexiconEntry e : entries) {
      List<FrozenPhrasePattern> ps = new ArrayList<>();
      for (PhrasePattern p : e.patterns()) {
        ps.add(FrozenPhrasePattern.parse(p.toString()));
        words.addAll(p.literalWords());
      }
      patterns.add(ps);
      List<FrozenPhrasePattern> xs = new ArrayList<>();
      for (PhrasePattern p : e.exceptions()) {
        xs.add(FrozenPhrasePattern.parse(p.toString()));
        words.addAll(p.literalWords());
      }
      exceptions.add(xs);
    }
    for (Actors.Actor a : actors.actors()) {
      a.aliases().forEach(words::addAll);
    }
    Random random = new Random(5);
    long hits = 0;
    for (int round = 0; round < 3000; round++) {
      String[] raw = new String[1 + random.nextInt(14)];
      for (int i = 0; i < raw.length; i++) {
        String w = words.get(random.nextInt(words.size()));
        raw[i] = random.nextInt(4) == 0 ? w + "s" : random.nextInt(5) == 0
            ? w.toUpperCase(java.util.Locale.ROOT) : w;
      }
      String[] lower = new String[raw.length];
      for (int i = 0; i < raw.length; i++) {
        lower[i] = PhrasePattern.normalise(raw[i]);
      }
      List<Lexicon.Hit> expected = plainSearch(entries, patterns, exceptions, lower, lower);
      assertEquals(expected, lexicon.find(lower), () -> List.of(lower).toString());
      expected = plainSearch(entries, patterns, exceptions, lower, raw);
      assertEquals(expected, lexiconShared.find(MatchTokens.of(raw, lower)),
          () -> List.of(raw).toString());
      hits += expected.size();
      assertEquals(actors.find(List.of(raw), List.of(lower)),
          actorsShared.find(MatchTokens.of(raw, lower)));
      assertEquals(attribution.find(List.of(raw), List.of(lower)),
          attributionShared.find(MatchTokens.of(raw, lower)));
    }
    assertTrue(hits > 1000, "hits " + hits);
  }

  /**
   * The lexicon's hits as a plain search with the frozen String matcher finds them, and the case
   * rule of {@link Lexicon#mayAsName} on the words as written ({@code raw}, written one right
   * after the other).
   */
  private static List<Lexicon.Hit> plainSearch(List<LexiconEntry> entries,
      List<List<FrozenPhrasePattern>> patterns, List<List<FrozenPhrasePattern>> exceptions,
      String[] words, String[] raw) {
    List<Lexicon.Hit> hits = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      for (int e = 0; e < entries.size(); e++) {
        for (FrozenPhrasePattern p : patterns.get(e)) {
          int end = p.matchAt(words, words.length, i);
          if (end <= i || cancelled(exceptions.get(e), words, i, end)
              || (entries.get(e).type() == CueType.HEDGE && end == i + 1
                  && mayAsName(raw, i))
              || Lexicon.agentNamedLater(entries.get(e), MatchTokens.of(raw, words), end)) {
            continue;
          }
          Lexicon.Hit same = null;
          for (Lexicon.Hit h : hits) {
            if (h.entry() == entries.get(e) && h.fromToken() < end && i < h.toToken()) {
              same = h;
            }
          }
          if (same == null) {
            hits.add(new Lexicon.Hit(entries.get(e), i, end));
          } else if (end - i > same.toToken() - same.fromToken()) {
            hits.remove(same);
            hits.add(new Lexicon.Hit(entries.get(e), i, end));
          }
        }
      }
    }
    // one hit of a cue type per stretch of text (claim triggers aside): the longest, then the
    // entry listed first
    List<Lexicon.Hit> bySize = new ArrayList<>(hits);
    bySize.sort(java.util.Comparator
        .comparingInt((Lexicon.Hit h) -> h.fromToken() - h.toToken())
        .thenComparingInt(h -> entries.indexOf(h.entry()))
        .thenComparingInt(Lexicon.Hit::fromToken));
    List<Lexicon.Hit> kept = new ArrayList<>();
    for (Lexicon.Hit h : bySize) {
      boolean free = h.entry().type() == CueType.UNATTRIBUTED_CLAIM
          || kept.stream().noneMatch(o -> o.entry().type() == h.entry().type()
              && o.fromToken() < h.toToken() && h.fromToken() < o.toToken());
      if (free) {
        kept.add(h);
      }
    }
    kept.sort(java.util.Comparator.comparingInt(Lexicon.Hit::fromToken)
        .thenComparing(h -> h.entry().ruleId()));
    return kept;
  }

  /**
   * "MAY", or "May" unless it opens the sentence (no word before it, or right after an opening
   * quote) and a pronoun or determiner follows.
   */
  private static boolean mayAsName(String[] raw, int i) {
    if (raw[i].equals("MAY")) {
      return true;
    }
    if (!raw[i].equals("May")) {
      return false;
    }
    boolean start = i > 0 && List.of("\"", "“", "‘", "„", "‚", "«", "'").contains(raw[i - 1]);
    if (!start) {
      start = true;
      for (int k = 0; k < i; k++) {
        if (!raw[k].isEmpty() && Character.isLetterOrDigit(raw[k].codePointAt(0))) {
          start = false;
        }
      }
    }
    return !(start && i + 1 < raw.length && List.of("i", "we", "you", "he", "she", "it", "they",
        "one", "there", "the", "a", "an", "this", "that", "these", "those", "my", "our", "your",
        "his", "her", "its", "their", "all", "each", "every", "no", "some", "any", "both", "god",
        "allah", "heaven", "be", "not").contains(PhrasePattern.normalise(raw[i + 1])));
  }

  private static boolean cancelled(List<FrozenPhrasePattern> exceptions, String[] words,
      int from, int to) {
    for (FrozenPhrasePattern x : exceptions) {
      for (int s = Math.max(0, from - 6); s < Math.min(words.length, to); s++) {
        int end = x.matchAt(words, words.length, s);
        if (end > s && from < end) {
          return true;
        }
      }
    }
    return false;
  }
}
