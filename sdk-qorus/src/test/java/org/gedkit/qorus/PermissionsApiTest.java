package org.gedkit.qorus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Request-exact tests of every {@link PermissionsApi} operation (generated from the operation table, then kept). */
class PermissionsApiTest extends QorusApiTestSupport {

  @Test
  void list() throws Exception {
    reply("[{\"name\": \"x\", \"desc\": \"x\", \"permission_type\": \"x\", \"zz_extra\": 1}]");
    var result = client.permissions().list().stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).name()).isEqualTo("x");
    expect("GET", "/api/v2/perms", null);
  }
  @Test
  void create() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.permissions().create("s1", "s1").get("k")).isEqualTo("v");
    expect("POST", "/api/v2/perms", "{\"name\":\"s1\",\"desc\":\"s1\"}");
  }
  @Test
  void delete() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.permissions().delete("id 1").get("k")).isEqualTo("v");
    expect("DELETE", "/api/v2/perms/id%201", null);
  }
  @Test
  void get() throws Exception {
    reply("{\"name\": \"x\", \"desc\": \"x\", \"permission_type\": \"x\", \"zz_extra\": 1}");
    var result = client.permissions().get("id 1");
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.name()).isEqualTo("x");
    expect("GET", "/api/v2/perms/id%201", null);
  }
  @Test
  void update() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.permissions().update("id 1", "s1").get("k")).isEqualTo("v");
    expect("PUT", "/api/v2/perms/id%201", "{\"desc\":\"s1\"}");
  }
  @Test
  void updateAction() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.permissions().updateAction("id 1", "s1").get("k")).isEqualTo("v");
    expect("PUT", "/api/v2/perms/id%201", "{\"desc\":\"s1\"}", "action", "update");
  }
}
