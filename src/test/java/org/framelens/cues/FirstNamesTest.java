package org.framelens.cues;

import static org.framelens.cues.CueTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.framelens.cues.CueTestSupport.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pronoun antecedents of the right gender, from lexicons/first-names.tsv (titles, first names). */
class FirstNamesTest {

  @Test
  void theDataFileIsWellFormed() throws Exception {
    Set<String> seen = new HashSet<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        FirstNames.class.getResourceAsStream("/lexicons/first-names.tsv"),
        StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#") || line.startsWith("word\t")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        assertEquals(2, f.length, line);
        assertTrue(f[1].equals("f") || f[1].equals("m"), line);
        assertEquals(f[0].strip().toLowerCase(java.util.Locale.ROOT), f[0], line);
        assertTrue(seen.add(f[0]), "listed twice: " + f[0]);
      }
    }
    assertEquals(seen.size(), FirstNames.BUNDLED.size());
    for (String both : new String[] {"alex", "jordan", "sam", "jean", "kim", "andrea"}) {
      assertFalse(seen.contains(both), both + " is used for both genders: leave it out");
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', nullValues = "none", value = {
      "Prime Minister Liz Truss  | f",
      "Ivan Petrov               | m",
      "Mr. Lavrov                | m",
      "Mrs. Clinton              | f",
      "Ms Berg                   | f",
      "Foreign Minister Anna Berg | f",
      "Tom Reed, the Mayor of Leeds | m",
      "Berg                      | none",
      "Kremlin spokesman Dmitry Peskov | m",
      "Alex Berg                 | none",
  })
  void genderOfASource(String source, String gender) {
    assertEquals(gender == null ? null : gender.charAt(0), FirstNames.genderOf(source));
  }

  @Test
  void aPronounOfTheOtherGenderLeavesTheAntecedentOut() {
    Result she = run("“We will win,” said Ivan Petrov. She said the drills were a threat.");
    assertEquals("She", she.sentence(1).attributionSource(), she.describe());
    assertEquals(SourceType.UNKNOWN, she.sentence(1).sourceType());
    Result he = run("Prime Minister Liz Truss said talks failed. He added that sanctions would "
        + "follow.");
    assertEquals("He", he.sentence(1).attributionSource(), he.describe());
  }

  @Test
  void aPronounOfTheSameOrAnUnknownGenderKeepsIt() {
    assertEquals("He (Ivan Petrov)", run("“We will win,” said Ivan Petrov. He said the drills "
        + "were a threat.").sentence(1).attributionSource());
    assertEquals("She (Prime Minister Liz Truss)", run("Prime Minister Liz Truss said talks "
        + "failed. She added that sanctions would follow.").sentence(1).attributionSource());
    assertEquals("She (Berg)", run("Berg said talks failed. She added that sanctions would "
        + "follow.").sentence(1).attributionSource());
  }

  @Test
  void unknownNamesTellNothing() {
    assertNull(FirstNames.genderOf("the Belarusian Defense Minister Victorr Khrenin"));
    assertTrue(FirstNames.agrees("she", "Berg"));
    assertFalse(FirstNames.agrees("she", "Mr. Berg"));
  }
}
