package org.gedkit.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The hand-written reader of the common shapes gives exactly what the formatter chain gives (value and offset), and
 * leaves everything else to it.
 */
class GedkitDatesFastPathTest {

  static final List<ZoneId> ZONES = List.of(ZoneOffset.UTC, ZoneId.of("Europe/Paris"), ZoneId.of("America/New_York"));

  static final List<String> SHAPES = List.of(
      "2015-08-01T02:00:00+02:00", "2013-09-17T11:31:28+00:00", "2015-07-18T20:59:00+0200", "2015-01-20 16:47:19",
      "2016-08-10 02:00:00.758239 +02:00", "2016-08-10 02:00:00.758239 Wed +02:00 (CEST)", "2016-08-10 02:00:00Z",
      "2016-08-10T02:00:00.1Z", "2016-08-10T02:00:00.123456789-05:30", "2016-08-10T02:00:00.1234567890Z",
      "2016-08-10T02:00Z", "2016-08-10 02:00", "2016-08-10T02:00:00", "2016-08-10T02:00:00 +02:00",
      "2016-08-10T02:00:00-00:00", "2016-08-10T02:00:00+18:00", "2016-08-10T02:00:00+19:00", "2016-08-10T02:00:00+02:60",
      "2016-02-30T02:00:00Z", "2016-13-01 00:00:00", "2016-08-10T24:00:00Z", "2016-08-10T23:59:60Z",
      "2016-08-10t02:00:00Z", "2016-08-10T02:00:00z", "2016-08-10T02:00:00+02", "2016-08-10T02:00:00+2:00",
      "2016-08-10T02:00:00.Z", "2016-08-10T02:00:00\t+02:00", "2016-08-10", "20-03-2020 15:50", "19/03/2020",
      "1437245940", "1437245940123", "+2016-08-10T02:00:00Z", "2016-8-10T02:00:00Z", "2016-08-10X02:00:00Z",
      "2016-08-10T02:00:00+02:00:00", "0000-01-01T00:00:00Z", "2024-03-31 02:30:00", "2024-11-03 01:30:00",
      "2016-08-10T02:00:00+0200x", "2016-08-10 02:00:00 ", "nonsense", "2016-08-10T02:00:00.000000000+00:00");

  static Object outcome(String s, ZoneId zone, boolean fast) {
    try {
      Optional<OffsetDateTime> r = fast ? GedkitDates.parse(s, zone) : GedkitDates.parseAnyShape(s.trim(), zone);
      return r;
    } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
      return e.getClass();
    }
  }

  @Test
  void givesWhatTheFormatterChainGivesOnEveryShape() {
    for (ZoneId zone : ZONES) {
      for (String s : SHAPES) {
        Object expected = outcome(s, zone, false);
        Object actual = outcome(s, zone, true);
        if (expected instanceof Optional<?> e && actual instanceof Optional<?> a && e.isPresent() && a.isPresent()) {
          // same instant and the same offset
          assertThat(a.get()).as(s + " in " + zone).isEqualTo(e.get());
        } else if (expected instanceof Class<?> c) {
          assertThat(actual).as(s + " in " + zone).isInstanceOf(Class.class);
          assertThat(DateTimeException.class.isAssignableFrom(c)).isEqualTo(
              DateTimeException.class.isAssignableFrom((Class<?>) actual));
        } else {
          assertThat(actual).as(s + " in " + zone).isEqualTo(expected);
        }
      }
    }
  }

  @Test
  void givesWhatTheFormatterChainGivesOnRandomValidAndInvalidFields() {
    Random rnd = new Random(42);
    List<String> samples = new ArrayList<>();
    String[] offsets = {"", "Z", "+02:00", "-03:30", "+0530", " +01:00", "+14:00", "-12:45", "+18:00"};
    for (int k = 0; k < 3000; k++) {
      String date = String.format("%04d-%02d-%02d", 1900 + rnd.nextInt(200), 1 + rnd.nextInt(13), 1 + rnd.nextInt(31));
      String time = String.format("%02d:%02d", rnd.nextInt(25), rnd.nextInt(61));
      if (rnd.nextBoolean()) {
        time += String.format(":%02d", rnd.nextInt(61));
        if (rnd.nextBoolean()) {
          time += "." + String.format("%09d", rnd.nextInt(1_000_000_000)).substring(0, 1 + rnd.nextInt(9));
        }
      }
      samples.add(date + (rnd.nextBoolean() ? "T" : " ") + time + offsets[rnd.nextInt(offsets.length)]);
    }
    for (String s : samples) {
      Object expected = outcome(s, ZoneId.of("Europe/Paris"), false);
      Object actual = outcome(s, ZoneId.of("Europe/Paris"), true);
      assertThat(actual).as(s).isEqualTo(expected);
    }
  }

  @Test
  void readsTheCommonShapesWithoutTheFormatters() {
    assertThat(GedkitDates.parseCommon("2015-07-18T20:59:00+0200", ZoneOffset.UTC))
        .isEqualTo(OffsetDateTime.of(2015, 7, 18, 20, 59, 0, 0, ZoneOffset.ofHours(2)));
    assertThat(GedkitDates.parseCommon("2016-08-10 02:00:00.758239 +02:00", ZoneOffset.UTC))
        .isEqualTo(OffsetDateTime.of(2016, 8, 10, 2, 0, 0, 758_239_000, ZoneOffset.ofHours(2)));
    assertThat(GedkitDates.parseCommon("2015-01-20 16:47:19", ZoneId.of("Europe/Paris")))
        .isEqualTo(OffsetDateTime.of(2015, 1, 20, 16, 47, 19, 0, ZoneOffset.ofHours(1)));
    assertThat(GedkitDates.parseCommon("2016-02-30T02:00:00Z", ZoneOffset.UTC)).isNull();
    assertThat(GedkitDates.parseCommon("19-03-2020 15:50", ZoneOffset.UTC)).isNull();
    assertThatThrownBy(() -> GedkitDates.parse("2016-08-10T02:00:00+19:00")).isInstanceOf(DateTimeException.class);
  }
}
