package org.framelens.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.framelens.text.Span;

/**
 * BASIL (Bias Annotation Spans on the Informational Level) triplets: {@code articles/YEAR/
 * <triplet>_<n>.json} ({@code body-paragraphs}: paragraphs of sentences, {@code source},
 * {@code triplet-uuid}) and {@code annotations/YEAR/<triplet>_<n>_ann.json} (phrase-level
 * annotations with sentence-relative offsets). The article text is its sentences joined by a
 * space within a paragraph and paragraphs by a blank line; each phrase is located in the
 * sentence where its offsets cover its text, else by its first occurrence.
 */
public final class BasilCorpus {

  /** An annotated phrase located in the article text. */
  public record Phrase(Span span, String bias, boolean quote) {
  }

  /** One article with its located phrases (unlocatable ones are counted, not kept). */
  public record BasilArticle(Path file, String triplet, String source, String text,
      List<Phrase> phrases, int unlocated) {
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private BasilCorpus() {
  }

  /**
   * The annotated articles of a BASIL folder, and the article files that have no annotation
   * file.
   *
   * @param articles    the articles with an annotation file, in path order
   * @param unannotated the {@code articles/**.json} files with none, in path order
   * @param orphans     the {@code annotations/**_ann.json} files whose article is not in
   *                    {@code articles/}, in path order
   */
  public record Corpus(List<BasilArticle> articles, List<Path> unannotated, List<Path> orphans) {

    public Corpus {
      articles = List.copyOf(articles);
      unannotated = List.copyOf(unannotated);
      orphans = List.copyOf(orphans);
    }
  }

  /** The annotated articles of {@code dir} (see {@link #load}). */
  public static List<BasilArticle> read(Path dir) throws IOException {
    return load(dir).articles();
  }

  /** Reads a BASIL folder: the articles with their annotations, and those without any. */
  public static Corpus load(Path dir) throws IOException {
    Path articles = dir.resolve("articles");
    Path annotations = dir.resolve("annotations");
    if (!Files.isDirectory(articles) || !Files.isDirectory(annotations)) {
      throw new IOException(dir + " must contain articles/ and annotations/ (BASIL layout)");
    }
    List<Path> files;
    try (Stream<Path> s = Files.walk(articles)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    List<BasilArticle> out = new ArrayList<>();
    List<Path> unannotated = new ArrayList<>();
    for (Path f : files) {
      JsonNode a = parse(f);
      Path rel = articles.relativize(f);
      String annName = rel.getFileName().toString().replaceFirst("\\.json$", "_ann.json");
      Path annFile = annotations.resolve(rel).resolveSibling(annName);
      if (!Files.isRegularFile(annFile)) {
        unannotated.add(f);
        continue;
      }
      JsonNode ann = parse(annFile);
      StringBuilder text = new StringBuilder();
      List<int[]> sentenceStarts = new ArrayList<>(); // {start, length}
      for (JsonNode para : a.path("body-paragraphs")) {
        boolean empty = true;
        for (JsonNode sent : para) {
          empty &= sent.asText().isEmpty();
        }
        if (empty) {
          continue;
        }
        if (text.length() > 0) {
          text.append("\n\n");
        }
        boolean first = true;
        for (JsonNode sent : para) {
          if (sent.asText().isEmpty()) {
            continue;
          }
          if (!first) {
            text.append(' ');
          }
          first = false;
          sentenceStarts.add(new int[] {text.length(), sent.asText().length()});
          text.append(sent.asText());
        }
      }
      String t = text.toString();
      List<Phrase> phrases = new ArrayList<>();
      int unlocated = 0;
      for (JsonNode p : ann.path("phrase-level-annotations")) {
        String txt = p.path("txt").asText();
        int s = p.path("start").asInt(-1);
        int e = p.path("end").asInt(-1);
        Span located = null;
        for (int[] ss : sentenceStarts) {
          if (s >= 0 && e <= ss[1] && e > s
              && t.regionMatches(ss[0] + s, txt, 0, Math.min(txt.length(), e - s))
              && e - s == txt.length()) {
            located = new Span(ss[0] + s, ss[0] + e);
            break;
          }
        }
        if (located == null && !txt.isEmpty()) {
          int at = t.indexOf(txt);
          located = at >= 0 ? new Span(at, at + txt.length()) : null;
        }
        if (located == null) {
          unlocated++;
          continue;
        }
        phrases.add(new Phrase(located, p.path("bias").asText(),
            p.path("quote").asText().equals("yes")));
      }
      out.add(new BasilArticle(f, a.path("triplet-uuid").asText(), a.path("source").asText(), t,
          phrases, unlocated));
    }
    List<Path> orphans;
    try (Stream<Path> s = Files.walk(annotations)) {
      orphans = s.filter(p -> p.getFileName().toString().endsWith("_ann.json")).sorted()
          .filter(p -> {
            Path rel = annotations.relativize(p);
            String name = rel.getFileName().toString().replaceFirst("_ann\\.json$", ".json");
            return !Files.isRegularFile(articles.resolve(rel).resolveSibling(name));
          }).toList();
    }
    return new Corpus(out, unannotated, orphans);
  }

  private static JsonNode parse(Path f) throws IOException {
    try {
      JsonNode n = JSON.readTree(f.toFile());
      if (n == null || !n.isObject()) {
        throw new IOException(f + ": not a JSON object");
      }
      return n;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IOException(f + ": not valid JSON (line " + e.getLocation().getLineNr() + "): "
          + e.getOriginalMessage());
    }
  }
}
