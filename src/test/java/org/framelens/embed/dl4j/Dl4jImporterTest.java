package org.framelens.embed.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.framelens.embed.CompactVectors;
import org.framelens.embed.ModelException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Dl4jImporterTest {

  static final List<String> WORDS = List.of("the", "said", "regime", "pretext", "banana");
  /** Values with short binary expansions, so that text and binary files hold the same floats. */
  static final float[][] VALUES = {
      {0.5f, -0.25f, 1.0f, 0.125f},
      {-1.5f, 2.0f, 0.0f, 0.75f},
      {3.25f, -0.5f, 0.0625f, -2.0f},
      {0.0f, 1.5f, -3.0f, 4.0f},
      {-0.375f, 0.875f, 2.5f, -1.25f},
  };
  static final int DIM = 4;

  @TempDir
  Path tmp;

  static String vectorLine(int i) {
    StringBuilder b = new StringBuilder(WORDS.get(i));
    for (float f : VALUES[i]) {
      b.append(' ').append(String.format(Locale.ROOT, "%.6f", f));
    }
    return b.toString();
  }

  Path word2vecText() throws Exception {
    StringBuilder b = new StringBuilder(WORDS.size() + " " + DIM + "\n");
    for (int i = 0; i < WORDS.size(); i++) {
      b.append(vectorLine(i)).append('\n');
    }
    Path f = tmp.resolve("vectors.w2v.txt");
    Files.writeString(f, b, StandardCharsets.UTF_8);
    return f;
  }

  Path gloveText() throws Exception {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < WORDS.size(); i++) {
      b.append(vectorLine(i)).append('\n');
    }
    Path f = tmp.resolve("glove.test.txt");
    Files.writeString(f, b, StandardCharsets.UTF_8);
    return f;
  }

  /** Google word2vec binary: "N D\n", then per word: word, ' ', D little-endian float32, '\n'. */
  Path word2vecBinary() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write((WORDS.size() + " " + DIM + "\n").getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < WORDS.size(); i++) {
      out.write((WORDS.get(i) + " ").getBytes(StandardCharsets.UTF_8));
      ByteBuffer b = ByteBuffer.allocate(DIM * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
      for (float f : VALUES[i]) {
        b.putFloat(f);
      }
      out.write(b.array());
      out.write('\n');
    }
    Path f = tmp.resolve("vectors.bin");
    Files.write(f, out.toByteArray());
    return f;
  }

  static void assertModel(Path dir) throws Exception {
    CompactVectors v = CompactVectors.load(dir);
    assertEquals(DIM, v.dimensions());
    assertEquals(WORDS.size(), v.size());
    for (int i = 0; i < WORDS.size(); i++) {
      assertEquals(WORDS.get(i), v.word(i), "row " + i);
      for (int d = 0; d < DIM; d++) {
        assertEquals(VALUES[i][d], v.get(i, d), 1e-6, WORDS.get(i) + " dim " + d);
      }
    }
  }

  static String sha256(Path f) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
        .digest(Files.readAllBytes(f)));
  }

  @Test
  void importsWord2vecTextWithHeader() throws Exception {
    Path f = word2vecText();
    Path cache = tmp.resolve("cache");
    Path dir = Dl4jImporter.importModel(f, cache);
    assertEquals(cache.resolve("imported").resolve(sha256(f).substring(0, 16)), dir);
    assertModel(dir);
    CompactVectors v = CompactVectors.load(dir);
    assertEquals("vectors", v.info().name());
    assertTrue(v.info().provenance().contains("sha256:" + sha256(f)), v.info().provenance());
    assertTrue(v.info().description().contains("text"), v.info().description());
  }

  @Test
  void importsGloveTextWithoutHeader() throws Exception {
    Path dir = Dl4jImporter.importModel(gloveText(), tmp.resolve("cache"));
    assertModel(dir);
  }

  @Test
  void importsWord2vecBinary() throws Exception {
    Path f = word2vecBinary();
    assertTrue(Dl4jImporter.isBinary(f));
    Path dir = Dl4jImporter.importModel(f, tmp.resolve("cache"));
    assertModel(dir);
    assertTrue(CompactVectors.load(dir).info().description().contains("binary"));
  }

  @Test
  void textFilesAreNotTakenForBinary() throws Exception {
    assertFalse(Dl4jImporter.isBinary(word2vecText()));
    assertFalse(Dl4jImporter.isBinary(gloveText()));
  }

  @Test
  void importingTheSameFileTwiceReusesTheCachedModel() throws Exception {
    Path f = word2vecText();
    Path cache = tmp.resolve("cache");
    Path first = Dl4jImporter.importModel(f, cache);
    Path props = first.resolve(CompactVectors.PROPERTIES);
    FileTime old = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(props, old);
    Path second = Dl4jImporter.importModel(f, cache);
    assertEquals(first, second);
    assertEquals(old, Files.getLastModifiedTime(props), "model.properties was not rewritten");
    try (var s = Files.list(cache.resolve("imported"))) {
      assertEquals(1, s.count());
    }
    // a copy under another name has the same content, hence the same cache entry
    Path copy = tmp.resolve("copy-of-vectors.txt");
    Files.copy(f, copy);
    assertEquals(first, Dl4jImporter.importModel(copy, cache));
    assertEquals(old, Files.getLastModifiedTime(props));
  }

  @Test
  void differentFilesGetDifferentCacheEntries() throws Exception {
    Path cache = tmp.resolve("cache");
    Path a = Dl4jImporter.importModel(word2vecText(), cache);
    Path b = Dl4jImporter.importModel(gloveText(), cache);
    assertFalse(a.equals(b));
    assertModel(a);
    assertModel(b);
  }

  @Test
  void lineWithOneNumberTooFewIsReportedWithItsLineNumber() throws Exception {
    Path f = word2vecText();
    List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
    String l5 = lines.get(4);
    lines.set(4, l5.substring(0, l5.lastIndexOf(' ')));
    Files.write(f, lines, StandardCharsets.UTF_8);
    Path cache = tmp.resolve("cache");
    ModelException e = assertThrows(ModelException.class, () -> Dl4jImporter.importModel(f, cache));
    String m = e.getMessage();
    assertTrue(m.contains(f.getFileName().toString()), m);
    assertTrue(m.contains(":5:"), m);
    assertTrue(m.contains("vector has 3 dimensions, earlier lines have 4"), m);
    assertFalse(Files.exists(cache.resolve("imported").resolve(sha256(f).substring(0, 16))));
  }

  @Test
  void headerDisagreeingWithVectorsIsReported() throws Exception {
    Path f = word2vecText();
    String text = Files.readString(f, StandardCharsets.UTF_8);
    Files.writeString(f, text.replaceFirst("5 4\n", "5 7\n"), StandardCharsets.UTF_8);
    ModelException e = assertThrows(ModelException.class,
        () -> Dl4jImporter.importModel(f, tmp.resolve("cache")));
    assertTrue(e.getMessage().contains(":2: header declares 7 dimensions but the vector has 4"),
        e.getMessage());
  }

  @Test
  void nonNumberIsReportedWithItsLine() throws Exception {
    Path f = gloveText();
    List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
    lines.set(2, lines.get(2).replace("-0.500000", "abc"));
    Files.write(f, lines, StandardCharsets.UTF_8);
    ModelException e = assertThrows(ModelException.class,
        () -> Dl4jImporter.importModel(f, tmp.resolve("cache")));
    String m = e.getMessage();
    assertTrue(m.contains(f.getFileName().toString()), m);
    assertTrue(m.contains(":3: 'abc' is not a number"), m);
  }

  @Test
  void fileCutAtALineBoundaryIsReportedAgainstTheHeader() throws Exception {
    Path f = word2vecText();
    List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
    Files.write(f, lines.subList(0, 4), StandardCharsets.UTF_8); // header + 3 of 5 words
    ModelException e = assertThrows(ModelException.class,
        () -> Dl4jImporter.importModel(f, tmp.resolve("cache")));
    assertTrue(e.getMessage().contains("header declares 5 words but the file has 3"),
        e.getMessage());
  }

  @Test
  void missingFileIsReported() {
    Path f = tmp.resolve("no-such-model.txt");
    ModelException e = assertThrows(ModelException.class,
        () -> Dl4jImporter.importModel(f, tmp.resolve("cache")));
    assertTrue(e.getMessage().contains(f.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
  }

  @Test
  void directoryIsNotAModelFile() {
    ModelException e = assertThrows(ModelException.class,
        () -> Dl4jImporter.importModel(tmp, tmp.resolve("cache")));
    assertTrue(e.getMessage().contains("not a file"), e.getMessage());
  }

  @Test
  void emptyTextFileHoldsNoVectors() throws Exception {
    Path f = tmp.resolve("empty.txt");
    Files.writeString(f, "\n\n");
    ModelException e = assertThrows(ModelException.class,
        () -> Dl4jImporter.importModel(f, tmp.resolve("cache")));
    assertTrue(e.getMessage().contains("holds no word vectors"), e.getMessage());
  }

  /** Runs {@code body} with System.err captured, and returns what it printed there. */
  private static String stderrOf(org.junit.jupiter.api.function.Executable body) throws Throwable {
    java.io.PrintStream saved = System.err;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      body.execute();
    } finally {
      System.setErr(saved);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }

  @Test
  void randomBytesAreRefusedInOneLineWithoutDl4jLogsOrTheFilesBytes() throws Throwable {
    byte[] junk = new byte[1000];
    new java.util.Random(3).nextBytes(junk);
    Path f = Files.write(tmp.resolve("random.bin"), junk);
    ModelException[] e = new ModelException[1];
    String err = stderrOf(() -> e[0] = assertThrows(ModelException.class,
        () -> Dl4jImporter.importModel(f, tmp.resolve("cache"))));
    assertEquals("", err);
    assertEquals("cannot import " + f + ": it is not a word-vector model (a binary file that "
        + "does not start with the word2vec header line '<words> <dimensions>'; the text formats "
        + "are word2vec, GloVe and fastText .vec)", e[0].getMessage());
  }

  @Test
  void binaryWithAHeaderButBrokenBodyFailsWithoutDl4jLogs() throws Throwable {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write("3 4\n".getBytes(StandardCharsets.US_ASCII));
    byte[] junk = new byte[200];
    new java.util.Random(4).nextBytes(junk);
    junk[0] = 0;
    b.write(junk);
    Path f = Files.write(tmp.resolve("broken.bin"), b.toByteArray());
    ModelException[] e = new ModelException[1];
    String err = stderrOf(() -> e[0] = assertThrows(ModelException.class,
        () -> Dl4jImporter.importModel(f, tmp.resolve("cache"))));
    assertEquals("", err, "DL4J's logger is off");
    String m = e[0].getMessage();
    assertFalse(m.contains("loader directly"), m);
    assertFalse(m.contains("\n"), m);
    assertTrue(m.chars().noneMatch(c -> Character.isISOControl(c) || c == 0xFFFD), m);
  }

  @Test
  void textModelGivingAWordTwiceIsRefusedNamingBothLines() throws Exception {
    Path f = tmp.resolve("twice.txt");
    Files.writeString(f, "3 2\ncat 0.1 0.2\ndog 0.2 0.1\ncat 0.3 0.3\n");
    ModelException e = assertThrows(ModelException.class,
        () -> Dl4jImporter.importModel(f, tmp.resolve("cache")));
    assertEquals(f + ":4: the word 'cat' is given twice (first on line 2); a model gives each "
        + "word one vector", e.getMessage());
  }

  @Test
  void reasonDropsTheLoaderAdviceAndControlCharacters() {
    assertEquals("Deeplearning4j cannot tell its format (word2vec text or binary, GloVe, "
        + "fastText .vec)", Dl4jImporter.reason(new RuntimeException(
            "Unable to guess input file format. Please use corresponding loader directly")));
    assertEquals("For input string: \"?PNG??\"", Dl4jImporter.reason(
        new NumberFormatException("For input string: \"\u0089PNG\r\u0001\"")));
  }
}
