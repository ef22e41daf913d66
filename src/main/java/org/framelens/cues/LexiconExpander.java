package org.framelens.cues;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.framelens.embed.Neighbors;
import org.framelens.embed.WordVectors;

/**
 * Suggests new lexicon words: the nearest neighbours, in the word vectors, of an entry's
 * single-word phrasings. For a researcher extending a lexicon by hand; {@link #expand} also
 * builds the expanded lexicon that {@code framelens lexicon expand --measure} scores against
 * the plain one (expansion is never applied automatically unless that measurably helps).
 */
public final class LexiconExpander {

  /** A suggested word for an entry. */
  public record Suggestion(String ruleId, String seed, String word, double similarity) {
  }

  private final WordVectors vectors;
  private final Neighbors neighbors;

  public LexiconExpander(WordVectors vectors) {
    this.vectors = vectors;
    this.neighbors = new Neighbors(vectors);
  }

  /** The literal single words of an entry's phrasings ("regime", "regimes"). */
  public static List<String> seeds(LexiconEntry e) {
    Set<String> out = new LinkedHashSet<>();
    for (PhrasePattern p : e.patterns()) {
      String s = p.toString().strip();
      if (!s.contains(" ") && !s.contains("[") && !s.contains("_") && !s.endsWith("*")) {
        out.add(PhrasePattern.normalise(s));
      }
    }
    return new ArrayList<>(out);
  }

  /**
   * Up to {@code k} neighbours per seed word with similarity at least {@code min} that start
   * with a letter and are no seed or earlier suggestion. The words are filtered before the cut,
   * so punctuation among the nearest words ({@code so-called}: “ and ‘) does not leave the list
   * short: the search widens until k are found, the neighbours fall below {@code min}, or the
   * vocabulary ends.
   */
  public List<Suggestion> suggest(LexiconEntry e, int k, double min) {
    List<Suggestion> out = new ArrayList<>();
    List<String> seeds = seeds(e);
    Set<String> seen = new LinkedHashSet<>(seeds);
    for (String seed : seeds) {
      List<Suggestion> picked = new ArrayList<>();
      for (int kk = k; ; kk = (int) Math.min((long) kk * 4, vectors.size())) {
        List<Neighbors.Neighbor> near = neighbors.of(seed, kk);
        picked.clear();
        for (Neighbors.Neighbor n : near) {
          if (picked.size() < k && n.similarity() >= min && !seen.contains(n.word())
              && Character.isLetter(n.word().codePointAt(0))) {
            picked.add(new Suggestion(e.ruleId(), seed, n.word(), n.similarity()));
          }
        }
        if (picked.size() >= k || near.size() < kk || kk >= vectors.size()
            || near.get(near.size() - 1).similarity() < min) {
          break;
        }
      }
      picked.forEach(p -> seen.add(p.word()));
      out.addAll(picked);
    }
    return out;
  }

  /** The loaded entries of {@code lexicon} plus one entry per suggested word. */
  public Lexicon expand(Lexicon lexicon, int k, double min) {
    List<LexiconEntry> added = new ArrayList<>();
    for (LexiconEntry e : lexicon.entries()) {
      if (e.type() != CueType.LOADED) {
        continue;
      }
      for (Suggestion s : suggest(e, k, min)) {
        String id = e.ruleId() + ".nn." + s.word().replaceAll("[^a-z0-9_.-]", "_");
        if (added.stream().anyMatch(x -> x.ruleId().equals(id))) {
          continue;
        }
        added.add(new LexiconEntry(id, List.of(PhrasePattern.parse(s.word())), CueType.LOADED,
            e.category(), e.explanation(), List.of(), "[[" + s.word() + "]]", "", "expansion", 0));
      }
    }
    return lexicon.plus(Lexicon.of(added));
  }

  public WordVectors vectors() {
    return vectors;
  }
}
