package org.gedkit.qorus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Request-exact tests of every {@link GroupsApi} operation (generated from the operation table, then kept). */
class GroupsApiTest extends QorusApiTestSupport {

  @Test
  void deleteMany() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.groups().deleteMany(List.of("a", "b")).get("k")).isEqualTo("v");
    expect("DELETE", "/api/v2/groups", null, "groups", "a,b");
  }
  @Test
  void list() throws Exception {
    reply("[{\"id\": 7, \"name\": \"x\", \"desc\": \"x\", \"enabled\": true, \"size\": 7, \"internal\": true, \"workflows\": [1], \"services\": [1], \"jobs\": [1], \"mappers\": [1], \"vmaps\": [1], \"roles\": [1], \"fsms\": [1], \"pipelines\": [1], \"zz_extra\": 1}]");
    var result = client.groups().list().stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).id()).isEqualTo(7L);
    assertThat(result.get(0).name()).isEqualTo("x");
    expect("GET", "/api/v2/groups", null);
  }
  @Test
  void create() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.groups().create("s1", "s1", GroupMembers.defaults()
        .withWorkflows(List.of("a", "b"))
        .withServices(List.of("a", "b"))
        .withJobs(List.of("a", "b"))
        .withMappers(List.of("a", "b"))
        .withVmaps(List.of("a", "b"))
        .withEnabled(true)).get("k")).isEqualTo("v");
    expect("POST", "/api/v2/groups", "{\"group\":\"s1\",\"desc\":\"s1\",\"workflows\":[\"a\",\"b\"],\"services\":[\"a\",\"b\"],\"jobs\":[\"a\",\"b\"],\"mappers\":[\"a\",\"b\"],\"vmaps\":[\"a\",\"b\"],\"enabled\":true}");
  }
  @Test
  void names() throws Exception {
    reply("[\"a\", \"b\"]");
    assertThat(client.groups().names()).containsExactly("a", "b");
    expect("GET", "/api/v2/groups", null, "action", "list");
  }
  @Test
  void setStatusMany() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.groups().setStatusMany(List.of("a", "b"), true).get("k")).isEqualTo("v");
    expect("PUT", "/api/v2/groups", "{\"groups\":[\"a\",\"b\"],\"enabled\":true}", "action", "setStatus");
  }
  @Test
  void delete() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.groups().delete("id 1").get("k")).isEqualTo("v");
    expect("DELETE", "/api/v2/groups/id%201", null);
  }
  @Test
  void get() throws Exception {
    reply("{\"id\": 7, \"name\": \"x\", \"desc\": \"x\", \"enabled\": true, \"size\": 7, \"internal\": true, \"workflows\": [1], \"services\": [1], \"jobs\": [1], \"mappers\": [1], \"vmaps\": [1], \"roles\": [1], \"fsms\": [1], \"pipelines\": [1], \"zz_extra\": 1}");
    var result = client.groups().get("id 1");
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.id()).isEqualTo(7L);
    assertThat(result.name()).isEqualTo("x");
    expect("GET", "/api/v2/groups/id%201", null);
  }
  @Test
  void update() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.groups().update("id 1", "s1", GroupMembers.defaults()
        .withWorkflows(List.of("a", "b"))
        .withServices(List.of("a", "b"))
        .withJobs(List.of("a", "b"))
        .withMappers(List.of("a", "b"))
        .withVmaps(List.of("a", "b"))
        .withEnabled(true)).get("k")).isEqualTo("v");
    expect("PUT", "/api/v2/groups/id%201", "{\"desc\":\"s1\",\"workflows\":[\"a\",\"b\"],\"services\":[\"a\",\"b\"],\"jobs\":[\"a\",\"b\"],\"mappers\":[\"a\",\"b\"],\"vmaps\":[\"a\",\"b\"],\"enabled\":true}");
  }
  @Test
  void disable() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.groups().disable("id 1").get("k")).isEqualTo("v");
    expect("PUT", "/api/v2/groups/id%201", "{}", "action", "disable");
  }
  @Test
  void enable() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.groups().enable("id 1").get("k")).isEqualTo("v");
    expect("PUT", "/api/v2/groups/id%201", "{}", "action", "enable");
  }
  @Test
  void setStatus() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.groups().setStatus("id 1", true).get("k")).isEqualTo("v");
    expect("PUT", "/api/v2/groups/id%201", "{\"enabled\":true}", "action", "setStatus");
  }
  @Test
  void updateAction() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.groups().updateAction("id 1", "s1", GroupMembers.defaults()
        .withWorkflows(List.of("a", "b"))
        .withServices(List.of("a", "b"))
        .withJobs(List.of("a", "b"))
        .withMappers(List.of("a", "b"))
        .withVmaps(List.of("a", "b"))
        .withEnabled(true)).get("k")).isEqualTo("v");
    expect("PUT", "/api/v2/groups/id%201", "{\"desc\":\"s1\",\"workflows\":[\"a\",\"b\"],\"services\":[\"a\",\"b\"],\"jobs\":[\"a\",\"b\"],\"mappers\":[\"a\",\"b\"],\"vmaps\":[\"a\",\"b\"],\"enabled\":true}", "action", "update");
  }
}
