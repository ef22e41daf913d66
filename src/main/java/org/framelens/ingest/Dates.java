package org.framelens.ingest;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises the date strings found in corpora to ISO {@code YYYY-MM-DD} where that is
 * unambiguous, and keeps anything else as given:
 *
 * <ul>
 *   <li>ISO dates and date-times ({@code 2022-02-10}, {@code 2022-02-10T08:30:00Z},
 *       {@code 2022-02-10 08:30:00});
 *   <li>Unix time stamps: 10 digits (seconds, 2001-09-09 to 2286) or 13 (milliseconds), with or
 *       without a fraction ({@code 1644451200}, {@code 1644451200.5}, {@code 1644451200123});
 *   <li>RFC 822/1123 date-times, RSS's {@code pubDate} ({@code Thu, 10 Feb 2022 08:00:00 GMT},
 *       also with an offset such as {@code +0000} or a US zone such as {@code EST}; a weekday that
 *       does not fit the date keeps it as given);
 *   <li>English month-name dates, the month spelled out or abbreviated (with or without a dot;
 *       {@code Sept} too), the day with or without {@code st}/{@code nd}/{@code rd}/{@code th},
 *       after an optional weekday: {@code February 10, 2022}, {@code Feb. 10, 2022},
 *       {@code February 10th, 2022}, {@code Thursday, February 10, 2022},
 *       {@code 10 February 2022};
 *   <li>{@code 2022/02/10} and {@code 20220210}.
 * </ul>
 *
 * <p>A date that does not exist ({@code February 30, 2022}) is kept as given, as are dates with
 * numeric months and days in another order ({@code 10/02/2022} could be 10 February or 2 October).
 *
 * <p>Time zones: a date-time written with an offset or zone keeps the date written (its local
 * date: {@code 2022-02-10T23:30:00-05:00} is 2022-02-10, though it is already 11 February in
 * UTC), since that is the date the outlet gave. A Unix time stamp has no local date, so it is read
 * in UTC; the same instant written as a local date-time west of Greenwich can thus be a day
 * earlier. Names of months and weekdays are read in English ({@link Locale#ENGLISH}), never in
 * the machine's locale.
 */
final class Dates {

  /** A Unix time stamp: 10 digits (seconds) or 13 (milliseconds), maybe with a fraction. */
  private static final Pattern EPOCH = Pattern.compile("^([1-9]\\d{9}(\\d{3})?)(\\.\\d+)?$");
  private static final Pattern ISO_PREFIX = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})([T ].*)?$");
  /** The clock time after an ISO date: hours, minutes, maybe seconds. */
  private static final Pattern ISO_TIME = Pattern.compile("^[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?");

  /**
   * An RFC 822 zone that {@link DateTimeFormatter#RFC_1123_DATE_TIME} does not read (it reads
   * {@code GMT} and {@code +HHMM}), at the end of the string.
   */
  private static final Pattern RFC_822_ZONE = Pattern.compile(
      "\\s(UTC?|Z|[ECMP][SD]T)$", Pattern.CASE_INSENSITIVE);
  private static final Map<String, String> RFC_822_OFFSETS = Map.ofEntries(
      Map.entry("UT", "+0000"), Map.entry("UTC", "+0000"), Map.entry("Z", "+0000"),
      Map.entry("EST", "-0500"), Map.entry("EDT", "-0400"),
      Map.entry("CST", "-0600"), Map.entry("CDT", "-0500"),
      Map.entry("MST", "-0700"), Map.entry("MDT", "-0600"),
      Map.entry("PST", "-0800"), Map.entry("PDT", "-0700"));

  /** The shape of an RFC 1123 date-time, with a four-digit year (the parser takes "22" too). */
  private static final Pattern RFC_1123_SHAPE = Pattern.compile("^(?:[A-Za-z]{3},\\s*)?"
      + "\\d{1,2}\\s[A-Za-z]{3}\\s\\d{4}\\s\\d{1,2}:\\d{2}(?::\\d{2})?\\s\\S+$");

  /** RFC 1123, STRICT so that a day that does not exist is not moved to one that does. */
  private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME
      .withResolverStyle(ResolverStyle.STRICT);

  /** A name of a month or weekday, maybe abbreviated with a dot: letters only. */
  private static final String NAME = "([A-Za-z]{3,9})\\.?";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
  private static final String WEEKDAY = "(?:" + NAME + ",?\\s+)?";
  /** {@code [Thursday, ]February 10[th][,] 2022}. */
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "^" + WEEKDAY + NAME + "\\s+" + DAY + ",?\\s+(\\d{4})$", Pattern.CASE_INSENSITIVE);
  /** {@code [Thursday, ]10[th] February[,] 2022}. */
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "^" + WEEKDAY + DAY + "\\s+" + NAME + ",?\\s+(\\d{4})$", Pattern.CASE_INSENSITIVE);

  /** English month names, full and abbreviated, lower case; {@code sept} too. */
  private static final Map<String, Month> MONTHS = new HashMap<>();
  /** English weekday names, full and abbreviated, lower case; {@code tues}, {@code thurs} too. */
  private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();

  static {
    for (Month m : Month.values()) {
      MONTHS.put(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), m);
      MONTHS.put(m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT), m);
    }
    MONTHS.put("sept", Month.SEPTEMBER);
    for (DayOfWeek d : DayOfWeek.values()) {
      WEEKDAYS.put(d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), d);
      WEEKDAYS.put(d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT), d);
    }
    WEEKDAYS.put("tues", DayOfWeek.TUESDAY);
    WEEKDAYS.put("thur", DayOfWeek.THURSDAY);
    WEEKDAYS.put("thurs", DayOfWeek.THURSDAY);
  }

  /** Numeric forms; STRICT, so that a day that does not exist is not moved to one that does. */
  private static final List<DateTimeFormatter> FORMATS = List.of(
      DateTimeFormatter.ofPattern("uuuu/MM/dd", Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT),
      DateTimeFormatter.BASIC_ISO_DATE);

  private Dates() {
  }

  /** Whether the time after an ISO date, when it has the shape of one, is a time of day. */
  private static boolean validTime(String rest) {
    Matcher t = ISO_TIME.matcher(rest);
    if (!t.find()) {
      return true;
    }
    return Integer.parseInt(t.group(1)) <= 24 && Integer.parseInt(t.group(2)) <= 59
        && (t.group(3) == null || Integer.parseInt(t.group(3)) <= 60);
  }

  /** The ISO date for {@code s}, or {@code s} unchanged when it is not a recognised date. */
  static String normalise(String s) {
    if (s.isEmpty()) {
      return s;
    }
    Matcher m = EPOCH.matcher(s);
    if (m.matches()) {
      long t = Long.parseLong(m.group(1)); // the fraction does not change the date
      java.time.Instant at = m.group(2) != null ? java.time.Instant.ofEpochMilli(t)
          : java.time.Instant.ofEpochSecond(t);
      return at.atOffset(java.time.ZoneOffset.UTC).toLocalDate().toString();
    }
    m = ISO_PREFIX.matcher(s);
    if (m.matches()) {
      if (m.group(2) != null && !validTime(m.group(2))) {
        return s; // 2022-02-10T25:00:00Z is no date-time: kept as given
      }
      try {
        return LocalDate.parse(m.group(1)).toString();
      } catch (DateTimeParseException e) {
        return s;
      }
    }
    try {
      return OffsetDateTime.parse(s).toLocalDate().toString();
    } catch (DateTimeParseException ignored) {
      // try the next format
    }
    if (s.indexOf(':') > 0) {
      LocalDate d = rfc822(s);
      return d == null ? s : d.toString();
    }
    LocalDate d = monthName(s);
    if (d != null) {
      return d.toString();
    }
    for (DateTimeFormatter f : FORMATS) {
      try {
        return LocalDate.parse(s, f).toString();
      } catch (DateTimeParseException ignored) {
        // try the next format
      }
    }
    return s;
  }

  /** The date written in an RFC 822/1123 date-time, or null. */
  private static LocalDate rfc822(String s) {
    if (!RFC_1123_SHAPE.matcher(s).matches()) {
      return null;
    }
    Matcher z = RFC_822_ZONE.matcher(s);
    String t = z.find() ? s.substring(0, z.start()) + " "
        + RFC_822_OFFSETS.get(z.group(1).toUpperCase(Locale.ROOT)) : s;
    try {
      return OffsetDateTime.parse(t, RFC_1123).toLocalDate();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The date of an English month-name date, or null if {@code s} is none or does not exist. */
  private static LocalDate monthName(String s) {
    Matcher m = MONTH_DAY_YEAR.matcher(s);
    int month;
    int day;
    if (m.matches()) {
      month = 2;
      day = 3;
    } else {
      m = DAY_MONTH_YEAR.matcher(s);
      if (!m.matches()) {
        return null;
      }
      month = 3;
      day = 2;
    }
    Month mo = MONTHS.get(m.group(month).toLowerCase(Locale.ROOT));
    String weekday = m.group(1);
    DayOfWeek wd = weekday == null ? null : WEEKDAYS.get(weekday.toLowerCase(Locale.ROOT));
    if (mo == null || (weekday != null && wd == null)) {
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.of(Integer.parseInt(m.group(4)), mo, Integer.parseInt(m.group(day)));
    } catch (DateTimeException e) {
      return null; // February 30
    }
    return wd == null || wd == date.getDayOfWeek() ? date : null;
  }
}
