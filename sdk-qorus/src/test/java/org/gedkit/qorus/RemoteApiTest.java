package org.gedkit.qorus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Request-exact tests of every {@link RemoteApi} operation (generated from the operation table, then kept). */
class RemoteApiTest extends QorusApiTestSupport {

  @Test
  void all() throws Exception {
    reply("[{\"name\": \"x\", \"desc\": \"x\", \"url\": \"x\", \"url_hash\": {\"a\":1}, \"type\": \"x\", \"conntype\": \"x\", \"opts\": {\"a\":1}, \"status\": \"x\", \"up\": true, \"loopback\": true, \"monitor\": true, \"last_check\": \"2016-08-10 02:00:00.758239 +02:00\", \"updated\": \"2016-08-10 02:00:00.758239 +02:00\", \"locked\": true, \"tags\": {\"a\":1}, \"deps\": [1], \"alerts\": [1], \"zz_extra\": 1}]");
    var result = client.remote().all().stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).lastCheck()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.get(0).name()).isEqualTo("x");
    expect("GET", "/api/v2/remote", null);
  }
  @Test
  void allAction() throws Exception {
    reply("[{\"name\": \"x\", \"desc\": \"x\", \"url\": \"x\", \"url_hash\": {\"a\":1}, \"type\": \"x\", \"conntype\": \"x\", \"opts\": {\"a\":1}, \"status\": \"x\", \"up\": true, \"loopback\": true, \"monitor\": true, \"last_check\": \"2016-08-10 02:00:00.758239 +02:00\", \"updated\": \"2016-08-10 02:00:00.758239 +02:00\", \"locked\": true, \"tags\": {\"a\":1}, \"deps\": [1], \"alerts\": [1], \"zz_extra\": 1}]");
    var result = client.remote().allAction().stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).lastCheck()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.get(0).name()).isEqualTo("x");
    expect("GET", "/api/v2/remote", null, "action", "all");
  }
  @Test
  void names() throws Exception {
    reply("[{\"k\": \"v\"}]");
    assertThat(client.remote().names()).hasSize(1);
    expect("GET", "/api/v2/remote", null, "action", "list");
  }
  @Test
  void datasourceConnections() throws Exception {
    reply("[{\"name\": \"x\", \"desc\": \"x\", \"url\": \"x\", \"url_hash\": {\"a\":1}, \"type\": \"x\", \"conntype\": \"x\", \"opts\": {\"a\":1}, \"status\": \"x\", \"up\": true, \"loopback\": true, \"monitor\": true, \"last_check\": \"2016-08-10 02:00:00.758239 +02:00\", \"updated\": \"2016-08-10 02:00:00.758239 +02:00\", \"locked\": true, \"tags\": {\"a\":1}, \"deps\": [1], \"alerts\": [1], \"zz_extra\": 1}]");
    var result = client.remote().datasourceConnections().stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).lastCheck()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.get(0).name()).isEqualTo("x");
    expect("GET", "/api/v2/remote/datasources", null);
  }
  @Test
  void datasourceConnectionNames() throws Exception {
    reply("[{\"k\": \"v\"}]");
    assertThat(client.remote().datasourceConnectionNames()).hasSize(1);
    expect("GET", "/api/v2/remote/datasources", null, "action", "list");
  }
  @Test
  void reloadDatasourceConnections() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.remote().reloadDatasourceConnections().get("k")).isEqualTo("v");
    expect("PUT", "/api/v2/remote/datasources", "{}", "action", "reload");
  }
  @Test
  void datasourceConnection() throws Exception {
    reply("{\"name\": \"x\", \"desc\": \"x\", \"url\": \"x\", \"url_hash\": {\"a\":1}, \"type\": \"x\", \"conntype\": \"x\", \"opts\": {\"a\":1}, \"status\": \"x\", \"up\": true, \"loopback\": true, \"monitor\": true, \"last_check\": \"2016-08-10 02:00:00.758239 +02:00\", \"updated\": \"2016-08-10 02:00:00.758239 +02:00\", \"locked\": true, \"tags\": {\"a\":1}, \"deps\": [1], \"alerts\": [1], \"zz_extra\": 1}");
    var result = client.remote().datasourceConnection("id 1");
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.lastCheck()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.name()).isEqualTo("x");
    expect("GET", "/api/v2/remote/datasources/id%201", null);
  }
  @Test
  void pingDatasourceConnection() throws Exception {
    reply("{\"ok\": true, \"name\": \"x\", \"desc\": \"x\", \"url\": \"x\", \"opts\": {\"a\":1}, \"time\": \"o\", \"info\": \"x\", \"zz_extra\": 1}");
    var result = client.remote().pingDatasourceConnection("id 1");
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.name()).isEqualTo("x");
    expect("PUT", "/api/v2/remote/datasources/id%201", "{}", "action", "ping");
  }
  @Test
  void qorusConnections() throws Exception {
    reply("[{\"name\": \"x\", \"desc\": \"x\", \"url\": \"x\", \"url_hash\": {\"a\":1}, \"type\": \"x\", \"conntype\": \"x\", \"opts\": {\"a\":1}, \"status\": \"x\", \"up\": true, \"loopback\": true, \"monitor\": true, \"last_check\": \"2016-08-10 02:00:00.758239 +02:00\", \"updated\": \"2016-08-10 02:00:00.758239 +02:00\", \"locked\": true, \"tags\": {\"a\":1}, \"deps\": [1], \"alerts\": [1], \"zz_extra\": 1}]");
    var result = client.remote().qorusConnections().stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).lastCheck()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.get(0).name()).isEqualTo("x");
    expect("GET", "/api/v2/remote/qorus", null);
  }
  @Test
  void qorusConnectionNames() throws Exception {
    reply("[{\"k\": \"v\"}]");
    assertThat(client.remote().qorusConnectionNames()).hasSize(1);
    expect("GET", "/api/v2/remote/qorus", null, "action", "list");
  }
  @Test
  void reloadQorusConnections() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.remote().reloadQorusConnections().get("k")).isEqualTo("v");
    expect("PUT", "/api/v2/remote/qorus", "{}", "action", "reload");
  }
  @Test
  void qorusConnection() throws Exception {
    reply("{\"name\": \"x\", \"desc\": \"x\", \"url\": \"x\", \"url_hash\": {\"a\":1}, \"type\": \"x\", \"conntype\": \"x\", \"opts\": {\"a\":1}, \"status\": \"x\", \"up\": true, \"loopback\": true, \"monitor\": true, \"last_check\": \"2016-08-10 02:00:00.758239 +02:00\", \"updated\": \"2016-08-10 02:00:00.758239 +02:00\", \"locked\": true, \"tags\": {\"a\":1}, \"deps\": [1], \"alerts\": [1], \"zz_extra\": 1}");
    var result = secureClient.remote().qorusConnection("id 1", true);
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.lastCheck()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.name()).isEqualTo("x");
    expect("GET", "/api/v2/remote/qorus/id%201", null, "with_password", "true");
  }
  @Test
  void pingQorusConnection() throws Exception {
    reply("{\"ok\": true, \"name\": \"x\", \"desc\": \"x\", \"url\": \"x\", \"opts\": {\"a\":1}, \"time\": \"o\", \"info\": \"x\", \"zz_extra\": 1}");
    var result = client.remote().pingQorusConnection("id 1");
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.name()).isEqualTo("x");
    expect("PUT", "/api/v2/remote/qorus/id%201", "{}", "action", "ping");
  }
  @Test
  void userConnections() throws Exception {
    reply("[{\"name\": \"x\", \"desc\": \"x\", \"url\": \"x\", \"url_hash\": {\"a\":1}, \"type\": \"x\", \"conntype\": \"x\", \"opts\": {\"a\":1}, \"status\": \"x\", \"up\": true, \"loopback\": true, \"monitor\": true, \"last_check\": \"2016-08-10 02:00:00.758239 +02:00\", \"updated\": \"2016-08-10 02:00:00.758239 +02:00\", \"locked\": true, \"tags\": {\"a\":1}, \"deps\": [1], \"alerts\": [1], \"zz_extra\": 1}]");
    var result = client.remote().userConnections().stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).lastCheck()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.get(0).name()).isEqualTo("x");
    expect("GET", "/api/v2/remote/user", null);
  }
  @Test
  void userConnectionNames() throws Exception {
    reply("[{\"k\": \"v\"}]");
    assertThat(client.remote().userConnectionNames()).hasSize(1);
    expect("GET", "/api/v2/remote/user", null, "action", "list");
  }
  @Test
  void reloadUserConnections() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.remote().reloadUserConnections().get("k")).isEqualTo("v");
    expect("PUT", "/api/v2/remote/user", "{}", "action", "reload");
  }
  @Test
  void userConnection() throws Exception {
    reply("{\"name\": \"x\", \"desc\": \"x\", \"url\": \"x\", \"url_hash\": {\"a\":1}, \"type\": \"x\", \"conntype\": \"x\", \"opts\": {\"a\":1}, \"status\": \"x\", \"up\": true, \"loopback\": true, \"monitor\": true, \"last_check\": \"2016-08-10 02:00:00.758239 +02:00\", \"updated\": \"2016-08-10 02:00:00.758239 +02:00\", \"locked\": true, \"tags\": {\"a\":1}, \"deps\": [1], \"alerts\": [1], \"zz_extra\": 1}");
    var result = secureClient.remote().userConnection("id 1", true);
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.lastCheck()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.name()).isEqualTo("x");
    expect("GET", "/api/v2/remote/user/id%201", null, "with_password", "true");
  }
  @Test
  void pingUserConnection() throws Exception {
    reply("{\"ok\": true, \"name\": \"x\", \"desc\": \"x\", \"url\": \"x\", \"opts\": {\"a\":1}, \"time\": \"o\", \"info\": \"x\", \"zz_extra\": 1}");
    var result = client.remote().pingUserConnection("id 1");
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.name()).isEqualTo("x");
    expect("PUT", "/api/v2/remote/user/id%201", "{}", "action", "ping");
  }
  @Test
  void createDatasource() throws Exception {
    reply("\"OK\"");
    client.remote().createDatasource("s1", Map.of("driver", "pgsql"));
    expect("POST", "/api/v2/remote/datasources", "{\"name\":\"s1\",\"driver\":\"pgsql\"}");
  }
  @Test
  void flushDatasources() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.remote().flushDatasources().get("k")).isEqualTo("v");
    expect("PUT", "/api/v2/remote/datasources", "{}", "action", "flush");
  }
  @Test
  void deleteDatasource() throws Exception {
    reply("\"OK\"");
    client.remote().deleteDatasource("id 1");
    expect("DELETE", "/api/v2/remote/datasources/id%201", null);
  }
  @Test
  void updateDatasource() throws Exception {
    reply("\"OK\"");
    client.remote().updateDatasource("id 1", Map.of("driver", "pgsql"));
    expect("PUT", "/api/v2/remote/datasources/id%201", "{\"driver\":\"pgsql\"}");
  }
  @Test
  void resetDatasource() throws Exception {
    reply("\"OK\"");
    client.remote().resetDatasource("id 1");
    expect("PUT", "/api/v2/remote/datasources/id%201", "{}", "action", "reset");
  }
  @Test
  void updateDatasourceAction() throws Exception {
    reply("\"OK\"");
    client.remote().updateDatasourceAction("id 1", Map.of("driver", "pgsql"));
    expect("PUT", "/api/v2/remote/datasources/id%201", "{\"driver\":\"pgsql\"}", "action", "update");
  }
  @Test
  void createUserConnection() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.remote().createUserConnection("s1", "s1", "s1", Map.of("k", "v")).get("k")).isEqualTo("v");
    expect("POST", "/api/v2/remote/user", "{\"name\":\"s1\",\"desc\":\"s1\",\"url\":\"s1\",\"options\":{\"k\":\"v\"}}");
  }
  @Test
  void deleteUserConnection() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.remote().deleteUserConnection("id 1").get("k")).isEqualTo("v");
    expect("DELETE", "/api/v2/remote/user/id%201", null);
  }
  @Test
  void updateUserConnection() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.remote().updateUserConnection("id 1", ConnectionUpdate.defaults()
        .withDesc("s1")
        .withUrl("s1")
        .withOptions(Map.of("k", "v"))
        .withTags(Map.of("k", "v"))).get("k")).isEqualTo("v");
    expect("PUT", "/api/v2/remote/user/id%201", "{\"desc\":\"s1\",\"url\":\"s1\",\"options\":{\"k\":\"v\"},\"tags\":{\"k\":\"v\"}}");
  }
  @Test
  void updateUserConnectionAction() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.remote().updateUserConnectionAction("id 1", ConnectionUpdate.defaults()
        .withDesc("s1")
        .withUrl("s1")
        .withOptions(Map.of("k", "v"))
        .withTags(Map.of("k", "v"))).get("k")).isEqualTo("v");
    expect("PUT", "/api/v2/remote/user/id%201", "{\"desc\":\"s1\",\"url\":\"s1\",\"options\":{\"k\":\"v\"},\"tags\":{\"k\":\"v\"}}", "action", "update");
  }
}
