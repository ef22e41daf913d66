package org.framelens.ingest;

import static org.framelens.text.TextInvariants.check;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the plain-text and Markdown reader on decoded bytes, as ingest reads a file
 * (docs/FUZZING.md). The article keeps the whole text; what comes before the body is the title
 * line or the date marker.
 */
class TxtReaderFuzzTest {

  @FuzzTest(maxDuration = "10s")
  void readTxtAndMd(byte[] input) {
    String text;
    try {
      text = TextDecoder.decode(input).text();
    } catch (BadInputException e) {
      return;
    }
    for (String format : new String[] {"txt", "md"}) {
      Article a = TxtReader.read(new SourceFile("fuzz." + format, "fuzz", text), format);
      check(a.text().equals(text), "the article text is not the file text");
      check(a.line() == 1, "line " + a.line());
      if (a.bodyStart() > 0 && !a.metadata().title().isEmpty()) {
        check(text.substring(0, a.bodyStart()).contains(a.metadata().title().split(" ")[0]),
            "title '" + a.metadata().title() + "' is not in the text before the body");
      }
    }
  }
}
