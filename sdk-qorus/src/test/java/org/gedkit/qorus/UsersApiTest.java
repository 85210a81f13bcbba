package org.gedkit.qorus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Request-exact tests of every {@link UsersApi} operation (generated from the operation table, then kept). */
class UsersApiTest extends QorusApiTestSupport {

  @Test
  void list() throws Exception {
    reply("[{\"username\": \"x\", \"name\": \"x\", \"provider\": \"x\", \"has_default\": true, \"roles\": [\"a\"], \"permissions\": [\"a\"], \"groups\": [1], \"storage\": {\"a\":1}, \"zz_extra\": 1}]");
    var result = client.users().list().stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).username()).isEqualTo("x");
    expect("GET", "/api/v2/users", null);
  }
  @Test
  void create() throws Exception {
    reply("{\"username\": \"x\", \"name\": \"x\", \"provider\": \"x\", \"has_default\": true, \"roles\": [\"a\"], \"permissions\": [\"a\"], \"groups\": [1], \"storage\": {\"a\":1}, \"zz_extra\": 1}");
    var result = client.users().create("s1", "s1", "s1", List.of("a", "b"));
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.username()).isEqualTo("x");
    expect("POST", "/api/v2/users", "{\"username\":\"s1\",\"pass\":\"s1\",\"name\":\"s1\",\"roles\":[\"a\",\"b\"]}");
  }
  @Test
  void current() throws Exception {
    reply("{\"username\": \"x\", \"name\": \"x\", \"provider\": \"x\", \"has_default\": true, \"roles\": [\"a\"], \"permissions\": [\"a\"], \"groups\": [1], \"storage\": {\"a\":1}, \"zz_extra\": 1}");
    var result = client.users().current();
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.username()).isEqualTo("x");
    expect("GET", "/api/v2/users", null, "action", "current");
  }
  @Test
  void names() throws Exception {
    reply("[\"a\", \"b\"]");
    assertThat(client.users().names()).containsExactly("a", "b");
    expect("GET", "/api/v2/users", null, "action", "list");
  }
  @Test
  void delete() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.users().delete("id 1").get("k")).isEqualTo("v");
    expect("DELETE", "/api/v2/users/id%201", null);
  }
  @Test
  void get() throws Exception {
    reply("{\"username\": \"x\", \"name\": \"x\", \"provider\": \"x\", \"has_default\": true, \"roles\": [\"a\"], \"permissions\": [\"a\"], \"groups\": [1], \"storage\": {\"a\":1}, \"zz_extra\": 1}");
    var result = client.users().get("id 1");
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.username()).isEqualTo("x");
    expect("GET", "/api/v2/users/id%201", null);
  }
  @Test
  void update() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.users().update("id 1", "s1", UserUpdate.defaults()
        .withName("s1")
        .withStorage(Map.of("k", "v"))
        .withRoles(List.of("a", "b"))).get("k")).isEqualTo("v");
    expect("PUT", "/api/v2/users/id%201", "{\"pass\":\"s1\",\"name\":\"s1\",\"storage\":{\"k\":\"v\"},\"roles\":[\"a\",\"b\"]}");
  }
  @Test
  void updateAction() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.users().updateAction("id 1", "s1", UserUpdate.defaults()
        .withName("s1")
        .withStorage(Map.of("k", "v"))
        .withRoles(List.of("a", "b"))).get("k")).isEqualTo("v");
    expect("PUT", "/api/v2/users/id%201", "{\"pass\":\"s1\",\"name\":\"s1\",\"storage\":{\"k\":\"v\"},\"roles\":[\"a\",\"b\"]}", "action", "update");
  }
}
