package org.framelens.ingest;

import static org.framelens.text.TextInvariants.check;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the HTML reader (jsoup) on decoded bytes (docs/FUZZING.md). The extracted text is
 * paragraphs joined by blank lines, so it has no leading or trailing whitespace, and a body
 * start after a title paragraph falls right after a blank line.
 */
class HtmlReaderFuzzTest {

  @FuzzTest(maxDuration = "10s")
  void readHtml(byte[] input) {
    String text;
    try {
      text = TextDecoder.decode(input).text();
    } catch (BadInputException e) {
      return;
    }
    Article a = HtmlReader.read(new SourceFile("fuzz.html", "fuzz", text));
    check(a.text().equals(a.text().strip()), "extracted text not stripped");
    check(a.bodyStart() == 0 || a.text().startsWith("\n\n", a.bodyStart() - 2),
        "body start " + a.bodyStart() + " not after a paragraph break");
    check(a.id().equals("fuzz") && a.line() == 1, "id or line changed");
  }
}
