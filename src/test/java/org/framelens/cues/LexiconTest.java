package org.framelens.cues;

import static org.framelens.cues.CueTestSupport.LEXICON_HEADER;
import static org.framelens.cues.CueTestSupport.lexicon;
import static org.framelens.cues.CueTestSupport.row;
import static org.framelens.cues.CueTestSupport.words;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.framelens.text.Span;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading lexicon files, matching them, and the bundled lexicons. */
class LexiconTest {

  private static final String GOOD = row("user.rigged", "rigged [vote/poll]", "loaded",
      "delegitimising", "“{text}” calls a vote fixed.", "", "It was a [[rigged vote]].",
      "It was a vote.");

  private static String parseError(String tsv) {
    return assertThrows(IllegalArgumentException.class, () -> lexicon("u.tsv", tsv))
        .getMessage();
  }

  /** The hits of {@code lex} in {@code text}, as "rule_id=matched words". */
  private static List<String> hits(Lexicon lex, String text) {
    CueTestSupport.Words w = words(text);
    List<String> out = new ArrayList<>();
    for (Lexicon.Hit h : lex.find(w.lower())) {
      Span span = new Span(w.tokens().get(h.fromToken()).start(),
          w.tokens().get(h.toToken() - 1).end());
      out.add(h.entry().ruleId() + "=" + span.text(text));
    }
    return out;
  }

  // ---- parse errors name file:line ----

  @Test
  void aWrongHeaderIsReportedOnLineOne() {
    String m = parseError("rule_id\tphrase\tcue_type\n" + GOOD);
    assertTrue(m.startsWith("u.tsv:1: the header must be rule_id<TAB>phrase<TAB>cue_type"
        + "<TAB>category<TAB>explanation<TAB>except<TAB>example_hit<TAB>example_miss; found "
        + "rule_id<TAB>phrase<TAB>cue_type"), m);
  }

  @Test
  void anEmptyFileHasAWrongHeader() {
    assertTrue(parseError("").startsWith("u.tsv:1: the header must be "));
  }

  /**
   * Bug: the header check always says line 1, even when comment lines come first, as in every
   * bundled file (whose header is on line 3 or 4).
   */

  @Test
  void aWrongHeaderAfterCommentsIsReportedOnItsOwnLine() {
    String m = parseError("# my lexicon\n# second comment\nrule_id\tphrase\n" + GOOD);
    assertTrue(m.startsWith("u.tsv:3: the header must be "), m);
  }

  /**
   * Found by LexiconFuzzTest (docs/FUZZING.md): Commons CSV's own complaint about an empty
   * column name escaped without the file and line.
   */
  @Test
  void aHeaderWithAnEmptyColumnIsReportedWithFileAndLine() {
    String m = parseError("# c\nrule_id\tphrase\t\tcategory\n" + GOOD);
    assertTrue(m.startsWith("u.tsv:2: the header must be rule_id<TAB>phrase"), m);
  }

  @Test
  void tooFewFieldsAreReportedWithTheirLine() {
    String m = parseError(LEXICON_HEADER + GOOD
        + "user.two\tpuppet\tloaded\tpejorative_label\t“{text}” E.\t\t[[puppet]]\n");
    assertEquals("u.tsv:3: expected 8 tab-separated fields, found 7", m);
  }

  @Test
  void tooManyFieldsAreReportedWithTheirLine() {
    String m = parseError(LEXICON_HEADER + row("user.two", "puppet", "loaded", "c", "E {text}.",
        "", "[[puppet]]", "no", "surplus"));
    assertEquals("u.tsv:2: expected 8 tab-separated fields, found 9", m);
  }

  @Test
  void lineNumbersCountCommentsAndBlankLines() {
    String m = parseError("# a user lexicon\n\n" + LEXICON_HEADER + "# rules\n" + GOOD + "\n"
        + "user.bad\tpuppet\tloaded\n");
    assertEquals("u.tsv:7: expected 8 tab-separated fields, found 3", m);
  }

  @Test
  void theLastLineWithoutANewlineIsNumberedRight() {
    String m = parseError(LEXICON_HEADER + GOOD + "user.bad\tpuppet\tloaded");
    assertEquals("u.tsv:3: expected 8 tab-separated fields, found 3", m);
  }

  @Test
  void aDuplicateRuleIdIsReportedOnItsSecondLine() {
    String m = parseError(LEXICON_HEADER + GOOD + GOOD.replace("rigged [vote/poll]", "farce"));
    assertEquals("u.tsv:3: duplicate rule id user.rigged", m);
  }

  @Test
  void ruleIdsMustBeLowerCaseLettersDigitsDotsDashesOrUnderscores() {
    for (String bad : List.of("User.rigged", "user rigged", "user/rigged", ".user", "-user", "über")) {
      String m = parseError(LEXICON_HEADER + GOOD.replace("user.rigged", bad));
      assertEquals("u.tsv:2: rule id '" + bad + "' must be lower-case letters, digits, '-', '_' "
          + "or '.'", m);
    }
    String m = parseError(LEXICON_HEADER + GOOD.replace("user.rigged", " "));
    assertTrue(m.startsWith("u.tsv:2: rule id '' must be"), m);
    assertEquals(1, lexicon("u.tsv", LEXICON_HEADER + GOOD.replace("user.rigged", "u2_x-y.z"))
        .entries().size());
  }

  @Test
  void anUnknownCueTypeIsNamed() {
    String types = " (one of loaded, weasel, agentless_passive, hedge, booster, doubt, "
        + "unattributed_claim, attribution)";
    assertEquals("u.tsv:2: unknown cue_type 'emotive'" + types,
        parseError(LEXICON_HEADER + GOOD.replace("\tloaded\t", "\temotive\t")));
    assertEquals("u.tsv:2: unknown cue_type ''" + types,
        parseError(LEXICON_HEADER + GOOD.replace("\tloaded\t", "\t\t")));
  }

  @Test
  void cueTypesAreReadWhateverTheirCase() {
    Lexicon lex = lexicon("u.tsv", LEXICON_HEADER + GOOD.replace("\tloaded\t", "\tLOADED\t"));
    assertEquals(CueType.LOADED, lex.entries().get(0).type());
  }

  @Test
  void anExplanationIsRequired() {
    assertEquals("u.tsv:2: an explanation is required",
        parseError(LEXICON_HEADER + GOOD.replace("“{text}” calls a vote fixed.", "  ")));
  }

  @Test
  void theExampleHitMustMarkItsSpan() {
    String expected = "u.tsv:2: example_hit must mark the expected span with [[...]]";
    assertEquals(expected, parseError(LEXICON_HEADER
        + GOOD.replace("It was a [[rigged vote]].", "It was a rigged vote.")));
    assertEquals(expected, parseError(LEXICON_HEADER
        + GOOD.replace("It was a [[rigged vote]].", "It was a [[rigged vote.")));
  }

  @Test
  void aBadPhraseIsReportedWithItsLineAndTheReason() {
    assertEquals("u.tsv:2: unclosed [..] in phrase '[vote/poll'",
        parseError(LEXICON_HEADER + GOOD.replace("rigged [vote/poll]", "rigged|[vote/poll")));
    assertEquals("u.tsv:2: a phrase may not start or end with an optional slot: 'rigged _?'",
        parseError(LEXICON_HEADER + GOOD.replace("rigged [vote/poll]", "rigged _?")));
  }

  @Test
  void aBadExceptionPhraseIsReportedToo() {
    assertEquals("u.tsv:2: unexpected '*' in 'sham * show' (use _ for any word)",
        parseError(LEXICON_HEADER + row("user.rigged", "sham", "loaded", "c", "E {text}.",
            "sham * show", "A [[sham]].", "A show.")));
  }

  @Test
  void loadNamesTheFileItRead(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("mine.tsv");
    Files.writeString(f, LEXICON_HEADER + GOOD + GOOD, StandardCharsets.UTF_8);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Lexicon.load(f));
    assertEquals(f + ":3: duplicate rule id user.rigged", e.getMessage());
  }

  @Test
  void aRowKeepsEveryColumn() {
    LexiconEntry e = lexicon("u.tsv", "# comment\n" + LEXICON_HEADER + row("user.x",
        "sham [vote/poll]|farce", "loaded", " delegitimising ", " “{text}” calls it fake. ",
        "farce show", "A [[farce]].", "A vote.")).entries().get(0);
    assertEquals("user.x", e.ruleId());
    assertEquals(List.of("sham [vote/poll]", "farce"),
        e.patterns().stream().map(PhrasePattern::toString).toList());
    assertEquals(CueType.LOADED, e.type());
    assertEquals("delegitimising", e.category());
    assertEquals("“{text}” calls it fake.", e.explanation());
    assertEquals("“farce” calls it fake.", e.explain("farce"));
    assertEquals(List.of("farce show"), e.exceptions().stream().map(Object::toString).toList());
    assertEquals("A [[farce]].", e.exampleHit());
    assertEquals("A vote.", e.exampleMiss());
    assertEquals("u.tsv", e.file());
    assertEquals(3, e.line());
  }

  // ---- matching ----

  @Test
  void anExceptionCancelsAnOverlappingHitButNotADistantOne() {
    Lexicon lex = Lexicon.bundled();
    assertEquals(List.of(), hits(lex, "They called for regime change."));
    assertEquals(List.of("loaded.regime=regime"), hits(lex, "The regime opposed regime change."),
        "the first 'regime' is far from 'regime change'");
    assertEquals(List.of(), hits(lex, "The pension scheme was reformed."),
        "an exception starting before the hit cancels it too");
    assertEquals(List.of("loaded.scheme=scheme"),
        hits(lex, "The scheme to seize the port was foiled."));
  }

  @Test
  void exceptionsOfAUserLexiconCancelOnlyTheirOwnEntry() {
    Lexicon lex = lexicon("u.tsv", LEXICON_HEADER
        + row("user.puppet", "puppet", "loaded", "c", "“{text}” E.", "puppet show|puppet theatre",
            "A [[puppet]].", "A puppet show.")
        + row("user.show", "show", "loaded", "c", "“{text}” E.", "", "A [[show]].", "A play."));
    assertEquals(List.of("user.show=show"), hits(lex, "The children watched a puppet show."));
    assertEquals(List.of("user.puppet=puppet", "user.show=show"),
        hits(lex, "The puppet ruler watched a show."));
  }

  @Test
  void theLongestMatchOfAnEntryWins() {
    Lexicon lex = lexicon("u.tsv", LEXICON_HEADER + row("user.puppet",
        "puppet|puppet government|puppet [government/regime] of _", "loaded", "c", "“{text}” E.",
        "", "A [[puppet]].", "A play."));
    assertEquals(List.of("user.puppet=puppet government"),
        hits(lex, "It is a puppet government, they say."));
    assertEquals(List.of("user.puppet=puppet regime of Moscow"),
        hits(lex, "It is a puppet regime of Moscow."));
    assertEquals(List.of("user.puppet=puppet"), hits(lex, "It is a puppet."));
  }

  @Test
  void differentEntriesMayMatchTheSameWords() {
    assertEquals(List.of("claim.motive-bid=a bid to", "loaded.bid-to=a bid to"),
        hits(Lexicon.bundled(), "The move is a bid to divide the allies."));
  }

  @Test
  void hitsAreSortedByStartThenRuleId() {
    assertEquals(List.of("loaded.massive=massive", "loaded.brutal=brutal",
        "loaded.regime=regime", "hedge.may=may"),
        hits(Lexicon.bundled(), "The massive, brutal regime may fall."));
  }

  @Test
  void matchingIgnoresCaseAndCurlyApostrophesOfTheText() {
    Lexicon lex = lexicon("u.tsv", LEXICON_HEADER + row("user.gang", "o'brien gang", "loaded",
        "c", "“{text}” E.", "", "The [[O'Brien gang]].", "The gang."));
    assertEquals(List.of("user.gang=O’BRIEN GANG"), hits(lex, "They met the O’BRIEN GANG."));
    assertEquals(List.of("user.gang=o'brien gang"), hits(lex, "They met the o'brien gang."));
  }

  /**
   * Bug: a phrase written with a possessive ("Kremlin's puppet") is one pattern word, but the
   * tokenizer splits the clitic off ("Kremlin" + "’s"), so such a phrase can never match text.
   */

  @Test
  void aPossessiveInAPhraseMatchesThePossessiveInText() {
    Lexicon lex = lexicon("u.tsv", LEXICON_HEADER + row("user.kp", "Kremlin's puppet", "loaded",
        "c", "“{text}” E.", "", "The [[Kremlin's puppet]].", "The puppet."));
    assertEquals(List.of("user.kp=Kremlin’s puppet"), hits(lex, "He is the Kremlin’s puppet."));
  }

  // ---- combining lexicons ----

  @Test
  void plusRejectsARuleIdDefinedTwiceNamingTheSecondFileAndLine() {
    Lexicon mine = lexicon("mine.tsv", "# mine\n" + LEXICON_HEADER + GOOD.replace("user.rigged",
        "user.other") + GOOD.replace("user.rigged", "loaded.regime"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Lexicon.bundled().plus(mine));
    assertEquals("mine.tsv:4: rule id loaded.regime is already defined", e.getMessage());
  }

  @Test
  void plusAddsTheOtherEntriesAfterItsOwnAndMatchesThem() {
    Lexicon bundled = Lexicon.bundled();
    Lexicon mine = lexicon("mine.tsv", LEXICON_HEADER + GOOD);
    Lexicon both = bundled.plus(mine);
    assertEquals(bundled.entries().size() + 1, both.entries().size());
    assertEquals("user.rigged", both.entries().get(both.entries().size() - 1).ruleId());
    assertEquals(List.of("user.rigged=rigged poll", "loaded.regime=regime"),
        hits(both, "The rigged poll of the regime."));
    assertEquals(List.of("loaded.regime=regime"), hits(bundled, "The rigged poll of the regime."),
        "the original is unchanged");
  }

  // ---- the bundled lexicons ----

  @Test
  void theBundledLexiconsLoadWithEveryLexiconCueType() {
    Lexicon lex = Lexicon.bundled();
    Set<CueType> types = EnumSet.noneOf(CueType.class);
    lex.entries().forEach(e -> types.add(e.type()));
    assertEquals(EnumSet.of(CueType.LOADED, CueType.WEASEL, CueType.AGENTLESS_PASSIVE,
        CueType.HEDGE, CueType.BOOSTER, CueType.DOUBT, CueType.UNATTRIBUTED_CLAIM), types);
    Set<String> files = new HashSet<>();
    lex.entries().forEach(e -> files.add(e.file()));
    assertEquals(Set.copyOf(Lexicon.BUNDLED), files);
  }

  @Test
  void bundledEntriesAreComplete() {
    Set<String> ids = new HashSet<>();
    for (LexiconEntry e : Lexicon.bundled().entries()) {
      assertTrue(ids.add(e.ruleId()), "unique " + e.ruleId());
      assertFalse(e.category().isEmpty(), e.ruleId());
      assertTrue(e.explanation().endsWith("."), e.ruleId() + ": " + e.explanation());
      assertTrue(e.explanation().contains("{text}"), e.ruleId());
      // the match may be singular or plural ("regime", "regimes"): no "a “{text}”"
      assertFalse(e.explanation().matches("(?s).*\\b(a|an|A|An) “\\{text\\}”.*"),
          e.ruleId() + ": an article before “{text}” breaks for plural matches: "
              + e.explanation());
      assertFalse(e.exampleMiss().isEmpty(), e.ruleId());
      assertTrue(e.line() > 1, e.ruleId());
    }
  }
}
