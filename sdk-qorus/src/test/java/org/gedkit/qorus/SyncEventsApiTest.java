package org.gedkit.qorus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Request-exact tests of every {@link SyncEventsApi} operation (generated from the operation table, then kept). */
class SyncEventsApiTest extends QorusApiTestSupport {

  @Test
  void types() throws Exception {
    reply("[{\"k\": \"v\"}]");
    assertThat(client.syncEvents().types()).hasSize(1);
    expect("GET", "/api/v2/sync-events", null);
  }
  @Test
  void events() throws Exception {
    reply("[{\"event_typeid\": 7, \"name\": \"x\", \"eventname\": \"x\", \"eventkey\": \"x\", \"posted\": true, \"created\": \"2016-08-10 02:00:00.758239 +02:00\", \"modified\": \"2016-08-10 02:00:00.758239 +02:00\", \"zz_extra\": 1}]");
    var result = client.syncEvents().events(SyncEventSearchOptions.defaults()
        .withDesc(true)
        .withEventKey("s1")
        .withEventName("s1")
        .withId(List.of(1L, 2L))
        .withMaxModified(OffsetDateTime.parse("2024-01-02T03:04:05Z"))
        .withModified(OffsetDateTime.parse("2024-01-02T03:04:05Z"))
        .withPosted(true)
        .withSort(List.of("a", "b"))
        .withPageSize(2)).stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).created()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.get(0).eventTypeId()).isEqualTo(7L);
    assertThat(result.get(0).name()).isEqualTo("x");
    expect("GET", "/api/v2/sync-events", null, "action", "events", "desc", "true", "eventkey", "s1", "eventname", "s1", "id", "1,2", "maxmodified", "2024-01-02T03:04:05Z", "modified", "2024-01-02T03:04:05Z", "posted", "true", "sort", "a,b", "limit", "2", "offset", "0");
  }
  @Test
  void type() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.syncEvents().type("id 1").get("k")).isEqualTo("v");
    expect("GET", "/api/v2/sync-events/id%201", null);
  }
  @Test
  void eventsOfType() throws Exception {
    reply("[{\"event_typeid\": 7, \"name\": \"x\", \"eventname\": \"x\", \"eventkey\": \"x\", \"posted\": true, \"created\": \"2016-08-10 02:00:00.758239 +02:00\", \"modified\": \"2016-08-10 02:00:00.758239 +02:00\", \"zz_extra\": 1}]");
    var result = client.syncEvents().eventsOfType("id 1", SyncEventSearchOptions.defaults()
        .withDesc(true)
        .withEventKey("s1")
        .withEventName("s1")
        .withId(List.of(1L, 2L))
        .withMaxModified(OffsetDateTime.parse("2024-01-02T03:04:05Z"))
        .withModified(OffsetDateTime.parse("2024-01-02T03:04:05Z"))
        .withPosted(true)
        .withSort(List.of("a", "b"))
        .withPageSize(2)).stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).created()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.get(0).eventTypeId()).isEqualTo(7L);
    assertThat(result.get(0).name()).isEqualTo("x");
    expect("GET", "/api/v2/sync-events/id%201", null, "action", "events", "desc", "true", "eventkey", "s1", "eventname", "s1", "id", "1,2", "maxmodified", "2024-01-02T03:04:05Z", "modified", "2024-01-02T03:04:05Z", "posted", "true", "sort", "a,b", "limit", "2", "offset", "0");
  }
  @Test
  void post() throws Exception {
    reply("true");
    assertThat(client.syncEvents().post("id 1", "s1")).isTrue();
    expect("PUT", "/api/v2/sync-events/id%201", "{\"eventkey\":\"s1\"}", "action", "post");
  }
  @Test
  void event() throws Exception {
    reply("{\"event_typeid\": 7, \"name\": \"x\", \"eventname\": \"x\", \"eventkey\": \"x\", \"posted\": true, \"created\": \"2016-08-10 02:00:00.758239 +02:00\", \"modified\": \"2016-08-10 02:00:00.758239 +02:00\", \"zz_extra\": 1}");
    var result = client.syncEvents().event("id 1", "id 1");
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.created()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.eventTypeId()).isEqualTo(7L);
    assertThat(result.name()).isEqualTo("x");
    expect("GET", "/api/v2/sync-events/id%201/id%201", null);
  }
  @Test
  void postKey() throws Exception {
    reply("true");
    assertThat(client.syncEvents().postKey("id 1", "id 1")).isTrue();
    expect("PUT", "/api/v2/sync-events/id%201/id%201", "{}", "action", "post");
  }
}
