package org.framelens.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Quoted titles and names are not scare quotes: news style puts the titles of shows, songs,
 * films and military exercises in quotation marks ("American Idol", "Auld Lang Syne", “Union
 * Determination 2022”), and the 'n' of "rock 'n' roll" is no quotation at all. A black-box hunt
 * found 945 of 8,119 scare quotes on the ABP sample to be such titles, each explained as keeping
 * "the writer at a distance from these words". Lower-case words and single words stay scare
 * quotes.
 */
class ScareQuoteTitleTest {

  private static List<String> scare(String sentence) {
    CueTestSupport.Result r = CueTestSupport.run(sentence);
    return r.of(CueType.SCARE_QUOTE).stream().map(e -> r.text(e.span())).toList();
  }

  @Test
  void titlesAndNamesInQuotationMarksAreNotScareQuotes() {
    for (String s : List.of("Millions watched \"American Idol\" on Tuesday.",
        "The band played “Auld Lang Syne” at midnight.",
        "The drills, named “Union Determination 2022”, began on Thursday.",
        "She appeared on “Fox & Friends” in the morning.",
        "The series “House of Cards” was filmed in Baltimore.",
        "The rock 'n' roll band played.")) {
      assertEquals(List.of(), scare(s), s);
    }
  }

  @Test
  void wordsHeldAtADistanceStillAre() {
    assertEquals(List.of("“defensive”"), scare("The drills are “defensive” in nature."));
    assertEquals(List.of("“peace mission”"), scare("The troops arrived on a “peace mission”."));
    assertEquals(List.of("“Liberation”"), scare("The city awaited its “Liberation” for weeks."));
    assertEquals(List.of("“special military operation”"),
        scare("The “special military operation” went on for months in the east."));
  }

  @Test
  void aNameAfterALowerCaseTheIsATitleWhenTwoCapitalisedWordsFollow() {
    assertEquals(List.of(), scare("The case went before “the Roberts Court” last year."));
    assertEquals(List.of(), scare("He warned of “the Big Mo” in the primaries."));
    // one capitalised word after "the" may be an ordinary word held at a distance
    assertEquals(List.of("“the Left”"), scare("The riots were blamed on “the Left” in the end."));
    assertEquals(List.of("“the elite”"), scare("The drills were planned by “the elite” of the army."));
  }

  @Test
  void aNicknameInsideAPersonsNameIsNoScareQuote() {
    for (String s : List.of("He spoke with I. Lewis “Scooter” Libby, the chief of staff.",
        "Former California Rep. Randy \"Duke\" Cunningham is a free man today.",
        "He shook hands with Senate President Thomas V. \"Mike\" Miller after the vote.",
        "The prize went to NBA great Earvin \"Magic\" Johnson.")) {
      assertEquals(List.of(), scare(s), s);
    }
  }

  @Test
  void aCapitalisedWordBetweenCapitalsInAHeadlineOrAfterALowerCaseWordStaysAScareQuote() {
    // Title Case: no lower-case word of four letters or more, so not prose
    assertEquals(List.of("'Crumbs'"), scare("Pelosi Challenged on Infamous 'Crumbs' Remark, "
        + "Collusion Evidence at Hearing"));
    // a heading in capitals run into the text
    assertEquals(List.of("“HILARIOUS”"), scare("HOW MISOGYNY BECOMES “HILARIOUS” No matter how "
        + "often I heard it, the language shocked me."));
    // a capitalised word follows the "surname": no person's name
    assertEquals(List.of("“Muslim”"), scare("The Trump “Muslim” Ban Policy was blocked in "
        + "court."));
    // no capitalised word before it
    assertEquals(List.of("“Liberation”"), scare("The city awaited its “Liberation” for weeks."));
    // lower case inside
    assertEquals(List.of("“peace mission”"),
        scare("The Putin “peace mission” Kyiv plan failed in the end."));
  }
}
