package org.framelens.cues;

import static org.framelens.cues.CueTestSupport.LEXICON_HEADER;
import static org.framelens.cues.CueTestSupport.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A user's lexicon ({@code --lexicon}) on top of the bundled one: overlapping entries count the
 * words once, and what the format promises is checked when the file is read (found by a
 * black-box hunt, hunt3-B findings 5 to 8).
 */
class UserLexiconTest {

  private static Lexicon user(String tsv) {
    try {
      return Lexicon.parseUser(new StringReader(LEXICON_HEADER + tsv), "my.tsv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String error(String tsv) {
    return assertThrows(IllegalArgumentException.class, () -> user(tsv)).getMessage();
  }

  private static CueTestSupport.Result run(Lexicon lexicon, String text) {
    return CueTestSupport.run(new CueAnalyzer(lexicon, Actors.bundled(), null), text);
  }

  private static List<String> loaded(CueTestSupport.Result r) {
    return r.of(CueType.LOADED).stream().map(e -> e.ruleId() + "=" + r.text(e.span())).toList();
  }

  private static String loadedRow(String id, String phrase, String hit, String miss) {
    return row(id, phrase, "loaded", "motive_imputing", "“{text}” judges.", "", hit, miss);
  }

  // ---- #6: one hit of a cue type per stretch of text ----

  @Test
  void aUserWordInsideABundledPhraseIsCountedOnce() {
    Lexicon lex = Lexicon.bundled().plus(user(loadedRow("my.pretext", "pretext",
        "Under the [[pretext]] of drills.", "Nothing here.")));
    CueTestSupport.Result r = run(lex, "Troops massed under the pretext of drills.");
    assertEquals(List.of("loaded.pretext=under the pretext"), loaded(r), r.describe());
    // alone, the user's word is still found
    r = run(lex, "The pretext was thin.");
    assertEquals(List.of("my.pretext=pretext"), loaded(r), r.describe());
  }

  @Test
  void twoUserRulesWithTheSamePhraseGiveOneCueTheFirstRule() {
    Lexicon lex = Lexicon.bundled().plus(user(
        loadedRow("my.d1", "drills", "The [[drills]] began.", "Nothing.")
            + loadedRow("my.d2", "drills", "The [[drills]] began.", "Nothing.")));
    CueTestSupport.Result r = run(lex, "The drills began near the border.");
    assertEquals(List.of("my.d1=drills"), loaded(r), r.describe());
  }

  @Test
  void theLongestMatchWinsWhateverTheLoadOrder() {
    Lexicon lex = Lexicon.bundled().plus(user(loadedRow("my.pretext-of", "the pretext of _",
        "Under [[the pretext of drills]].", "Nothing here.")));
    CueTestSupport.Result r = run(lex, "Troops massed under the pretext of drills.");
    assertEquals(List.of("my.pretext-of=the pretext of drills"), loaded(r), r.describe());
  }

  @Test
  void bundledOverlapsOfOneTypeAreCountedOnce() {
    // booster.in-fact "there is no doubt" and booster.clearly "no doubt" were two boosters
    CueTestSupport.Result r = CueTestSupport.run("There is no doubt the troops will stay.");
    assertEquals(List.of("booster.in-fact"),
        r.of(CueType.BOOSTER).stream().map(Evidence::ruleId).toList(), r.describe());
  }

  // ---- #7: phrases and examples ----

  @Test
  void aPhraseOfWildcardsOrPunctuationIsRefused() {
    for (String phrase : List.of("_", ".", "_ ,", "_ _", "drills|--")) {
      String p = phrase.contains("|") ? "--" : phrase;
      assertEquals("my.tsv:2: phrase '" + p + "' has no word (only wildcards or punctuation): "
          + "it would match every word or mark",
          error(loadedRow("my.any", phrase, "The [[drills]] began.", "")), phrase);
    }
    assertEquals(1, user(loadedRow("my.ok", "the _ drills", "[[The big drills]] began.",
        "Nothing.")).entries().size());
  }

  @Test
  void theExampleHitMustMatchExactlyItsMarkedSpan() {
    assertEquals("my.tsv:2: example_hit does not match the marked span 'forces' (the rule "
        + "matches nothing in it)",
        error(loadedRow("my.wh", "drills", "The [[forces]] began.", "The talks began.")));
    assertEquals("my.tsv:2: example_hit does not match the marked span 'drills began' (the rule "
        + "matches 'drills')",
        error(loadedRow("my.wh", "drills", "The [[drills began]].", "The talks began.")));
    assertEquals("my.tsv:2: example_hit does not match the marked span 'drills' (the phrase "
        + "does, but its except cancels it)",
        error(row("my.ex", "drills", "loaded", "metaphor", "“{text}” x.", "drills",
            "The [[drills]] began.", "Nothing here.")));
  }

  @Test
  void theExampleMissMustNotMatch() {
    assertEquals("my.tsv:2: example_miss is matched ('drills'); the rule must not match it",
        error(loadedRow("my.wh", "drills", "The [[drills]] began.", "The drills began.")));
  }

  @Test
  void theBundledExamplesAreTestsNotLoadChecks() throws IOException {
    // Lexicon.parse (the bundled files) leaves examples to LexiconExamplesTest
    Lexicon lex = Lexicon.parse(new StringReader(LEXICON_HEADER
        + loadedRow("x.wh", "drills", "The [[forces]] began.", "")), "x.tsv");
    assertEquals(1, lex.entries().size());
  }

  // ---- #8: placeholders, cue types, categories ----

  @Test
  void anUnknownPlaceholderIsNamedWithTheValidOnes() {
    String valid = " in the explanation (use {text}, {first} or {writer})";
    for (String p : List.of("{txt}", "{0}", "%s", "%1$s", "{Text}")) {
      assertEquals("my.tsv:2: unknown placeholder " + p + valid, error(row("my.ph", "drills",
          "loaded", "metaphor", "“{text}” " + p + ".", "", "The [[drills]] began.", "")), p);
    }
    assertEquals("my.tsv:2: a stray '{' in the explanation (placeholders are {text}, {first} or "
        + "{writer})", error(row("my.ph", "drills", "loaded", "metaphor", "“{text” x.", "",
            "The [[drills]] began.", "")));
    assertEquals("my.tsv:2: placeholder {source} in the explanation is only for attribution "
        + "entries (use {text}, {first} or {writer})", error(row("my.ph", "drills", "loaded",
            "metaphor", "“{text}” by {source}.", "", "The [[drills]] began.", "")));
    assertEquals(1, user(row("my.ok", "drills", "loaded", "metaphor",
        "“{text}” ({first}) distances {writer}, 50% of it.", "", "The [[drills]] began.", ""))
        .entries().size());
  }

  @Test
  void aCueTypeMustBeALexiconTypeAndACategoryLowerCase() {
    assertEquals("my.tsv:2: unknown cue_type 'scare_quote' (one of loaded, weasel, "
        + "agentless_passive, hedge, booster, doubt, unattributed_claim, attribution)",
        error(row("my.c", "drills", "scare_quote", "x", "“{text}”.", "", "The [[drills]].", "")));
    assertEquals("my.tsv:2: category 'NotACategory!!' must be lower-case letters, digits, '_', "
        + "'-' or spaces (e.g. 'notacategory')",
        error(row("my.c", "drills", "Loaded", "NotACategory!!", "“{text}”.", "",
            "The [[drills]].", "")));
    assertEquals("my.tsv:2: category '' must be lower-case letters, digits, '_', '-' or spaces",
        error(row("my.c", "drills", "loaded", " ", "“{text}”.", "", "The [[drills]].", "")));
    Lexicon ok = user(row("my.c", "drills", "Loaded ", "military drill-2", "“{text}”.", "",
        "The [[drills]].", ""));
    assertEquals(CueType.LOADED, ok.entries().get(0).type());
  }

  // ---- #5: attribution entries ----

  @Test
  void aUserAttributionEntryIsRefusedSoNoRawSourceReachesTheReports() {
    assertEquals("my.tsv:2: cue_type 'attribution' is not available in your own lexicon: only "
        + "the bundled attribution rules find the source an attribution names (use 'weasel' "
        + "for a vague source, or 'hedge'/'doubt')",
        error(row("my.reckoned", "reckoned|maintained", "attribution", "verb",
            "“{text}” ties what is reported to {source}.", "",
            "The minister [[reckoned]] the drills were defensive.", "Nothing here.")));
  }
}
