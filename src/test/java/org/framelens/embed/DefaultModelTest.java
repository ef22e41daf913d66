package org.framelens.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** A model loaded ahead ({@link DefaultModel#prefetch}) is the model a plain load gives. */
class DefaultModelTest {

  @Test
  void aPrefetchedModelIsTheModelLoadedDirectly() throws Exception {
    Assumptions.assumeTrue(CompactVectors.isModelDirectory(DefaultModel.directory()),
        "the default model is not installed");
    DefaultModel.prefetch();
    CompactVectors prefetched = DefaultModel.load();
    CompactVectors direct = CompactVectors.load(DefaultModel.directory());
    assertNotSame(direct, prefetched);
    assertEquals(direct.info(), prefetched.info());
    assertEquals(direct.size(), prefetched.size());
    assertEquals(direct.dimensions(), prefetched.dimensions());
    for (int row = 0; row < direct.size(); row += 997) {
      String w = direct.word(row);
      assertEquals(w, prefetched.word(row));
      assertEquals(direct.index(w), prefetched.index(w), w);
      assertEquals(direct.norm(row), prefetched.norm(row), w);
      for (int d = 0; d < direct.dimensions(); d++) {
        assertEquals(direct.get(row, d), prefetched.get(row, d), w);
      }
    }
    // taken once: the next load is a load of its own
    assertNotSame(prefetched, DefaultModel.load());
  }
}
