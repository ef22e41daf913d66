package org.framelens.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertLinesMatch;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVRecord;
import org.framelens.exercise.ExerciseWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code framelens exercise}: the committed worked example in {@code reports/exercise} is
 * reproduced byte for byte (regenerate with {@code ./framelens exercise seeds --out
 * reports/exercise} or {@code -Dgolden.update=true}), every kind runs on the seeds with exact
 * spans, and usage errors give a clear message and exit code 2.
 */
class ExerciseCommandTest {

  @TempDir
  Path tmp;

  @Test
  void seedsReproduceTheCommittedExerciseByteForByte() throws Exception {
    CliRun.assumeDefaultModel();
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    CliRun.Result r = CliRun.run("exercise", "seeds", "--out", a.toString());
    assertEquals(ExitCodes.OK, r.code(), r.err());
    CliRun.assertNoStackTrace(r.err());
    assertEquals(ExitCodes.OK, CliRun.run("exercise", "seeds", "--out", b.toString()).code());
    boolean update = Boolean.getBoolean("golden.update");
    for (String f : ExerciseWriter.FILES) {
      assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
      Path golden = Path.of("reports", "exercise", f);
      if (update) {
        Files.copy(a.resolve(f), golden, StandardCopyOption.REPLACE_EXISTING);
      }
      assertLinesMatch(Files.readAllLines(golden), Files.readAllLines(a.resolve(f)),
          f + " differs from reports/exercise/" + f + "; regenerate with ./framelens exercise "
              + "seeds --out reports/exercise and review the diff");
      assertArrayEquals(Files.readAllBytes(golden), Files.readAllBytes(a.resolve(f)), f);
    }
  }

  @Test
  void everyKindAndLevelAnchorsEveryAnswerInTheSourceText() throws Exception {
    CliRun.assumeDefaultModel();
    Map<String, String> texts = new TreeMap<>();
    try (var files = Files.list(Path.of("seeds"))) {
      for (Path p : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
        texts.put(p.getFileName().toString().replace(".txt", ""),
            Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    for (String kind : List.of("spot", "compare", "sources")) {
      for (String level : List.of("basic", "advanced")) {
        Path out = tmp.resolve(kind + "-" + level);
        CliRun.Result r = CliRun.run("exercise", "seeds", "--kind", kind, "--level", level,
            "--seed", "7", "--title", "Drills =1+1", "--out", out.toString());
        assertEquals(ExitCodes.OK, r.code(), kind + " " + level + ": " + r.err());
        List<CSVRecord> rows = CliRun.csvRows(out.resolve(ExerciseWriter.CSV));
        assertFalse(rows.isEmpty());
        Set<String> shown = new HashSet<>();
        Map<String, String> sentenceOfItem = new TreeMap<>();
        for (CSVRecord row : rows) {
          String text = texts.get(row.get("article_id"));
          int start = Integer.parseInt(row.get("span_start"));
          int end = Integer.parseInt(row.get("span_end"));
          String span = row.get("span_text");
          assertEquals(text.substring(start, end), span.startsWith("'") && !text.substring(start,
              end).startsWith("'") ? span.substring(1) : span, kind + " item " + row.get("item"));
          assertEquals(text.substring(Integer.parseInt(row.get("sentence_start")),
              Integer.parseInt(row.get("sentence_end"))), row.get("sentence"));
          assertFalse(row.get("rule_id").isBlank());
          assertFalse(row.get("explanation").isBlank());
          String key = row.get("article_id") + "#" + row.get("sentence_index");
          String prev = sentenceOfItem.putIfAbsent(key, row.get("item"));
          assertTrue(prev == null || prev.equals(row.get("item")), "sentence repeated: " + key);
          shown.add(row.get("item"));
        }
        String worksheet = Files.readString(out.resolve(ExerciseWriter.WORKSHEET));
        assertTrue(worksheet.contains("<title>Drills =1+1</title>"));
        assertTrue(worksheet.contains("Glossary"));
        assertFalse(worksheet.contains("<script"));
        assertEquals(shown.size(), worksheet.split("class=\"item\"", -1).length - 1);
      }
    }
  }

  @Test
  void usageErrorsAreExplainedWithExitCode2() {
    String[][] cases = {
        {"exercise", "seeds", "--out", tmp.toString(), "--kind", "quiz"},
        {"exercise", "seeds", "--out", tmp.toString(), "--level", "expert"},
        {"exercise", "seeds", "--out", tmp.toString(), "--count", "0", "--no-embeddings"},
        {"exercise", "seeds", "--out", tmp.toString(), "--kind", "compare", "--no-embeddings"},
        {"exercise", "seeds", "--out", tmp.toString(), "--article", "x", "--no-embeddings"},
        {"exercise", "seeds", "--out", tmp.toString(), "--kind", "sources", "--article",
            "nope", "--no-embeddings"},
        {"exercise", "seeds"}};
    for (String[] args : cases) {
      CliRun.Result r = CliRun.run(args);
      assertEquals(ExitCodes.USAGE, r.code(), String.join(" ", args) + "\n" + r.err());
      assertFalse(r.err().isBlank());
      CliRun.assertNoStackTrace(r.err(), "framelens: internal error");
    }
    assertTrue(CliRun.run(cases[0]).err().contains("--kind must be spot, compare or sources"));
  }

  @Test
  void nothingToReadGivesExitCode3AndNothingIsWritten() throws Exception {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    Path out = tmp.resolve("out");
    CliRun.Result r = CliRun.run("exercise", empty.toString(), "--out", out.toString(),
        "--no-embeddings");
    assertEquals(ExitCodes.NOTHING_READ, r.code(), r.err());
    CliRun.assertNoStackTrace(r.err());
    assertFalse(Files.exists(out.resolve(ExerciseWriter.WORKSHEET)));
    Path file = Files.writeString(tmp.resolve("file"), "x");
    r = CliRun.run("exercise", "seeds", "--out", file.toString(), "--no-embeddings");
    assertEquals(ExitCodes.CANNOT_WRITE, r.code(), r.err());
    CliRun.assertNoStackTrace(r.err());
  }
}
