package org.framelens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.framelens.analyze.AnalyzedArticle;
import org.framelens.cues.CueAnalyzer;
import org.framelens.cues.CueType;
import org.framelens.cues.Evidence;
import org.framelens.ingest.Article;
import org.framelens.ingest.IngestOptions;
import org.framelens.ingest.Metadata;
import org.framelens.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/**
 * reports/README.md says how cues.csv rows are ordered, and says what the code does: by start,
 * then end, then cue type in the order the README lists the types, then rule id (it said "by
 * start, then cue type, then rule", which 347 adjacent rows of the ABP sample's cues.csv broke).
 */
class CuesOrderDocumentedTest {

  private static String readme() throws Exception {
    return Files.readString(Path.of("reports", "README.md"), StandardCharsets.UTF_8);
  }

  @Test
  void theReadmeStatesTheOrderTheCodeUses() throws Exception {
    String readme = readme();
    String cues = readme.substring(readme.indexOf("## `cues.csv`"));
    String order = cues.substring(cues.indexOf("Rows are in text order"), cues.indexOf("| column"))
        .replaceAll("\\s+", " ");
    assertTrue(order.startsWith("Rows are in text order: by `start`, then `end` (the shorter span "
        + "first), then `cue_type` in the order of its list below (`loaded` first, `doubt` last; "
        + "not alphabetical), then `rule_id`."), order);
    // "its list below": the cue_type row of the table, in the enum's order
    Matcher m = Pattern.compile("\\| `cue_type` \\| text \\| (.*) \\|").matcher(cues);
    assertTrue(m.find());
    List<String> listed = new ArrayList<>();
    for (String t : m.group(1).split(", ")) {
      listed.add(t.replace("`", ""));
    }
    assertEquals(Arrays.stream(CueType.values()).map(CueType::id).toList(), listed);
  }

  @Test
  void aHedgeOpeningASentenceComesBeforeTheClaimOfTheWholeSentence() {
    String text = "Perhaps the brutal regime will fall.";
    AnalyzedArticle a = Pipeline.textOnly(IngestOptions.defaults()).analyze(new Article("a",
        "a.txt", 1, "txt", Metadata.empty(), text, 0)).analyzed();
    List<Evidence> ev = CueAnalyzer.defaults(null).analyze(a).evidence();
    List<String> rows = ev.stream().map(e -> e.span().start() + "-" + e.span().end() + " "
        + e.type().id() + " " + e.ruleId()).toList();
    assertEquals(List.of("0-7 hedge hedge.may", "0-36 unattributed_claim claim.loaded",
        "12-18 loaded loaded.brutal", "19-25 loaded loaded.regime"), rows);
  }
}
