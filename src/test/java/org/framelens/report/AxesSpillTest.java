package org.framelens.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.framelens.axes.ArticleAxes;
import org.framelens.compare.Comparison;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spill gives back exactly what it was given (as the CSV spill it replaced did). */
class AxesSpillTest {

  private static final double[] ODD = {0, -0.0, Double.NaN, Double.MIN_VALUE, Double.MAX_VALUE,
      1.0 / 3, -1e-300, Double.POSITIVE_INFINITY};

  private static String text(Random r) {
    String alphabet = "ab ,\"\t\n\r'=\u00e9\u2014\ud83d\ude00";
    StringBuilder b = new StringBuilder();
    for (int i = r.nextInt(8); i > 0; i--) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  private static double number(Random r) {
    return r.nextInt(4) == 0 ? ODD[r.nextInt(ODD.length)] : r.nextGaussian() * 100;
  }

  @Test
  void rowsComeBackExactlyInOrderAndArePooled(@TempDir Path dir) throws IOException {
    Random r = new Random(29);
    List<String> ids = List.of("x", "a,b", "");
    List<String[]> names = new ArrayList<>();
    List<ArticleAxes> written = new ArrayList<>();
    ArticleAxes corpus = ArticleAxes.none();
    try (AxesSpill spill = new AxesSpill(dir)) {
      for (int i = 0; i < 500; i++) {
        int n = ids.size();
        double[] w = new double[n];
        double[] s = new double[n];
        double[] q = new double[n];
        List<String> top = new ArrayList<>();
        for (int k = 0; k < n; k++) {
          w[k] = number(r);
          s[k] = number(r);
          q[k] = number(r);
          top.add(text(r));
        }
        ArticleAxes a = new ArticleAxes(ids, w, s, q, top);
        String[] name = {text(r), i % 7 == 0 ? "" : "source " + i % 3};
        spill.add(name[0], name[1], a);
        names.add(name);
        written.add(a);
        corpus = corpus.plus(a);
      }
      assertFalse(spill.isEmpty());
      assertArrayEquals(corpus.sum(), spill.corpus().sum());
      assertEquals(List.of(Comparison.NO_SOURCE, "source 0", "source 1", "source 2"),
          List.copyOf(spill.bySource().keySet()));
      try (AxesSpill.Reader rows = spill.read()) {
        for (int i = 0; i < written.size(); i++) {
          AxesSpill.Row row = rows.next();
          ArticleAxes a = written.get(i);
          assertEquals(names.get(i)[0], row.id());
          assertEquals(names.get(i)[1], row.source());
          assertEquals(a.axisIds(), row.axes().axisIds());
          assertEquals(a.topWords(), row.axes().topWords());
          for (int k = 0; k < ids.size(); k++) {
            assertEquals(Double.doubleToLongBits(a.weight(k)),
                Double.doubleToLongBits(row.axes().weight(k)));
            assertEquals(Double.doubleToLongBits(a.sum()[k]),
                Double.doubleToLongBits(row.axes().sum()[k]));
            assertEquals(Double.doubleToLongBits(a.squares()[k]),
                Double.doubleToLongBits(row.axes().squares()[k]));
          }
        }
        assertNull(rows.next());
      }
    }
    try (var files = Files.list(dir)) {
      assertEquals(0, files.count(), "the temporary file is deleted on close");
    }
  }
}
