package org.framelens.ingest;

import static org.framelens.text.TextInvariants.check;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the {@code .json} reader (Jackson's streaming parser) on decoded bytes
 * (docs/FUZZING.md). Nothing may escape but a {@link BadInputException} with a line in the file:
 * an object is an article or a bad record, named by a line inside the file, in file order.
 */
class JsonFileReaderFuzzTest {

  @FuzzTest(maxDuration = "10s")
  void readJson(byte[] input) {
    String text;
    try {
      text = TextDecoder.decode(input).text();
    } catch (BadInputException e) {
      return;
    }
    RecordCheck sink = new RecordCheck(text, false);
    try {
      JsonFileReader.read(new SourceFile("fuzz.json", "fuzz", text), FieldMapping.defaults(),
          sink);
    } catch (BadInputException e) {
      sink.rejected(e, 0);
      return;
    }
    for (Article a : sink.articles) {
      check(a.format().equals("json") && a.bodyStart() == 0, "format or body start of " + a.id());
    }
  }
}
