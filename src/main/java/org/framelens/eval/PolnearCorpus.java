package org.framelens.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.framelens.text.Span;

/**
 * PolNeAR (political news attribution relations) in its native format: {@code DIR/text/*.txt}
 * and brat standoff files {@code DIR/attributions/<stem>_<annotator>.ann} with Source, Cue and
 * Content text-bound annotations (discontinuous spans {@code s e;s e}). Where an article has
 * several annotators' files, the first in lexicographic order is used.
 */
public final class PolnearCorpus {

  /**
   * One article's gold annotations (character offsets into the text file).
   *
   * @param file     the text file
   * @param sources  Source spans (each part of a discontinuous span is its own span)
   * @param cues     Cue spans
   * @param contents Content spans
   * @param annFile  the annotation file used
   */
  public record PolnearArticle(Path file, List<Span> sources, List<Span> cues, List<Span> contents,
      Path annFile) {
  }

  /** The start of a brat standoff line: an id (T1, R2, E3, A4, M5, N6, #7, *) and a tab. */
  private static final java.util.regex.Pattern BRAT_LINE =
      java.util.regex.Pattern.compile("[TREAMN#]\\d+\t|\\*\t");

  private PolnearCorpus() {
  }

  /**
   * The annotated articles of a PolNeAR split, and the texts that have no annotation file.
   *
   * @param articles    the articles with an annotation file, in file-name order
   * @param unannotated the {@code text/*.txt} files with none, in file-name order
   * @param textless    the annotation files whose text is not in {@code text/}, in file-name
   *                    order
   * @param skipped     the lines of annotation files that are no brat annotation (nor the rest
   *                    of a span text that holds a line break), as {@code FILE:LINE}: skipped
   */
  public record Corpus(List<PolnearArticle> articles, List<Path> unannotated,
      List<Path> textless, List<String> skipped) {

    public Corpus {
      skipped = List.copyOf(skipped);
      articles = List.copyOf(articles);
      unannotated = List.copyOf(unannotated);
      textless = List.copyOf(textless);
    }
  }

  /** The annotated articles of {@code dir} (see {@link #load}). */
  public static List<PolnearArticle> read(Path dir) throws IOException {
    return load(dir).articles();
  }

  /** Reads a PolNeAR split: the texts with their annotations, and those without any. */
  public static Corpus load(Path dir) throws IOException {
    Path text = dir.resolve("text");
    Path ann = dir.resolve("attributions");
    if (!Files.isDirectory(text) || !Files.isDirectory(ann)) {
      throw new IOException(dir + " must contain text/ and attributions/ (PolNeAR layout)");
    }
    Map<String, Path> firstAnn = new TreeMap<>();
    try (Stream<Path> s = Files.list(ann)) {
      for (Path p : s.filter(p -> p.toString().endsWith(".ann")).sorted().toList()) {
        String name = p.getFileName().toString();
        if (name.lastIndexOf('_') < 0) {
          continue; // not <stem>_<annotator>.ann
        }
        String stem = name.substring(0, name.lastIndexOf('_'));
        firstAnn.putIfAbsent(stem, p);
      }
    }
    List<PolnearArticle> out = new ArrayList<>();
    List<Path> unannotated = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    java.util.Set<String> texts = new java.util.HashSet<>();
    try (Stream<Path> s = Files.list(text)) {
      for (Path t : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String stem = t.getFileName().toString().replaceFirst("\\.txt$", "");
        texts.add(stem);
        Path a = firstAnn.get(stem);
        if (a == null) {
          unannotated.add(t);
          continue;
        }
        List<Span> src = new ArrayList<>();
        List<Span> cue = new ArrayList<>();
        List<Span> content = new ArrayList<>();
        List<String> lines = Utf8.lines(a);
        String body = Utf8.read(t);
        int continuation = 0; // lines still to come of the last span's multi-line text
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i);
          if (!BRAT_LINE.matcher(line).lookingAt()) {
            if (continuation > 0) {
              continuation--; // the rest of a span text that holds a line break
            } else if (!line.isBlank()) {
              skipped.add(a + ":" + (i + 1));
            }
            continue;
          }
          continuation = 0;
          if (!line.startsWith("T")) {
            continue; // relations, events, attributes, notes
          }
          String[] f = line.split("\t");
          if (f.length < 2) {
            throw new IOException(a + ":" + (i + 1) + ": malformed text-bound annotation");
          }
          int sp = f[1].indexOf(' ');
          String type = sp < 0 ? f[1] : f[1].substring(0, sp);
          List<Span> target = switch (type) {
            case "Source" -> src;
            case "Cue" -> cue;
            case "Content" -> content;
            default -> null;
          };
          List<Span> spans = new ArrayList<>();
          try {
            for (String part : f[1].substring(sp + 1).split(";")) {
              String[] se = part.trim().split(" ");
              int start = Integer.parseInt(se[0]);
              int end = Integer.parseInt(se[1]);
              if (end < start) {
                throw new IOException(a + ":" + (i + 1) + ": span " + start + "-" + end
                    + " ends before it starts");
              }
              if (start < 0 || end > body.length()) {
                throw new IOException(a + ":" + (i + 1) + ": span " + start + "-" + end
                    + " lies outside the " + body.length() + " characters of " + t);
              }
              spans.add(new Span(start, end));
              continuation += (int) body.substring(start, end).chars().filter(c -> c == '\n')
                  .count();
            }
          } catch (RuntimeException e) {
            throw new IOException(a + ":" + (i + 1) + ": malformed offsets '" + f[1] + "'");
          }
          if (target != null) {
            target.addAll(spans);
          }
        }
        out.add(new PolnearArticle(t, src, cue, content, a));
      }
    }
    List<Path> textless = firstAnn.entrySet().stream().filter(e -> !texts.contains(e.getKey()))
        .map(Map.Entry::getValue).toList();
    return new Corpus(out, unannotated, textless, skipped);
  }
}
