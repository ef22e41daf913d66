package org.framelens.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.framelens.text.Span;

/**
 * The Propaganda Techniques Corpus (SemEval-2020 Task 11) in its native format: a directory of
 * {@code article<ID>.txt} files and a labels file of {@code id<TAB>technique<TAB>start<TAB>end}
 * lines, offsets in Unicode code points. Gold spans here are converted to UTF-16 offsets (Java
 * {@code char}s), FrameLens's unit.
 */
public final class PtcCorpus {

  /** The techniques that count as loaded language for FrameLens. */
  public static final Set<String> LOADED = Set.of("Loaded_Language", "Name_Calling,Labeling");

  /**
   * One article.
   *
   * @param id     the article id
   * @param text   its text
   * @param gold   gold spans (UTF-16 offsets) by technique
   */
  public record PtcArticle(String id, String text, Map<String, List<Span>> gold) {

    /** Gold spans of the given techniques, merged where they overlap. */
    public List<Span> gold(Set<String> techniques) {
      List<Span> out = new ArrayList<>();
      gold.forEach((t, spans) -> {
        if (techniques.contains(t)) {
          out.addAll(spans);
        }
      });
      return SpanScore.merge(out);
    }
  }

  private PtcCorpus() {
  }

  /**
   * The articles of a PTC folder and the ids its labels file names.
   *
   * @param articles    every {@code article*.txt} of the folder, sorted by id, with its labels
   * @param labelledIds the article ids the labels file has labels for, sorted
   */
  public record Corpus(List<PtcArticle> articles, Set<String> labelledIds) {

    public Corpus {
      articles = List.copyOf(articles);
      labelledIds = java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(labelledIds));
    }

    /** The labelled ids with no {@code article<ID>.txt} in the folder, sorted. */
    public List<String> missing() {
      Set<String> present = new java.util.HashSet<>();
      articles.forEach(a -> present.add(a.id()));
      return labelledIds.stream().filter(id -> !present.contains(id)).toList();
    }
  }

  /**
   * Reads every {@code article*.txt} in {@code dir} (sorted by id) with its labels.
   *
   * @throws IOException naming the file and line of a malformed label
   */
  public static List<PtcArticle> read(Path dir, Path labels) throws IOException {
    return load(dir, labels).articles();
  }

  /**
   * As {@link #read}, with the ids the labels file names (so that labelled articles missing
   * from {@code dir} can be told).
   */
  public static Corpus load(Path dir, Path labels) throws IOException {
    Map<String, Map<String, List<int[]>>> byArticle = new TreeMap<>();
    List<String> lines = Utf8.lines(labels);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 4) {
        throw new IOException(labels + ":" + (i + 1) + ": expected id<TAB>technique<TAB>start"
            + "<TAB>end, found " + f.length + " field(s)");
      }
      try {
        byArticle.computeIfAbsent(f[0], k -> new TreeMap<>())
            .computeIfAbsent(f[1], k -> new ArrayList<>())
            .add(new int[] {Integer.parseInt(f[2]), Integer.parseInt(f[3]), i + 1});
      } catch (NumberFormatException e) {
        throw new IOException(labels + ":" + (i + 1) + ": offsets must be integers");
      }
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().matches("article\\d+\\.txt")).sorted()
          .toList();
    }
    List<PtcArticle> out = new ArrayList<>();
    for (Path p : files) {
      String name = p.getFileName().toString();
      String id = name.substring("article".length(), name.length() - ".txt".length());
      String text = Utf8.read(p);
      Map<String, List<Span>> gold = new LinkedHashMap<>();
      for (Map.Entry<String, List<int[]>> e : byArticle.getOrDefault(id, Map.of()).entrySet()) {
        List<Span> spans = new ArrayList<>();
        for (int[] cp : e.getValue()) {
          int cps = text.codePointCount(0, text.length());
          if (cp[1] < cp[0]) {
            throw new IOException(labels + ":" + cp[2] + ": span " + cp[0] + "-" + cp[1]
                + " of article " + id + " ends before it starts");
          }
          if (cp[0] < 0 || cp[1] > cps) {
            throw new IOException(labels + ":" + cp[2] + ": span " + cp[0] + "-" + cp[1]
                + " of article " + id + " lies outside its " + cps + " code points");
          }
          spans.add(new Span(text.offsetByCodePoints(0, cp[0]), text.offsetByCodePoints(0, cp[1])));
        }
        gold.put(e.getKey(), spans);
      }
      out.add(new PtcArticle(id, text, gold));
    }
    return new Corpus(out, byArticle.keySet());
  }

  /** {@code span} in code points of {@code text} (the unit of PTC offsets). */
  public static Span toCodePoints(String text, Span span) {
    return new Span(text.codePointCount(0, span.start()), text.codePointCount(0, span.end()));
  }
}
