package org.framelens.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the CSV corpus reader (Commons CSV) on decoded bytes (docs/FUZZING.md). Either a
 * {@link BadInputException} for the header (line 1 or later), or articles and bad records named
 * by lines inside the file, each record on a later line than the one before.
 */
class CsvCorpusReaderFuzzTest {

  @FuzzTest(maxDuration = "10s")
  void readCsv(byte[] input) {
    String text;
    try {
      text = TextDecoder.decode(input).text();
    } catch (BadInputException e) {
      return;
    }
    RecordCheck sink = new RecordCheck(text, true);
    try {
      CsvCorpusReader.read(new SourceFile("fuzz.csv", "fuzz", text), FieldMapping.defaults(), sink);
    } catch (BadInputException e) {
      sink.rejected(e, 1);
    }
  }
}
