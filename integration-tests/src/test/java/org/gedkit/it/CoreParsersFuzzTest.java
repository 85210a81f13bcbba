package org.gedkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gedkit.core.json.GedkitDates;
import org.gedkit.core.transfer.FileNameSanitizer;
import org.junit.jupiter.api.Timeout;

/**
 * The core's text parsers on arbitrary input. Each input is read twice: as UTF-8 and as UTF-16LE (which also
 * yields lone surrogates).
 */
class CoreParsersFuzzTest {

  static List<String> texts(byte[] data) {
    return List.of(new String(data, StandardCharsets.UTF_8), new String(data, StandardCharsets.UTF_16LE));
  }

  /** GedkitDates.parse: a date, empty, or its documented DateTimeException; nothing else. */
  @FuzzTest(maxDuration = "5m")
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void dates(byte[] data) {
    for (String text : texts(data)) {
      for (ZoneId zone : List.of(ZoneId.of("UTC"), ZoneId.of("Europe/Paris"))) {
        try {
          assertThat(GedkitDates.parse(text, zone)).isNotNull();
        } catch (DateTimeException documented) {
          // the documented contract for text that is no date (DateTimeParseException included); any other
          // exception escapes and is a finding
          assertThat(documented).hasMessageNotContaining("\n\tat ");
        }
      }
      try {
        assertThat(GedkitDates.parse(text)).isNotNull();
      } catch (DateTimeException documented) {
        // documented
      }
      assertThat(GedkitDates.parseLenient(text)).as("parseLenient never throws").isNotNull();
    }
  }

  /** FileNameSanitizer.sanitize: never throws; a non-empty name, no separator, no dot segment, at most 200 bytes. */
  @FuzzTest(maxDuration = "5m")
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void fileNames(byte[] data) {
    for (String text : texts(data)) {
      String safe = FileNameSanitizer.sanitize(text);
      assertThat(safe).isNotEmpty().doesNotContain("/").doesNotContain("\\").doesNotContain("\0")
          .isNotIn(".", "..");
      assertThat(safe.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(FileNameSanitizer.MAX_BYTES);
      assertThat(FileNameSanitizer.sanitize(safe)).as("idempotent").isEqualTo(safe);
      safe.codePoints().forEach(cp -> assertThat(Character.getType(cp)).as("code point %x", cp)
          .isNotEqualTo((int) Character.SURROGATE).isNotEqualTo((int) Character.CONTROL));
    }
  }
}
