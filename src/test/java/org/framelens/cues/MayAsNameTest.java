package org.framelens.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.framelens.cues.CueTestSupport.Result;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hedge "may" is the modal, not the month or a name (found by a black-box check of the ABP
 * sample's reports, 2026-11-22: "Officials met in early May. Theresa May spoke." gave two hedges,
 * and a transcript's "MAY BOEVE:" became an exercise item). See {@link Lexicon#mayAsName}.
 */
class MayAsNameTest {

  private static List<String> hedges(String text) {
    Result r = CueTestSupport.run(text);
    return r.cues().evidence().stream().filter(e -> e.ruleId().equals("hedge.may"))
        .map(e -> r.text(e.span())).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "An assault may occur at any time.",
      "May I ask a question?",
      "May the best team win.",
      "“May I come in?” he asked.",
      "He asked, “May I come in?”",
      "He asked, \"May I come in?\"",
      "— May we all remember them.",
      "May God bless you and your families.",
      "May it please the court.",
      "‘May you live in interesting times’ is a curse.",
      "May be time to rein in.",
      "The talks may, officials said, resume in May."})
  void theModalIsAHedge(String text) {
    List<String> found = hedges(text);
    assertEquals(1, found.size(), text + ": " + found);
    assertEquals(found.get(0).equals("may") ? "may" : "May", found.get(0));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Officials met in early May.",
      "Theresa May spoke.",
      "Officials met in early May. Theresa May spoke.",
      "AMY GOODMAN: Thanks a lot. MAY BOEVE: You’re exactly right.",
      "THE TROOPS MAY ATTACK.",
      "\"We will win,\" May said.",
      "“We will win,” May said.",
      "May's government fell.",
      "May insisted on Friday that the deal would pass.",
      "May, it’s great to have you with us.",
      "May Boeve, thanks so much for being with us.",
      "May: Unity needed",
      "May primaries to test the party",
      "The vote took place on May 5.",
      "May 5 was a Sunday."})
  void theMonthOrANameIsNot(String text) {
    assertEquals(List.of(), hedges(text), text);
  }
}
