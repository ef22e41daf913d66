package org.framelens.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.framelens.clean.Removal;
import org.framelens.text.Span;
import org.junit.jupiter.api.Test;

/**
 * Page furniture is not the outlet's voice (audit 6, pattern 3): a widget inside a sentence (The
 * Hill's name box, CNN's video player) is cut from it, the rest of the sentence analysed as
 * before; whole widget and caption lines are removed. Through the text and cue stages.
 */
class PageFurnitureTest {

  private static final String HILL = "Title\n\nGOP lawmakers are worried about President Trump"
      + " Donald John TrumpBrutal regime slams corrupt thugs in a shameful attack Warren outlines"
      + " radical tax MORE’s reluctance to listen to his advisers, officials said.";

  @Test
  void aNameWidgetInsideASentenceIsCutAndTheSentenceKept() {
    CueTestSupport.Result r = CueTestSupport.run(HILL);
    int from = HILL.indexOf(" Donald John");
    int to = HILL.indexOf("MORE") + 4;
    List<Removal> removed = r.article().clean().removed();
    assertEquals(1, removed.size());
    assertEquals(new Span(from, to), removed.get(0).span());
    assertEquals("chrome-name-widget", removed.get(0).ruleId());
    // one sentence, offsets into the original: its words outside the widget are analysed
    assertEquals(2, r.article().sentences().size(), r.describe());
    Span s = r.article().sentences().get(1).span();
    assertEquals(HILL.indexOf("GOP"), s.start());
    assertEquals(HILL.length(), s.end());
    assertTrue(r.sentence(1).attributed(), r.describe());
    // no cue from the widget's headlines (brutal, corrupt, thugs, shameful, radical)
    for (Evidence e : r.cues().evidence()) {
      assertFalse(e.span().start() < to && e.span().end() > from, r.describe());
    }
    assertEquals(List.of(), r.of(CueType.LOADED), r.describe());
    // the text analysed has blanks where the widget was, the same length as the original
    assertEquals(HILL.length(), r.article().text().length());
    assertTrue(r.article().text().substring(from, to).isBlank());
    assertEquals(HILL, r.article().article().text());
  }

  @Test
  void videoPlayersGalleriesAndCaptionsAreNotTheOutletsVoice() {
    String text = "Title\n\nJUST WATCHED Brutal regime attacks Replay More Videos ... MUST WATCH"
        + " Brutal regime attacks 02:36\n\nImage copyright Getty Images Image caption Protesters"
        + " slammed the brutal regime\n\nPhotos: Unrest Thugs attack a shameful march. Hide Caption"
        + " 1 of 2 Photos: Unrest A brutal crackdown. Hide Caption 2 of 2\n\nEnlarge this image"
        + " toggle caption Charles Dharapak/AP Charles Dharapak/AP\n\nThe talks resumed on Monday.";
    CueTestSupport.Result r = CueTestSupport.run(text);
    assertEquals(List.of("chrome-video-widget", "caption-bbc-image", "caption-gallery",
        "caption-toggle"), r.article().clean().removed().stream().map(Removal::ruleId).toList());
    assertEquals(2, r.article().sentences().size(), r.describe());
    assertEquals(List.of(), r.of(CueType.LOADED), r.describe());
    assertEquals(List.of(), r.of(CueType.UNATTRIBUTED_CLAIM), r.describe());
  }

  @Test
  void creditsAndBiosAtTheEndAreRemoved() {
    String text = "Title\n\nThe talks resumed on Monday.\n\nContributing: Katharine Lackey in"
        + " McLean, Va.\n\nFox News' Chad Pergram and The Associated Press contributed to this"
        + " report.\n\nAdditional reporting by Josie Le Blond\n\n— John Fund is NRO’s"
        + " national-affairs correspondent.\n\nFollow Colvin on Twitter at"
        + " https://twitter.com/colvinj";
    CueTestSupport.Result r = CueTestSupport.run(text);
    assertEquals(List.of("author-contributing", "author-contributed", "author-reporting-by",
        "author-bio-dash", "author-follow-named"),
        r.article().clean().removed().stream().map(Removal::ruleId).toList());
    assertEquals(2, r.article().sentences().size(), r.describe());
  }
}
