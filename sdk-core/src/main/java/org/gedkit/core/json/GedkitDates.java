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

  /** Every offset that is a whole number of quarter hours, -18:00 to +18:00 (ZoneOffset's own cache is a map). */
  private static final ZoneOffset[] QUARTER_HOURS = new ZoneOffset[145];

  static {
    for (int q = -72; q <= 72; q++) {
      QUARTER_HOURS[q + 72] = ZoneOffset.ofTotalSeconds(q * 900);
    }
  }

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
    OffsetDateTime fast = parseCommon(s, zone);
    if (fast != null) {
      return Optional.of(fast);
    }
    return parseAnyShape(s, zone);
  }

  /** Every shape, tried in turn (the reference the fast path must agree with). */
  static Optional<OffsetDateTime> parseAnyShape(String s, ZoneId zone) {
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

  /**
   * The shapes nearly every reply uses, read by hand: {@code yyyy-MM-dd}, {@code T} or a space,
   * {@code HH:mm[:ss[.fraction]]}, optional spaces, then {@code Z}, {@code +HH:MM}, {@code +HHMM} or nothing (the
   * given zone). Gives the same value as {@link #parseAnyShape}, which tries formatters in turn and pays for a
   * {@code DateTimeParseException} per shape it rules out; null for anything else (or an invalid field), which
   * then goes the long way.
   */
  static OffsetDateTime parseCommon(String s, ZoneId zone) {
    int n = s.length();
    if (n < 16 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(13) != ':'
        || (s.charAt(10) != 'T' && s.charAt(10) != ' ')) {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    if ((year | month | day | hour | minute) < 0) {
      return null;
    }
    int i = 16;
    int second = 0;
    int nano = 0;
    if (i < n && s.charAt(i) == ':') {
      if (i + 3 > n || (second = digits(s, i + 1, 2)) < 0) {
        return null;
      }
      i += 3;
      if (i < n && s.charAt(i) == '.') {
        int start = ++i;
        while (i < n && i - start < 9 && isDigit(s.charAt(i))) {
          nano = nano * 10 + (s.charAt(i) - '0');
          i++;
        }
        int len = i - start;
        if (len == 0 || i < n && isDigit(s.charAt(i))) {
          return null;
        }
        for (int k = len; k < 9; k++) {
          nano *= 10;
        }
      }
    }
    while (i < n && s.charAt(i) == ' ') {
      i++;
    }
    ZoneOffset offset = null;
    if (i < n) {
      char c = s.charAt(i);
      if (c == 'Z' && i + 1 == n) {
        offset = ZoneOffset.UTC;
      } else if ((c == '+' || c == '-') && (i + 6 == n && s.charAt(i + 3) == ':' || i + 5 == n)) {
        int oh = digits(s, i + 1, 2);
        int om = digits(s, i + 6 == n ? i + 4 : i + 3, 2);
        if ((oh | om) < 0 || oh > 18 || om > 59) {
          return null;
        }
        int total = (oh * 3600 + om * 60) * (c == '+' ? 1 : -1);
        if (Math.abs(total) > 18 * 3600) {
          return null;
        }
        offset = total % 900 == 0 ? QUARTER_HOURS[total / 900 + 72] : ZoneOffset.ofTotalSeconds(total);
      } else {
        return null;
      }
    }
    LocalDateTime local;
    try {
      local = LocalDateTime.of(year, month, day, hour, minute, second, nano);
    } catch (DateTimeException e) {
      return null;
    }
    return offset == null ? local.atZone(zone).toOffsetDateTime() : local.atOffset(offset);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The number written with {@code len} ASCII digits at {@code from}; -1 when a character is not a digit. */
  private static int digits(String s, int from, int len) {
    if (from + len > s.length()) {
      return -1;
    }
    int v = 0;
    for (int k = from; k < from + len; k++) {
      char c = s.charAt(k);
      if (!isDigit(c)) {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static boolean isZeroDate(String s) {
    return s.startsWith("0000-00-00") || s.startsWith("-0001-11-30") || s.startsWith("00-00-0000");
  }

  private static String abbreviate(String s) {
    return s.length() > 64 ? s.substring(0, 64) + "…" : s;
  }
}
