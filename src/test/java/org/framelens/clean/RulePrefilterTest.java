package org.framelens.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The literal prefilter never rules out a line that a rule's pattern matches. */
class RulePrefilterTest {

  @Test
  void literalsAndFirstCharactersOfSimplePatterns() {
    RegexLiterals.Requirement r = RegexLiterals.of(Pattern.compile("(?i)exit mobile version"));
    assertTrue(r.ignoreCase());
    assertEquals(List.of(Set.of("exit mobile version")), r.anyOf());
    assertEquals(Set.of((int) 'e'), r.firstChars());

    r = RegexLiterals.of(Pattern.compile("(?i)skip to (main )?content"));
    assertEquals(List.of(Set.of("skip to main content", "skip to content")), r.anyOf());

    r = RegexLiterals.of(Pattern.compile(".{0,300}\\[email(\\s|&nbsp;)*protected\\].{0,300}"));
    assertEquals(List.of(Set.of("[email"), Set.of("protected]")), r.anyOf());
    assertEquals(null, r.firstChars());

    r = RegexLiterals.of(Pattern.compile("By \\p{Lu}[\\p{L}.'’-]+"));
    assertEquals(List.of(Set.of("By ")), r.anyOf());
    assertEquals(Set.of((int) 'B'), r.firstChars());
  }

  @Test
  void backReferencesRequireNothingButKeepTheOtherLiterals() {
    RegexLiterals.Requirement r = RegexLiterals.of(Pattern.compile("(\\w+) and \\1 MORE"));
    assertEquals(List.of(Set.of(" and "), Set.of(" MORE")), r.anyOf());
    r = RegexLiterals.of(Pattern.compile("(?<x>\\w+)-\\k<x>!"));
    assertEquals(List.of(Set.of("-"), Set.of("!")), r.anyOf());
    assertTrue(Pattern.compile("(\\w+) and \\1 MORE").matcher("Ryan and Ryan MORE").matches());
  }

  @Test
  void unknownConstructsRuleNothingOut() {
    for (String re : List.of("a(?i)b", "\\Qab\\E", "(a)\\12", "[a[b]]", "[a&&b]", "\\x41",
        "(?x)a b", "a(?-i)b", "\\u0041")) {
      assertSame(RegexLiterals.Requirement.NONE, RegexLiterals.of(Pattern.compile(re)), re);
    }
    assertSame(RegexLiterals.Requirement.NONE,
        RegexLiterals.of(Pattern.compile("abc", Pattern.MULTILINE)));
  }

  @Test
  void bundledRulesAreAllPrefiltered() {
    for (BoilerplateRule rule : BoilerplateRules.defaults().rules()) {
      if (rule.id().equals("chrome-separator")) {
        // a line of no letter or digit has no literal to require; its one character class
        // fails on the first letter of a line, as cheap as a prefilter
        continue;
      }
      RegexLiterals.Requirement r = RegexLiterals.of(rule.pattern());
      assertFalse(r.anyOf().isEmpty(), rule.id() + " has no required literal");
    }
    // an inline rule is tried on every paragraph, of any length: it must require a literal too
    for (BoilerplateRule rule : BoilerplateRules.defaults().inlineRules()) {
      RegexLiterals.Requirement r = RegexLiterals.of(rule.pattern());
      assertFalse(r.anyOf().isEmpty(), rule.id() + " has no required literal");
    }
  }

  @Test
  void firstMatchAgreesWithTryingEveryRuleOnTheExamples() {
    BoilerplateRules rules = BoilerplateRules.defaults();
    for (BoilerplateRule rule : rules.rules()) {
      for (String line : List.of(rule.exampleHit(), rule.exampleMiss(),
          rule.exampleHit().toUpperCase(), "  " + rule.exampleHit() + " ", "")) {
        String text = "x\n" + line + "\ny";
        assertSame(byEveryRule(rules, line), rules.firstMatch(text, 2, 2 + line.length()), line);
      }
    }
  }

  private static BoilerplateRule byEveryRule(BoilerplateRules rules, String line) {
    for (BoilerplateRule r : rules.rules()) {
      if (r.matches(line)) {
        return r;
      }
    }
    return null;
  }

  /**
   * Each char of the literals has an input class of its own: a literal with a char beyond ASCII
   * (the copyright sign) is not found on a line holding only an ASCII char of another literal.
   */
  @Test
  void charsBeyondAsciiHaveClassesOfTheirOwn() {
    RulePrefilter filter = new RulePrefilter(List.of(
        RegexLiterals.of(Pattern.compile(".*©.*")), RegexLiterals.of(Pattern.compile(".*q.*"))));
    for (String line : List.of("q", "©", "q©q", "x")) {
      char[] text = line.toCharArray();
      long[] found = filter.newFound();
      filter.scan(text, 0, text.length, found);
      assertEquals(line.contains("©"), filter.mayMatch(0, text, 0, text.length, found), line);
      assertEquals(line.contains("q"), filter.mayMatch(1, text, 0, text.length, found), line);
    }
  }

  /** Random patterns over a small alphabet against random lines: no match is ever ruled out. */
  @Test
  void randomPatternsAreNeverRuledOutWhenTheyMatch() {
    Random random = new Random(7);
    int checked = 0;
    for (int n = 0; n < 1500; n++) {
      String re = (random.nextInt(3) == 0 ? "(?i)" : "") + randomRegex(random, 3);
      Pattern p;
      try {
        p = Pattern.compile(re);
      } catch (RuntimeException e) {
        continue;
      }
      RulePrefilter filter = new RulePrefilter(List.of(RegexLiterals.of(p)));
      for (int k = 0; k < 200; k++) {
        String line = randomLine(random);
        if (line.isEmpty() || !p.matcher(line).matches()) {
          continue;
        }
        char[] text = ("<" + line + ">").toCharArray();
        long[] found = filter.newFound();
        filter.scan(text, 1, 1 + line.length(), found);
        assertTrue(filter.mayMatch(0, text, 1, 1 + line.length(), found),
            "ruled out: " + re + " on '" + line + "'");
        checked++;
      }
    }
    assertTrue(checked > 500, "too few matching lines: " + checked);
  }

  private static final String[] ATOMS = {"a", "b", "A", "B", " ", "ab", "ba", "Ab", ".", "[ab]",
      "[^a]", "[aB ]", "\\s", "\\p{Lu}", "\\b", "(?!a)", "(?=b)", "\\.", "[a-b]", "é"};

  private static String randomRegex(Random r, int depth) {
    StringBuilder sb = new StringBuilder();
    int len = 1 + r.nextInt(4);
    for (int i = 0; i < len; i++) {
      String atom = depth > 0 && r.nextInt(4) == 0
          ? "(" + (r.nextBoolean() ? "?:" : "") + randomRegex(r, depth - 1)
              + (r.nextBoolean() ? "|" + randomRegex(r, depth - 1) : "") + ")"
          : ATOMS[r.nextInt(ATOMS.length)];
      sb.append(atom);
      switch (r.nextInt(8)) {
        case 0 -> sb.append('?');
        case 1 -> sb.append('*');
        case 2 -> sb.append('+');
        case 3 -> sb.append("{1,2}");
        case 4 -> sb.append("{0,2}?");
        default -> { }
      }
      if (r.nextInt(10) == 0) {
        sb.append('|');
      }
    }
    return sb.toString();
  }

  private static String randomLine(Random r) {
    String chars = "abAB .é";
    int len = r.nextInt(7);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < len; i++) {
      sb.append(chars.charAt(r.nextInt(chars.length())));
    }
    return sb.toString();
  }
}
