package org.framelens.cues;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells what kind of source an attribution names, from {@code lexicons/source-words.tsv} and the
 * actors: weasel words first ("some", "critics") unless a personal name is there; then the kind
 * of the head word, the last word before a complement or apposition ("The New York Times",
 * "A Republican strategist", "Senate Democrats", "Mr. Trump's critics"); a head that is a
 * {@code person} word of the list with no name is anonymous after "a"/"one" ("A woman who ...",
 * "one senator") and unknown otherwise ("the senator"); then anonymous words without a personal
 * name ("officials", "a source"); then a personal name (two capitalised words that are not
 * determiners, institution or role words, or a title such as Mr.); then media and document
 * words, institution words or actor names; then an acronym head (institution: "the IRS"); then
 * a capitalised head (named person); else unknown (a pronoun is unknown here; the caller
 * gives it its antecedent's kind when it has one). A word of the list types the source the
 * same way whatever its case, so a sentence-initial capital does not make "Lawmakers" a name.
 * Immutable.
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
  /** Nouns for one person or a few, without a kind of their own ("woman", "senator"). */
  private final Set<String> persons;
  /** Words listed in capitals ("UN", "U.S."), which type a source only when so written. */
  private final Set<String> capitalsOnly;
  /**
   * Common nouns for an organisation ("company", "bureau"): an institution as a source's words,
   * but, like the person words, not read as part of a name when a source's words are found.
   */
  private final Set<String> organisations;
  private final Actors actors;

  private SourceClassifier(Map<String, SourceType> words, Set<String> persons,
      Set<String> capitalsOnly, Set<String> organisations, Actors actors) {
    this.words = Map.copyOf(words);
    this.persons = Set.copyOf(persons);
    this.capitalsOnly = Set.copyOf(capitalsOnly);
    this.organisations = Set.copyOf(organisations);
    this.actors = actors;
  }

  public static SourceClassifier bundled(Actors actors) {
    Map<String, SourceType> m = new HashMap<>();
    Set<String> persons = new HashSet<>();
    Set<String> capitalsOnly = new HashSet<>();
    Set<String> organisations = new HashSet<>();
    for (WordTable.Row row : WordTable.read("source-words.tsv", "word<TAB>type")) {
      String word = row.word().strip().toLowerCase(Locale.ROOT);
      if (row.word().strip().length() <= 5 && isAcronym(row.word().strip())) {
        capitalsOnly.add(word); // "UN": not the "Un" of "Kim Jong Un"
      }
      String type = row.value().strip().toUpperCase(Locale.ROOT);
      if (type.equals("PERSON")) {
        persons.add(word); // typed by its determiner, see classify
      } else if (type.equals("ORGANISATION")) {
        organisations.add(word); // an institution, see kind
      } else {
        m.put(word, SourceType.valueOf(type));
      }
    }
    return new SourceClassifier(m, persons, capitalsOnly, organisations, actors);
  }

  /** Whether {@code lower} names a vague group ("some", "critics"). */
  boolean isWeaselWord(String lower) {
    return words.get(lower) == SourceType.WEASEL;
  }

  /** Whether {@code lower} is a noun for one unnamed person or a few ("woman", "senator"). */
  boolean isPersonWord(String lower) {
    return persons.contains(lower);
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
    int head = head(lower);
    SourceType byHead = kind(raw.get(head), lower.get(head));
    int comma = lower.indexOf(",");
    boolean namedAfter = comma > head && hasPersonalName(raw.subList(comma, raw.size()),
        lower.subList(comma, lower.size())); // "Pelosi's top aide, Drew Hammill" is named
    if (byHead == SourceType.INSTITUTION && titledNameAfter(raw, lower, head)) {
      return SourceType.NAMED_PERSON; // "Federal Bureau of Investigation Director James Comey"
    }
    if (byHead != null && !namedAfter) {
      return byHead; // "The New York Times", "A Republican strategist", "Senate Democrats"
    }
    boolean indefinite = INDEFINITE.contains(lower.get(0));
    if (persons.contains(lower.get(head)) && !namedAfter && (indefinite || !name)) {
      // "A woman who was seated near the gunman", "an Iowa Republican": an unnamed person; "the
      // senator" is someone named elsewhere, or not: unknown
      return indefinite ? SourceType.ANONYMOUS : SourceType.UNKNOWN;
    }
    if (first == SourceType.ANONYMOUS && !name) {
      return SourceType.ANONYMOUS;
    }
    if (name) {
      return SourceType.NAMED_PERSON;
    }
    for (int i = 0; i < lower.size(); i++) {
      if (kind(raw.get(i), lower.get(i)) == SourceType.MEDIA_DOCUMENT) {
        return SourceType.MEDIA_DOCUMENT;
      }
    }
    for (int i = 0; i < lower.size(); i++) {
      if (kind(raw.get(i), lower.get(i)) == SourceType.INSTITUTION) {
        return SourceType.INSTITUTION;
      }
    }
    if (actors.find(raw, lower).stream().anyMatch(m -> m.toToken() - m.fromToken() > 1)) {
      return SourceType.INSTITUTION; // "the White House"
    }
    if (isAcronym(raw.get(head))) {
      return SourceType.INSTITUTION; // "The IRS", "DHS": an organisation, not a person
    }
    // only a capitalised head names someone: "A Republican congressman" names nobody
    return isCap(raw.get(head)) && !DETERMINER_WORDS.contains(lower.get(head))
        ? SourceType.NAMED_PERSON : SourceType.UNKNOWN;
  }

  /** Titles after an institution's name that name its officer ("… Director James Comey"). */
  private static final Set<String> OFFICER_TITLES = Set.of("director", "commander", "chairman",
      "chairwoman", "administrator", "chief", "secretary", "spokesman", "spokeswoman",
      "spokesperson", "president", "minister");

  /**
   * Whether a title followed by a capitalised word comes after the head ("… Director Comey",
   * "… press secretary Caitlin Oakley"), not right after "of" or a determiner ("the
   * administration of President Donald Trump" is the administration).
   */
  private static boolean titledNameAfter(List<String> raw, List<String> lower, int head) {
    for (int i = head + 1; i + 1 < raw.size(); i++) {
      if (lower.get(i).equals(",")) {
        return false;
      }
      if (OFFICER_TITLES.contains(lower.get(i)) && isCap(raw.get(i + 1))
          && !lower.get(i - 1).equals("of") && !DETERMINER_WORDS.contains(lower.get(i - 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The kind of one word of the list, or null; a word listed in capitals only when so written
   * ("UN", but not the "Un" of "Kim Jong Un").
   */
  private SourceType kind(String raw, String lower) {
    if (capitalsOnly.contains(lower) && !isAcronym(raw)) {
      return null;
    }
    return organisations.contains(lower) ? SourceType.INSTITUTION : words.get(lower);
  }

  /**
   * As {@link #classify(List, List)} for the source at tokens {@code from} to {@code to} of a
   * sentence, whose words after the source are read too: a vague head followed by a modifier
   * saying the source knows the matter ("People familiar with the matter said", "said people
   * with knowledge of the talks") is anonymous, the newsroom formula for a source granted
   * anonymity, not a vague group like "critics say".
   */
  public SourceType classify(List<String> raw, List<String> lower, int from, int to) {
    SourceType type = classify(raw.subList(from, to), lower.subList(from, to));
    if (type == SourceType.WEASEL && to < raw.size() && knowsTheMatter(raw, lower, to)) {
      return SourceType.ANONYMOUS;
    }
    return type;
  }

  /**
   * Whether token {@code m} opens a modifier telling that a source knows the matter: a word of
   * kind {@code modifier} in {@code non-source-words.tsv} ("familiar", "briefed"; "close" only
   * before "to"), or "with knowledge", "with direct knowledge".
   */
  private static boolean knowsTheMatter(List<String> raw, List<String> lower, int m) {
    String w = lower.get(m);
    if (w.equals("with")) {
      return (m + 1 < lower.size() && lower.get(m + 1).equals("knowledge"))
          || (m + 2 < lower.size() && lower.get(m + 2).equals("knowledge"));
    }
    if (AttributionDetector.nonSource(raw.get(m), w) != AttributionDetector.NonSource.MODIFIER) {
      return false;
    }
    String next = m + 1 < lower.size() ? lower.get(m + 1) : "";
    return w.equals("close") ? next.equals("to") // "generally speaking" names no informed source
        : !w.equals("speaking") || next.equals("on");
  }

  /** Words that open a phrase for one unnamed person or a few ("A woman", "one senior aide"). */
  private static final Set<String> INDEFINITE = Set.of("a", "an", "one", "another", "two",
      "three");
  /** Words after a source's head that start its complement ("a spokesman for the ministry"). */
  private static final Set<String> AFTER_HEAD = Set.of(",", "of", "for", "to", "at", "in",
      "with", "from", "(");

  /**
   * The index of the head word: the last word before the first complement or apposition ("The
   * New York Times", "Senate Democrats", "A spokesman for the ministry", "Ivan Petrov, a Kremlin
   * official").
   */
  private static int head(List<String> lower) {
    int end = lower.size();
    for (int i = 1; i < lower.size(); i++) {
      if (AFTER_HEAD.contains(lower.get(i))) {
        end = i;
        break;
      }
    }
    int h = end - 1;
    while (h > 0 && (lower.get(h).equals("'s") || lower.get(h).equals("\u2019s")
        || lower.get(h).equals("'") || lower.get(h).equals("\u2019"))) {
      h--;
    }
    return h;
  }

  /**
   * A personal name: a title word followed by a capitalised word, or two capitalised words in a
   * row neither of which is an institution, media or actor word ("Vladimir Makei").
   */
  private boolean hasPersonalName(List<String> raw, List<String> lower) {
    for (int i = 0; i + 1 < raw.size(); i++) {
      if (DETERMINER_WORDS.contains(lower.get(i)) || INDEFINITE.contains(lower.get(i))) {
        continue; // "A Republican" is no name
      }
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

  /** A word of two or more capital letters ("IRS", "GAO"), maybe with dots or digits. */
  private static boolean isAcronym(String t) {
    int letters = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      } else if (c != '.' && c != '&' && !Character.isDigit(c)) {
        return false;
      }
    }
    return letters >= 2;
  }

  private static boolean isCap(String t) {
    return !t.isEmpty() && Character.isUpperCase(t.codePointAt(0))
        && (t.length() == 1 || !t.equals(t.toUpperCase(Locale.ROOT)));
  }
}
