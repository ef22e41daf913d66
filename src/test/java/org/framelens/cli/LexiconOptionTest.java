package org.framelens.cli;

import static org.framelens.cli.CliRun.csvRows;
import static org.framelens.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.framelens.cli.CliRun.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code analyze --lexicon FILE} and {@code --actors FILE}, run in-process over the seeds. */
class LexiconOptionTest {

  private static final String HEADER = "rule_id\tphrase\tcue_type\tcategory\texplanation\texcept"
      + "\texample_hit\texample_miss\n";
  private static final String DRILLS = "user.drills\tdrills\tloaded\tmilitary\t“{text}” names "
      + "military exercises.\t\tThe [[drills]] began.\tThe talks began.\n";

  @TempDir
  Path tmp;

  private Result analyze(String... options) {
    List<String> args = new ArrayList<>(List.of("analyze", "--no-embeddings"));
    args.addAll(List.of(options));
    args.addAll(List.of(seeds(), "--out", tmp.resolve("reports").toString()));
    return run(args.toArray(String[]::new));
  }

  private static String seeds() {
    Path seeds = Path.of("seeds").toAbsolutePath();
    assertTrue(Files.isDirectory(seeds), "the seed articles at " + seeds);
    return seeds.toString();
  }

  private Path write(String name, String content) throws IOException {
    Path f = tmp.resolve(name);
    Files.writeString(f, content, StandardCharsets.UTF_8);
    return f;
  }

  /** A usage error: exit 2, exactly one stderr line starting with {@code expected}. */
  private void assertUsageError(Result r, String expected) {
    assertEquals(2, r.code(), r.err());
    List<String> lines = r.err().lines().toList();
    assertEquals(1, lines.size(), "one line on stderr:\n" + r.err());
    assertEquals(expected, lines.get(0));
    assertFalse(r.err().contains("Exception"), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
    assertFalse(Files.exists(tmp.resolve("reports").resolve("cues.csv")),
        "no reports are written on a usage error");
  }

  @Test
  void aBadLexiconLineIsAUsageErrorNamingFileAndLine() throws IOException {
    Path bad = write("bad.tsv", "# my rules\n" + HEADER + DRILLS
        + "user.puppets\tpuppets\tloadedd\tlabel\t“{text}” E.\t\tThe [[puppets]].\tNone.\n");
    Result r = analyze("--lexicon", bad.toString());
    assertUsageError(r, "framelens: " + bad + ":4: unknown cue_type 'loadedd' (one of loaded, "
        + "weasel, agentless_passive, hedge, booster, doubt, unattributed_claim, attribution)");
  }

  @Test
  void aLexiconWithABadPhraseNamesFileAndLine() throws IOException {
    Path bad = write("phrase.tsv", HEADER + DRILLS.replace("\tdrills\t", "\t[drills\t"));
    assertUsageError(analyze("--lexicon", bad.toString()),
        "framelens: " + bad + ":2: unclosed [..] in phrase '[drills'");
  }

  @Test
  void emptyOrFolderConfigPathsNameTheOption() {
    assertUsageError(analyze("--axes", ""),
        "framelens: --axes is empty (an unset variable?); give a file");
    assertUsageError(analyze("--lexicon", ""),
        "framelens: --lexicon is empty (an unset variable?); give a file");
    assertUsageError(analyze("--actors", ""),
        "framelens: --actors is empty (an unset variable?); give a file");
    assertUsageError(analyze("--axes", tmp.toString()),
        "framelens: cannot read axes file " + tmp + ": it is a directory; give a file");
    assertUsageError(analyze("--lexicon", tmp.toString()),
        "framelens: cannot read lexicon " + tmp + ": it is a directory; give a file");
    assertUsageError(analyze("--actors", tmp.toString()),
        "framelens: cannot read actors file " + tmp + ": it is a directory; give a file");
    Path x = tmp.resolve("exercise");
    for (String[] o : new String[][] {{"--lexicon", ""}, {"--actors", ""}}) {
      Result r = run("exercise", seeds(), "--no-embeddings", "--out", x.toString(), o[0], o[1]);
      assertUsageError(r, "framelens: " + o[0] + " is empty (an unset variable?); give a file");
    }
    Result r = run("exercise", seeds(), "--no-embeddings", "--out", x.toString(), "--lexicon",
        tmp.toString());
    assertUsageError(r, "framelens: cannot read lexicon " + tmp + ": it is a directory; give a "
        + "file");
    assertFalse(Files.exists(x), "nothing written");
  }

  @Test
  void aMissingLexiconFileIsAUsageError() {
    Path missing = tmp.resolve("nowhere.tsv");
    assertUsageError(analyze("--lexicon", missing.toString()),
        "framelens: cannot read lexicon " + missing + ": no such file");
  }

  @Test
  void aUserLexiconAddsItsRulesToCuesCsv() throws IOException {
    Path mine = write("mine.tsv", "# my rules\n" + HEADER + DRILLS);
    Result r = analyze("--lexicon", mine.toString());
    assertEquals(0, r.code(), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    List<CSVRecord> rows = csvRows(tmp.resolve("reports").resolve("cues.csv"));
    List<CSVRecord> mineRows = rows.stream().filter(x -> x.get("rule_id").equals("user.drills"))
        .toList();
    assertFalse(mineRows.isEmpty(), "rows of user.drills in cues.csv");
    for (CSVRecord x : mineRows) {
      assertEquals("drills", x.get("text").toLowerCase(java.util.Locale.ROOT));
      assertEquals("loaded", x.get("cue_type"));
      assertEquals("military", x.get("category"));
      assertEquals("lexicon", x.get("match"));
      // the user's explanation, and a note when the word stands in reported speech
      assertTrue(x.get("explanation").equals("“" + x.get("text") + "” names military exercises.")
          || x.get("explanation").startsWith("“" + x.get("text") + "” names military exercises; "
              + "it is not in quotation marks"), x.get("explanation"));
    }
    assertTrue(rows.stream().anyMatch(x -> x.get("rule_id").startsWith("loaded.")),
        "the bundled rules still fire");
  }

  @Test
  void aRuleIdClashingWithABundledOneIsAUsageErrorNamingFileAndLine() throws IOException {
    Path clash = write("clash.tsv", HEADER + DRILLS + DRILLS.replace("user.drills",
        "loaded.regime"));
    assertUsageError(analyze("--lexicon", clash.toString()),
        "framelens: " + clash + ":3: rule id loaded.regime is already defined");
  }

  @Test
  void twoUserLexiconsMayNotDefineTheSameRule() throws IOException {
    Path first = write("first.tsv", HEADER + DRILLS);
    Path second = write("second.tsv", "# again\n" + HEADER + DRILLS);
    assertUsageError(analyze("--lexicon", first.toString(), "--lexicon", second.toString()),
        "framelens: " + second + ":3: rule id user.drills is already defined");
  }

  @Test
  void aBadActorsFileIsAUsageErrorNamingFileAndLine() throws IOException {
    Path bad = write("actors.tsv", "actor_id\tname\taliases\nacme\tAcme\tAcme\n"
        + "acme\tAcme again\tACME\n");
    assertUsageError(analyze("--actors", bad.toString()),
        "framelens: " + bad + ":3: duplicate actor id acme");
  }

  @Test
  void aMissingActorsFileIsAUsageError() {
    Path missing = tmp.resolve("no-actors.tsv");
    assertUsageError(analyze("--actors", missing.toString()),
        "framelens: cannot read actors file " + missing + ": no such file");
  }
}
