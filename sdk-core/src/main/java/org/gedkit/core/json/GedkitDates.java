package org.gedkit.core.json;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place where the back ends' date-time strings are parsed.
 *
 * <p>Accepted shapes (all back ends): ISO-8601 with {@code Z}, {@code +02:00} or {@code +0200}
 * ({@code 2015-07-18T20:59:00+0200}); {@code 2015-01-20 16:47:19} (with optional fraction);
 * {@code 19-03-2020 15:50} and {@code 19/03/2020 15:50:00}; {@code 2015-01-20} (midnight); Qorus'
 * {@code 2016-06-01 10:30:00.060229Z}, {@code 2016-08-10 02:00:00.758239 +02:00} and
 * {@code 2014-06-18 12:49:58.329436 Wed +02:00 (CEST)}; epoch seconds or milliseconds as digits.
 * A value without an offset is read in the zone given (UTC by default). MySQL zero dates
 * ({@code 0000-00-00 00:00:00}, {@code -0001-11-30T00:00:00+00:09}) mean "no date".
 *
 * <p>Thread-safe, stateless.
 */
public final class GedkitDates {

  private static final DateTimeFormatter OFFSET_NO_COLON =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .appendLiteral('T')
          .append(DateTimeFormatter.ISO_LOCAL_TIME)
          .appendOffset("+HHMM", "Z")
          .toFormatter();

  private static final DateTimeFormatter LOCAL_SPACE =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .appendLiteral(' ')
          .append(DateTimeFormatter.ISO_LOCAL_TIME)
          .toFormatter();

  private static final List<DateTimeFormatter> DAY_FIRST =
      List.of(
          DateTimeFormatter.ofPattern("dd-MM-uuuu HH:mm[:ss]"),
          DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm[:ss]"),
          DateTimeFormatter.ofPattern("dd-MM-uuuu"),
          DateTimeFormatter.ofPattern("dd/MM/uuuu"));

  /** {@code 2016-08-10 02:00:00.758239 +02:00} and {@code ... Wed +02:00 (CEST)} and {@code ...Z}. */
  private static final Pattern QORUS =
      Pattern.compile(
          "^(\\d{4}-\\d{2}-\\d{2})[ T](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)\\s*"
              + "(?:[A-Za-z]{3}\\s+)?(Z|[+-]\\d{2}:?\\d{2})?(?:\\s*\\([^)]*\\))?$");

  private GedkitDates() {}

  /**
   * Parses a back-end date-time, reading values without an offset as UTC.
   *
   * @param text the text; null or blank gives empty
   * @return the date-time, or empty for null, blank or zero dates
   * @throws DateTimeException when the text is not a date in any known shape
   */
  public static Optional<OffsetDateTime> parse(String text) {
    return parse(text, ZoneOffset.UTC);
  }

  /**
   * Parses a back-end date-time, reading values without an offset in {@code zone}.
   *
   * @param text the text; null or blank gives empty
   * @param zone the zone for values that carry no offset
   * @return the date-time, or empty for null, blank or zero dates
   * @throws DateTimeException when the text is not a date in any known shape
   */
  public static Optional<OffsetDateTime> parse(String text, ZoneId zone) {
    if (text == null) {
      return Optional.empty();
    }
    String s = text.trim();
    if (s.isEmpty() || isZeroDate(s)) {
      return Optional.empty();
    }
    if (s.chars().allMatch(Character::isDigit) && s.length() >= 9 && s.length() <= 13) {
      long n = Long.parseLong(s);
      java.time.Instant instant =
          s.length() >= 12 ? java.time.Instant.ofEpochMilli(n) : java.time.Instant.ofEpochSecond(n);
      return Optional.of(instant.atOffset(ZoneOffset.UTC));
    }
    try {
      return Optional.of(OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    } catch (DateTimeParseException ignored) {
      // next shape
    }
    try {
      return Optional.of(OffsetDateTime.parse(s, OFFSET_NO_COLON));
    } catch (DateTimeParseException ignored) {
      // next shape
    }
    Matcher m = QORUS.matcher(s);
    if (m.matches()) {
      LocalDateTime local = LocalDateTime.parse(m.group(1) + "T" + m.group(2));
      String off = m.group(3);
      if (off == null) {
        return Optional.of(local.atZone(zone).toOffsetDateTime());
      }
      ZoneOffset offset =
          "Z".equals(off) ? ZoneOffset.UTC : ZoneOffset.of(off.length() == 5 ? off.substring(0, 3) + ":" + off.substring(3) : off);
      return Optional.of(local.atOffset(offset));
    }
    try {
      return Optional.of(LocalDateTime.parse(s, LOCAL_SPACE).atZone(zone).toOffsetDateTime());
    } catch (DateTimeParseException ignored) {
      // next shape
    }
    try {
      return Optional.of(LocalDateTime.parse(s).atZone(zone).toOffsetDateTime());
    } catch (DateTimeParseException ignored) {
      // next shape
    }
    try {
      return Optional.of(LocalDate.parse(s).atStartOfDay(zone).toOffsetDateTime());
    } catch (DateTimeParseException ignored) {
      // next shape
    }
    for (DateTimeFormatter f : DAY_FIRST) {
      try {
        var parsed = f.parse(s);
        LocalDate date = LocalDate.from(parsed);
        LocalDateTime ldt =
            parsed.isSupported(ChronoField.HOUR_OF_DAY)
                ? LocalDateTime.of(
                    date,
                    java.time.LocalTime.of(
                        parsed.get(ChronoField.HOUR_OF_DAY),
                        parsed.get(ChronoField.MINUTE_OF_HOUR),
                        parsed.isSupported(ChronoField.SECOND_OF_MINUTE) ? parsed.get(ChronoField.SECOND_OF_MINUTE) : 0))
                : date.atStartOfDay();
        return Optional.of(ldt.atZone(zone).toOffsetDateTime());
      } catch (DateTimeException ignored) {
        // next shape
      }
    }
    throw new DateTimeException("not a date-time in any known back-end format: \"" + abbreviate(s) + "\"");
  }

  /**
   * Parses leniently: an unknown shape gives empty instead of an exception.
   *
   * @param text the text
   * @return the date-time, or empty
   */
  public static Optional<OffsetDateTime> parseLenient(String text) {
    try {
      return parse(text);
    } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static boolean isZeroDate(String s) {
    return s.startsWith("0000-00-00") || s.startsWith("-0001-11-30") || s.startsWith("00-00-0000");
  }

  private static String abbreviate(String s) {
    return s.length() > 64 ? s.substring(0, 64) + "…" : s;
  }
}
