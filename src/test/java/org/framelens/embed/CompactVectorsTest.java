package org.framelens.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompactVectorsTest {

  static final List<String> WORDS = List.of("the", "of", "and", "russia's", "alpha", "beta",
      "gamma", "delta", "élan", "zero", "u.s.", "epsilon");
  static final int DIM = 4;
  static final int ZERO_ROW = 9;

  @TempDir
  Path tmp;
  Path dir;
  ModelInfo written;

  /** Row i, component d: multiples of 0.25, so float dot products are exact. */
  static float value(int row, int d) {
    if (row == ZERO_ROW) {
      return 0f;
    }
    return (row + 1) * (d % 2 == 0 ? 0.5f : -0.5f) + d * 0.25f;
  }

  static float[][] rows() {
    float[][] r = new float[WORDS.size()][DIM];
    for (int i = 0; i < r.length; i++) {
      for (int d = 0; d < DIM; d++) {
        r[i][d] = value(i, d);
      }
    }
    return r;
  }

  @BeforeEach
  void writeModel() throws Exception {
    dir = tmp.resolve("model");
    written = TestModels.write(dir, WORDS, rows());
  }

  @Test
  void loadsDimensionsSizeWordsAndValuesExactly() throws Exception {
    CompactVectors v = CompactVectors.load(dir);
    assertEquals(DIM, v.dimensions());
    assertEquals(WORDS.size(), v.size());
    assertEquals(DIM, v.info().dimensions());
    assertEquals(WORDS.size(), v.info().words());
    assertEquals("test", v.info().name());
    assertTrue(v.info().frequencyOrdered());
    for (int i = 0; i < WORDS.size(); i++) {
      assertEquals(WORDS.get(i), v.word(i));
      assertEquals(i, v.index(WORDS.get(i)));
      float[] expected = new float[DIM];
      for (int d = 0; d < DIM; d++) {
        expected[d] = value(i, d);
        assertEquals(value(i, d), v.get(i, d), "row " + i + " dim " + d);
      }
      assertArrayEquals(expected, v.vector(i));
    }
  }

  @Test
  void indexIsExactAndCaseSensitive() throws Exception {
    CompactVectors v = CompactVectors.load(dir);
    assertEquals(4, v.index("alpha"));
    assertEquals(-1, v.index("Alpha"));
    assertEquals(-1, v.index("russia’s"));
    assertEquals(-1, v.index("alph"));
    assertEquals(-1, v.index("alphas"));
    assertEquals(-1, v.index(""));
  }

  @Test
  void normsAreEuclideanNormsOfTheRows() throws Exception {
    CompactVectors v = CompactVectors.load(dir);
    for (int i = 0; i < WORDS.size(); i++) {
      double s = 0;
      for (int d = 0; d < DIM; d++) {
        s += (double) value(i, d) * value(i, d);
      }
      assertEquals((float) Math.sqrt(s), v.norm(i), "norm of row " + i);
    }
    assertEquals(0f, v.norm(ZERO_ROW));
  }

  @Test
  void dotIsTheExactDotProduct() throws Exception {
    CompactVectors v = CompactVectors.load(dir);
    float[] q = {1f, -2f, 0.5f, 4f};
    for (int i = 0; i < WORDS.size(); i++) {
      float expected = 0;
      for (int d = 0; d < DIM; d++) {
        expected += value(i, d) * q[d];
      }
      assertEquals(expected, v.dot(i, q), "row " + i);
    }
    // alpha (row 4) = (2.5, -2.25, 3.0, -1.75), beta (row 5) = (3.0, -2.75, 3.5, -2.25)
    assertArrayEquals(new float[] {2.5f, -2.25f, 3.0f, -1.75f}, v.vector(4));
    assertEquals(2.5f * 3.0f + 2.25f * 2.75f + 3.0f * 3.5f + 1.75f * 2.25f, v.dot(4, v.vector(5)));
  }

  @Test
  void similarityIsCosineAndNaNForUnknownOrZeroVectors() throws Exception {
    CompactVectors v = CompactVectors.load(dir);
    float[][] r = rows();
    for (int i = 0; i < WORDS.size(); i++) {
      for (int j = 0; j < WORDS.size(); j++) {
        double sim = v.similarity(WORDS.get(i), WORDS.get(j));
        if (i == ZERO_ROW || j == ZERO_ROW) {
          assertTrue(Double.isNaN(sim), WORDS.get(i) + "/" + WORDS.get(j));
        } else {
          assertEquals(TestModels.cosine(r[i], r[j]), sim, 1e-6, WORDS.get(i) + "/" + WORDS.get(j));
        }
      }
    }
    assertEquals(1.0, v.similarity("alpha", "alpha"), 1e-6);
    assertEquals(v.similarity("alpha", "gamma"), v.similarity("gamma", "alpha"), 1e-7);
    assertTrue(Double.isNaN(v.similarity("alpha", "unknown")));
    assertTrue(Double.isNaN(v.similarity("unknown", "alpha")));
  }

  @Test
  void addToAddsTheWeightedRow() throws Exception {
    CompactVectors v = CompactVectors.load(dir);
    float[] acc = {1f, 1f, 1f, 1f};
    v.addTo(4, 2f, acc);
    assertArrayEquals(new float[] {6f, -3.5f, 7f, -2.5f}, acc);
  }

  @Test
  void copyRowsCopiesConsecutiveRows() throws Exception {
    CompactVectors v = CompactVectors.load(dir);
    float[] dst = new float[3 * DIM];
    v.copyRows(4, 3, dst);
    for (int r = 0; r < 3; r++) {
      for (int d = 0; d < DIM; d++) {
        assertEquals(value(4 + r, d), dst[r * DIM + d]);
      }
    }
  }

  @Test
  void findLowerCasesAndStraightensCurlyApostrophes() throws Exception {
    CompactVectors v = CompactVectors.load(dir);
    assertEquals(3, find(v, "Russia’s"));
    assertEquals(3, find(v, "RUSSIA‘S"));
    assertEquals(3, find(v, "russia's"));
    assertEquals(4, find(v, "ALPHA"));
    assertEquals(4, find(v, "Alpha"));
    assertEquals(8, find(v, "ÉLAN"));
    assertEquals(10, find(v, "U.S."));
    assertEquals(-1, find(v, "alphas"));
    assertEquals(-1, find(v, "Russia’"));
    assertEquals(-1, find(v, ""));
  }

  @Test
  void findIgnoresSoftHyphensInsideAWord() throws Exception {
    CompactVectors v = CompactVectors.load(dir);
    assertEquals(4, find(v, "al\u00ADpha"));
    assertEquals(4, find(v, "AL\u00ADPHA\u00AD"));
    assertEquals(8, find(v, "\u00C9\u00ADLAN"));
    assertEquals(-1, find(v, "\u00AD"));
    assertEquals(-1, find(v, "al\u00ADphas"));
    String text = "Says al\u00ADpha.";
    assertEquals(4, v.find(text, 5, 11));
  }

  @Test
  void findLooksUpASubrangeOfTheText() throws Exception {
    CompactVectors v = CompactVectors.load(dir);
    String text = "Says Russia’s Alpha-Beta.";
    assertEquals(3, v.find(text, 5, 13));
    assertEquals(4, v.find(text, 14, 19));
    assertEquals(5, v.find(text, 20, 24));
    assertEquals(-1, v.find(text, 14, 24));
    assertEquals(-1, v.find(text, 5, 5));
  }

  private static int find(CompactVectors v, String s) {
    return v.find(s, 0, s.length());
  }

  @Test
  void checksumInPropertiesIsSha256OfVectorsFile() throws Exception {
    byte[] vectors = Files.readAllBytes(dir.resolve(CompactVectors.VECTORS));
    String sha = "sha256:" + HexFormat.of().formatHex(
        MessageDigest.getInstance("SHA-256").digest(vectors));
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(dir.resolve(CompactVectors.PROPERTIES),
        StandardCharsets.ISO_8859_1)) {
      p.load(r);
    }
    assertEquals(sha, p.getProperty("checksum"));
    assertEquals(ModelInfo.FORMAT, p.getProperty("format"));
    assertEquals("4", p.getProperty("dimensions"));
    assertEquals("12", p.getProperty("words"));
    assertEquals(sha, written.checksum());
    assertEquals(sha, CompactVectors.load(dir).info().checksum());
  }

  @Test
  void filesHaveTheDocumentedLayout() throws Exception {
    byte[] vectors = Files.readAllBytes(dir.resolve(CompactVectors.VECTORS));
    assertEquals(WORDS.size() * DIM * Float.BYTES, vectors.length);
    ByteBuffer b = ByteBuffer.wrap(vectors).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < WORDS.size(); i++) {
      for (int d = 0; d < DIM; d++) {
        assertEquals(value(i, d), b.getFloat());
      }
    }
    assertEquals(WORDS.size() * Float.BYTES, Files.size(dir.resolve(CompactVectors.NORMS)));
    assertEquals(String.join("\n", WORDS) + "\n",
        Files.readString(dir.resolve(CompactVectors.VOCAB), StandardCharsets.UTF_8));
  }

  @Test
  void writerLeavesNoTemporaryDirectoryBehind() throws Exception {
    assertEquals(List.of("model"), list(tmp));
    assertEquals(List.of(CompactVectors.PROPERTIES, CompactVectors.NORMS, CompactVectors.VECTORS,
        CompactVectors.VOCAB), list(dir));
  }

  @Test
  void rewritingReplacesTheModelAndLeavesNoTemporaryDirectory() throws Exception {
    float[][] other = new float[2][DIM];
    other[0] = new float[] {1, 2, 3, 4};
    other[1] = new float[] {-1, 0, 0, 1};
    TestModels.write(dir, List.of("x", "y"), other);
    assertEquals(List.of("model"), list(tmp));
    CompactVectors v = CompactVectors.load(dir);
    assertEquals(2, v.size());
    assertEquals(-1, v.index("alpha"));
    assertArrayEquals(new float[] {-1, 0, 0, 1}, v.vector(1));
  }

  @Test
  void failingRowSupplierLeavesNeitherModelNorTemporaryDirectory() throws Exception {
    Path target = tmp.resolve("broken");
    IOException e = assertThrows(IOException.class, () -> CompactVectorsWriter.write(target,
        ModelInfo.template("t", "", "", "", true), WORDS, DIM, (i, out) -> {
          if (i == 5) {
            throw new IOException("row 5 unavailable");
          }
        }));
    assertEquals("row 5 unavailable", e.getMessage());
    assertEquals(List.of("model"), list(tmp));
  }

  @Test
  void writerRejectsWordWithLineBreak() {
    Path target = tmp.resolve("bad");
    for (String bad : List.of("new\nline", "carriage\rreturn", "")) {
      List<String> words = new ArrayList<>(WORDS);
      words.set(2, bad);
      ModelException e = assertThrows(ModelException.class,
          () -> TestModels.write(target, words, rows()));
      assertTrue(e.getMessage().contains("word 3 "), e.getMessage());
      assertTrue(e.getMessage().contains("line break"), e.getMessage());
      assertFalse(Files.exists(target));
    }
    assertEquals(List.of("model"), list(tmp));
  }

  // ---- corrupted models ----

  @Test
  void truncatedVectorsFileIsReported() throws Exception {
    Path f = dir.resolve(CompactVectors.VECTORS);
    byte[] b = Files.readAllBytes(f);
    Files.write(f, java.util.Arrays.copyOf(b, b.length - 3));
    String m = loadFails();
    assertTrue(m.contains(f.toString()), m);
    assertTrue(m.contains("truncated"), m);
    assertTrue(m.contains("has " + (b.length - 3) + " bytes, expected " + b.length), m);
  }

  @Test
  void vectorsFileWithExtraBytesIsReported() throws Exception {
    Path f = dir.resolve(CompactVectors.VECTORS);
    Files.write(f, new byte[] {1, 2, 3, 4, 5}, StandardOpenOption.APPEND);
    String m = loadFails();
    assertTrue(m.contains(f.toString()), m);
    assertTrue(m.contains("corrupted"), m);
    assertFalse(m.contains("truncated"), m);
    assertTrue(m.contains("expected " + WORDS.size() * DIM * Float.BYTES), m);
  }

  @Test
  void vocabularyWithMissingLineIsReported() throws Exception {
    Path f = dir.resolve(CompactVectors.VOCAB);
    List<String> fewer = new ArrayList<>(WORDS);
    fewer.remove(6);
    Files.writeString(f, String.join("\n", fewer) + "\n", StandardCharsets.UTF_8);
    String m = loadFails();
    assertTrue(m.contains(f.toString()), m);
    assertTrue(m.contains("has 11 lines, expected 12"), m);
  }

  @Test
  void vocabularyWithExtraLineIsReported() throws Exception {
    Path f = dir.resolve(CompactVectors.VOCAB);
    Files.writeString(f, String.join("\n", WORDS) + "\nextra\n", StandardCharsets.UTF_8);
    String m = loadFails();
    assertTrue(m.contains(f.toString()), m);
    assertTrue(m.contains("more than the 12 words"), m);
  }

  @Test
  void vocabularyWithoutFinalLineBreakIsRejected() throws Exception {
    Path f = dir.resolve(CompactVectors.VOCAB);
    Files.writeString(f, String.join("\n", WORDS), StandardCharsets.UTF_8);
    String m = loadFails();
    assertTrue(m.contains(f.toString()), m);
    assertTrue(m.contains("truncated or corrupted"), m);
  }

  @Test
  void missingPropertiesIsReported() throws Exception {
    Files.delete(dir.resolve(CompactVectors.PROPERTIES));
    assertFalse(CompactVectors.isModelDirectory(dir));
    String m = loadFails();
    assertTrue(m.contains(dir.toString()), m);
    assertTrue(m.contains("model.properties is missing"), m);
  }

  @Test
  void wrongFormatInPropertiesIsReported() throws Exception {
    Path f = dir.resolve(CompactVectors.PROPERTIES);
    String text = Files.readString(f, StandardCharsets.ISO_8859_1);
    assertTrue(text.contains("format=framelens-vectors-1\n"));
    Files.writeString(f, text.replace("format=framelens-vectors-1", "format=framelens-vectors-9"),
        StandardCharsets.ISO_8859_1);
    String m = loadFails();
    assertTrue(m.contains(f.toString()), m);
    assertTrue(m.contains("format 'framelens-vectors-9', expected 'framelens-vectors-1'"), m);
  }

  @Test
  void propertiesWithoutSizesIsReported() throws Exception {
    Path f = dir.resolve(CompactVectors.PROPERTIES);
    String text = Files.readString(f, StandardCharsets.ISO_8859_1);
    Files.writeString(f, text.replace("dimensions=4", "dimensions=four"),
        StandardCharsets.ISO_8859_1);
    String m = loadFails();
    assertTrue(m.contains(f.toString()), m);
    assertTrue(m.contains("'dimensions' and 'words'"), m);
  }

  @Test
  void missingNormsFileIsReported() throws Exception {
    Path f = dir.resolve(CompactVectors.NORMS);
    Files.delete(f);
    String m = loadFails();
    assertTrue(m.contains(f.toString()), m);
    assertTrue(m.contains("missing"), m);
  }

  @Test
  void missingVocabularyIsReported() throws Exception {
    Path f = dir.resolve(CompactVectors.VOCAB);
    Files.delete(f);
    String m = loadFails();
    assertTrue(m.contains(f.toString()), m);
    assertTrue(m.contains("missing"), m);
  }

  private String loadFails() {
    ModelException e = assertThrows(ModelException.class, () -> CompactVectors.load(dir));
    assertFalse(e.getMessage().contains("\n"), "one-line message: " + e.getMessage());
    return e.getMessage();
  }

  private static List<String> list(Path p) {
    try (Stream<Path> s = Files.list(p)) {
      return s.map(x -> x.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void writingAModelNeverReplacesADirectoryOfOtherFiles() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("article.txt"), "A user's article.");
    ModelException e = assertThrows(ModelException.class,
        () -> TestModels.write(corpus, WORDS, rows()));
    assertEquals("cannot write the model: " + corpus + " holds files that are not part of a "
        + "FrameLens model (" + corpus.resolve("article.txt") + "); writing the model would "
        + "replace the whole directory: choose another path, or an empty or new directory",
        e.getMessage());
    assertEquals("A user's article.", Files.readString(corpus.resolve("article.txt")));
    Path file = Files.writeString(tmp.resolve("notes.txt"), "notes");
    ModelException f = assertThrows(ModelException.class,
        () -> TestModels.write(file, WORDS, rows()));
    assertTrue(f.getMessage().endsWith(file + " exists and is not a directory; a model is a "
        + "directory: choose another path"), f.getMessage());
    assertEquals("notes", Files.readString(file));
    assertThrows(ModelException.class, () -> TestModels.write(Path.of(""), WORDS, rows()));
    try (Stream<Path> left = Files.list(tmp)) {
      assertEquals(List.of("corpus", "model", "notes.txt"),
          left.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary left");
    }
  }

  @Test
  void anEarlierModelWithItsLicenceAndAnEmptyDirectoryAreReplaced() throws Exception {
    float[][] halved = rows();
    for (float[] r : halved) {
      for (int d = 0; d < r.length; d++) {
        r[d] /= 2;
      }
    }
    Files.writeString(dir.resolve("LICENSE.wink"), "MIT\n");
    TestModels.write(dir, WORDS, halved);
    CompactVectors v = CompactVectors.load(dir);
    assertEquals(halved[1][1], v.get(v.index("of"), 1));
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    TestModels.write(empty, WORDS, rows());
    assertTrue(CompactVectors.isModelDirectory(empty));
  }
}
