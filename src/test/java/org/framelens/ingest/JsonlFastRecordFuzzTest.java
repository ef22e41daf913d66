package org.framelens.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the byte-level JSONL record reader that large files are streamed through
 * (docs/FUZZING.md): for every line it accepts, the fields must be exactly those of the Jackson
 * tree read it stands in for, and the line must be well-formed UTF-8
 * ({@link JsonlFastRecordTest#check}); nothing may escape.
 */
class JsonlFastRecordFuzzTest {

  @FuzzTest(maxDuration = "10s")
  void fastRecordAgreesWithJackson(byte[] line) {
    for (byte x : line) {
      if (x == '\n') {
        return; // one line
      }
    }
    JsonlFastRecordTest.check(line);
  }
}
