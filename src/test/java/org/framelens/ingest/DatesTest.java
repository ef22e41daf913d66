package org.framelens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Dates as corpora write them become ISO dates when they are unambiguous, and stay as given
 * otherwise (2026-11-22: float Unix time stamps, RSS's RFC 822 dates and more English month-name
 * forms were kept as given or, for a float from JSON, written as {@code 1.6444512005E9}; a day
 * that does not exist, {@code February 30, 2022}, became 2022-02-28).
 */
class DatesTest {

  private static void iso(String expected, String... given) {
    for (String s : given) {
      assertEquals(expected, Dates.normalise(s), s);
      assertEquals(expected, Dates.normalise(expected), "an ISO date stays as it is");
    }
  }

  private static void kept(String... given) {
    for (String s : given) {
      assertEquals(s, Dates.normalise(s), "kept as given");
    }
  }

  @Test
  void unixTimeStampsWithAFractionAreReadInUtcLikeWholeOnes() {
    iso("2022-02-10", "1644451200", "1644451200.5", "1644451200.999999", "1644451200123",
        "1644451200123.25", "1644537599.9");
    iso("2022-02-09", "1644451199.75"); // 23:59:59.75 UTC
    kept("1644451200.", "1644451200.5.1", "164445120.5", "-1644451200.5", "1.6444512005E9");
  }

  @Test
  void rfc822DatesAsInRssPubDateBecomeTheDateWritten() {
    iso("2022-02-10", "Thu, 10 Feb 2022 08:00:00 GMT", "Thu, 10 Feb 2022 08:00:00 +0000",
        "Thu, 10 Feb 2022 08:00 GMT", "10 Feb 2022 08:00:00 GMT", "thu, 10 feb 2022 08:00:00 gmt",
        "Thu, 10 Feb 2022 08:00:00 UTC", "Thu, 10 Feb 2022 08:00:00 UT",
        "Thu, 10 Feb 2022 08:00:00 Z", "Thu, 10 Feb 2022 08:00:00 EST");
    // the local date is kept, as for an ISO date-time with an offset (it is 11 Feb in UTC)
    iso("2022-02-10", "Thu, 10 Feb 2022 23:30:00 -0500", "2022-02-10T23:30:00-05:00");
    iso("2022-02-03", "Thu, 3 Feb 2022 08:00:00 +0530");
    kept("Fri, 10 Feb 2022 08:00:00 GMT", // the weekday does not fit the date
        "Mon, 30 Feb 2022 08:00:00 GMT", "30 Feb 2022 08:00:00 GMT",
        "Thu, 10 Feb 2022 08:00:00 XYZ", "Thu, 10 Feb 22 08:00:00 GMT");
  }

  @Test
  void englishMonthNameDatesBecomeIsoDates() {
    iso("2022-02-10", "Feb. 10, 2022", "Feb 10, 2022", "February 10, 2022",
        "February 10th, 2022", "Thursday, February 10, 2022", "Thu, Feb 10, 2022",
        "Thurs. Feb. 10 2022", "10 February 2022", "10 Feb 2022", "10th February, 2022",
        "Thursday, 10 February 2022", "FEBRUARY 10, 2022", "february 10 2022");
    iso("2022-09-01", "Sept. 1, 2022", "Sep 1, 2022", "September 1st, 2022", "1 Sept 2022");
    iso("2022-05-22", "May 22nd, 2022");
  }

  @Test
  void datesThatDoNotExistOrAreAmbiguousAreKeptAsGiven() {
    kept("February 30, 2022", "31 Apr 2022", "2022/02/30", "20220230", "2022-02-30",
        "Friday, February 10, 2022", // the weekday does not fit the date
        "Februar 10, 2022", "Mayday 10, 2022", "10/02/2022", "02/10/2022", "10.02.2022",
        "February 2022", "last Sunday", "Feb 10", "10 February 22");
  }

  @Test
  void namesAreReadInEnglishWhateverTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      for (Locale l : List.of(Locale.GERMANY, Locale.forLanguageTag("tr-TR"), Locale.JAPAN)) {
        Locale.setDefault(l);
        iso("2022-02-10", "Thu, 10 Feb 2022 08:00:00 GMT", "THURSDAY, FEBRUARY 10, 2022",
            "Feb. 10, 2022", "1644451200.5");
        kept("Do, 10 Feb 2022 08:00:00 GMT", "10. Februar 2022");
      }
    } finally {
      Locale.setDefault(before);
    }
  }
}
