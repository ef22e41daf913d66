package org.framelens.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Interview transcripts: a paragraph that opens with a speaker label ({@code KULEBA:}, {@code
 * AMY GOODMAN:}, {@code Q:}/{@code A:}) is its speaker's words, not the outlet's voice: quoted,
 * never an unattributed claim, attributed to the label where it names someone. A black-box hunt
 * found 69 unattributed claims and 40 author-voice loaded hits in 29 ABP transcripts.
 */
class SpeakerTurnTest {

  private static final String INTERVIEW = "Interview\n\nQ: Do you think Russia will invade Ukraine?\n\n"
      + "A: I think the threat is real. The build-up is aggressive and unprecedented.\n\n"
      + "Q: What should the West do?\n\n"
      + "A: We must be firm. Sanctions are the only language the Kremlin understands.\n\n"
      + "KULEBA: The Russian aggression must be stopped.";

  @Test
  void turnsAreTheirSpeakersWords() {
    CueTestSupport.Result r = CueTestSupport.run(INTERVIEW);
    // sentence 0 is the title line
    for (SentenceCues c : r.cues().sentences().subList(1, r.cues().sentences().size())) {
      assertFalse(c.unattributedClaim(), r.describe());
      assertEquals("quoted", c.voiceMix(), r.describe());
    }
    SentenceCues kuleba = r.cues().sentences().get(r.cues().sentences().size() - 1);
    assertTrue(kuleba.attributed(), r.describe());
    assertEquals("KULEBA", kuleba.attributionSource());
    assertEquals(SourceType.NAMED_PERSON, kuleba.sourceType());
    // Q and A name nobody: quoted, but not attributed
    assertFalse(r.sentence(2).attributed(), r.describe());
    assertTrue(r.of(CueType.LOADED).stream().allMatch(e -> e.voice() == Voice.QUOTED));
  }

  @Test
  void namedSpeakersTurnsAreAttributedToThem() {
    CueTestSupport.Result r = CueTestSupport.run("Interview\n\nAMY GOODMAN: Welcome to the show."
        + "\n\nJOHN SMITH: The regime is brutal.\n\nAMY GOODMAN: Why do you say that?");
    assertEquals("JOHN SMITH", r.sentence(2).attributionSource(), r.describe());
    assertFalse(r.sentence(2).unattributedClaim());
  }

  @Test
  void aShortTurnIsNoScareQuoteAndASpeakersOwnSpeechVerbStillAttributes() {
    CueTestSupport.Result r = CueTestSupport.run("Interview\n\nQ: Right.\n\nA: Sure, it is."
        + "\n\nQ: True?\n\nA: I think the threat is real.");
    assertEquals(java.util.List.of(), r.of(CueType.SCARE_QUOTE), r.describe());
    assertEquals(1, r.of(CueType.ATTRIBUTION).size(), r.describe());
  }

  @Test
  void notesDatelinesAndHeadingsAreNoSpeakers() {
    CueTestSupport.Result r = CueTestSupport.run("Title\n\nWASHINGTON: The regime is brutal, a brutal"
        + " regime.\n\nNote: The regime is brutal.\n\nUPDATE: The regime is brutal."
        + "\n\nUPDATE: The regime is brutal.\n\nEDITOR'S NOTE: The regime is brutal."
        + "\n\nTARGET: The brutal regime.\n\nATTACKER: A brutal man."
        + "\n\nTARGET: The brutal regime.\n\nCLAIM: The regime is brutal."
        + "\n\nVERDICT: The regime is brutal.\n\nVERDICT: The regime is brutal.");
    for (SentenceCues c : r.cues().sentences()) {
      assertEquals("author", c.voiceMix(), r.describe());
      assertFalse(c.attributed(), r.describe());
    }
  }

  /**
   * A mailbag column (NPR's Ken Rudin, the only Q/A transcripts of the ABP sample): a reader's
   * signed question, then the columnist's answer. The answer is the outlet's own voice, as the
   * unlabelled paragraphs that continue it already were; the question stays quoted.
   */
  @Test
  void aMailbagsAnswersAreTheOutletsOwnWords() {
    String mailbag = "Political Updates\n\nHere are some questions from the mailbox.\n\n"
        + "Q: Has a candidate ever been beaten worse in his home state? — Louis Gudema, Newton, "
        + "Mass.\n\n"
        + "A: Davis lost the Empire State by more than 26 points. The regime of the party bosses "
        + "was brutal.\n\n"
        + "Others lost their home states too.\n\n"
        + "Q: Will the debates decide the winner? — Jeff Ewener, Toronto, Canada\n\n"
        + "A: Probably not. The regime of the pollsters says so.";
    CueTestSupport.Result r = CueTestSupport.run(mailbag);
    assertEquals("quoted", r.sentence(2).voiceMix(), r.describe());
    for (int i : new int[] {3, 4, 5, 7, 8}) {
      assertEquals("author", r.sentence(i).voiceMix(), i + ": " + r.describe());
    }
    assertTrue(r.of(CueType.LOADED).stream().filter(e -> r.text(e.span()).equals("regime"))
        .allMatch(e -> e.voice() == Voice.AUTHOR), r.describe());
    // an interview's unsigned questions keep their answers quoted
    CueTestSupport.Result interview = CueTestSupport.run(INTERVIEW);
    assertEquals("quoted", interview.sentence(2).voiceMix(), interview.describe());
    // a dash inside a question is no signature
    CueTestSupport.Result dash = CueTestSupport.run("Interview\n\nQ: Will the drills — Zapad "
        + "— end soon?\n\nA: They end on Sunday.\n\nQ: And then?\n\nA: The troops go home.");
    assertEquals("quoted", dash.sentence(2).voiceMix(), dash.describe());
  }

  /** Ten random mixed-case speaker lines of an ABP transcript (The Daily Caller) were turns. */
  @Test
  void mixedCaseLabelsThatOpenTwoParagraphsAreSpeakers() {
    CueTestSupport.Result r = CueTestSupport.run("Interview\n\nThomas: Your dad is a danger to"
        + " the world, is he not?\n\nTrump: Well, the regime is brutal.\n\nThomas: Why do"
        + " you say that?\n\nTrump: Because it is a brutal regime, and its leaders are thugs.");
    for (int i = 1; i < r.cues().sentences().size(); i++) {
      // a short turn with its label outside the quotation is "mixed", never the outlet's own
      assertFalse(r.sentence(i).voiceMix().equals("author"), r.describe());
      assertFalse(r.sentence(i).unattributedClaim(), r.describe());
    }
    assertEquals("Trump", r.sentence(2).attributionSource(), r.describe());
    assertEquals(SourceType.NAMED_PERSON, r.sentence(2).sourceType());
    assertEquals("Thomas", r.sentence(1).attributionSource(), r.describe());
    assertTrue(r.of(CueType.LOADED).stream().allMatch(e -> e.voice() == Voice.QUOTED),
        r.describe());
  }

  @Test
  void aMixedCaseLabelOnceOrAListedWordIsNoSpeaker() {
    CueTestSupport.Result r = CueTestSupport.run("Title\n\nWashington: The regime is brutal."
        + "\n\nNote: The regime is brutal.\n\nNote: The regime is brutal."
        + "\n\nWinner: The brutal regime.\n\nWinner: The brutal regime."
        + "\n\nBottom line: The regime is brutal.\n\nBottom line: The regime is brutal."
        + "\n\nPolice: The regime is brutal.\n\nPolice: The regime is brutal.");
    for (int i = 1; i < r.cues().sentences().size() - 2; i++) {
      assertEquals("author", r.sentence(i).voiceMix(), i + " " + r.describe());
      assertFalse(r.sentence(i).attributed(), r.describe());
    }
    // "Police:" names nobody: its turns are quoted, attributed to no one
    int last = r.cues().sentences().size() - 1;
    assertEquals("mixed", r.sentence(last).voiceMix(), r.describe());
    assertFalse(r.sentence(last).attributed(), r.describe());
    assertFalse(r.sentence(last).unattributedClaim(), r.describe());
  }

  /**
   * An embedded post (a paragraph ending "— Name (@handle) Month D, YYYY") is its poster's words;
   * the web page's "Skip Twitter post by @…" and "Report" around it are cut as boilerplate.
   */
  @Test
  void anEmbeddedPostIsItsPostersWords() {
    CueTestSupport.Result r = CueTestSupport.run("Title\n\nThe senator replied online."
        + "\n\nSkip Twitter post by @janedoe The regime is brutal and its leaders are thugs."
        + " — Jane Doe (@janedoe) May 29, 2018 Report\n\nThe ministry did not comment.");
    SentenceCues post = r.sentence(2);
    assertEquals("The regime is brutal and its leaders are thugs. — Jane Doe (@janedoe) May 29,"
        + " 2018", r.text(r.article().sentences().get(2).span()), r.describe());
    assertTrue(post.attributed(), r.describe());
    assertEquals("Jane Doe", post.attributionSource(), r.describe());
    assertEquals("quoted", post.voiceMix(), r.describe());
    assertFalse(post.unattributedClaim(), r.describe());
    assertTrue(r.of(CueType.LOADED).stream().allMatch(e -> e.voice() == Voice.QUOTED),
        r.describe());
    assertEquals(java.util.List.of("chrome-post-skip", "chrome-post-report"),
        r.article().clean().removed().stream().map(x -> x.ruleId()).toList());
    // without its signature the same paragraph is the outlet's
    CueTestSupport.Result plain = CueTestSupport.run("Title\n\nThe regime is brutal and its"
        + " leaders are thugs.");
    assertEquals("author", plain.sentence(1).voiceMix(), plain.describe());
  }
}
