package org.gedkit.qorus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Request-exact tests of every {@link RolesApi} operation (generated from the operation table, then kept). */
class RolesApiTest extends QorusApiTestSupport {

  @Test
  void list() throws Exception {
    reply("[{\"role\": \"x\", \"provider\": \"x\", \"desc\": \"x\", \"has_default\": true, \"permissions\": [\"a\"], \"groups\": [\"a\"], \"workflows\": [1], \"services\": [1], \"jobs\": [1], \"mappers\": [1], \"vmaps\": [1], \"fsms\": [1], \"pipelines\": [1], \"users\": [\"a\"], \"zz_extra\": 1}]");
    var result = client.roles().list().stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).role()).isEqualTo("x");
    expect("GET", "/api/v2/roles", null);
  }
  @Test
  void create() throws Exception {
    reply("{\"role\": \"x\", \"provider\": \"x\", \"desc\": \"x\", \"has_default\": true, \"permissions\": [\"a\"], \"groups\": [\"a\"], \"workflows\": [1], \"services\": [1], \"jobs\": [1], \"mappers\": [1], \"vmaps\": [1], \"fsms\": [1], \"pipelines\": [1], \"users\": [\"a\"], \"zz_extra\": 1}");
    var result = client.roles().create("s1", "s1", RoleOptions.defaults()
        .withPerms(List.of("a", "b"))
        .withGroups(List.of("a", "b")));
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.role()).isEqualTo("x");
    expect("POST", "/api/v2/roles", "{\"role\":\"s1\",\"desc\":\"s1\",\"perms\":[\"a\",\"b\"],\"groups\":[\"a\",\"b\"]}");
  }
  @Test
  void names() throws Exception {
    reply("[\"a\", \"b\"]");
    assertThat(client.roles().names()).containsExactly("a", "b");
    expect("GET", "/api/v2/roles", null, "action", "list");
  }
  @Test
  void delete() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.roles().delete("id 1").get("k")).isEqualTo("v");
    expect("DELETE", "/api/v2/roles/id%201", null);
  }
  @Test
  void get() throws Exception {
    reply("{\"role\": \"x\", \"provider\": \"x\", \"desc\": \"x\", \"has_default\": true, \"permissions\": [\"a\"], \"groups\": [\"a\"], \"workflows\": [1], \"services\": [1], \"jobs\": [1], \"mappers\": [1], \"vmaps\": [1], \"fsms\": [1], \"pipelines\": [1], \"users\": [\"a\"], \"zz_extra\": 1}");
    var result = client.roles().get("id 1");
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.role()).isEqualTo("x");
    expect("GET", "/api/v2/roles/id%201", null);
  }
  @Test
  void update() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.roles().update("id 1", "s1", RoleOptions.defaults()
        .withPerms(List.of("a", "b"))
        .withGroups(List.of("a", "b"))).get("k")).isEqualTo("v");
    expect("PUT", "/api/v2/roles/id%201", "{\"desc\":\"s1\",\"perms\":[\"a\",\"b\"],\"groups\":[\"a\",\"b\"]}");
  }
  @Test
  void cloneRole() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.roles().cloneRole("id 1", "s1", "s1", RoleOptions.defaults()
        .withPerms(List.of("a", "b"))
        .withGroups(List.of("a", "b"))).get("k")).isEqualTo("v");
    expect("POST", "/api/v2/roles/id%201", "{\"target\":\"s1\",\"desc\":\"s1\",\"perms\":[\"a\",\"b\"],\"groups\":[\"a\",\"b\"]}", "action", "clone");
  }
  @Test
  void updateAction() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.roles().updateAction("id 1", "s1", RoleOptions.defaults()
        .withPerms(List.of("a", "b"))
        .withGroups(List.of("a", "b"))).get("k")).isEqualTo("v");
    expect("PUT", "/api/v2/roles/id%201", "{\"desc\":\"s1\",\"perms\":[\"a\",\"b\"],\"groups\":[\"a\",\"b\"]}", "action", "update");
  }
}
