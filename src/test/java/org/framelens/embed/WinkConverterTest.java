package org.framelens.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WinkConverterTest {

  static final ModelInfo TEMPLATE = ModelInfo.template("wink-test", "wink fixture", "MIT",
      "written by WinkConverterTest", true);

  @TempDir
  Path tmp;

  /** The fixture: rows the, cat, sat; the vectors object lists sat, the, cat. */
  static final String GOOD = """
      {"precision":8,"l2NormIndex":4,"wordIndex":5,"size":3,"dimensions":4,
       "words":["the","cat","sat"],
       "vectors":{
         "sat":[0.5,-0.25,0.125,2.0,2.1,2],
         "the":[-0.038194,-0.24487,0.72812,-0.39961,0.8,0],
         "cat":[1.0,2.0,3.0,4.0,5.4772,1]
       },
       "unkVector":[0,0,0,0,0,-1]}
      """;

  private Path json(String text) throws Exception {
    Path f = tmp.resolve("wink.json");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void convertsRowsByTheirIndexNotByObjectOrder() throws Exception {
    Path out = tmp.resolve("model");
    List<Long> progress = new ArrayList<>();
    ModelInfo info = WinkConverter.convert(json(GOOD), out, TEMPLATE, progress::add);
    assertEquals(4, info.dimensions());
    assertEquals(3, info.words());
    assertEquals("wink-test", info.name());
    assertTrue(info.frequencyOrdered());
    assertTrue(progress.isEmpty(), "progress is reported every 4 MB only");

    CompactVectors v = CompactVectors.load(out);
    assertEquals(4, v.dimensions());
    assertEquals(3, v.size());
    assertEquals(List.of("the", "cat", "sat"), List.of(v.word(0), v.word(1), v.word(2)));
    assertArrayEquals(new float[] {-0.038194f, -0.24487f, 0.72812f, -0.39961f}, v.vector(0));
    assertArrayEquals(new float[] {1f, 2f, 3f, 4f}, v.vector(1));
    assertArrayEquals(new float[] {0.5f, -0.25f, 0.125f, 2f}, v.vector(2));
    assertEquals(1, v.index("cat"));
    // the norm is recomputed from the values, not copied from the l2 norm column
    assertEquals((float) Math.sqrt(30.0), v.norm(1));
    assertEquals(info.checksum(), v.info().checksum());
  }

  @Test
  void fieldsOrderBeforeVectorsDoesNotMatterForWords() throws Exception {
    String text = """
        {"size":2,"dimensions":2,"wordIndex":3,
         "vectors":{"b":[3,4,5,1],"a":[1,0,1,0]},
         "words":["a","b"]}
        """;
    Path out = tmp.resolve("model");
    WinkConverter.convert(json(text), out, TEMPLATE, x -> { });
    CompactVectors v = CompactVectors.load(out);
    assertEquals("a", v.word(0));
    assertArrayEquals(new float[] {1f, 0f}, v.vector(0));
    assertArrayEquals(new float[] {3f, 4f}, v.vector(1));
    assertEquals(5f, v.norm(1));
  }

  @Test
  void truncatedJsonIsReportedAsInvalid() throws Exception {
    Path f = json(GOOD.substring(0, GOOD.indexOf("\"cat\":[1.0") + 8));
    Path out = tmp.resolve("model");
    String m = fails(f, out);
    assertTrue(m.contains(f.toString()), m);
    assertTrue(m.contains("not valid JSON (truncated or corrupted?)"), m);
    assertTrue(m.contains("near byte"), m);
  }

  @Test
  void jsonCutBetweenTokensIsReportedAsInvalid() throws Exception {
    Path f = json(GOOD.substring(0, GOOD.indexOf("\"cat\"")));
    String m = fails(f, tmp.resolve("model"));
    assertTrue(m.contains(f.toString()), m);
    assertTrue(m.contains("not valid JSON"), m);
  }

  @Test
  void vectorWithTooFewValuesIsReportedAsWrongDimension() throws Exception {
    Path f = json(GOOD.replace("[1.0,2.0,3.0,4.0,5.4772,1]", "[1.0,2.0,3.0,5.4772,1]"));
    String m = fails(f, tmp.resolve("model"));
    assertTrue(m.contains(f.toString()), m);
    assertTrue(m.contains("vector of 'cat' has 5 values, expected 6 (wrong dimension?)"), m);
  }

  @Test
  void repeatedRowIndexIsReported() throws Exception {
    Path f = json(GOOD.replace("[1.0,2.0,3.0,4.0,5.4772,1]", "[1.0,2.0,3.0,4.0,5.4772,0]"));
    String m = fails(f, tmp.resolve("model"));
    assertTrue(m.contains(f.toString()), m);
    assertTrue(m.contains("vector of 'cat' has a bad or repeated row index 0"), m);
  }

  @Test
  void rowIndexOutsideTheVocabularyIsReported() throws Exception {
    Path f = json(GOOD.replace("[1.0,2.0,3.0,4.0,5.4772,1]", "[1.0,2.0,3.0,4.0,5.4772,3]"));
    String m = fails(f, tmp.resolve("model"));
    assertTrue(m.contains("vector of 'cat' has a bad or repeated row index 3"), m);
  }

  @Test
  void declaredSizeLargerThanWordsAndVectorsIsReported() throws Exception {
    Path f = json(GOOD.replace("\"size\":3", "\"size\":4"));
    String m = fails(f, tmp.resolve("model"));
    assertTrue(m.contains(f.toString()), m);
    assertTrue(m.contains("declares 4 words but has 3 words and 3 vectors"), m);
  }

  @Test
  void missingVectorIsReportedAsSizeMismatch() throws Exception {
    Path f = json(GOOD.replace("\"cat\":[1.0,2.0,3.0,4.0,5.4772,1]", "")
        .replace("0.8,0],", "0.8,0]"));
    String m = fails(f, tmp.resolve("model"));
    assertTrue(m.contains("declares 3 words but has 3 words and 2 vectors"), m);
  }

  @Test
  void extraWordIsReportedAsSizeMismatch() throws Exception {
    Path f = json(GOOD.replace("\"sat\"]", "\"sat\",\"mat\"]"));
    String m = fails(f, tmp.resolve("model"));
    assertTrue(m.contains("declares 3 words but has 4 words and 3 vectors"), m);
  }

  @Test
  void vectorsBeforeSizeAreReported() throws Exception {
    String text = """
        {"vectors":{"a":[1,0,1,0]},"size":1,"dimensions":2,"wordIndex":3,"words":["a"]}
        """;
    Path f = json(text);
    String m = fails(f, tmp.resolve("model"));
    assertTrue(m.contains("'size' and 'dimensions' must come before 'vectors'"), m);
  }

  @Test
  void missingWordsAreReported() throws Exception {
    Path f = json(GOOD.replace("\"words\":[\"the\",\"cat\",\"sat\"],", ""));
    String m = fails(f, tmp.resolve("model"));
    assertTrue(m.contains(f.toString()), m);
    assertTrue(m.contains("lacks 'words' or 'vectors'"), m);
  }

  @Test
  void topLevelArrayIsReported() throws Exception {
    Path f = json("[1,2,3]");
    String m = fails(f, tmp.resolve("model"));
    assertTrue(m.contains("expected START_OBJECT but found START_ARRAY"), m);
  }

  @Test
  void vectorWithTooManyValuesIsRejected() throws Exception {
    Path f = json("""
        {"size":1,"dimensions":4,"wordIndex":5,"words":["a"],
         "vectors":{"a":[2,2,2,2,9,1.5,0]}}""");
    String m = fails(f, tmp.resolve("model"));
    assertTrue(m.contains("has 7 values, expected 6"), m);
  }

  @Test
  void vectorStoredUnderAnotherWordIsRejected() throws Exception {
    Path f = json("""
        {"size":2,"dimensions":2,"wordIndex":3,"words":["the","cat"],
         "vectors":{"dog":[1,1,1,0],"cow":[2,2,2,1]}}""");
    String m = fails(f, tmp.resolve("model"));
    assertTrue(m.contains("row 0 is 'the' in 'words' but its vector is stored under 'dog'"), m);
  }

  private String fails(Path f, Path out) {
    ModelException e = assertThrows(ModelException.class,
        () -> WinkConverter.convert(f, out, TEMPLATE, x -> { }));
    assertFalse(Files.exists(out), "no model is written after an error");
    return e.getMessage();
  }
}
