package org.framelens.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.framelens.ingest.Article;
import org.framelens.ingest.Metadata;
import org.framelens.text.Span;
import org.junit.jupiter.api.Test;

class CleanerTest {

  private final Cleaner cleaner = Cleaner.defaults();

  private CleanArticle clean(String text) {
    return cleaner.clean(new Article("a", "a.txt", 1, "txt", Metadata.empty(), text, 0));
  }

  private static List<String> paragraphs(CleanArticle c) {
    return c.paragraphs().stream().map(p -> p.span().text(c.article().text())).toList();
  }

  @Test
  void everyLineIsAParagraphAndBlankLinesAreIgnored() {
    CleanArticle c = clean("First line.\nSecond line\n\n  Third line.  \n");
    assertEquals(List.of("First line.", "Second line", "Third line."), paragraphs(c));
    assertEquals(new Span(27, 38), c.paragraphs().get(2).span());
  }

  @Test
  void hardWrappedLinesAreJoined() {
    CleanArticle c = clean("The drills, which are estimated\nto be the largest, began.\nA new one.");
    assertEquals(List.of("The drills, which are estimated\nto be the largest, began.", "A new one."),
        paragraphs(c));
  }

  @Test
  void crlfLineEndsKeepOffsetsOnTheOriginal() {
    String t = "One.\r\nTwo.\r\n\r\nThree.";
    CleanArticle c = clean(t);
    assertEquals(List.of("One.", "Two.", "Three."), paragraphs(c));
    assertEquals(new Span(14, 20), c.paragraphs().get(2).span());
  }

  @Test
  void datelinesOfSeveralStyles() {
    assertEquals("KIEV", clean("KIEV: NATO expressed concern.").dateline());
    assertEquals("WASHINGTON", clean("WASHINGTON — The Pentagon said.").dateline());
    assertEquals("MOSCOW", clean("MOSCOW, Feb 17 (Reuters) - Russia said.").dateline());
    assertEquals("", clean("NATO expressed concern: it said so.").dateline());
    assertEquals("", clean("BREAKING: Troops cross the border.").dateline());
    CleanArticle c = clean("MOSCOW, Feb 17 (Reuters) - Russia said.");
    assertEquals(List.of("Russia said."), paragraphs(c));
  }

  @Test
  void agencyDatelinesWithAStateOrCountry() {
    CleanArticle c = clean(
        "KYIV, Ukraine (AP) — Russian troops massed near the border on Thursday.");
    assertEquals("KYIV, Ukraine", c.dateline());
    assertEquals(List.of("Russian troops massed near the border on Thursday."), paragraphs(c));
    assertEquals("CHARLOTTE, N.C.", clean("CHARLOTTE, N.C. (AP) — President Obama spoke.").dateline());
    assertEquals("TOLEDO, Ohio", clean("TOLEDO, Ohio (Reuters) - Two years ago, it was.").dateline());
    assertEquals("HELENA, Mont.", clean("HELENA, Mont. — U.S. Sen. Max Baucus spoke.").dateline());
    assertEquals("LAS VEGAS, Nevada", clean("LAS VEGAS, Nevada — Biden spoke.").dateline());
    assertEquals("MANCHESTER, New Hampshire",
        clean("MANCHESTER, New Hampshire (Reuters) - For the past year, it was.").dateline());
    assertEquals("GAZA CITY, Gaza Strip",
        clean("GAZA CITY, Gaza Strip (AP) — A cease-fire ended.").dateline());
    assertEquals("COLORADO SPRINGS, Colo.",
        clean("COLORADO SPRINGS, Colo. -- The smell is inescapable.").dateline());
    // a date after the state, as Reuters writes it; the city alone as before
    assertEquals("WASHINGTON, D.C.",
        clean("WASHINGTON, D.C., Feb. 10 (Reuters) - The Pentagon said.").dateline());
    assertEquals("MOSCOW", clean("MOSCOW, Feb. 10 (Reuters) - Russia said.").dateline());
    // no dateline: a heading that starts with capitals and a comma, a label
    assertEquals("", clean("US, NATO increasingly militarizing Eastern Europe").dateline());
    assertEquals("", clean("UPDATE, Friday — Troops crossed the border.").dateline());
  }

  @Test
  void aLineOfOnlyPunctuationIsASeparator() {
    CleanArticle c = clean("Troops arrived.\n\n* * *\n\n___\n\nThey left.");
    assertEquals(List.of("Troops arrived.", "They left."), paragraphs(c));
    assertEquals(List.of("chrome-separator", "chrome-separator"),
        c.removed().stream().map(Removal::ruleId).toList());
    // a closing quotation mark on its own line stays with the quotation
    assertEquals(List.of("“We will stay.", "”"), paragraphs(clean("“We will stay.\n”")));
  }

  @Test
  void removedLinesAreRecordedWithRuleAndLine() {
    CleanArticle c = clean("Real news here.\n\nExit mobile version\n");
    assertEquals(List.of("Real news here."), paragraphs(c));
    assertEquals(1, c.removed().size());
    Removal r = c.removed().get(0);
    assertEquals("chrome-mobile-version", r.ruleId());
    assertEquals(3, r.line());
    assertEquals(new Span(17, 36), r.span());
  }

  @Test
  void sidebarLabelsBylinesWithRolesBiosAndCreditsAreBoilerplate() {
    // found by a black-box check: all of these but the plain "Advertisement" became sentences
    // (ABP: 443 "Advertisement:" sentences in 102 articles, 48 "Follow @x", ~40 bylines)
    CleanArticle c = clean(String.join("\n\n",
        "The Senate delayed a vote on Tuesday, officials said.",
        "Advertisement",
        "The vote is now set for March.",
        "Advertisement:",
        "By Anthony Zurcher, senior North America reporter, BBC News",
        "By MARY CLARE JALONICK, KEVIN FREKING and DEB RIECHMANN",
        "By Lois Lane, Senior Correspondent | Published February 10, 2022",
        "Senators left for recess.",
        "Follow @politico",
        "Follow @politicalticker Follow @KilloughCNN",
        "Charles Fain Lehman is a staff writer for the Washington Free Beacon.",
        "Lois Lane is a senior correspondent covering Congress. Contact her at "
            + "lois@dailyplanet.example.",
        "Reporting by Lois Lane; Editing by Perry White",
        "Share this:",
        "Related Articles",
        "You may also like:"));
    assertEquals(List.of("The Senate delayed a vote on Tuesday, officials said.",
        "The vote is now set for March.", "Senators left for recess."), paragraphs(c));
    assertEquals(List.of("chrome-advertisement", "chrome-advertisement", "author-byline-role",
        "author-byline-role", "author-byline-role", "chrome-follow-handle", "chrome-follow-handle",
        "author-bio-named", "author-bio-named", "author-credit", "chrome-share",
        "chrome-related-heading", "chrome-related-heading"),
        c.removed().stream().map(Removal::ruleId).toList());
  }

  @Test
  void proseThatStartsLikeABylineOrAPromptIsKept() {
    List<String> prose = List.of(
        "By Thursday, Trump was suggesting to reporters that McConnell should step down.",
        "By Super Tuesday, most of the current Democratic field is likely to be gone.",
        "By Israel's account, a volley of rockets was aimed at its positions.",
        "By October 25, 2016, McCabe had learned of the story.",
        "By Friday afternoon, however, an official announcement had been postponed.",
        "By What Agency, With What Monies?”",
        "Follow the money, the senator told reporters.",
        "Read more carefully, the judge wrote.",
        "Related articles appeared in the Times on Monday.",
        "Evan Gershkovich, a reporter for the Wall Street Journal, was detained.",
        "Reporting by the Times showed that the drills had begun.");
    CleanArticle c = clean(String.join("\n\n", prose));
    assertEquals(prose, paragraphs(c));
    assertEquals(List.of(), c.removed());
  }

  @Test
  void shortLinesWithoutFinalPunctuationAreHeadings() {
    CleanArticle c = clean("Erdogan in Kiev\nHe arrived on Thursday.\n‘External aggression’");
    assertTrue(c.paragraphs().get(0).heading());
    assertFalse(c.paragraphs().get(1).heading());
    assertTrue(c.paragraphs().get(2).heading());
  }

  @Test
  void veryLongLinesAreNeverBoilerplate() {
    String longLine = "The author covers " + "politics ".repeat(100) + "and more.";
    CleanArticle c = clean(longLine);
    assertEquals(0, c.removed().size());
    assertEquals(1, c.paragraphs().size());
  }
}
