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

  /** Up to {@code k} neighbours per seed word with similarity at least {@code min}. */
  public List<Suggestion> suggest(LexiconEntry e, int k, double min) {
    List<Suggestion> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>(seeds(e));
    for (String seed : seeds(e)) {
      for (Neighbors.Neighbor n : neighbors.of(seed, k)) {
        if (n.similarity() >= min && seen.add(n.word())
            && Character.isLetter(n.word().codePointAt(0))) {
          out.add(new Suggestion(e.ruleId(), seed, n.word(), n.similarity()));
        }
      }
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
