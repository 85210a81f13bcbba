package org.gedkit.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GedkitJsonTest {

  private final ObjectMapper mapper = GedkitJson.mapper();

  /** A model as adapters write them. */
  record Doc(@JsonProperty("doc_id") long id, @JsonProperty("pages") Integer pages, @JsonProperty("size") double size,
      @JsonProperty("active") boolean active, @JsonProperty("created") OffsetDateTime created,
      @JsonProperty("when") Instant when, @JsonProperty("local") LocalDateTime local,
      @JsonProperty("zoned") ZonedDateTime zoned, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {
    Doc {
      extra = ExtraFields.copyOf(extra);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2015-01-20 16:47:19                              | 2015-01-20T16:47:19Z",
      "2015-01-20 16:47:19.5                            | 2015-01-20T16:47:19.500Z",
      "19-03-2020 15:50                                 | 2020-03-19T15:50Z",
      "19/03/2020 15:50:07                              | 2020-03-19T15:50:07Z",
      "19-03-2020                                       | 2020-03-19T00:00Z",
      "19/03/2020                                       | 2020-03-19T00:00Z",
      "2015-01-20                                       | 2015-01-20T00:00Z",
      "2015-07-18T20:59:00+0200                         | 2015-07-18T20:59+02:00",
      "2015-07-18T20:59:00.250-0330                     | 2015-07-18T20:59:00.250-03:30",
      "2015-07-18T20:59:00+02:00                        | 2015-07-18T20:59+02:00",
      "2015-07-18T20:59:00Z                             | 2015-07-18T20:59Z",
      "2015-07-18T20:59:00                              | 2015-07-18T20:59Z",
      "2016-06-01 10:30:00.060229Z                      | 2016-06-01T10:30:00.060229Z",
      "2016-08-10 02:00:00.758239 +02:00                | 2016-08-10T02:00:00.758239+02:00",
      "2016-08-10 02:00:00.758239 +0200                 | 2016-08-10T02:00:00.758239+02:00",
      "2014-06-18 12:49:58.329436 Wed +02:00 (CEST)     | 2014-06-18T12:49:58.329436+02:00",
      "1421772439                                       | 2015-01-20T16:47:19Z",
      "1421772439000                                    | 2015-01-20T16:47:19Z",
  })
  void parsesEveryBackEndShape(String text, String expected) {
    assertThat(GedkitDates.parse(text)).contains(OffsetDateTime.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0000-00-00 00:00:00", "0000-00-00", "-0001-11-30T00:00:00+00:09", "00-00-0000 00:00", "",
      "   "})
  void zeroAndBlankDatesAreNoDate(String text) {
    assertThat(GedkitDates.parse(text)).isEmpty();
  }

  @Test
  void nullIsNoDateAndValuesWithoutOffsetUseTheZoneGiven() {
    assertThat(GedkitDates.parse(null)).isEmpty();
    assertThat(GedkitDates.parse("2020-07-01 12:00:00", ZoneId.of("Europe/Paris")))
        .contains(OffsetDateTime.parse("2020-07-01T12:00+02:00"));
    assertThat(GedkitDates.parse("01-12-2020 12:00", ZoneId.of("Europe/Paris")))
        .contains(OffsetDateTime.parse("2020-12-01T12:00+01:00"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"garbage", "2015-13-45 99:99:99", "32-01-2020 10:00", "yesterday at noon", "12345",
      "2015-01-20 16:47:19 +25:00"})
  void garbageIsAnError(String text) {
    assertThatThrownBy(() -> GedkitDates.parse(text)).isInstanceOf(DateTimeException.class);
    assertThat(GedkitDates.parseLenient(text)).isEmpty();
  }

  @Test
  void anOverlongGarbageValueIsAbbreviatedInTheError() {
    assertThatThrownBy(() -> GedkitDates.parse("x".repeat(500))).hasMessageContaining("…")
        .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(200));
    assertThat(GedkitDates.parseLenient("2015-01-20")).isPresent();
  }

  @Test
  void readsModelsWithStringNumbersBackEndDatesAndUnknownFieldsKept() throws Exception {
    String json = "{\"doc_id\":\"42\",\"pages\":\"7\",\"size\":\"1.5\",\"active\":\"true\","
        + "\"created\":\"2015-01-20 16:47:19\",\"when\":\"2016-06-01 10:30:00.060229Z\","
        + "\"local\":\"19-03-2020 15:50\",\"zoned\":\"2015-07-18T20:59:00+0200\","
        + "\"color\":\"blue\",\"tags\":[\"a\",\"b\"],\"nested\":{\"k\":1},\"nothing\":null}";
    Doc d = mapper.readValue(json, Doc.class);
    assertThat(d.id()).isEqualTo(42);
    assertThat(d.pages()).isEqualTo(7);
    assertThat(d.size()).isEqualTo(1.5);
    assertThat(d.active()).isTrue();
    assertThat(d.created()).isEqualTo(OffsetDateTime.parse("2015-01-20T16:47:19Z"));
    assertThat(d.when()).isEqualTo(Instant.parse("2016-06-01T10:30:00.060229Z"));
    assertThat(d.local()).isEqualTo(LocalDateTime.parse("2020-03-19T15:50"));
    assertThat(d.zoned().toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2015-07-18T20:59+02:00"));
    assertThat(d.extra()).containsOnlyKeys("color", "tags", "nested", "nothing");
    assertThat(d.extra()).containsEntry("color", "blue").containsEntry("tags", List.of("a", "b"))
        .containsEntry("nothing", null);
    assertThatThrownBy(() -> d.extra().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    // unknown fields survive a round trip
    Map<String, Object> back = mapper.readValue(mapper.writeValueAsString(d),
        new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() {});
    assertThat(back).containsEntry("color", "blue").containsKey("nested").containsEntry("doc_id", 42);
    assertThat((String) back.get("created")).startsWith("2015-01-20T16:47:19");
  }

  @Test
  void emptyStringsAndZeroDatesBecomeNullAndEpochNumbersAreDates() throws Exception {
    Doc d = mapper.readValue("{\"doc_id\":1,\"pages\":\"\",\"created\":\"0000-00-00 00:00:00\",\"when\":1421772439,"
        + "\"local\":1421772439000,\"zoned\":null,\"active\":1}", Doc.class);
    assertThat(d.pages()).isNull();
    assertThat(d.created()).isNull();
    assertThat(d.when()).isEqualTo(Instant.parse("2015-01-20T16:47:19Z"));
    assertThat(d.local()).isEqualTo(LocalDateTime.parse("2015-01-20T16:47:19"));
    assertThat(d.zoned()).isNull();
    assertThat(d.active()).isTrue();
    assertThat(d.extra()).isEmpty();
    Doc f = mapper.readValue("{\"created\":false}", Doc.class);
    assertThat(f.created()).isNull();
  }

  @Test
  void garbageValuesAreErrors() {
    assertThatThrownBy(() -> mapper.readValue("{\"doc_id\":\"forty-two\"}", Doc.class))
        .isInstanceOf(JsonProcessingException.class);
    assertThatThrownBy(() -> mapper.readValue("{\"created\":\"not a date\"}", Doc.class))
        .isInstanceOf(JsonProcessingException.class).hasMessageContaining("not a date");
    assertThatThrownBy(() -> mapper.readValue("{\"created\":[1]}", Doc.class))
        .isInstanceOf(JsonProcessingException.class);
    assertThatThrownBy(() -> mapper.readValue("{\"doc_id\":", Doc.class)).isInstanceOf(JsonProcessingException.class);
  }

  @Test
  void aSingleValueIsAcceptedAsAListAndCaseIsIgnoredForEnums() throws Exception {
    record Holder(@JsonProperty("ids") List<Integer> ids, @JsonProperty("mode") java.time.DayOfWeek mode) {}
    Holder h = mapper.readValue("{\"ids\":\"5\",\"mode\":\"monday\"}", Holder.class);
    assertThat(h.ids()).containsExactly(5);
    assertThat(h.mode()).isEqualTo(java.time.DayOfWeek.MONDAY);
  }

  @Test
  void writesDatesAsIso() throws Exception {
    assertThat(mapper.writeValueAsString(Map.of("at", OffsetDateTime.parse("2020-01-02T03:04:05+02:00"))))
        .isEqualTo("{\"at\":\"2020-01-02T03:04:05+02:00\"}");
    assertThat(GedkitJson.newMapper()).isNotSameAs(GedkitJson.mapper());
  }

  @Test
  void extraFieldsCopies() {
    assertThat(ExtraFields.copyOf(null)).isEmpty();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("b", 1);
    m.put("a", null);
    Map<String, Object> copy = ExtraFields.copyOf(m);
    m.put("c", 2);
    assertThat(copy.keySet()).containsExactly("b", "a");
    assertThat(Optional.ofNullable(copy.get("a"))).isEmpty();
  }
}
