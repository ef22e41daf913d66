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

  private static final Tokenizer TOKENIZER = new Tokenizer(Abbreviations.english());
  private final List<Actor> actors;
  /** {actor index, alias index} by the alias's first token (lower-cased). */
  private final java.util.Map<String, List<int[]>> byFirstToken = new java.util.HashMap<>();

  private Actors(List<Actor> actors) {
    this.actors = List.copyOf(actors);
    for (int a = 0; a < this.actors.size(); a++) {
      List<List<String>> aliases = this.actors.get(a).aliases();
      for (int k = 0; k < aliases.size(); k++) {
        byFirstToken.computeIfAbsent(PhrasePattern.normalise(aliases.get(k).get(0)),
            x -> new ArrayList<>()).add(new int[] {a, k});
      }
    }
  }

  public List<Actor> actors() {
    return actors;
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
        aliases.add(caps ? toks : toks.stream().map(PhrasePattern::normalise).toList());
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
   * Actor mentions among the tokens of a sentence, longest alias first, no two overlapping.
   *
   * @param raw   token texts as written
   * @param lower the same, normalised (lower case)
   */
  public List<Mention> find(List<String> raw, List<String> lower) {
    List<Mention> out = new ArrayList<>();
    boolean[] used = new boolean[raw.size()];
    for (int i = 0; i < raw.size(); i++) {
      if (used[i]) {
        continue;
      }
      Mention best = null;
      for (int[] ak : byFirstToken.getOrDefault(lower.get(i), List.of())) {
        Actor a = actors.get(ak[0]);
        List<String> alias = a.aliases().get(ak[1]);
        List<String> toks = a.exact().get(ak[1]) ? raw : lower;
        if (i + alias.size() <= toks.size() && toks.subList(i, i + alias.size()).equals(alias)
            && (best == null || alias.size() > best.toToken() - best.fromToken())) {
          best = new Mention(a.id(), i, i + alias.size());
        }
      }
      if (best != null) {
        out.add(best);
        for (int k = best.fromToken(); k < best.toToken(); k++) {
          used[k] = true;
        }
      }
    }
    return out;
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
