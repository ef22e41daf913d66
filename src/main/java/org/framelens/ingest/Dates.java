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

  private static final Pattern ISO_PREFIX = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})([T ].*)?$");
  private static final List<DateTimeFormatter> FORMATS = List.of(
      DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ROOT));

  private Dates() {
  }

  /** The ISO date for {@code s}, or {@code s} unchanged when it is not a recognised date. */
  static String normalise(String s) {
    if (s.isEmpty()) {
      return s;
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
