package org.framelens.ingest;

import static org.framelens.text.TextInvariants.check;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fuzzes the metadata manifest reader ({@code --manifest}, {@code sources.csv}) with raw bytes
 * written to a file under {@code target/} (docs/FUZZING.md): a {@link BadInputException}, or
 * overrides that can be looked up.
 */
class MetadataOverridesFuzzTest {

  private static final Path FILE = Path.of(System.getProperty("java.io.tmpdir"),
      "fuzz-manifest-" + ProcessHandle.current().pid() + ".csv");

  @FuzzTest(maxDuration = "10s")
  void loadManifest(byte[] input) throws IOException {
    Files.write(FILE, input);
    MetadataOverrides m;
    try {
      m = MetadataOverrides.load(FILE, "fuzz.csv");
    } catch (BadInputException e) {
      check(e.line() >= 0, "negative line " + e.line());
      check(e.getMessage() != null && !e.getMessage().isBlank(), "no message");
      return;
    }
    check(m.size() >= 0, "size");
    check(m.lookup("dir/000_a.txt", "fuzz:1") != null, "null metadata");
  }
}
