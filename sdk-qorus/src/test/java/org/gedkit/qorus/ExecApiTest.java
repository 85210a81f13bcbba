package org.gedkit.qorus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Request-exact tests of every {@link ExecApi} operation (generated from the operation table, then kept). */
class ExecApiTest extends QorusApiTestSupport {

  @Test
  void list() throws Exception {
    reply("[{\"executionid\": 7, \"name\": \"x\", \"version\": \"x\", \"workflowid\": 7, \"mode\": \"x\", \"status\": \"x\", \"iterations\": 7, \"totalorders\": 7, \"cached_orders\": 7, \"starttime\": \"2016-08-10 02:00:00.758239 +02:00\", \"remote\": true, \"sync\": true, \"options\": {\"a\":1}, \"groups\": [1], \"alerts\": [1], \"log_url\": \"x\", \"zz_extra\": 1}]");
    var result = client.exec().list().stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).startTime()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.get(0).executionId()).isEqualTo(7L);
    assertThat(result.get(0).name()).isEqualTo("x");
    expect("GET", "/api/v2/exec", null);
  }
  @Test
  void names() throws Exception {
    reply("[{\"k\": \"v\"}]");
    assertThat(client.exec().names()).hasSize(1);
    expect("GET", "/api/v2/exec", null, "action", "list");
  }
  @Test
  void stopAll() throws Exception {
    reply("{\"count\": 7, \"workflows\": \"o\", \"details\": \"o\", \"msg\": \"x\", \"zz_extra\": 1}");
    var result = client.exec().stopAll();
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.count()).isEqualTo(7L);
    assertThat(result.msg()).isEqualTo("x");
    expect("PUT", "/api/v2/exec", "{}", "action", "stopAll");
  }
  @Test
  void stopMany() throws Exception {
    reply("{\"count\": 7, \"workflows\": \"o\", \"details\": \"o\", \"msg\": \"x\", \"zz_extra\": 1}");
    var result = client.exec().stopMany(List.of("a", "b"));
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.count()).isEqualTo(7L);
    assertThat(result.msg()).isEqualTo("x");
    expect("PUT", "/api/v2/exec", "{\"args\":[\"a\",\"b\"]}", "action", "stopMany");
  }
  @Test
  void get() throws Exception {
    reply("{\"executionid\": 7, \"name\": \"x\", \"version\": \"x\", \"workflowid\": 7, \"mode\": \"x\", \"status\": \"x\", \"iterations\": 7, \"totalorders\": 7, \"cached_orders\": 7, \"starttime\": \"2016-08-10 02:00:00.758239 +02:00\", \"remote\": true, \"sync\": true, \"options\": {\"a\":1}, \"groups\": [1], \"alerts\": [1], \"log_url\": \"x\", \"zz_extra\": 1}");
    var result = client.exec().get(11L);
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.startTime()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.executionId()).isEqualTo(7L);
    assertThat(result.name()).isEqualTo("x");
    expect("GET", "/api/v2/exec/11", null);
  }
  @Test
  void setOptions() throws Exception {
    reply("\"OK\"");
    client.exec().setOptions(11L, Map.of("k", "v"));
    expect("PUT", "/api/v2/exec/11", "{\"options\":{\"k\":\"v\"}}", "action", "setOptions");
  }
  @Test
  void stop() throws Exception {
    reply("\"OK\"");
    client.exec().stop(11L);
    expect("PUT", "/api/v2/exec/11", "{}", "action", "stop");
  }
  @Test
  void ofWorkflow() throws Exception {
    reply("[{\"executionid\": 7, \"name\": \"x\", \"version\": \"x\", \"workflowid\": 7, \"mode\": \"x\", \"status\": \"x\", \"iterations\": 7, \"totalorders\": 7, \"cached_orders\": 7, \"starttime\": \"2016-08-10 02:00:00.758239 +02:00\", \"remote\": true, \"sync\": true, \"options\": {\"a\":1}, \"groups\": [1], \"alerts\": [1], \"log_url\": \"x\", \"zz_extra\": 1}]");
    var result = client.exec().ofWorkflow("id 1").stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).startTime()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.get(0).executionId()).isEqualTo(7L);
    assertThat(result.get(0).name()).isEqualTo("x");
    expect("GET", "/api/v2/exec/id%201", null);
  }
  @Test
  void describeWorkflow() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.exec().describeWorkflow("id 1").get("k")).isEqualTo("v");
    expect("GET", "/api/v2/exec/id%201", null, "action", "desc");
  }
  @Test
  void setWorkflowOptions() throws Exception {
    reply("\"OK\"");
    client.exec().setWorkflowOptions("id 1", Map.of("k", "v"));
    expect("PUT", "/api/v2/exec/id%201", "{\"options\":{\"k\":\"v\"}}", "action", "setOptions");
  }
  @Test
  void stopWorkflow() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.exec().stopWorkflow("id 1").get("k")).isEqualTo("v");
    expect("PUT", "/api/v2/exec/id%201", "{}", "action", "stop");
  }
}
