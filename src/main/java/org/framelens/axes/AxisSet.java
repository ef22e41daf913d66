package org.framelens.axes;

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
import java.util.Locale;
import java.util.Set;

/**
 * The axes of a run, from {@code lexicons/axes.tsv} or {@code --axes FILE}: columns
 * {@code axis_id, pole_a, words_a, pole_b, words_b, description} (words space-separated,
 * {@code #} comments). Errors name the file and line.
 */
public final class AxisSet {

  /**
   * The most axes a file may hold: each axis is a column group of articles.csv and sources.csv
   * and a cosine per distinct word of every article, so a few thousand axes are a mistake (or a
   * job for several runs) rather than a frame analysis.
   */
  public static final int MAX_AXES = 1000;

  private AxisSet() {
  }

  /**
   * Checks a user's axes against the word vectors they will be scored with: an axis none of
   * whose words of a pole is in the vocabulary ({@code war,attack,invasion} written with commas
   * is one unknown word), or whose poles keep the same words once the unknown ones are left out,
   * would score 0.000 everywhere, and is an error naming its file and line; the unknown words of
   * a pole that keeps some known ones are left out, with one warning per axis.
   *
   * @return the warnings, one line each ({@code FILE:LINE: ...})
   * @throws IllegalArgumentException {@code FILE:LINE: ...} for an axis that cannot score
   */
  public static List<String> check(List<Axis> axes, org.framelens.embed.WordVectors vectors) {
    List<String> warnings = new ArrayList<>();
    for (Axis x : axes) {
      String where = x.where().isEmpty() ? "axis " + x.id() : x.where();
      List<String> knownA = known(x.wordsA(), vectors);
      List<String> knownB = known(x.wordsB(), vectors);
      for (int p = 0; p < 2; p++) {
        List<String> known = p == 0 ? knownA : knownB;
        if (known.isEmpty()) {
          List<String> words = p == 0 ? x.wordsA() : x.wordsB();
          throw new IllegalArgumentException(where + ": no word of pole '"
              + (p == 0 ? x.poleA() : x.poleB()) + "' of axis " + x.id()
              + " is in the vocabulary of the word vectors (" + String.join(" ", words) + ")"
              + (String.join(" ", words).contains(",") ? "; separate the words with spaces"
                  : ""));
        }
      }
      if (new HashSet<>(knownA).equals(new HashSet<>(knownB))) {
        throw new IllegalArgumentException(where + ": the poles of axis " + x.id() + " have the "
            + "same words in the vocabulary (" + String.join(" ", knownA) + "): the axis would "
            + "score 0 everywhere");
      }
      List<String> unknown = new ArrayList<>();
      for (int p = 0; p < 2; p++) {
        List<String> words = p == 0 ? x.wordsA() : x.wordsB();
        List<String> known = p == 0 ? knownA : knownB;
        List<String> missing = words.stream().filter(w -> !known.contains(w)).toList();
        if (!missing.isEmpty()) {
          unknown.add("pole '" + (p == 0 ? x.poleA() : x.poleB()) + "': "
              + String.join(" ", missing));
        }
      }
      if (!unknown.isEmpty()) {
        warnings.add(where + ": axis " + x.id() + ": words not in the vocabulary of the word "
            + "vectors are left out (" + String.join("; ", unknown) + ")");
      }
    }
    return warnings;
  }

  /** The words of a pole that have a (non-zero) vector. */
  private static List<String> known(List<String> words, org.framelens.embed.WordVectors vectors) {
    List<String> out = new ArrayList<>();
    for (String w : words) {
      int row = vectors.index(w);
      if (row >= 0 && vectors.norm(row) > 0) {
        out.add(w);
      }
    }
    return out;
  }

  public static List<Axis> bundled() {
    try (InputStream in = AxisSet.class.getResourceAsStream("/lexicons/axes.tsv")) {
      return parse(new InputStreamReader(in, StandardCharsets.UTF_8), "axes.tsv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<Axis> load(Path file) throws IOException {
    return parse(new java.io.StringReader(
        org.framelens.ingest.TextDecoder.readUtf8(file, file.toString())), file.toString());
  }

  public static List<Axis> parse(Reader reader, String name) throws IOException {
    BufferedReader r = new BufferedReader(reader);
    List<Axis> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    boolean header = false;
    String line;
    int no = 0;
    while ((line = r.readLine()) != null) {
      no++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (!header) {
        if (!line.startsWith("axis_id\t")) {
          throw new IllegalArgumentException(name + ":" + no + ": the header must be axis_id"
              + "<TAB>pole_a<TAB>words_a<TAB>pole_b<TAB>words_b<TAB>description");
        }
        header = true;
        continue;
      }
      if (f.length != 6) {
        throw new IllegalArgumentException(name + ":" + no + ": expected 6 tab-separated fields, "
            + "found " + f.length);
      }
      String id = f[0].strip();
      if (!id.matches("[a-z0-9_.-]+") || !ids.add(id)) {
        throw new IllegalArgumentException(name + ":" + no + ": axis id '" + id
            + "' is not lower-case letters, digits, '_', '-', '.' or is repeated");
      }
      List<String> a = words(f[2]);
      List<String> b = words(f[4]);
      if (a.isEmpty() || b.isEmpty()) {
        throw new IllegalArgumentException(name + ":" + no + ": both poles need words");
      }
      if (new HashSet<>(a).equals(new HashSet<>(b))) {
        throw new IllegalArgumentException(name + ":" + no + ": the poles of axis " + id
            + " have the same words (" + String.join(" ", a) + "): the axis would score 0 "
            + "everywhere");
      }
      if (out.size() == MAX_AXES) {
        throw new IllegalArgumentException(name + ":" + no + ": more than " + MAX_AXES
            + " axes (at most " + MAX_AXES + " per run; split the file into several runs)");
      }
      out.add(new Axis(id, f[1].strip(), a, f[3].strip(), b, f[5].strip(), name + ":" + no));
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException(name + ": no axes");
    }
    return List.copyOf(out);
  }

  private static List<String> words(String cell) {
    List<String> w = new ArrayList<>();
    for (String s : cell.strip().split("\\s+")) {
      if (!s.isEmpty()) {
        w.add(s.toLowerCase(Locale.ROOT));
      }
    }
    return w;
  }
}
