package org.framelens.ingest;

import static org.framelens.text.TextInvariants.check;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fuzzes {@link TextDecoder} with raw bytes (docs/FUZZING.md). Either a
 * {@link BadInputException} with a line inside the file (0 = the whole file), or decoded text;
 * text read as plain UTF-8 is exactly the input bytes, and a "damaged UTF-8" warning counts at
 * least one replaced character.
 */
class TextDecoderFuzzTest {

  private static final Pattern REPLACED = Pattern.compile("; (-?\\d+) character\\(s\\) replaced");

  @FuzzTest(maxDuration = "10s")
  void decode(byte[] input) {
    TextDecoder.Decoded d;
    try {
      d = TextDecoder.decode(input);
    } catch (BadInputException e) {
      int lines = 1; // LF, CRLF and a lone CR each end a line, as in the decoder's messages
      for (int i = 0; i < input.length; i++) {
        lines += input[i] == '\n' || (input[i] == '\r' && (i + 1 >= input.length
            || input[i + 1] != '\n')) ? 1 : 0;
      }
      check(e.line() >= 0 && e.line() <= lines, "line " + e.line() + " outside 0.." + lines);
      return;
    }
    check(d.text() != null && d.warning() != null && !d.encoding().isEmpty(), "incomplete " + d);
    if (d.encoding().equals("UTF-8")) {
      check(Arrays.equals(d.text().getBytes(StandardCharsets.UTF_8), input),
          "UTF-8 text does not round-trip");
    }
    if (d.encoding().equals("UTF-8 (BOM)")) {
      check(Arrays.equals(d.text().getBytes(StandardCharsets.UTF_8),
          Arrays.copyOfRange(input, 3, input.length)), "UTF-8 text after a BOM does not round-trip");
    }
    Matcher m = REPLACED.matcher(d.warning());
    if (m.find()) {
      check(Long.parseLong(m.group(1)) >= 1, "damaged UTF-8 with no replaced character: "
          + d.warning());
    }
  }
}
