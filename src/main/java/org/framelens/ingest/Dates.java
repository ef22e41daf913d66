package org.framelens.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Normalises the date strings found in corpora to ISO {@code YYYY-MM-DD} where possible. */
final class Dates {

  /**
   * A Unix time stamp: 10 digits (seconds, 2001-09-09 to 2286) or 13 (milliseconds), read in UTC.
   */
  private static final Pattern EPOCH = Pattern.compile("^[1-9]\\d{9}(\\d{3})?$");
  private static final Pattern ISO_PREFIX = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})([T ].*)?$");
  private static final List<DateTimeFormatter> FORMATS = List.of(
      DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ROOT),
      DateTimeFormatter.BASIC_ISO_DATE);

  private Dates() {
  }

  /** The ISO date for {@code s}, or {@code s} unchanged when it is not a recognised date. */
  static String normalise(String s) {
    if (s.isEmpty()) {
      return s;
    }
    if (EPOCH.matcher(s).matches()) {
      long t = Long.parseLong(s);
      java.time.Instant at = s.length() == 13 ? java.time.Instant.ofEpochMilli(t)
          : java.time.Instant.ofEpochSecond(t);
      return at.atOffset(java.time.ZoneOffset.UTC).toLocalDate().toString();
    }
    Matcher m = ISO_PREFIX.matcher(s);
    if (m.matches()) {
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
    for (DateTimeFormatter f : FORMATS) {
      try {
        return LocalDate.parse(s, f).toString();
      } catch (DateTimeParseException ignored) {
        // try the next format
      }
    }
    return s;
  }
}
