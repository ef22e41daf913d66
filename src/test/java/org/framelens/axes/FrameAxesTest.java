package org.framelens.axes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.framelens.embed.CompactVectors;
import org.framelens.embed.TestModels;
import org.framelens.ingest.Article;
import org.framelens.ingest.IngestOptions;
import org.framelens.ingest.Metadata;
import org.framelens.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrameAxesTest {

  @TempDir
  Path tmp;

  /** 100 filler words (skipped as frequent), then words on a 2-d plane. */
  private CompactVectors model() throws Exception {
    List<String> words = new ArrayList<>();
    List<float[]> rows = new ArrayList<>();
    for (int i = 0; i < FrameAxes.STOPWORD_RANK; i++) {
      words.add("filler" + i);
      rows.add(new float[] {0.01f * (i + 1), 0.5f});
    }
    String[] w = {"attack", "defend", "troops", "peace"};
    float[][] v = {{1, 0}, {-1, 0}, {0.6f, 0.8f}, {-0.6f, 0.8f}};
    for (int i = 0; i < w.length; i++) {
      words.add(w[i]);
      rows.add(v[i]);
    }
    return TestModels.writeAndLoad(tmp.resolve("m"), words, rows.toArray(new float[0][]));
  }

  @Test
  void biasIsTheMeanCosineOfTheWordsAndIntensityItsSecondMoment() throws Exception {
    CompactVectors m = model();
    Axis axis = new Axis("war_peace", "war", List.of("attack"), "peace", List.of("defend"), "?");
    FrameAxes fa = new FrameAxes(m, List.of(axis));
    String text = "Troops attack, troops defend peace.";
    var a = Pipeline.textOnly(IngestOptions.defaults())
        .analyze(new Article("x", "x.txt", 1, "txt", Metadata.empty(), text, 0)).analyzed();
    ArticleAxes r = fa.score(a);
    // axis = (1,0); cosines: troops 0.6 (twice), attack 1, defend -1, peace -0.6
    assertEquals(5, r.weight(0), 1e-9);
    assertEquals((0.6 + 1 + 0.6 - 1 - 0.6) / 5, r.bias(0), 1e-6);
    double mean2 = (0.36 + 1 + 0.36 + 1 + 0.36) / 5;
    assertEquals(mean2, r.intensity(0, 0), 1e-6);
    double b = 0.1;
    assertEquals(mean2 - 2 * b * r.bias(0) + b * b, r.intensity(0, b), 1e-6);
    assertTrue(r.topWords().get(0).startsWith("troops (+0.60)"), r.topWords().get(0));
    ArticleAxes both = r.plus(r);
    assertEquals(r.bias(0), both.bias(0), 1e-9);
    assertEquals(10, both.weight(0), 1e-9);
  }

  @Test
  void axesFileErrorsNameFileAndLine() {
    String good = "axis_id\tpole_a\twords_a\tpole_b\twords_b\tdescription\n";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AxisSet.parse(new StringReader(good + "x\ta\tw\tb\n"), "my.tsv"));
    assertTrue(e.getMessage().startsWith("my.tsv:2: expected 6"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> AxisSet.parse(new StringReader(good + "x\ta\t \tb\tv\td\n"), "my.tsv"));
    assertTrue(e.getMessage().startsWith("my.tsv:2: both poles need words"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> AxisSet.parse(new StringReader("# c\nid\tx\n"), "my.tsv"));
    assertTrue(e.getMessage().startsWith("my.tsv:2: the header must be"), e.getMessage());
    assertEquals(4, AxisSet.bundled().size());
  }
}
