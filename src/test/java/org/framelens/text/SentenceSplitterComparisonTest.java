package org.framelens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures the rule-based splitter against OpenNLP's English sentence model
 * ({@code opennlp-models-sentdetect-en:1.3.0}) on the hand-annotated seed sentences
 * ({@code src/test/resources/gold/seed-sentences.tsv}), and pins the decision to keep the rules.
 *
 * <p>Both splitters get the same input: each line of a seed file that holds gold sentences,
 * from its first gold sentence start to its last gold sentence end (so the date marker and the
 * dateline, which ingest removes, are not part of the task). A predicted sentence counts as
 * correct only when its span equals a gold span exactly. The numbers are written to
 * {@code target/sentence-splitter-comparison.txt} and recorded in EVALUATION.md.
 */
class SentenceSplitterComparisonTest {

  record Gold(String file, Span span, String kind) {
  }

  record Score(int tp, int predicted, int gold, List<String> errors) {
    double precision() {
      return predicted == 0 ? 0 : (double) tp / predicted;
    }

    double recall() {
      return gold == 0 ? 0 : (double) tp / gold;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "exact-span P=%.3f R=%.3f F1=%.3f (%d correct, %d predicted,"
          + " %d gold)", precision(), recall(), f1(), tp, predicted, gold);
    }
  }

  static Map<String, String> texts = new LinkedHashMap<>();
  static List<Gold> gold = new ArrayList<>();

  @BeforeAll
  static void load() throws IOException {
    List<String> lines = resourceLines("/gold/seed-sentences.tsv");
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", 5);
      gold.add(new Gold(f[0], new Span(Integer.parseInt(f[1]), Integer.parseInt(f[2])), f[3]));
    }
    for (Gold g : gold) {
      texts.computeIfAbsent(g.file(), f -> {
        try {
          return Files.readString(Path.of("seeds", f), StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    }
  }

  @Test
  void goldSpansMatchTheSeedText() throws IOException {
    List<String> lines = resourceLines("/gold/seed-sentences.tsv");
    for (int k = 1; k < lines.size(); k++) {
      String[] f = lines.get(k).split("\t", 5);
      Gold g = gold.get(k - 1);
      assertEquals(f[4], g.span().text(texts.get(g.file())), "gold row " + (k + 1));
    }
    assertEquals(112, gold.size());
  }

  @Test
  void rulesAreAtLeastAsAccurateAsOpenNlpOnTheSeeds() throws IOException {
    SentenceModel model;
    try (InputStream in = getClass().getResourceAsStream("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")) {
      model = new SentenceModel(in);
    }
    SentenceDetectorME openNlp = new SentenceDetectorME(model);
    SentenceSplitter opennlpSplitter = (text, para) -> {
      List<Span> out = new ArrayList<>();
      String sub = para.text(text);
      for (opennlp.tools.util.Span s : openNlp.sentPosDetect(sub)) {
        Span sp = new Span(para.start() + s.getStart(), para.start() + s.getEnd()).trim(text);
        if (!sp.isEmpty()) {
          out.add(sp);
        }
      }
      return out;
    };
    Score rules = score(RuleSentenceSplitter.english());
    Score nlp = score(opennlpSplitter);
    String report = "Sentence splitting on the 5 seed articles (" + gold.size()
        + " hand-annotated sentences)\n"
        + "rules   : " + rules + "\n"
        + "opennlp : " + nlp + "\n"
        + "rules, wrong spans:\n" + String.join("\n", rules.errors()) + "\n"
        + "opennlp, wrong spans:\n" + String.join("\n", nlp.errors()) + "\n";
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "sentence-splitter-comparison.txt"), report);
    System.out.print(report);
    assertTrue(rules.f1() >= nlp.f1(), "the rules must stay at least as accurate as OpenNLP: "
        + report);
    assertTrue(rules.f1() >= 0.98, "rule splitter F1 fell below 0.98: " + report);
  }

  private Score score(SentenceSplitter splitter) {
    int tp = 0;
    int predicted = 0;
    List<String> errors = new ArrayList<>();
    for (Map.Entry<String, String> e : texts.entrySet()) {
      String text = e.getValue();
      Set<Span> goldSpans = new HashSet<>();
      Map<Integer, Span> paragraphs = new LinkedHashMap<>(); // line start -> covering span
      for (Gold g : gold) {
        if (!g.file().equals(e.getKey())) {
          continue;
        }
        goldSpans.add(g.span());
        int lineStart = text.lastIndexOf('\n', g.span().start()) + 1;
        paragraphs.merge(lineStart, g.span(),
            (a, b) -> new Span(Math.min(a.start(), b.start()), Math.max(a.end(), b.end())));
      }
      for (Span para : paragraphs.values()) {
        for (Span s : splitter.split(text, para)) {
          predicted++;
          if (goldSpans.contains(s)) {
            tp++;
          } else {
            errors.add("  " + e.getKey().substring(0, 3) + " " + s + " " + s.text(text));
          }
        }
      }
    }
    return new Score(tp, predicted, gold.size(), errors);
  }

  private static List<String> resourceLines(String name) throws IOException {
    try (InputStream in = SentenceSplitterComparisonTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }
}
