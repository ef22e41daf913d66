package org.framelens.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.framelens.embed.CompactVectors;
import org.framelens.embed.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FloorBenchTest {

  @Test
  void looksUpEveryWordAndWritesEveryTextOnceInReadingOrder(@TempDir Path dir) throws Exception {
    CompactVectors vectors = TestModels.writeAndLoad(dir.resolve("model"),
        List.of("the", "drills", "belarus", "2022"),
        new float[][] {{1, 0}, {0, 1}, {1, 1}, {2, 1}});
    List<String> texts = List.of(
        "The drills in Belarus began in February 2022.",
        "Officials said, \"the drills\" were routine;\nothers disagreed.",
        "Écoles, ÉCOLES: nothing here is known, except THE.");
    Path jsonl = dir.resolve("corpus.jsonl");
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < texts.size(); i++) {
      lines.append("{\"id\":\"a").append(i).append("\",\"source\":\"S\",\"text\":")
          .append(json(texts.get(i))).append("}\n");
    }
    Files.writeString(jsonl, lines, StandardCharsets.UTF_8);
    Path out = dir.resolve("floor.csv");

    FloorBench.Figures f = FloorBench.run(vectors, List.of(jsonl.toString()), out, 2);

    assertEquals(3, f.articles());
    assertEquals(Files.size(jsonl), f.bytes());
    assertEquals(texts.stream().mapToInt(String::length).sum(), f.textChars());
    // runs of letters and digits: 8 + 8 + 8
    assertEquals(24, f.words());
    // the, drills, belarus, 2022 | the, drills | THE
    assertEquals(7, f.found());
    assertEquals(Files.size(out), f.written());
    List<String> ids = new ArrayList<>();
    List<String> read = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
      for (CSVRecord rec : CSVFormat.DEFAULT.parse(r)) {
        ids.add(rec.get(0));
        read.add(rec.get(1));
      }
    }
    assertEquals(List.of("a0", "a1", "a2"), ids);
    assertEquals(texts, read);
    assertTrue(f.describe().contains("3 articles"), f.describe());
  }

  @Test
  void countsTheFilesOfADirectoryAsInput(@TempDir Path dir) throws Exception {
    CompactVectors vectors = TestModels.writeAndLoad(dir.resolve("model"), List.of("the"),
        new float[][] {{1, 0}});
    Path seeds = Path.of("seeds");
    long bytes;
    try (var files = Files.list(seeds)) {
      bytes = files.mapToLong(p -> p.toFile().length()).sum(); // the sources.csv sidecar too
    }

    FloorBench.Figures f = FloorBench.run(vectors, List.of("seeds"), dir.resolve("floor.csv"), 1);

    assertEquals(5, f.articles());
    assertEquals(bytes, f.bytes());
  }

  @Test
  void quotesEveryCellAndDoublesQuotes() {
    assertEquals("\"x\",\"say \"\"no\"\"\"\r\n", FloorBench.csvRow("x", "say \"no\""));
  }

  private static String json(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}
