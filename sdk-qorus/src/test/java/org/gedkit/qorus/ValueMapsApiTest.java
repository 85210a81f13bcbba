package org.gedkit.qorus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Request-exact tests of every {@link ValueMapsApi} operation (generated from the operation table, then kept). */
class ValueMapsApiTest extends QorusApiTestSupport {

  @Test
  void list() throws Exception {
    reply("[{\"id\": 7, \"name\": \"x\", \"description\": \"x\", \"author\": \"x\", \"valuetype\": \"x\", \"created\": \"2016-08-10 02:00:00.758239 +02:00\", \"modified\": \"2016-08-10 02:00:00.758239 +02:00\", \"throws_exception\": true, \"mapsize\": 7, \"dateformat\": \"x\", \"zz_extra\": 1}]");
    var result = client.valueMaps().list().stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).created()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.get(0).id()).isEqualTo(7L);
    assertThat(result.get(0).name()).isEqualTo("x");
    expect("GET", "/api/v2/valuemaps", null);
  }
  @Test
  void reloadMany() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.valueMaps().reloadMany(List.of("a", "b")).get("k")).isEqualTo("v");
    expect("PUT", "/api/v2/valuemaps", "{\"ids\":[\"a\",\"b\"]}", "action", "reload");
  }
  @Test
  void reloadAll() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.valueMaps().reloadAll().get("k")).isEqualTo("v");
    expect("PUT", "/api/v2/valuemaps", "{}", "action", "reloadAll");
  }
  @Test
  void get() throws Exception {
    reply("{\"id\": 7, \"name\": \"x\", \"description\": \"x\", \"author\": \"x\", \"valuetype\": \"x\", \"created\": \"2016-08-10 02:00:00.758239 +02:00\", \"modified\": \"2016-08-10 02:00:00.758239 +02:00\", \"throws_exception\": true, \"mapsize\": 7, \"dateformat\": \"x\", \"zz_extra\": 1}");
    var result = client.valueMaps().get("id 1");
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.created()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.id()).isEqualTo(7L);
    assertThat(result.name()).isEqualTo("x");
    expect("GET", "/api/v2/valuemaps/id%201", null);
  }
  @Test
  void dump() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.valueMaps().dump("id 1").get("k")).isEqualTo("v");
    expect("GET", "/api/v2/valuemaps/id%201", null, "action", "dump");
  }
  @Test
  void lookup() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.valueMaps().lookup("id 1", "s1").get("k").asText()).isEqualTo("v");
    expect("GET", "/api/v2/valuemaps/id%201", null, "action", "lookup", "key", "s1");
  }
  @Test
  void reload() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.valueMaps().reload("id 1").get("k")).isEqualTo("v");
    expect("PUT", "/api/v2/valuemaps/id%201", "{}", "action", "reload");
  }
  @Test
  void setValue() throws Exception {
    reply("\"OK\"");
    client.valueMaps().setValue("id 1", "s1", "o1", true);
    expect("PUT", "/api/v2/valuemaps/id%201", "{\"key\":\"s1\",\"value\":\"o1\",\"enabled\":true}", "action", "value");
  }
  @Test
  void value() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.valueMaps().value("id 1", "id 1").get("k")).isEqualTo("v");
    expect("GET", "/api/v2/valuemaps/id%201/id%201", null);
  }
}
