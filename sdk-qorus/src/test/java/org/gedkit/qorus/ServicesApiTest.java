package org.gedkit.qorus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Request-exact tests of every {@link ServicesApi} operation (generated from the operation table, then kept). */
class ServicesApiTest extends QorusApiTestSupport {

  @Test
  void list() throws Exception {
    reply("[{\"serviceid\": 7, \"type\": \"x\", \"name\": \"x\", \"version\": \"x\", \"patch\": \"x\", \"desc\": \"x\", \"description\": \"x\", \"author\": \"x\", \"parse_options\": \"o\", \"autostart\": true, \"manual_autostart\": true, \"enabled\": true, \"created\": \"2016-08-10 02:00:00.758239 +02:00\", \"modified\": \"2016-08-10 02:00:00.758239 +02:00\", \"mappers\": \"o\", \"vmaps\": \"o\", \"latest\": true, \"methods\": [1], \"groups\": [1], \"resource_files\": \"o\", \"status\": \"x\", \"threads\": 3, \"resources\": \"o\", \"log\": \"x\", \"log_url\": \"x\", \"options\": \"o\", \"connections\": [1], \"has_alerts\": true, \"alerts\": [1], \"lib\": {\"a\":1}, \"loaded\": \"o\", \"state\": {\"a\":1}, \"zz_extra\": 1}]");
    var result = client.services().list("s1").stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).created()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.get(0).serviceId()).isEqualTo(7L);
    assertThat(result.get(0).type()).isEqualTo("x");
    expect("GET", "/api/v2/services", null, "status", "s1");
  }
  @Test
  void disableMany() throws Exception {
    reply("[{\"arg\": \"o\", \"info\": \"x\", \"workflowid\": 7, \"jobid\": 7, \"serviceid\": 7, \"type\": \"x\", \"name\": \"x\", \"version\": \"x\", \"job_instanceid\": 7, \"status\": \"x\", \"started\": \"o\", \"stopped\": \"o\", \"autostart\": 3, \"updated\": \"o\", \"exec_id\": 7, \"zz_extra\": 1}]");
    var result = client.services().disableMany(List.of("a", "b")).stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).workflowId()).isEqualTo(7L);
    assertThat(result.get(0).info()).isEqualTo("x");
    expect("PUT", "/api/v2/services", "{\"ids\":[\"a\",\"b\"]}", "action", "disable");
  }
  @Test
  void enableMany() throws Exception {
    reply("[{\"arg\": \"o\", \"info\": \"x\", \"workflowid\": 7, \"jobid\": 7, \"serviceid\": 7, \"type\": \"x\", \"name\": \"x\", \"version\": \"x\", \"job_instanceid\": 7, \"status\": \"x\", \"started\": \"o\", \"stopped\": \"o\", \"autostart\": 3, \"updated\": \"o\", \"exec_id\": 7, \"zz_extra\": 1}]");
    var result = client.services().enableMany(List.of("a", "b")).stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).workflowId()).isEqualTo(7L);
    assertThat(result.get(0).info()).isEqualTo("x");
    expect("PUT", "/api/v2/services", "{\"ids\":[\"a\",\"b\"]}", "action", "enable");
  }
  @Test
  void names() throws Exception {
    reply("[\"a\", \"b\"]");
    assertThat(client.services().names()).containsExactly("a", "b");
    expect("GET", "/api/v2/services", null, "action", "list");
  }
  @Test
  void loadMany() throws Exception {
    reply("[{\"arg\": \"o\", \"info\": \"x\", \"workflowid\": 7, \"jobid\": 7, \"serviceid\": 7, \"type\": \"x\", \"name\": \"x\", \"version\": \"x\", \"job_instanceid\": 7, \"status\": \"x\", \"started\": \"o\", \"stopped\": \"o\", \"autostart\": 3, \"updated\": \"o\", \"exec_id\": 7, \"zz_extra\": 1}]");
    var result = client.services().loadMany(List.of("a", "b")).stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).workflowId()).isEqualTo(7L);
    assertThat(result.get(0).info()).isEqualTo("x");
    expect("PUT", "/api/v2/services", "{\"ids\":[\"a\",\"b\"]}", "action", "load");
  }
  @Test
  void resetMany() throws Exception {
    reply("[{\"arg\": \"o\", \"info\": \"x\", \"workflowid\": 7, \"jobid\": 7, \"serviceid\": 7, \"type\": \"x\", \"name\": \"x\", \"version\": \"x\", \"job_instanceid\": 7, \"status\": \"x\", \"started\": \"o\", \"stopped\": \"o\", \"autostart\": 3, \"updated\": \"o\", \"exec_id\": 7, \"zz_extra\": 1}]");
    var result = client.services().resetMany(List.of("a", "b"), true).stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).workflowId()).isEqualTo(7L);
    assertThat(result.get(0).info()).isEqualTo("x");
    expect("PUT", "/api/v2/services", "{\"ids\":[\"a\",\"b\"],\"load\":true}", "action", "reset");
  }
  @Test
  void resetAll() throws Exception {
    reply("[{\"arg\": \"o\", \"info\": \"x\", \"workflowid\": 7, \"jobid\": 7, \"serviceid\": 7, \"type\": \"x\", \"name\": \"x\", \"version\": \"x\", \"job_instanceid\": 7, \"status\": \"x\", \"started\": \"o\", \"stopped\": \"o\", \"autostart\": 3, \"updated\": \"o\", \"exec_id\": 7, \"zz_extra\": 1}]");
    var result = client.services().resetAll().stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).workflowId()).isEqualTo(7L);
    assertThat(result.get(0).info()).isEqualTo("x");
    expect("PUT", "/api/v2/services", "{}", "action", "resetAll");
  }
  @Test
  void resetSystem() throws Exception {
    reply("[{\"arg\": \"o\", \"info\": \"x\", \"workflowid\": 7, \"jobid\": 7, \"serviceid\": 7, \"type\": \"x\", \"name\": \"x\", \"version\": \"x\", \"job_instanceid\": 7, \"status\": \"x\", \"started\": \"o\", \"stopped\": \"o\", \"autostart\": 3, \"updated\": \"o\", \"exec_id\": 7, \"zz_extra\": 1}]");
    var result = client.services().resetSystem().stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).workflowId()).isEqualTo(7L);
    assertThat(result.get(0).info()).isEqualTo("x");
    expect("PUT", "/api/v2/services", "{}", "action", "resetSystem");
  }
  @Test
  void resetUser() throws Exception {
    reply("[{\"arg\": \"o\", \"info\": \"x\", \"workflowid\": 7, \"jobid\": 7, \"serviceid\": 7, \"type\": \"x\", \"name\": \"x\", \"version\": \"x\", \"job_instanceid\": 7, \"status\": \"x\", \"started\": \"o\", \"stopped\": \"o\", \"autostart\": 3, \"updated\": \"o\", \"exec_id\": 7, \"zz_extra\": 1}]");
    var result = client.services().resetUser().stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).workflowId()).isEqualTo(7L);
    assertThat(result.get(0).info()).isEqualTo("x");
    expect("PUT", "/api/v2/services", "{}", "action", "resetUser");
  }
  @Test
  void unloadMany() throws Exception {
    reply("[{\"arg\": \"o\", \"info\": \"x\", \"workflowid\": 7, \"jobid\": 7, \"serviceid\": 7, \"type\": \"x\", \"name\": \"x\", \"version\": \"x\", \"job_instanceid\": 7, \"status\": \"x\", \"started\": \"o\", \"stopped\": \"o\", \"autostart\": 3, \"updated\": \"o\", \"exec_id\": 7, \"zz_extra\": 1}]");
    var result = client.services().unloadMany(List.of("a", "b")).stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).workflowId()).isEqualTo(7L);
    assertThat(result.get(0).info()).isEqualTo("x");
    expect("PUT", "/api/v2/services", "{\"ids\":[\"a\",\"b\"]}", "action", "unload");
  }
  @Test
  void get() throws Exception {
    reply("{\"serviceid\": 7, \"type\": \"x\", \"name\": \"x\", \"version\": \"x\", \"patch\": \"x\", \"desc\": \"x\", \"description\": \"x\", \"author\": \"x\", \"parse_options\": \"o\", \"autostart\": true, \"manual_autostart\": true, \"enabled\": true, \"created\": \"2016-08-10 02:00:00.758239 +02:00\", \"modified\": \"2016-08-10 02:00:00.758239 +02:00\", \"mappers\": \"o\", \"vmaps\": \"o\", \"latest\": true, \"methods\": [1], \"groups\": [1], \"resource_files\": \"o\", \"status\": \"x\", \"threads\": 3, \"resources\": \"o\", \"log\": \"x\", \"log_url\": \"x\", \"options\": \"o\", \"connections\": [1], \"has_alerts\": true, \"alerts\": [1], \"lib\": {\"a\":1}, \"loaded\": \"o\", \"state\": {\"a\":1}, \"zz_extra\": 1}");
    var result = client.services().get("id 1");
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.created()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.serviceId()).isEqualTo(7L);
    assertThat(result.type()).isEqualTo("x");
    expect("GET", "/api/v2/services/id%201", null);
  }
  @Test
  void update() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.services().update("id 1", Map.of("driver", "pgsql")).get("k").asText()).isEqualTo("v");
    expect("PUT", "/api/v2/services/id%201", "{\"driver\":\"pgsql\"}");
  }
  @Test
  void disable() throws Exception {
    reply("{\"serviceid\": 7, \"type\": \"x\", \"name\": \"x\", \"version\": \"x\", \"info\": \"x\", \"zz_extra\": 1}");
    var result = client.services().disable("id 1");
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.serviceId()).isEqualTo(7L);
    assertThat(result.type()).isEqualTo("x");
    expect("PUT", "/api/v2/services/id%201", "{}", "action", "disable");
  }
  @Test
  void enable() throws Exception {
    reply("{\"serviceid\": 7, \"type\": \"x\", \"name\": \"x\", \"version\": \"x\", \"info\": \"x\", \"zz_extra\": 1}");
    var result = client.services().enable("id 1");
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.serviceId()).isEqualTo(7L);
    assertThat(result.type()).isEqualTo("x");
    expect("PUT", "/api/v2/services/id%201", "{}", "action", "enable");
  }
  @Test
  void init() throws Exception {
    reply("\"OK\"");
    client.services().init("id 1");
    expect("PUT", "/api/v2/services/id%201", "{}", "action", "init");
  }
  @Test
  void load() throws Exception {
    reply("\"OK\"");
    client.services().load("id 1");
    expect("PUT", "/api/v2/services/id%201", "{}", "action", "load");
  }
  @Test
  void reset() throws Exception {
    reply("\"OK\"");
    client.services().reset("id 1");
    expect("PUT", "/api/v2/services/id%201", "{}", "action", "reset");
  }
  @Test
  void setAutostart() throws Exception {
    reply("\"OK\"");
    client.services().setAutostart("id 1", true);
    expect("PUT", "/api/v2/services/id%201", "{\"autostart\":true}", "action", "setAutostart");
  }
  @Test
  void setOptions() throws Exception {
    reply("\"OK\"");
    client.services().setOptions("id 1", Map.of("k", "v"));
    expect("PUT", "/api/v2/services/id%201", "{\"options\":{\"k\":\"v\"}}", "action", "setOptions");
  }
  @Test
  void setStateData() throws Exception {
    reply("\"OK\"");
    client.services().setStateData("id 1", Map.of("k", "v"));
    expect("PUT", "/api/v2/services/id%201", "{\"data\":{\"k\":\"v\"}}", "action", "setStateData");
  }
  @Test
  void start() throws Exception {
    reply("\"OK\"");
    client.services().start("id 1");
    expect("PUT", "/api/v2/services/id%201", "{}", "action", "start");
  }
  @Test
  void stop() throws Exception {
    reply("\"OK\"");
    client.services().stop("id 1");
    expect("PUT", "/api/v2/services/id%201", "{}", "action", "stop");
  }
  @Test
  void streamDelete() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.services().streamDelete("id 1", "s1").get("k").asText()).isEqualTo("v");
    expect("DELETE", "/api/v2/services/id%201", null, "action", "stream", "stream", "s1");
  }
  @Test
  void streamGet() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.services().streamGet("id 1", "s1").get("k").asText()).isEqualTo("v");
    expect("GET", "/api/v2/services/id%201", null, "action", "stream", "stream", "s1");
  }
  @Test
  void streamPut() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.services().streamPut("id 1", "s1").get("k").asText()).isEqualTo("v");
    expect("PUT", "/api/v2/services/id%201", "{\"stream\":\"s1\"}", "action", "stream");
  }
  @Test
  void streamPost() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.services().streamPost("id 1", "s1").get("k").asText()).isEqualTo("v");
    expect("POST", "/api/v2/services/id%201", "{\"stream\":\"s1\"}", "action", "stream");
  }
  @Test
  void unload() throws Exception {
    reply("\"OK\"");
    client.services().unload("id 1");
    expect("PUT", "/api/v2/services/id%201", "{}", "action", "unload");
  }
  @Test
  void resourceFiles() throws Exception {
    reply("[{\"name\": \"x\", \"type\": \"x\", \"data\": \"o\", \"zz_extra\": 1}]");
    var result = client.services().resourceFiles("id 1").stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).name()).isEqualTo("x");
    expect("GET", "/api/v2/services/id%201/resource_files", null);
  }
  @Test
  void resourceFile() throws Exception {
    reply("{\"name\": \"x\", \"type\": \"x\", \"data\": \"o\", \"zz_extra\": 1}");
    var result = client.services().resourceFile("id 1", "id 1");
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.name()).isEqualTo("x");
    expect("GET", "/api/v2/services/id%201/resource_files/id%201", null);
  }
  @Test
  void method() throws Exception {
    reply("{\"name\": \"x\", \"desc\": \"x\", \"description\": \"x\", \"author\": \"x\", \"locktype\": \"x\", \"internal\": true, \"write_lock\": true, \"service_methodid\": 7, \"service_status\": \"x\", \"serviceid\": 7, \"service_name\": \"x\", \"service_type\": \"x\", \"sla\": \"o\", \"zz_extra\": 1}");
    var result = client.services().method("id 1", "id 1");
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.serviceMethodId()).isEqualTo(7L);
    assertThat(result.name()).isEqualTo("x");
    expect("GET", "/api/v2/services/id%201/id%201", null);
  }
  @Test
  void call() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.services().call("id 1", "id 1", List.of("x")).get("k").asText()).isEqualTo("v");
    expect("PUT", "/api/v2/services/id%201/id%201", "{\"args\":[\"x\"]}", "action", "call");
  }
}
