package org.framelens.ingest;

import static org.framelens.text.TextInvariants.check;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the JSON Lines reader (Jackson) on decoded bytes (docs/FUZZING.md). Nothing may escape:
 * a line is an article or a bad record, named by a line inside the file, in order.
 */
class JsonlReaderFuzzTest {

  @FuzzTest(maxDuration = "10s")
  void readJsonl(byte[] input) {
    String text;
    try {
      text = TextDecoder.decode(input).text();
    } catch (BadInputException e) {
      return;
    }
    RecordCheck sink = new RecordCheck(text, true);
    JsonlReader.read(new SourceFile("fuzz.jsonl", "fuzz", text), FieldMapping.defaults(), sink);
    long nonBlank = text.lines().filter(l -> !l.isBlank()).count();
    check(sink.articles.size() + sink.bad.size() <= nonBlank + 1, "more records than lines");
    for (Article a : sink.articles) {
      check(a.format().equals("jsonl") && a.bodyStart() == 0, "format or body start of " + a.id());
    }
  }
}
