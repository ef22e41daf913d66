package org.framelens.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.framelens.ingest.Article;
import org.framelens.ingest.Metadata;
import org.framelens.text.Span;
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

  /**
   * Every inline rule's examples through the clean stage: the example_hit, without its marks,
   * loses exactly the parts marked ⟦ ⟧ (this rule cutting at least one of them, other rules the
   * rest), the text analysed has blanks there, and the rest of the paragraph stays; the
   * example_miss loses nothing.
   */
  @TestFactory
  Stream<DynamicTest> everyInlineRuleCutsItsMarkedPartsAndKeepsItsMissExample() {
    return BoilerplateRules.defaults().inlineRules().stream().flatMap(rule -> Stream.of(
        DynamicTest.dynamicTest(rule.id() + " cuts: " + rule.exampleHit(), () -> {
          String marked = rule.exampleHit();
          StringBuilder text = new StringBuilder();
          List<Span> marks = new ArrayList<>();
          int open = -1;
          for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == BoilerplateRule.CUT_OPEN) {
              open = text.length();
            } else if (c == BoilerplateRule.CUT_CLOSE) {
              marks.add(new Span(open, text.length()));
            } else {
              text.append(c);
            }
          }
          CleanArticle c = clean(text.toString());
          assertEquals(marks, c.removed().stream().map(Removal::span).toList(), rule.id());
          assertTrue(c.removed().stream().anyMatch(r -> r.ruleId().equals(rule.id())),
              rule.id() + " must cut a part of its example");
          StringBuilder blanked = new StringBuilder(text);
          for (Span m : marks) {
            for (int i = m.start(); i < m.end(); i++) {
              blanked.setCharAt(i, ' ');
            }
          }
          assertEquals(blanked.toString(), c.text(), rule.id());
          String kept = blanked.toString().strip();
          assertEquals(kept.isEmpty() ? List.of() : List.of(kept), c.paragraphs().stream()
              .map(p -> p.span().text(c.text())).toList(), rule.id());
        }),
        DynamicTest.dynamicTest(rule.id() + " keeps: " + rule.exampleMiss(), () -> {
          assertFalse(rule.exampleMiss().isEmpty(), rule.id() + " needs an example_miss");
          CleanArticle c = clean(rule.exampleMiss());
          assertEquals(List.of(), c.removed(), rule.id());
          assertSame(c.article().text(), c.text(), rule.id());
        })));
  }

  private CleanArticle clean(String text) {
    return cleaner.clean(new Article("a", "a.txt", 1, "txt", Metadata.empty(), text, 0));
  }

  @Test
  void badScopeAndUnmarkedInlineExamplesNameFileAndLine() {
    String head = "id\tcategory\tpattern\treason\texample_hit\texample_miss\tscope\n";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BoilerplateRules.parse(new StringReader(head
            + "x-1\tchrome\tok\tReason.\tok\tno\tword\n"), "r.tsv"));
    assertTrue(e.getMessage().startsWith("r.tsv:2: unknown scope 'word'"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> BoilerplateRules.parse(new StringReader(head
            + "x-1\tchrome\tok\tReason.\tsay ok now\tno\tinline\n"), "r.tsv"));
    assertTrue(e.getMessage().startsWith("r.tsv:2: the example_hit of an inline rule"),
        e.getMessage());
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
