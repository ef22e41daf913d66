package org.framelens.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every rule's own examples, from the data file, become tests (LanguageTool style). */
class BoilerplateRulesTest {

  private final Cleaner cleaner = Cleaner.defaults();

  @TestFactory
  Stream<DynamicTest> everyRuleRemovesItsHitExampleAndKeepsItsMissExample() {
    return BoilerplateRules.defaults().rules().stream().flatMap(rule -> Stream.of(
        DynamicTest.dynamicTest(rule.id() + " hits: " + rule.exampleHit(), () -> {
          assertTrue(rule.matches(rule.exampleHit()), rule.id() + " must match its example");
        }),
        DynamicTest.dynamicTest(rule.id() + " misses: " + rule.exampleMiss(), () -> {
          assertFalse(rule.exampleMiss().isEmpty(), rule.id() + " needs an example_miss");
          assertEquals(null, firstMatch(rule.exampleMiss()),
              "no rule may remove the prose example of " + rule.id());
        })));
  }

  private static String firstMatch(String line) {
    return BoilerplateRules.defaults().rules().stream().filter(r -> r.matches(line))
        .map(BoilerplateRule::id).findFirst().orElse(null);
  }

  @Test
  void everyRuleHasAReasonASentenceLong() {
    for (BoilerplateRule r : BoilerplateRules.defaults().rules()) {
      assertTrue(r.reason().endsWith("."), r.id());
      assertTrue(r.reason().length() > 20, r.id());
    }
  }

  @Test
  void badRuleFileNamesFileAndLine() {
    String data = "id\tcategory\tpattern\treason\texample_hit\texample_miss\n"
        + "# comment\n"
        + "x-1\tchrome\tok\tReason.\tok\tno\n"
        + "x-2\tchrome\t(unclosed\tReason.\tx\ty\n";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BoilerplateRules.parse(new StringReader(data), "my-rules.tsv"));
    assertTrue(e.getMessage().startsWith("my-rules.tsv:4: bad pattern"), e.getMessage());
  }

  @Test
  void unknownCategoryIsRejected() {
    String data = "id\tcategory\tpattern\treason\texample_hit\texample_miss\n"
        + "x-1\tfooter\tok\tReason.\tok\tno\n";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BoilerplateRules.parse(new StringReader(data), "r.tsv"));
    assertTrue(e.getMessage().contains("r.tsv:2: unknown category 'footer'"), e.getMessage());
  }

  @Test
  void rulesAreAppliedToWholeLinesOnly() {
    assertEquals(null, firstMatch("Exit mobile version of the story was never published."));
  }
}
