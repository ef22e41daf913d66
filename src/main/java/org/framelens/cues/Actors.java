package org.framelens.cues;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.framelens.text.Abbreviations;
import org.framelens.text.Span;
import org.framelens.text.Token;
import org.framelens.text.Tokenizer;

/**
 * The actors framing can be aimed at, from a TSV file ({@code actor_id, name, aliases}) such as
 * the bundled {@code lexicons/actors.tsv} for the seed story, or {@code --actors FILE}. Aliases
 * are matched as whole token sequences; an alias written in capitals (US, EU, NATO) only matches
 * in capitals, any other alias ignores case. Immutable.
 */
public final class Actors {

  /** One actor. */
  public record Actor(String id, String name, List<List<String>> aliases, List<Boolean> exact) {
  }

  /** An actor named in a sentence: tokens {@code [from, to)}. */
  public record Mention(String actorId, int fromToken, int toToken) {
  }

  /**
   * One alias of an actor, as matched: its tokens, compared as written ({@code exact}) or by
   * their ids in {@link #vocabulary}.
   */
  private record Alias(String actorId, String[] tokens, int[] ids, boolean exact) {
  }

  private static final Tokenizer TOKENIZER = new Tokenizer(Abbreviations.english());
  private final List<Actor> actors;
  /** The aliases' tokens and first tokens, normalised. */
  private final WordIds vocabulary;
  /** Aliases by the id of their first token (normalised), in the order of the actors and aliases. */
  private final Alias[][] byFirstToken;

  private Actors(List<Actor> actors) {
    this(actors, null);
  }

  /** @param shared a vocabulary holding every word of the aliases (null: their own) */
  private Actors(List<Actor> actors, WordIds shared) {
    this.actors = List.copyOf(actors);
    List<String> words = new ArrayList<>();
    for (Actor a : this.actors) {
      for (List<String> alias : a.aliases()) {
        words.add(PhrasePattern.normalise(alias.get(0)));
        words.addAll(alias);
      }
    }
    this.vocabulary = WordIds.ownOrShared(words, shared, "the actors");
    List<List<Alias>> index = vocabulary.emptyIndex();
    for (Actor a : this.actors) {
      for (int k = 0; k < a.aliases().size(); k++) {
        List<String> alias = a.aliases().get(k);
        int[] ids = new int[alias.size()];
        for (int t = 0; t < ids.length; t++) {
          ids[t] = vocabulary.id(alias.get(t));
        }
        index.get(vocabulary.id(PhrasePattern.normalise(alias.get(0))))
            .add(new Alias(a.id(), alias.toArray(new String[0]), ids, a.exact().get(k)));
      }
    }
    this.byFirstToken = new Alias[vocabulary.size()][];
    for (int id = 0; id < byFirstToken.length; id++) {
      byFirstToken[id] = index.get(id).isEmpty() ? null : index.get(id).toArray(new Alias[0]);
    }
  }

  public List<Actor> actors() {
    return actors;
  }

  /** The words aliases are matched with. */
  WordIds vocabulary() {
    return vocabulary;
  }

  /** The same actors over {@code shared}, which holds {@link #vocabulary()}'s words. */
  Actors over(WordIds shared) {
    return new Actors(actors, shared);
  }

  public static Actors none() {
    return new Actors(List.of());
  }

  public static Actors bundled() {
    try (InputStream in = Actors.class.getResourceAsStream("/lexicons/actors.tsv")) {
      return parse(new InputStreamReader(in, StandardCharsets.UTF_8), "actors.tsv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Actors load(Path file) throws IOException {
    return parse(new java.io.StringReader(
        org.framelens.ingest.TextDecoder.readUtf8(file, file.toString())), file.toString());
  }

  /** Parses an actors file; errors name the file and line. */
  public static Actors parse(Reader reader, String name) throws IOException {
    BufferedReader r = new BufferedReader(reader);
    List<Actor> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    /** Each alias (normalised tokens joined by spaces) -> "actor (line N)". */
    java.util.Map<String, String> owners = new java.util.HashMap<>();
    String line;
    int no = 0;
    boolean header = false;
    while ((line = r.readLine()) != null) {
      no++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (!header) {
        if (f.length != 3 || !f[0].equals("actor_id")) {
          throw new IllegalArgumentException(name + ":" + no
              + ": the header must be actor_id<TAB>name<TAB>aliases");
        }
        header = true;
        continue;
      }
      if (f.length != 3) {
        throw new IllegalArgumentException(name + ":" + no + ": expected 3 tab-separated fields, "
            + "found " + f.length);
      }
      String id = f[0].strip();
      if (!id.matches("[a-z0-9_]+")) {
        throw new IllegalArgumentException(name + ":" + no + ": actor id '" + id
            + "' must be lower-case letters, digits or '_'");
      }
      if (!ids.add(id)) {
        throw new IllegalArgumentException(name + ":" + no + ": duplicate actor id " + id);
      }
      List<List<String>> aliases = new ArrayList<>();
      List<Boolean> exact = new ArrayList<>();
      for (String alias : f[2].split("\\|", -1)) {
        String a = alias.strip();
        if (a.isEmpty()) {
          throw new IllegalArgumentException(name + ":" + no + ": empty alias");
        }
        List<String> toks = new ArrayList<>();
        for (Token t : TOKENIZER.tokenize(a, new Span(0, a.length()))) {
          toks.add(t.text(a));
        }
        if (toks.isEmpty()) {
          throw new IllegalArgumentException(name + ":" + no + ": alias '" + a
              + "' has no words (only control characters)");
        }
        boolean caps = a.equals(a.toUpperCase(java.util.Locale.ROOT)) && a.length() <= 5;
        List<String> normalised = toks.stream().map(PhrasePattern::normalise).toList();
        if (normalised.stream().allMatch(t -> caps ? t.codePoints()
            .noneMatch(Character::isLetterOrDigit) : noName(t))) {
          throw new IllegalArgumentException(name + ":" + no + ": alias '" + a + "' of actor "
              + id + " is only punctuation or common function words (the, a, of, ...): it would "
              + "be found in almost every sentence");
        }
        String key = String.join(" ", normalised);
        String owner = owners.putIfAbsent(key, id + " (line " + no + ")");
        if (owner != null && !owner.startsWith(id + " ")) {
          throw new IllegalArgumentException(name + ":" + no + ": alias '" + a + "' of actor "
              + id + " is already an alias of actor " + owner + "; an alias may name one actor "
              + "only");
        }
        aliases.add(caps ? toks : normalised);
        exact.add(caps);
      }
      out.add(new Actor(id, f[1].strip(), aliases, exact));
    }
    if (!header) {
      throw new IllegalArgumentException(name + ": no header line (actor_id<TAB>name<TAB>aliases)");
    }
    return new Actors(out);
  }

  /**
   * Whether a (normalised) alias token names nobody: punctuation, or a function word so common
   * that an alias made of such words would be found in almost every sentence. An alias written
   * in capitals ({@code US}) is matched only so, and is not checked.
   */
  private static boolean noName(String token) {
    return token.codePoints().noneMatch(Character::isLetterOrDigit)
        || FUNCTION_WORDS.contains(token);
  }

  /** Words that are never an actor's alias on their own (see {@link #noName}). */
  static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "and", "or", "but",
      "in", "on", "at", "to", "for", "from", "by", "with", "as", "into", "about", "is", "are",
      "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "will", "would",
      "can", "could", "may", "might", "should", "not", "no", "it", "its", "this", "that",
      "these", "those", "he", "she", "they", "we", "i", "you", "him", "her", "them", "us", "me",
      "his", "their", "our", "my", "your", "who", "which", "what", "there", "here", "so", "if",
      "than", "then", "said", "says", "'s");

  /**
   * Actor mentions among the tokens of a sentence, longest alias first, no two overlapping.
   *
   * @param raw   token texts as written
   * @param lower the same, normalised (lower case)
   */
  public List<Mention> find(List<String> raw, List<String> lower) {
    return find(raw.toArray(new String[0]), lower.toArray(new String[0]));
  }

  /** As {@link #find(List, List)}, over arrays of the same length. */
  List<Mention> find(String[] raw, String[] lower) {
    return find(MatchTokens.of(raw, lower));
  }

  /** As {@link #find(List, List)}, over a sentence's tokens. */
  List<Mention> find(MatchTokens tokens) {
    int[] ids = tokens.ids(vocabulary);
    List<Mention> out = new ArrayList<>();
    for (int i = 0; i < ids.length; i++) {
      Alias[] candidates = ids[i] >= 0 ? byFirstToken[ids[i]] : null;
      if (candidates == null) {
        if (tokens.hyphenated(i)) {
          compoundParts(tokens.raw(i), i, out);
        }
        continue;
      }
      Alias best = null;
      for (Alias alias : candidates) {
        if ((best == null || alias.tokens().length > best.tokens().length)
            && matches(alias, tokens, ids, i)) {
          best = alias;
        }
      }
      if (best != null) {
        out.add(new Mention(best.actorId(), i, i + best.tokens().length));
        i += best.tokens().length - 1; // no two mentions overlap
      }
    }
    return out;
  }

  /**
   * Last parts of a hyphenated identity ("African-American", "Asian-Americans"): after a
   * capitalised part that names no actor they name people, not the country.
   */
  private static final java.util.Set<String> HYPHENATED_IDENTITY = java.util.Set.of("american",
      "americans");

  /**
   * The actors that the parts of hyphenated token {@code i} name as one-word aliases
   * ("Russian-Belarusian" names Russia and Belarus, "Russia-backed" Russia), each once, as
   * mentions of that token; not an identity such as "African-American"
   * ({@link #HYPHENATED_IDENTITY}).
   */
  private void compoundParts(String raw, int i, List<Mention> out) {
    List<String> named = new ArrayList<>(2);
    String[] parts = raw.split("-");
    for (int p = 0; p < parts.length; p++) {
      String part = parts[p];
      if (p > 0 && p == parts.length - 1 && HYPHENATED_IDENTITY.contains(
          PhrasePattern.normalise(part)) && !parts[p - 1].isEmpty()
          && Character.isUpperCase(parts[p - 1].charAt(0)) && named.isEmpty()) {
        continue; // "African-American", "Cuban-Americans": people, not the country as an actor
      }
      int id = part.isEmpty() ? -1 : vocabulary.id(PhrasePattern.normalise(part));
      Alias[] candidates = id >= 0 ? byFirstToken[id] : null;
      if (candidates == null) {
        continue;
      }
      for (Alias alias : candidates) {
        if (alias.tokens().length == 1
            && (!alias.exact() || alias.tokens()[0].equals(part))
            && !named.contains(alias.actorId())) {
          named.add(alias.actorId());
          out.add(new Mention(alias.actorId(), i, i + 1));
          break;
        }
      }
    }
  }

  private static boolean matches(Alias alias, MatchTokens tokens, int[] ids, int from) {
    String[] want = alias.tokens();
    if (from + want.length > ids.length) {
      return false;
    }
    for (int k = 0; k < want.length; k++) {
      if (alias.exact() ? !tokens.rawEquals(from + k, want[k]) : ids[from + k] != alias.ids()[k]) {
        return false;
      }
    }
    return true;
  }

  /** Whether any alias of any actor is exactly this (normalised) single word. */
  public boolean isAlias(String lowerWord) {
    for (Actor a : actors) {
      for (List<String> alias : a.aliases()) {
        if (alias.size() == 1 && alias.get(0).equalsIgnoreCase(lowerWord)) {
          return true;
        }
      }
    }
    return false;
  }
}
