package org.framelens.cues;

import static org.framelens.cues.CueTestSupport.LEXICON_HEADER;
import static org.framelens.cues.CueTestSupport.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.framelens.cues.CueTestSupport.Result;
import org.framelens.cues.CueTestSupport.Words;
import org.framelens.text.TsvTable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The words that end a negation's scope are data ({@code lexicons/negation-scope.tsv}; they were
 * the Java constant {@code Negation.SCOPE_ENDS}). Each row's example runs through the cue stage
 * with its marked words as a loaded entry: the hit is not denied; and the negation before it
 * does deny it once the row's word is left out of the list, so every word is needed.
 */
class NegationScopeExamplesTest {

  @TestFactory
  Stream<DynamicTest> everyScopeWordStopsTheDenialOfItsExample() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Negation.ScopeEnd e : Negation.BUNDLED.scopeEnds()) {
      String where = "negation-scope.tsv:" + e.line() + " '" + e.word() + "'";
      tests.add(DynamicTest.dynamicTest(where + ": " + e.example(), () -> check(e, where)));
    }
    assertEquals(23, tests.size(), "the list of Negation.SCOPE_ENDS it replaced");
    return tests.stream();
  }

  private static void check(Negation.ScopeEnd e, String where) {
    String marked = e.example();
    int open = marked.indexOf("[[");
    int close = marked.indexOf("]]");
    String sentence = marked.substring(0, open) + marked.substring(open + 2, close)
        + marked.substring(close + 2);
    String span = marked.substring(open + 2, close);
    Words words = CueTestSupport.words(span);
    // the public stage, with the marked words as a loaded entry of their own
    String phrase = String.join(" ", words.raw());
    Lexicon lex = Lexicon.bundled().plus(user(row("test.scope", phrase, "loaded", "test",
        "“{text}” is a test entry.", "", marked, "")));
    Result r = CueTestSupport.run(new CueAnalyzer(lex, Actors.bundled(), null), sentence);
    Evidence hit = r.of(CueType.LOADED).stream().filter(x -> x.ruleId().equals("test.scope"))
        .findFirst().orElseThrow(() -> new AssertionError(where + ": " + r.describe()));
    assertEquals(span, r.text(hit.span()), where);
    assertFalse(hit.negated(), where + ": the span goes on after '" + e.word() + "': "
        + r.describe());
    // the word is what stops the denial: the same tokens are denied without it
    Words all = CueTestSupport.words(sentence);
    int from = CueTestSupport.words(sentence.substring(0, open)).raw().size();
    int to = from + words.raw().size();
    assertEquals(words.lower(), all.lower().subList(from, to), where);
    assertTrue(words.lower().subList(1, words.lower().size()).contains(e.word()),
        where + ": the word must come after the span's first word");
    assertEquals(-1, Negation.BUNDLED.deniedFrom(all.lower(), from, to), where);
    assertTrue(Negation.BUNDLED.withoutScopeEnd(e.word()).deniedFrom(all.lower(), from, to) >= 0,
        where + ": without '" + e.word() + "' the negation must reach the span (else the "
            + "example shows nothing)");
  }

  private static Lexicon user(String tsv) {
    try {
      return Lexicon.parseUser(new StringReader(LEXICON_HEADER + tsv), "test.tsv");
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  @Test
  void theOldExampleStillHolds() {
    // "not intimidated by the antics of protesters" still calls their actions antics
    Lexicon lex = Lexicon.bundled().plus(user(row("test.antics", "intimidated by the antics",
        "loaded", "test", "“{text}” is a test entry.", "",
        "They are not [[intimidated by the antics]] of protesters.", "")));
    Result r = CueTestSupport.run(new CueAnalyzer(lex, Actors.bundled(), null),
        "The police are not intimidated by the antics of protesters.");
    assertFalse(r.only(CueType.LOADED).negated(), r.describe());
    // a one-word loaded span right after the negation is still denied
    assertTrue(CueTestSupport.run("Belarus is not an aggressor.").only(CueType.LOADED).negated());
  }

  private static List<Negation.ScopeEnd> parse(String tsv) throws IOException {
    return Negation.scopeEnds(TsvTable.parse(new StringReader(tsv), Negation.SCOPE_FILE, 3,
        "word", Negation.SCOPE_EXPECTED));
  }

  @Test
  void errorsNameTheFileAndLine() throws IOException {
    String head = "# comment\nword\tkind\texample\n";
    assertEquals(1, parse(head + "by\tpreposition\tNot [[scared by]] it.\n").size());
    assertEquals("negation-scope.tsv:3: expected " + Negation.SCOPE_EXPECTED,
        assertThrows(IllegalStateException.class, () -> parse(head + "by\tpreposition\n"))
            .getMessage());
    assertEquals("negation-scope.tsv:3: unknown kind 'prep' (one of preposition, relative, "
        + "conjunction, punctuation)", assertThrows(IllegalStateException.class,
            () -> parse(head + "by\tprep\tNot [[scared by]] it.\n")).getMessage());
    assertEquals("negation-scope.tsv:3: the word 'By' must be one token in lower case",
        assertThrows(IllegalStateException.class,
            () -> parse(head + "By\tpreposition\tNot [[scared by]] it.\n")).getMessage());
    assertEquals("negation-scope.tsv:4: the word 'by' is listed twice",
        assertThrows(IllegalStateException.class, () -> parse(head
            + "by\tpreposition\tNot [[scared by]] it.\nby\tpreposition\tNot [[hit by]] it.\n"))
            .getMessage());
    assertEquals("negation-scope.tsv:3: the example must mark a [[span]] that holds 'by'",
        assertThrows(IllegalStateException.class,
            () -> parse(head + "by\tpreposition\tNot scared by it.\n")).getMessage());
  }
}
