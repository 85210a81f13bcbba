package org.gedkit.qorus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Request-exact tests of every {@link MappersApi} operation (generated from the operation table, then kept). */
class MappersApiTest extends QorusApiTestSupport {

  @Test
  void list() throws Exception {
    reply("[{\"mapperid\": 7, \"name\": \"x\", \"version\": \"x\", \"desc\": \"x\", \"type\": \"x\", \"author\": \"x\", \"created\": \"2016-08-10 02:00:00.758239 +02:00\", \"modified\": \"2016-08-10 02:00:00.758239 +02:00\", \"options\": \"o\", \"fields\": \"o\", \"option_source\": {\"a\":1}, \"field_source\": {\"a\":1}, \"valid\": true, \"error\": \"x\", \"zz_extra\": 1}]");
    var result = client.mappers().list().stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).created()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.get(0).mapperId()).isEqualTo(7L);
    assertThat(result.get(0).name()).isEqualTo("x");
    expect("GET", "/api/v2/mappers", null);
  }
  @Test
  void reloadMany() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.mappers().reloadMany(List.of("a", "b")).get("k")).isEqualTo("v");
    expect("PUT", "/api/v2/mappers", "{\"ids\":[\"a\",\"b\"]}", "action", "reload");
  }
  @Test
  void reloadAll() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.mappers().reloadAll().get("k")).isEqualTo("v");
    expect("PUT", "/api/v2/mappers", "{}", "action", "reloadAll");
  }
  @Test
  void get() throws Exception {
    reply("{\"mapperid\": 7, \"name\": \"x\", \"version\": \"x\", \"desc\": \"x\", \"type\": \"x\", \"author\": \"x\", \"created\": \"2016-08-10 02:00:00.758239 +02:00\", \"modified\": \"2016-08-10 02:00:00.758239 +02:00\", \"options\": \"o\", \"fields\": \"o\", \"option_source\": {\"a\":1}, \"field_source\": {\"a\":1}, \"valid\": true, \"error\": \"x\", \"zz_extra\": 1}");
    var result = client.mappers().get("id 1");
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.created()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.mapperId()).isEqualTo(7L);
    assertThat(result.name()).isEqualTo("x");
    expect("GET", "/api/v2/mappers/id%201", null);
  }
  @Test
  void reload() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.mappers().reload("id 1").get("k")).isEqualTo("v");
    expect("PUT", "/api/v2/mappers/id%201", "{}", "action", "reload");
  }
}
