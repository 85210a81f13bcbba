package org.gedkit.qorus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Request-exact tests of every {@link ErrorsApi} operation (generated from the operation table, then kept). */
class ErrorsApiTest extends QorusApiTestSupport {

  @Test
  void list() throws Exception {
    reply("[{\"error\": \"x\", \"description\": \"x\", \"severity\": \"x\", \"retry_flag\": true, \"retry_delay_secs\": 7, \"business_flag\": true, \"type\": \"x\", \"workflowid\": 7, \"manually_updated\": \"o\", \"zz_extra\": 1}]");
    var result = client.errors().list(ErrorListOptions.defaults()
        .withErrors(List.of("a", "b"))
        .withFilter("s1")
        .withWf("s1")).stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).retryDelaySecs()).isEqualTo(7L);
    assertThat(result.get(0).error()).isEqualTo("x");
    expect("GET", "/api/v2/errors", null, "errors", "a,b", "filter", "s1", "wf", "s1");
  }
  @Test
  void create() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.errors().create("s1", "s1", GlobalErrorDefinition.defaults()
        .withBusinessFlag(true)
        .withForceWorkflow(true)
        .withRetryDelaySecs(11L)
        .withRetryFlag(true)
        .withSeverity("s1")
        .withWorkflowId("s1")).get("k")).isEqualTo("v");
    expect("POST", "/api/v2/errors", "{\"error\":\"s1\",\"description\":\"s1\",\"business_flag\":true,\"forceworkflow\":true,\"retry_delay_secs\":11,\"retry_flag\":true,\"severity\":\"s1\",\"workflowid\":\"s1\"}");
  }
  @Test
  void createOrUpdate() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.errors().createOrUpdate("s1", "s1", GlobalErrorDefinition.defaults()
        .withBusinessFlag(true)
        .withForceWorkflow(true)
        .withRetryDelaySecs(11L)
        .withRetryFlag(true)
        .withSeverity("s1")
        .withWorkflowId("s1")).get("k")).isEqualTo("v");
    expect("POST", "/api/v2/errors", "{\"error\":\"s1\",\"description\":\"s1\",\"business_flag\":true,\"forceworkflow\":true,\"retry_delay_secs\":11,\"retry_flag\":true,\"severity\":\"s1\",\"workflowid\":\"s1\"}", "action", "createOrUpdate");
  }
  @Test
  void reload() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.errors().reload().get("k")).isEqualTo("v");
    expect("PUT", "/api/v2/errors", "{}", "action", "reload");
  }
  @Test
  void search() throws Exception {
    reply("[{\"error\": \"x\", \"description\": \"x\", \"severity\": \"x\", \"retry_flag\": true, \"retry_delay_secs\": 7, \"business_flag\": true, \"type\": \"x\", \"workflowid\": 7, \"manually_updated\": \"o\", \"zz_extra\": 1}]");
    var result = client.errors().search(List.of("a", "b")).stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).retryDelaySecs()).isEqualTo(7L);
    assertThat(result.get(0).error()).isEqualTo("x");
    expect("GET", "/api/v2/errors", null, "action", "search", "errors", "a,b");
  }
  @Test
  void global() throws Exception {
    reply("[{\"error\": \"x\", \"description\": \"x\", \"severity\": \"x\", \"retry_flag\": true, \"retry_delay_secs\": 7, \"business_flag\": true, \"type\": \"x\", \"workflowid\": 7, \"manually_updated\": \"o\", \"zz_extra\": 1}]");
    var result = client.errors().global().stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).retryDelaySecs()).isEqualTo(7L);
    assertThat(result.get(0).error()).isEqualTo("x");
    expect("GET", "/api/v2/errors/global", null);
  }
  @Test
  void createGlobal() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.errors().createGlobal("s1", "s1", ErrorDefinition.defaults()
        .withBusinessFlag(true)
        .withForceWorkflow(true)
        .withRetryDelaySecs(11L)
        .withRetryFlag(true)
        .withSeverity("s1")).get("k")).isEqualTo("v");
    expect("POST", "/api/v2/errors/global", "{\"error\":\"s1\",\"description\":\"s1\",\"business_flag\":true,\"forceworkflow\":true,\"retry_delay_secs\":11,\"retry_flag\":true,\"severity\":\"s1\"}");
  }
  @Test
  void createOrUpdateGlobal() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.errors().createOrUpdateGlobal("s1", "s1", ErrorDefinition.defaults()
        .withBusinessFlag(true)
        .withForceWorkflow(true)
        .withRetryDelaySecs(11L)
        .withRetryFlag(true)
        .withSeverity("s1")).get("k")).isEqualTo("v");
    expect("POST", "/api/v2/errors/global", "{\"error\":\"s1\",\"description\":\"s1\",\"business_flag\":true,\"forceworkflow\":true,\"retry_delay_secs\":11,\"retry_flag\":true,\"severity\":\"s1\"}", "action", "createOrUpdate");
  }
  @Test
  void deleteGlobal() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.errors().deleteGlobal("id 1").get("k")).isEqualTo("v");
    expect("DELETE", "/api/v2/errors/global/id%201", null);
  }
  @Test
  void getGlobal() throws Exception {
    reply("{\"error\": \"x\", \"description\": \"x\", \"severity\": \"x\", \"retry_flag\": true, \"retry_delay_secs\": 7, \"business_flag\": true, \"type\": \"x\", \"workflowid\": 7, \"manually_updated\": \"o\", \"zz_extra\": 1}");
    var result = client.errors().getGlobal("id 1");
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.retryDelaySecs()).isEqualTo(7L);
    assertThat(result.error()).isEqualTo("x");
    expect("GET", "/api/v2/errors/global/id%201", null);
  }
  @Test
  void updateGlobal() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.errors().updateGlobal("id 1", "s1", ErrorDefinition.defaults()
        .withBusinessFlag(true)
        .withForceWorkflow(true)
        .withRetryDelaySecs(11L)
        .withRetryFlag(true)
        .withSeverity("s1")).get("k")).isEqualTo("v");
    expect("PUT", "/api/v2/errors/global/id%201", "{\"description\":\"s1\",\"business_flag\":true,\"forceworkflow\":true,\"retry_delay_secs\":11,\"retry_flag\":true,\"severity\":\"s1\"}");
  }
  @Test
  void updateGlobalAction() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.errors().updateGlobalAction("id 1", "s1", ErrorDefinition.defaults()
        .withBusinessFlag(true)
        .withForceWorkflow(true)
        .withRetryDelaySecs(11L)
        .withRetryFlag(true)
        .withSeverity("s1")).get("k")).isEqualTo("v");
    expect("PUT", "/api/v2/errors/global/id%201", "{\"description\":\"s1\",\"business_flag\":true,\"forceworkflow\":true,\"retry_delay_secs\":11,\"retry_flag\":true,\"severity\":\"s1\"}", "action", "update");
  }
  @Test
  void workflowErrors() throws Exception {
    reply("[{\"error\": \"x\", \"description\": \"x\", \"severity\": \"x\", \"retry_flag\": true, \"retry_delay_secs\": 7, \"business_flag\": true, \"type\": \"x\", \"workflowid\": 7, \"manually_updated\": \"o\", \"zz_extra\": 1}]");
    var result = client.errors().workflowErrors().stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).retryDelaySecs()).isEqualTo(7L);
    assertThat(result.get(0).error()).isEqualTo("x");
    expect("GET", "/api/v2/errors/workflow", null);
  }
  @Test
  void ofWorkflow() throws Exception {
    reply("[{\"error\": \"x\", \"description\": \"x\", \"severity\": \"x\", \"retry_flag\": true, \"retry_delay_secs\": 7, \"business_flag\": true, \"type\": \"x\", \"workflowid\": 7, \"manually_updated\": \"o\", \"zz_extra\": 1}]");
    var result = client.errors().ofWorkflow("id 1").stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).retryDelaySecs()).isEqualTo(7L);
    assertThat(result.get(0).error()).isEqualTo("x");
    expect("GET", "/api/v2/errors/workflow/id%201", null);
  }
  @Test
  void createForWorkflow() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.errors().createForWorkflow("id 1", "s1", "s1", ErrorDefinition.defaults()
        .withBusinessFlag(true)
        .withForceWorkflow(true)
        .withRetryDelaySecs(11L)
        .withRetryFlag(true)
        .withSeverity("s1")).get("k")).isEqualTo("v");
    expect("POST", "/api/v2/errors/workflow/id%201", "{\"error\":\"s1\",\"description\":\"s1\",\"business_flag\":true,\"forceworkflow\":true,\"retry_delay_secs\":11,\"retry_flag\":true,\"severity\":\"s1\"}");
  }
  @Test
  void createOrUpdateForWorkflow() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.errors().createOrUpdateForWorkflow("id 1", "s1", "s1", ErrorDefinition.defaults()
        .withBusinessFlag(true)
        .withForceWorkflow(true)
        .withRetryDelaySecs(11L)
        .withRetryFlag(true)
        .withSeverity("s1")).get("k")).isEqualTo("v");
    expect("POST", "/api/v2/errors/workflow/id%201", "{\"error\":\"s1\",\"description\":\"s1\",\"business_flag\":true,\"forceworkflow\":true,\"retry_delay_secs\":11,\"retry_flag\":true,\"severity\":\"s1\"}", "action", "createOrUpdate");
  }
  @Test
  void deleteForWorkflow() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.errors().deleteForWorkflow("id 1", "id 1").get("k")).isEqualTo("v");
    expect("DELETE", "/api/v2/errors/workflow/id%201/id%201", null);
  }
  @Test
  void getForWorkflow() throws Exception {
    reply("{\"error\": \"x\", \"description\": \"x\", \"severity\": \"x\", \"retry_flag\": true, \"retry_delay_secs\": 7, \"business_flag\": true, \"type\": \"x\", \"workflowid\": 7, \"manually_updated\": \"o\", \"zz_extra\": 1}");
    var result = client.errors().getForWorkflow("id 1", "id 1");
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.retryDelaySecs()).isEqualTo(7L);
    assertThat(result.error()).isEqualTo("x");
    expect("GET", "/api/v2/errors/workflow/id%201/id%201", null);
  }
  @Test
  void updateForWorkflow() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.errors().updateForWorkflow("id 1", "id 1", "s1", ErrorDefinition.defaults()
        .withBusinessFlag(true)
        .withForceWorkflow(true)
        .withRetryDelaySecs(11L)
        .withRetryFlag(true)
        .withSeverity("s1")).get("k")).isEqualTo("v");
    expect("PUT", "/api/v2/errors/workflow/id%201/id%201", "{\"description\":\"s1\",\"business_flag\":true,\"forceworkflow\":true,\"retry_delay_secs\":11,\"retry_flag\":true,\"severity\":\"s1\"}");
  }
  @Test
  void updateForWorkflowAction() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.errors().updateForWorkflowAction("id 1", "id 1", "s1", ErrorDefinition.defaults()
        .withBusinessFlag(true)
        .withForceWorkflow(true)
        .withRetryDelaySecs(11L)
        .withRetryFlag(true)
        .withSeverity("s1")).get("k")).isEqualTo("v");
    expect("PUT", "/api/v2/errors/workflow/id%201/id%201", "{\"description\":\"s1\",\"business_flag\":true,\"forceworkflow\":true,\"retry_delay_secs\":11,\"retry_flag\":true,\"severity\":\"s1\"}", "action", "update");
  }
  @Test
  void delete() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.errors().delete("id 1").get("k")).isEqualTo("v");
    expect("DELETE", "/api/v2/errors/id%201", null);
  }
  @Test
  void get() throws Exception {
    reply("{\"error\": \"x\", \"description\": \"x\", \"severity\": \"x\", \"retry_flag\": true, \"retry_delay_secs\": 7, \"business_flag\": true, \"type\": \"x\", \"workflowid\": 7, \"manually_updated\": \"o\", \"zz_extra\": 1}");
    var result = client.errors().get("id 1");
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.retryDelaySecs()).isEqualTo(7L);
    assertThat(result.error()).isEqualTo("x");
    expect("GET", "/api/v2/errors/id%201", null);
  }
  @Test
  void update() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.errors().update("id 1", "s1", ErrorDefinition.defaults()
        .withBusinessFlag(true)
        .withForceWorkflow(true)
        .withRetryDelaySecs(11L)
        .withRetryFlag(true)
        .withSeverity("s1")).get("k")).isEqualTo("v");
    expect("PUT", "/api/v2/errors/id%201", "{\"description\":\"s1\",\"business_flag\":true,\"forceworkflow\":true,\"retry_delay_secs\":11,\"retry_flag\":true,\"severity\":\"s1\"}");
  }
  @Test
  void updateAction() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.errors().updateAction("id 1", "s1", ErrorDefinition.defaults()
        .withBusinessFlag(true)
        .withForceWorkflow(true)
        .withRetryDelaySecs(11L)
        .withRetryFlag(true)
        .withSeverity("s1")).get("k")).isEqualTo("v");
    expect("PUT", "/api/v2/errors/id%201", "{\"description\":\"s1\",\"business_flag\":true,\"forceworkflow\":true,\"retry_delay_secs\":11,\"retry_flag\":true,\"severity\":\"s1\"}", "action", "update");
  }
}
