package org.framelens.cues;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells what kind of source an attribution names, from {@code lexicons/source-words.tsv} and the
 * actors: weasel words first ("some", "critics"), then anonymous words without a personal name
 * ("officials", "a source"), then media and document words ("agencies", "statement"), then a
 * personal name (two capitalised words that are not institution words, or a title such as Mr.),
 * then institution words or actor names, then pronouns (unknown: resolved from the previous
 * source by the caller). Immutable.
 */
public final class SourceClassifier {

  static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you");
  private static final Set<String> TITLES = Set.of("mr.", "mrs.", "ms.", "dr.", "gen.", "mr",
      "mrs", "ms", "dr", "general", "president", "minister", "secretary", "spokesman",
      "spokeswoman", "chancellor", "ambassador", "senator", "prof.", "sir", "leader", "chief",
      "premier", "king", "queen", "pope");

  private static final Set<String> DETERMINER_WORDS = Set.of("the", "a", "an", "another", "this",
      "that", "its", "his", "her", "their", "our");
  private final Map<String, SourceType> words;
  private final Actors actors;

  private SourceClassifier(Map<String, SourceType> words, Actors actors) {
    this.words = Map.copyOf(words);
    this.actors = actors;
  }

  public static SourceClassifier bundled(Actors actors) {
    Map<String, SourceType> m = new HashMap<>();
    for (WordTable.Row row : WordTable.read("source-words.tsv", "word<TAB>type")) {
      m.put(row.word().strip().toLowerCase(Locale.ROOT), SourceType.valueOf(row.value().strip()
          .toUpperCase(Locale.ROOT)));
    }
    return new SourceClassifier(m, actors);
  }

  /** Whether {@code lower} names a vague group ("some", "critics"). */
  boolean isWeaselWord(String lower) {
    return words.get(lower) == SourceType.WEASEL;
  }

  /** Whether {@code lower} is a word this classifier knows (used to grow a source phrase). */
  boolean isSourceWord(String lower) {
    return words.containsKey(lower);
  }

  /**
   * The kind of source named by these tokens.
   *
   * @param raw   the tokens as written
   * @param lower the same, lower-cased
   */
  public SourceType classify(List<String> raw, List<String> lower) {
    if (raw.isEmpty()) {
      return SourceType.UNKNOWN;
    }
    if (raw.size() == 1 && PRONOUNS.contains(lower.get(0))) {
      return SourceType.UNKNOWN;
    }
    boolean name = hasPersonalName(raw, lower);
    SourceType first = null;
    for (SourceType wanted : List.of(SourceType.WEASEL, SourceType.ANONYMOUS)) {
      for (String w : lower) {
        if (words.get(w) == wanted) {
          first = first == null ? wanted : first;
        }
      }
    }
    if (first == SourceType.WEASEL && !name) {
      return SourceType.WEASEL;
    }
    if (first == SourceType.ANONYMOUS && !name) {
      return SourceType.ANONYMOUS;
    }
    if (name) {
      return SourceType.NAMED_PERSON;
    }
    for (String w : lower) {
      if (words.get(w) == SourceType.MEDIA_DOCUMENT) {
        return SourceType.MEDIA_DOCUMENT;
      }
    }
    for (String w : lower) {
      if (words.get(w) == SourceType.INSTITUTION) {
        return SourceType.INSTITUTION;
      }
    }
    if (actors.find(raw, lower).stream().anyMatch(m -> m.toToken() - m.fromToken() > 1)) {
      return SourceType.INSTITUTION; // "the White House"
    }
    boolean capitalised = false;
    for (int i = 0; i < raw.size(); i++) {
      String t = raw.get(i);
      if (!t.isEmpty() && Character.isUpperCase(t.codePointAt(0))
          && !DETERMINER_WORDS.contains(lower.get(i))) {
        capitalised = true;
      }
    }
    return capitalised ? SourceType.NAMED_PERSON : SourceType.UNKNOWN;
  }

  /**
   * A personal name: a title word followed by a capitalised word, or two capitalised words in a
   * row neither of which is an institution, media or actor word ("Vladimir Makei").
   */
  private boolean hasPersonalName(List<String> raw, List<String> lower) {
    for (int i = 0; i + 1 < raw.size(); i++) {
      if (TITLES.contains(lower.get(i)) && isCap(raw.get(i + 1)) && !isKnown(lower.get(i + 1))) {
        return true;
      }
      if (isCap(raw.get(i)) && isCap(raw.get(i + 1)) && !isKnown(lower.get(i))
          && !isKnown(lower.get(i + 1)) && !TITLES.contains(lower.get(i))
          && !TITLES.contains(lower.get(i + 1)) && !isRoleWord(lower.get(i))
          && !isRoleWord(lower.get(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /** Institution, media or group words: not part of a personal name. */
  private boolean isKnown(String lower) {
    return words.containsKey(lower);
  }

  private static final Set<String> ROLE = Set.of("foreign", "defense", "defence", "deputy",
      "prime", "chief", "state", "national", "security", "affairs", "interior", "union",
      "house", "white", "united", "states", "kingdom", "european", "north", "atlantic", "treaty",
      "organization", "organisation", "general", "of", "the", "secretary-general", "leader",
      "head", "vice", "former", "acting", "senior", "top");

  private static final Set<String> NATIONALITIES = Set.of("american", "german", "slovak",
      "turkish", "greek", "israeli", "iraqi", "afghan", "korean", "european", "african", "asian",
      "western", "eastern", "soviet", "czech", "thai", "swiss", "belarus", "nato");

  /** Role and nationality words ("Foreign", "Belarusian"), which make up titles, not names. */
  private static boolean isRoleWord(String lower) {
    return ROLE.contains(lower) || NATIONALITIES.contains(lower) || lower.endsWith("ian")
        || lower.endsWith("ese") || lower.endsWith("ish") || lower.endsWith("ch");
  }

  private static boolean isCap(String t) {
    return !t.isEmpty() && Character.isUpperCase(t.codePointAt(0))
        && (t.length() == 1 || !t.equals(t.toUpperCase(Locale.ROOT)));
  }
}
