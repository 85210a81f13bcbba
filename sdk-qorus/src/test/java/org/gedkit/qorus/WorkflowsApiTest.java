package org.gedkit.qorus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Request-exact tests of every {@link WorkflowsApi} operation (generated from the operation table, then kept). */
class WorkflowsApiTest extends QorusApiTestSupport {

  @Test
  void list() throws Exception {
    reply("[{\"workflowid\": 7, \"name\": \"x\", \"version\": \"x\", \"patch\": \"x\", \"description\": \"x\", \"author\": \"x\", \"autostart\": 3, \"manual_autostart\": true, \"created\": \"2016-08-10 02:00:00.758239 +02:00\", \"modified\": \"2016-08-10 02:00:00.758239 +02:00\", \"enabled\": true, \"deprecated\": true, \"remote\": true, \"exec_count\": 3, \"keylist\": \"o\", \"stepmap\": {\"a\":1}, \"steps\": {\"a\":1}, \"segment\": [1], \"stepseg\": {\"a\":1}, \"options\": \"o\", \"lib\": {\"a\":1}, \"mappers\": \"o\", \"vmaps\": \"o\", \"stepinfo\": [1], \"wffuncs\": [1], \"exec\": [1], \"connections\": [1], \"groups\": [1], \"alerts\": [1], \"sla\": \"o\", \"zz_extra\": 1}]");
    var result = client.workflows().list(WorkflowListOptions.defaults()
        .withDeprecated(true)
        .withDate(OffsetDateTime.parse("2024-01-02T03:04:05Z"))
        .withSqlCache(true)).stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).created()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.get(0).workflowId()).isEqualTo(7L);
    assertThat(result.get(0).name()).isEqualTo("x");
    expect("GET", "/api/v2/workflows", null, "deprecated", "true", "date", "2024-01-02T03:04:05Z", "sqlcache", "true");
  }
  @Test
  void decAutostartMany() throws Exception {
    reply("[{\"arg\": \"o\", \"info\": \"x\", \"workflowid\": 7, \"jobid\": 7, \"serviceid\": 7, \"type\": \"x\", \"name\": \"x\", \"version\": \"x\", \"job_instanceid\": 7, \"status\": \"x\", \"started\": \"o\", \"stopped\": \"o\", \"autostart\": 3, \"updated\": \"o\", \"exec_id\": 7, \"zz_extra\": 1}]");
    var result = client.workflows().decAutostartMany(List.of("a", "b")).stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).workflowId()).isEqualTo(7L);
    assertThat(result.get(0).info()).isEqualTo("x");
    expect("PUT", "/api/v2/workflows", "{\"ids\":[\"a\",\"b\"]}", "action", "decAutostart");
  }
  @Test
  void disableMany() throws Exception {
    reply("{\"count\": 7, \"workflows\": \"o\", \"details\": \"o\", \"msg\": \"x\", \"zz_extra\": 1}");
    var result = client.workflows().disableMany(List.of("a", "b"));
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.count()).isEqualTo(7L);
    assertThat(result.msg()).isEqualTo("x");
    expect("PUT", "/api/v2/workflows", "{\"ids\":[\"a\",\"b\"]}", "action", "disable");
  }
  @Test
  void enableMany() throws Exception {
    reply("[{\"arg\": \"o\", \"info\": \"x\", \"workflowid\": 7, \"jobid\": 7, \"serviceid\": 7, \"type\": \"x\", \"name\": \"x\", \"version\": \"x\", \"job_instanceid\": 7, \"status\": \"x\", \"started\": \"o\", \"stopped\": \"o\", \"autostart\": 3, \"updated\": \"o\", \"exec_id\": 7, \"zz_extra\": 1}]");
    var result = client.workflows().enableMany(List.of("a", "b")).stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).workflowId()).isEqualTo(7L);
    assertThat(result.get(0).info()).isEqualTo("x");
    expect("PUT", "/api/v2/workflows", "{\"ids\":[\"a\",\"b\"]}", "action", "enable");
  }
  @Test
  void incAutostartMany() throws Exception {
    reply("[{\"arg\": \"o\", \"info\": \"x\", \"workflowid\": 7, \"jobid\": 7, \"serviceid\": 7, \"type\": \"x\", \"name\": \"x\", \"version\": \"x\", \"job_instanceid\": 7, \"status\": \"x\", \"started\": \"o\", \"stopped\": \"o\", \"autostart\": 3, \"updated\": \"o\", \"exec_id\": 7, \"zz_extra\": 1}]");
    var result = client.workflows().incAutostartMany(List.of("a", "b")).stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).workflowId()).isEqualTo(7L);
    assertThat(result.get(0).info()).isEqualTo("x");
    expect("PUT", "/api/v2/workflows", "{\"ids\":[\"a\",\"b\"]}", "action", "incAutostart");
  }
  @Test
  void names() throws Exception {
    reply("[\"a\", \"b\"]");
    assertThat(client.workflows().names()).containsExactly("a", "b");
    expect("GET", "/api/v2/workflows", null, "action", "list");
  }
  @Test
  void listErrors() throws Exception {
    reply("[{\"name\": \"x\", \"version\": \"x\", \"workflow_instanceid\": 7, \"workflowid\": 7, \"stepid\": 7, \"stepname\": \"x\", \"stepversion\": \"x\", \"ind\": 3, \"workflowstatus\": \"x\", \"started\": \"2016-08-10 02:00:00.758239 +02:00\", \"completed\": \"2016-08-10 02:00:00.758239 +02:00\", \"parent_workflow_instanceid\": 7, \"custom_status\": \"x\", \"priority\": 3, \"scheduled\": \"2016-08-10 02:00:00.758239 +02:00\", \"error_instanceid\": 7, \"error\": \"x\", \"description\": \"x\", \"info\": \"x\", \"severity\": \"x\", \"created\": \"2016-08-10 02:00:00.758239 +02:00\", \"retry\": \"o\", \"business_error\": \"o\", \"custom_status_desc\": \"x\", \"zz_extra\": 1}]");
    var result = client.workflows().listErrors(ErrorSearchOptions.defaults()
        .withOrderBy(List.of("a", "b"))
        .withError("s1")
        .withDescription("s1")
        .withInfo("s1")
        .withStepId(List.of(1L, 2L))
        .withSeverity(List.of("a", "b"))
        .withName(List.of("a", "b"))
        .withVersion(List.of("a", "b"))
        .withRetry(true)
        .withBusinessError(true)
        .withWorkflowInstanceId(List.of(1L, 2L))
        .withErrorInstanceId(List.of(1L, 2L))
        .withMinDate(OffsetDateTime.parse("2024-01-02T03:04:05Z"))
        .withMaxDate(OffsetDateTime.parse("2024-01-02T03:04:05Z"))
        .withWorkflowId(List.of(1L, 2L))
        .withWorkflowStatus(List.of("a", "b"))
        .withPageSize(2)).stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).started()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.get(0).workflowInstanceId()).isEqualTo(7L);
    assertThat(result.get(0).name()).isEqualTo("x");
    expect("GET", "/api/v2/workflows", null, "action", "listErrors", "orderby", "a,b", "error", "s1", "description", "s1", "info", "s1", "stepid", "1,2", "severity", "a,b", "name", "a,b", "version", "a,b", "retry", "true", "business_error", "true", "workflow_instanceid", "1,2", "error_instanceid", "1,2", "mindate", "2024-01-02T03:04:05Z", "maxdate", "2024-01-02T03:04:05Z", "workflowid", "1,2", "workflowstatus", "a,b", "limit", "2", "offset", "0");
  }
  @Test
  void processingSummary() throws Exception {
    reply("[{\"workflowid\": 7, \"name\": \"x\", \"version\": \"x\", \"count\": 7, \"minstarted\": \"2016-08-10 02:00:00.758239 +02:00\", \"maxcompleted\": \"2016-08-10 02:00:00.758239 +02:00\", \"minduration\": \"o\", \"avgduration\": \"o\", \"maxduration\": \"o\", \"minprocessing\": \"o\", \"avgprocessing\": \"o\", \"maxprocessing\": \"o\", \"zz_extra\": 1}]");
    var result = client.workflows().processingSummary(OffsetDateTime.parse("2024-01-02T03:04:05Z"), ProcessingSummaryOptions.defaults()
        .withMaxDate(OffsetDateTime.parse("2024-01-02T03:04:05Z"))
        .withWorkflowIds(List.of(1L, 2L))
        .withSeconds(true)
        .withGlobal(true)
        .withGrouping("s1")).stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).minStarted()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.get(0).workflowId()).isEqualTo(7L);
    assertThat(result.get(0).name()).isEqualTo("x");
    expect("GET", "/api/v2/workflows", null, "action", "processingSummary", "mindate", "2024-01-02T03:04:05Z", "maxdate", "2024-01-02T03:04:05Z", "wfids", "1,2", "seconds", "true", "global", "true", "grouping", "s1");
  }
  @Test
  void resetMany() throws Exception {
    reply("{\"count\": 7, \"workflows\": \"o\", \"details\": \"o\", \"msg\": \"x\", \"zz_extra\": 1}");
    var result = client.workflows().resetMany(List.of("a", "b"));
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.count()).isEqualTo(7L);
    assertThat(result.msg()).isEqualTo("x");
    expect("PUT", "/api/v2/workflows", "{\"ids\":[\"a\",\"b\"]}", "action", "reset");
  }
  @Test
  void resetAll() throws Exception {
    reply("[{\"arg\": \"o\", \"info\": \"x\", \"workflowid\": 7, \"jobid\": 7, \"serviceid\": 7, \"type\": \"x\", \"name\": \"x\", \"version\": \"x\", \"job_instanceid\": 7, \"status\": \"x\", \"started\": \"o\", \"stopped\": \"o\", \"autostart\": 3, \"updated\": \"o\", \"exec_id\": 7, \"zz_extra\": 1}]");
    var result = client.workflows().resetAll().stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).workflowId()).isEqualTo(7L);
    assertThat(result.get(0).info()).isEqualTo("x");
    expect("PUT", "/api/v2/workflows", "{}", "action", "resetAll");
  }
  @Test
  void setAutostartMany() throws Exception {
    reply("[{\"arg\": \"o\", \"info\": \"x\", \"workflowid\": 7, \"jobid\": 7, \"serviceid\": 7, \"type\": \"x\", \"name\": \"x\", \"version\": \"x\", \"job_instanceid\": 7, \"status\": \"x\", \"started\": \"o\", \"stopped\": \"o\", \"autostart\": 3, \"updated\": \"o\", \"exec_id\": 7, \"zz_extra\": 1}]");
    var result = client.workflows().setAutostartMany(List.of("a", "b"), 3).stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).workflowId()).isEqualTo(7L);
    assertThat(result.get(0).info()).isEqualTo("x");
    expect("PUT", "/api/v2/workflows", "{\"ids\":[\"a\",\"b\"],\"autostart\":3}", "action", "setAutostart");
  }
  @Test
  void setDeprecatedMany() throws Exception {
    reply("[{\"arg\": \"o\", \"info\": \"x\", \"workflowid\": 7, \"jobid\": 7, \"serviceid\": 7, \"type\": \"x\", \"name\": \"x\", \"version\": \"x\", \"job_instanceid\": 7, \"status\": \"x\", \"started\": \"o\", \"stopped\": \"o\", \"autostart\": 3, \"updated\": \"o\", \"exec_id\": 7, \"zz_extra\": 1}]");
    var result = client.workflows().setDeprecatedMany(List.of("a", "b"), true).stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).workflowId()).isEqualTo(7L);
    assertThat(result.get(0).info()).isEqualTo("x");
    expect("PUT", "/api/v2/workflows", "{\"ids\":[\"a\",\"b\"],\"deprecated\":true}", "action", "setDeprecated");
  }
  @Test
  void startMany() throws Exception {
    reply("[{\"arg\": \"o\", \"info\": \"x\", \"workflowid\": 7, \"jobid\": 7, \"serviceid\": 7, \"type\": \"x\", \"name\": \"x\", \"version\": \"x\", \"job_instanceid\": 7, \"status\": \"x\", \"started\": \"o\", \"stopped\": \"o\", \"autostart\": 3, \"updated\": \"o\", \"exec_id\": 7, \"zz_extra\": 1}]");
    var result = client.workflows().startMany(List.of("a", "b")).stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).workflowId()).isEqualTo(7L);
    assertThat(result.get(0).info()).isEqualTo("x");
    expect("PUT", "/api/v2/workflows", "{\"ids\":[\"a\",\"b\"]}", "action", "start");
  }
  @Test
  void stopMany() throws Exception {
    reply("{\"count\": 7, \"workflows\": \"o\", \"details\": \"o\", \"msg\": \"x\", \"zz_extra\": 1}");
    var result = client.workflows().stopMany(List.of("a", "b"));
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.count()).isEqualTo(7L);
    assertThat(result.msg()).isEqualTo("x");
    expect("PUT", "/api/v2/workflows", "{\"ids\":[\"a\",\"b\"]}", "action", "stop");
  }
  @Test
  void stopAll() throws Exception {
    reply("{\"count\": 7, \"workflows\": \"o\", \"details\": \"o\", \"msg\": \"x\", \"zz_extra\": 1}");
    var result = client.workflows().stopAll();
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.count()).isEqualTo(7L);
    assertThat(result.msg()).isEqualTo("x");
    expect("PUT", "/api/v2/workflows", "{}", "action", "stopAll");
  }
  @Test
  void get() throws Exception {
    reply("{\"workflowid\": 7, \"name\": \"x\", \"version\": \"x\", \"patch\": \"x\", \"description\": \"x\", \"author\": \"x\", \"autostart\": 3, \"manual_autostart\": true, \"created\": \"2016-08-10 02:00:00.758239 +02:00\", \"modified\": \"2016-08-10 02:00:00.758239 +02:00\", \"enabled\": true, \"deprecated\": true, \"remote\": true, \"exec_count\": 3, \"keylist\": \"o\", \"stepmap\": {\"a\":1}, \"steps\": {\"a\":1}, \"segment\": [1], \"stepseg\": {\"a\":1}, \"options\": \"o\", \"lib\": {\"a\":1}, \"mappers\": \"o\", \"vmaps\": \"o\", \"stepinfo\": [1], \"wffuncs\": [1], \"exec\": [1], \"connections\": [1], \"groups\": [1], \"alerts\": [1], \"sla\": \"o\", \"zz_extra\": 1}");
    var result = client.workflows().get("id 1");
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.created()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.workflowId()).isEqualTo(7L);
    assertThat(result.name()).isEqualTo("x");
    expect("GET", "/api/v2/workflows/id%201", null);
  }
  @Test
  void createOrder() throws Exception {
    reply("{\"workflow_instanceid\": 7, \"duplicate\": true, \"zz_extra\": 1}");
    var result = secureClient.workflows().createOrder("id 1", CreateOrderOptions.defaults()
        .withStaticData(Map.of("k", "v"))
        .withExternalOrderInstanceId("s1")
        .withDynamicData(Map.of("k", "v"))
        .withOrderKeys(Map.of("k", "v"))
        .withGlobalUniqueKey(Map.of("k", "v"))
        .withWorkflowSpecificUniqueKey(Map.of("k", "v"))
        .withWorkflowUniqueKey(Map.of("k", "v"))
        .withParentWorkflowInstanceId(11L)
        .withPriority(3)
        .withScheduled(OffsetDateTime.parse("2024-01-02T03:04:05Z"))
        .withStatus("s1")
        .withSensitiveData(Map.of("k", "v")));
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.workflowInstanceId()).isEqualTo(7L);
    expect("POST", "/api/v2/workflows/id%201", "{\"staticdata\":{\"k\":\"v\"},\"external_order_instanceid\":\"s1\",\"dynamicdata\":{\"k\":\"v\"},\"orderkeys\":{\"k\":\"v\"},\"global_unique_key\":{\"k\":\"v\"},\"workflow_specific_unique_key\":{\"k\":\"v\"},\"workflow_unique_key\":{\"k\":\"v\"},\"parent_workflow_instanceid\":11,\"priority\":3,\"scheduled\":\"2024-01-02T03:04:05Z\",\"status\":\"s1\",\"sensitive_data\":{\"k\":\"v\"}}", "action", "createOrder");
  }
  @Test
  void decAutostart() throws Exception {
    reply("{\"workflowid\": 7, \"name\": \"x\", \"version\": \"x\", \"info\": \"x\", \"updated\": \"o\", \"autostart\": 3, \"started\": \"o\", \"stopped\": \"o\", \"ids\": [1], \"exec\": \"o\", \"zz_extra\": 1}");
    var result = client.workflows().decAutostart("id 1");
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.workflowId()).isEqualTo(7L);
    assertThat(result.name()).isEqualTo("x");
    expect("PUT", "/api/v2/workflows/id%201", "{}", "action", "decAutostart");
  }
  @Test
  void disable() throws Exception {
    reply("{\"workflowid\": 7, \"name\": \"x\", \"version\": \"x\", \"info\": \"x\", \"updated\": \"o\", \"autostart\": 3, \"started\": \"o\", \"stopped\": \"o\", \"ids\": [1], \"exec\": \"o\", \"zz_extra\": 1}");
    var result = client.workflows().disable("id 1");
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.workflowId()).isEqualTo(7L);
    assertThat(result.name()).isEqualTo("x");
    expect("PUT", "/api/v2/workflows/id%201", "{}", "action", "disable");
  }
  @Test
  void enable() throws Exception {
    reply("{\"workflowid\": 7, \"name\": \"x\", \"version\": \"x\", \"info\": \"x\", \"updated\": \"o\", \"autostart\": 3, \"started\": \"o\", \"stopped\": \"o\", \"ids\": [1], \"exec\": \"o\", \"zz_extra\": 1}");
    var result = client.workflows().enable("id 1");
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.workflowId()).isEqualTo(7L);
    assertThat(result.name()).isEqualTo("x");
    expect("PUT", "/api/v2/workflows/id%201", "{}", "action", "enable");
  }
  @Test
  void execSynchronous() throws Exception {
    reply("{\"workflow_instanceid\": 7, \"status\": \"x\", \"dynamicdata\": {\"a\":1}, \"zz_extra\": 1}");
    var result = secureClient.workflows().execSynchronous("id 1", CreateOrderOptions.defaults()
        .withStaticData(Map.of("k", "v"))
        .withExternalOrderInstanceId("s1")
        .withDynamicData(Map.of("k", "v"))
        .withOrderKeys(Map.of("k", "v"))
        .withGlobalUniqueKey(Map.of("k", "v"))
        .withWorkflowSpecificUniqueKey(Map.of("k", "v"))
        .withWorkflowUniqueKey(Map.of("k", "v"))
        .withParentWorkflowInstanceId(11L)
        .withPriority(3)
        .withScheduled(OffsetDateTime.parse("2024-01-02T03:04:05Z"))
        .withStatus("s1")
        .withSensitiveData(Map.of("k", "v")));
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.workflowInstanceId()).isEqualTo(7L);
    assertThat(result.status()).isEqualTo("x");
    expect("POST", "/api/v2/workflows/id%201", "{\"staticdata\":{\"k\":\"v\"},\"external_order_instanceid\":\"s1\",\"dynamicdata\":{\"k\":\"v\"},\"orderkeys\":{\"k\":\"v\"},\"global_unique_key\":{\"k\":\"v\"},\"workflow_specific_unique_key\":{\"k\":\"v\"},\"workflow_unique_key\":{\"k\":\"v\"},\"parent_workflow_instanceid\":11,\"priority\":3,\"scheduled\":\"2024-01-02T03:04:05Z\",\"status\":\"s1\",\"sensitive_data\":{\"k\":\"v\"}}", "action", "execSynchronous");
  }
  @Test
  void incAutostart() throws Exception {
    reply("{\"workflowid\": 7, \"name\": \"x\", \"version\": \"x\", \"info\": \"x\", \"updated\": \"o\", \"autostart\": 3, \"started\": \"o\", \"stopped\": \"o\", \"ids\": [1], \"exec\": \"o\", \"zz_extra\": 1}");
    var result = client.workflows().incAutostart("id 1");
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.workflowId()).isEqualTo(7L);
    assertThat(result.name()).isEqualTo("x");
    expect("PUT", "/api/v2/workflows/id%201", "{}", "action", "incAutostart");
  }
  @Test
  void listWorkflowErrors() throws Exception {
    reply("[{\"name\": \"x\", \"version\": \"x\", \"workflow_instanceid\": 7, \"workflowid\": 7, \"stepid\": 7, \"stepname\": \"x\", \"stepversion\": \"x\", \"ind\": 3, \"workflowstatus\": \"x\", \"started\": \"2016-08-10 02:00:00.758239 +02:00\", \"completed\": \"2016-08-10 02:00:00.758239 +02:00\", \"parent_workflow_instanceid\": 7, \"custom_status\": \"x\", \"priority\": 3, \"scheduled\": \"2016-08-10 02:00:00.758239 +02:00\", \"error_instanceid\": 7, \"error\": \"x\", \"description\": \"x\", \"info\": \"x\", \"severity\": \"x\", \"created\": \"2016-08-10 02:00:00.758239 +02:00\", \"retry\": \"o\", \"business_error\": \"o\", \"custom_status_desc\": \"x\", \"zz_extra\": 1}]");
    var result = client.workflows().listWorkflowErrors("id 1", ErrorSearchOptions.defaults()
        .withOrderBy(List.of("a", "b"))
        .withError("s1")
        .withDescription("s1")
        .withInfo("s1")
        .withStepId(List.of(1L, 2L))
        .withSeverity(List.of("a", "b"))
        .withName(List.of("a", "b"))
        .withVersion(List.of("a", "b"))
        .withRetry(true)
        .withBusinessError(true)
        .withWorkflowInstanceId(List.of(1L, 2L))
        .withErrorInstanceId(List.of(1L, 2L))
        .withMinDate(OffsetDateTime.parse("2024-01-02T03:04:05Z"))
        .withMaxDate(OffsetDateTime.parse("2024-01-02T03:04:05Z"))
        .withWorkflowId(List.of(1L, 2L))
        .withWorkflowStatus(List.of("a", "b"))
        .withPageSize(2)).stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).started()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.get(0).workflowInstanceId()).isEqualTo(7L);
    assertThat(result.get(0).name()).isEqualTo("x");
    expect("GET", "/api/v2/workflows/id%201", null, "action", "listErrors", "orderby", "a,b", "error", "s1", "description", "s1", "info", "s1", "stepid", "1,2", "severity", "a,b", "name", "a,b", "version", "a,b", "retry", "true", "business_error", "true", "workflow_instanceid", "1,2", "error_instanceid", "1,2", "mindate", "2024-01-02T03:04:05Z", "maxdate", "2024-01-02T03:04:05Z", "workflowid", "1,2", "workflowstatus", "a,b", "limit", "2", "offset", "0");
  }
  @Test
  void workflowOptions() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.workflows().workflowOptions("id 1").get("k")).isEqualTo("v");
    expect("GET", "/api/v2/workflows/id%201", null, "action", "options");
  }
  @Test
  void reset() throws Exception {
    reply("\"OK\"");
    client.workflows().reset("id 1");
    expect("PUT", "/api/v2/workflows/id%201", "{}", "action", "reset");
  }
  @Test
  void setAutostart() throws Exception {
    reply("{\"workflowid\": 7, \"name\": \"x\", \"version\": \"x\", \"info\": \"x\", \"updated\": \"o\", \"autostart\": 3, \"started\": \"o\", \"stopped\": \"o\", \"ids\": [1], \"exec\": \"o\", \"zz_extra\": 1}");
    var result = client.workflows().setAutostart("id 1", 3);
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.workflowId()).isEqualTo(7L);
    assertThat(result.name()).isEqualTo("x");
    expect("PUT", "/api/v2/workflows/id%201", "{\"autostart\":3}", "action", "setAutostart");
  }
  @Test
  void setDeprecated() throws Exception {
    reply("{\"workflowid\": 7, \"name\": \"x\", \"version\": \"x\", \"info\": \"x\", \"updated\": \"o\", \"autostart\": 3, \"started\": \"o\", \"stopped\": \"o\", \"ids\": [1], \"exec\": \"o\", \"zz_extra\": 1}");
    var result = client.workflows().setDeprecated("id 1", true);
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.workflowId()).isEqualTo(7L);
    assertThat(result.name()).isEqualTo("x");
    expect("PUT", "/api/v2/workflows/id%201", "{\"deprecated\":true}", "action", "setDeprecated");
  }
  @Test
  void setOptions() throws Exception {
    reply("\"OK\"");
    client.workflows().setOptions("id 1", Map.of("k", "v"));
    expect("PUT", "/api/v2/workflows/id%201", "{\"options\":{\"k\":\"v\"}}", "action", "setOptions");
  }
  @Test
  void start() throws Exception {
    reply("{\"workflowid\": 7, \"name\": \"x\", \"version\": \"x\", \"info\": \"x\", \"updated\": \"o\", \"autostart\": 3, \"started\": \"o\", \"stopped\": \"o\", \"ids\": [1], \"exec\": \"o\", \"zz_extra\": 1}");
    var result = client.workflows().start("id 1", 3, "s1");
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.workflowId()).isEqualTo(7L);
    assertThat(result.name()).isEqualTo("x");
    expect("PUT", "/api/v2/workflows/id%201", "{\"count\":3,\"mode\":\"s1\"}", "action", "start");
  }
  @Test
  void stop() throws Exception {
    reply("\"OK\"");
    client.workflows().stop("id 1");
    expect("PUT", "/api/v2/workflows/id%201", "{}", "action", "stop");
  }
  @Test
  void errors() throws Exception {
    reply("[{\"error\": \"x\", \"description\": \"x\", \"severity\": \"x\", \"retry_flag\": true, \"retry_delay_secs\": 7, \"business_flag\": true, \"type\": \"x\", \"workflowid\": 7, \"manually_updated\": \"o\", \"zz_extra\": 1}]");
    var result = client.workflows().errors("id 1").stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).retryDelaySecs()).isEqualTo(7L);
    assertThat(result.get(0).error()).isEqualTo("x");
    expect("GET", "/api/v2/workflows/id%201/errors", null);
  }
  @Test
  void createError() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.workflows().createError("id 1", "s1", "s1", ErrorDefinition.defaults()
        .withBusinessFlag(true)
        .withForceWorkflow(true)
        .withRetryDelaySecs(11L)
        .withRetryFlag(true)
        .withSeverity("s1")).get("k")).isEqualTo("v");
    expect("POST", "/api/v2/workflows/id%201/errors", "{\"error\":\"s1\",\"description\":\"s1\",\"business_flag\":true,\"forceworkflow\":true,\"retry_delay_secs\":11,\"retry_flag\":true,\"severity\":\"s1\"}");
  }
  @Test
  void createOrUpdateError() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.workflows().createOrUpdateError("id 1", "s1", "s1", ErrorDefinition.defaults()
        .withBusinessFlag(true)
        .withForceWorkflow(true)
        .withRetryDelaySecs(11L)
        .withRetryFlag(true)
        .withSeverity("s1")).get("k")).isEqualTo("v");
    expect("POST", "/api/v2/workflows/id%201/errors", "{\"error\":\"s1\",\"description\":\"s1\",\"business_flag\":true,\"forceworkflow\":true,\"retry_delay_secs\":11,\"retry_flag\":true,\"severity\":\"s1\"}", "action", "createOrUpdate");
  }
  @Test
  void deleteError() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.workflows().deleteError("id 1", "id 1").get("k")).isEqualTo("v");
    expect("DELETE", "/api/v2/workflows/id%201/errors/id%201", null);
  }
  @Test
  void error() throws Exception {
    reply("{\"error\": \"x\", \"description\": \"x\", \"severity\": \"x\", \"retry_flag\": true, \"retry_delay_secs\": 7, \"business_flag\": true, \"type\": \"x\", \"workflowid\": 7, \"manually_updated\": \"o\", \"zz_extra\": 1}");
    var result = client.workflows().error("id 1", "id 1");
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.retryDelaySecs()).isEqualTo(7L);
    assertThat(result.error()).isEqualTo("x");
    expect("GET", "/api/v2/workflows/id%201/errors/id%201", null);
  }
  @Test
  void updateError() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.workflows().updateError("id 1", "id 1", "s1", ErrorDefinition.defaults()
        .withBusinessFlag(true)
        .withForceWorkflow(true)
        .withRetryDelaySecs(11L)
        .withRetryFlag(true)
        .withSeverity("s1")).get("k")).isEqualTo("v");
    expect("PUT", "/api/v2/workflows/id%201/errors/id%201", "{\"description\":\"s1\",\"business_flag\":true,\"forceworkflow\":true,\"retry_delay_secs\":11,\"retry_flag\":true,\"severity\":\"s1\"}");
  }
  @Test
  void updateErrorAction() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.workflows().updateErrorAction("id 1", "id 1", "s1", ErrorDefinition.defaults()
        .withBusinessFlag(true)
        .withForceWorkflow(true)
        .withRetryDelaySecs(11L)
        .withRetryFlag(true)
        .withSeverity("s1")).get("k")).isEqualTo("v");
    expect("PUT", "/api/v2/workflows/id%201/errors/id%201", "{\"description\":\"s1\",\"business_flag\":true,\"forceworkflow\":true,\"retry_delay_secs\":11,\"retry_flag\":true,\"severity\":\"s1\"}", "action", "update");
  }
  @Test
  void instances() throws Exception {
    reply("[{\"k\": \"v\"}]");
    assertThat(client.workflows().instances("id 1")).hasSize(1);
    expect("GET", "/api/v2/workflows/id%201/instances", null);
  }
  @Test
  void orders() throws Exception {
    reply("[{\"name\": \"x\", \"version\": \"x\", \"workflow_instanceid\": 7, \"workflowid\": 7, \"workflowstatus\": \"x\", \"status_sessionid\": 7, \"started\": \"2016-08-10 02:00:00.758239 +02:00\", \"completed\": \"2016-08-10 02:00:00.758239 +02:00\", \"modified\": \"2016-08-10 02:00:00.758239 +02:00\", \"parent_workflow_instanceid\": 7, \"synchronous\": \"o\", \"business_error\": \"o\", \"operator_lock\": \"o\", \"note_count\": 3, \"warning_count\": 3, \"error_count\": 3, \"custom_status\": \"x\", \"priority\": 3, \"scheduled\": \"2016-08-10 02:00:00.758239 +02:00\", \"custom_status_desc\": \"x\", \"actions\": [\"a\"], \"zz_extra\": 1}]");
    var result = client.workflows().orders("id 1", OrderSearchOptions.defaults()
        .withWorkflowId(List.of(1L, 2L))
        .withWorkflowInstanceId(List.of(1L, 2L))
        .withStatus(List.of("a", "b"))
        .withKeyName("s1")
        .withKeyValue(List.of("a", "b"))
        .withModified(OffsetDateTime.parse("2024-01-02T03:04:05Z"))
        .withMaxModified(OffsetDateTime.parse("2024-01-02T03:04:05Z"))
        .withMinStarted(OffsetDateTime.parse("2024-01-02T03:04:05Z"))
        .withMaxStarted(OffsetDateTime.parse("2024-01-02T03:04:05Z"))
        .withSort(List.of("a", "b"))
        .withDesc(true)
        .withPageSize(2)).stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).started()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.get(0).workflowInstanceId()).isEqualTo(7L);
    assertThat(result.get(0).name()).isEqualTo("x");
    expect("GET", "/api/v2/workflows/id%201/orders", null, "workflowid", "1,2", "workflow_instanceid", "1,2", "status", "a,b", "keyname", "s1", "keyvalue", "a,b", "modified", "2024-01-02T03:04:05Z", "maxmodified", "2024-01-02T03:04:05Z", "minstarted", "2024-01-02T03:04:05Z", "maxstarted", "2024-01-02T03:04:05Z", "sort", "a,b", "desc", "true", "limit", "2", "offset", "0");
  }
  @Test
  void orderErrors() throws Exception {
    reply("[{\"name\": \"x\", \"version\": \"x\", \"workflow_instanceid\": 7, \"workflowid\": 7, \"stepid\": 7, \"stepname\": \"x\", \"stepversion\": \"x\", \"ind\": 3, \"workflowstatus\": \"x\", \"started\": \"2016-08-10 02:00:00.758239 +02:00\", \"completed\": \"2016-08-10 02:00:00.758239 +02:00\", \"parent_workflow_instanceid\": 7, \"custom_status\": \"x\", \"priority\": 3, \"scheduled\": \"2016-08-10 02:00:00.758239 +02:00\", \"error_instanceid\": 7, \"error\": \"x\", \"description\": \"x\", \"info\": \"x\", \"severity\": \"x\", \"created\": \"2016-08-10 02:00:00.758239 +02:00\", \"retry\": \"o\", \"business_error\": \"o\", \"custom_status_desc\": \"x\", \"zz_extra\": 1}]");
    var result = client.workflows().orderErrors("id 1", ErrorSearchOptions.defaults()
        .withOrderBy(List.of("a", "b"))
        .withError("s1")
        .withDescription("s1")
        .withInfo("s1")
        .withStepId(List.of(1L, 2L))
        .withSeverity(List.of("a", "b"))
        .withName(List.of("a", "b"))
        .withVersion(List.of("a", "b"))
        .withRetry(true)
        .withBusinessError(true)
        .withWorkflowInstanceId(List.of(1L, 2L))
        .withErrorInstanceId(List.of(1L, 2L))
        .withMinDate(OffsetDateTime.parse("2024-01-02T03:04:05Z"))
        .withMaxDate(OffsetDateTime.parse("2024-01-02T03:04:05Z"))
        .withWorkflowId(List.of(1L, 2L))
        .withWorkflowStatus(List.of("a", "b"))
        .withPageSize(2)).stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).started()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.get(0).workflowInstanceId()).isEqualTo(7L);
    assertThat(result.get(0).name()).isEqualTo("x");
    expect("GET", "/api/v2/workflows/id%201/orders", null, "action", "listErrors", "orderby", "a,b", "error", "s1", "description", "s1", "info", "s1", "stepid", "1,2", "severity", "a,b", "name", "a,b", "version", "a,b", "retry", "true", "business_error", "true", "workflow_instanceid", "1,2", "error_instanceid", "1,2", "mindate", "2024-01-02T03:04:05Z", "maxdate", "2024-01-02T03:04:05Z", "workflowid", "1,2", "workflowstatus", "a,b", "limit", "2", "offset", "0");
  }
  @Test
  void ordersOverview() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.workflows().ordersOverview("id 1", OffsetDateTime.parse("2024-01-02T03:04:05Z"), true).get("k")).isEqualTo("v");
    expect("GET", "/api/v2/workflows/id%201/orders", null, "action", "overview", "date", "2024-01-02T03:04:05Z", "sqlcache", "true");
  }
  @Test
  void ordersProcessingSummary() throws Exception {
    reply("[{\"workflowid\": 7, \"name\": \"x\", \"version\": \"x\", \"count\": 7, \"minstarted\": \"2016-08-10 02:00:00.758239 +02:00\", \"maxcompleted\": \"2016-08-10 02:00:00.758239 +02:00\", \"minduration\": \"o\", \"avgduration\": \"o\", \"maxduration\": \"o\", \"minprocessing\": \"o\", \"avgprocessing\": \"o\", \"maxprocessing\": \"o\", \"zz_extra\": 1}]");
    var result = client.workflows().ordersProcessingSummary("id 1", OffsetDateTime.parse("2024-01-02T03:04:05Z"), ProcessingSummaryOptions.defaults()
        .withMaxDate(OffsetDateTime.parse("2024-01-02T03:04:05Z"))
        .withWorkflowIds(List.of(1L, 2L))
        .withSeconds(true)
        .withGlobal(true)
        .withGrouping("s1")).stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).minStarted()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.get(0).workflowId()).isEqualTo(7L);
    assertThat(result.get(0).name()).isEqualTo("x");
    expect("GET", "/api/v2/workflows/id%201/orders", null, "action", "processingSummary", "mindate", "2024-01-02T03:04:05Z", "maxdate", "2024-01-02T03:04:05Z", "wfids", "1,2", "seconds", "true", "global", "true", "grouping", "s1");
  }
  @Test
  void orderGet() throws Exception {
    reply("{\"name\": \"x\", \"version\": \"x\", \"author\": \"x\", \"workflow_instanceid\": 7, \"workflowid\": 7, \"workflowstatus\": \"x\", \"status_sessionid\": 7, \"parent_workflow_instanceid\": 7, \"subworkflow\": \"o\", \"synchronous\": \"o\", \"errors\": \"o\", \"business_error\": \"o\", \"workflowstatus_orig\": \"x\", \"custom_status\": \"x\", \"scheduled\": \"2016-08-10 02:00:00.758239 +02:00\", \"priority\": 3, \"started\": \"2016-08-10 02:00:00.758239 +02:00\", \"completed\": \"2016-08-10 02:00:00.758239 +02:00\", \"modified\": \"2016-08-10 02:00:00.758239 +02:00\", \"operator_lock\": \"o\", \"note_count\": 3, \"deprecated\": true, \"autostart\": \"o\", \"manual_autostart\": true, \"max_instances\": \"o\", \"external_order_instanceid\": \"x\", \"staticdata\": {\"a\":1}, \"dynamicdata\": {\"a\":1}, \"sensitive_data\": {\"a\":1}, \"has_sensitive_data\": true, \"keys\": {\"a\":1}, \"warning_count\": 3, \"error_count\": 3, \"StepInstances\": [1], \"ErrorInstances\": [1], \"HierarchyInfo\": {\"a\":1}, \"AuditEvents\": [1], \"LastModified\": \"2016-08-10 02:00:00.758239 +02:00\", \"actions\": [\"a\"], \"notes\": [1], \"zz_extra\": 1}");
    var result = client.workflows().orderGet("id 1", 11L);
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.scheduled()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.workflowInstanceId()).isEqualTo(7L);
    assertThat(result.name()).isEqualTo("x");
    expect("GET", "/api/v2/workflows/id%201/orders/11", null);
  }
  @Test
  void orderBlock() throws Exception {
    reply("{\"workflow_status\": \"x\", \"old_status\": \"x\", \"steps_updated\": 7, \"segments_updated\": 7, \"workflow_updated\": \"o\", \"cached\": \"o\", \"queued_detached_segments\": 7, \"queued_subworkflows\": 7, \"queued_async_messages\": 7, \"queued_sync_events\": 7, \"queued_async_retries\": 7, \"queued_retries\": 7, \"queued_fixed_retries\": 7, \"zz_extra\": 1}");
    var result = client.workflows().orderBlock("id 1", 11L);
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.stepsUpdated()).isEqualTo(7L);
    assertThat(result.workflowStatus()).isEqualTo("x");
    expect("PUT", "/api/v2/workflows/id%201/orders/11", "{}", "action", "block");
  }
  @Test
  void orderBreakLock() throws Exception {
    reply("\"OK\"");
    client.workflows().orderBreakLock("id 1", 11L, "s1");
    expect("PUT", "/api/v2/workflows/id%201/orders/11", "{\"note\":\"s1\"}", "action", "breakLock");
  }
  @Test
  void orderCancel() throws Exception {
    reply("{\"workflow_status\": \"x\", \"old_status\": \"x\", \"steps_updated\": 7, \"segments_updated\": 7, \"workflow_updated\": \"o\", \"cached\": \"o\", \"queued_detached_segments\": 7, \"queued_subworkflows\": 7, \"queued_async_messages\": 7, \"queued_sync_events\": 7, \"queued_async_retries\": 7, \"queued_retries\": 7, \"queued_fixed_retries\": 7, \"zz_extra\": 1}");
    var result = client.workflows().orderCancel("id 1", 11L);
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.stepsUpdated()).isEqualTo(7L);
    assertThat(result.workflowStatus()).isEqualTo("x");
    expect("PUT", "/api/v2/workflows/id%201/orders/11", "{}", "action", "cancel");
  }
  @Test
  void orderUpdateDynamicData() throws Exception {
    reply("\"OK\"");
    client.workflows().orderUpdateDynamicData("id 1", 11L, Map.of("k", "v"));
    expect("PUT", "/api/v2/workflows/id%201/orders/11", "{\"newdata\":{\"k\":\"v\"}}", "action", "dynamicData");
  }
  @Test
  void orderExecSynchronous() throws Exception {
    reply("{\"workflow_instanceid\": 7, \"status\": \"x\", \"dynamicdata\": {\"a\":1}, \"zz_extra\": 1}");
    var result = client.workflows().orderExecSynchronous("id 1", 11L, Map.of("k", "v"));
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.workflowInstanceId()).isEqualTo(7L);
    assertThat(result.status()).isEqualTo("x");
    expect("POST", "/api/v2/workflows/id%201/orders/11", "{\"options\":{\"k\":\"v\"}}", "action", "execSynchronous");
  }
  @Test
  void orderListErrors() throws Exception {
    reply("[{\"name\": \"x\", \"version\": \"x\", \"workflow_instanceid\": 7, \"workflowid\": 7, \"stepid\": 7, \"stepname\": \"x\", \"stepversion\": \"x\", \"ind\": 3, \"workflowstatus\": \"x\", \"started\": \"2016-08-10 02:00:00.758239 +02:00\", \"completed\": \"2016-08-10 02:00:00.758239 +02:00\", \"parent_workflow_instanceid\": 7, \"custom_status\": \"x\", \"priority\": 3, \"scheduled\": \"2016-08-10 02:00:00.758239 +02:00\", \"error_instanceid\": 7, \"error\": \"x\", \"description\": \"x\", \"info\": \"x\", \"severity\": \"x\", \"created\": \"2016-08-10 02:00:00.758239 +02:00\", \"retry\": \"o\", \"business_error\": \"o\", \"custom_status_desc\": \"x\", \"zz_extra\": 1}]");
    var result = client.workflows().orderListErrors("id 1", 11L).stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).started()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.get(0).workflowInstanceId()).isEqualTo(7L);
    assertThat(result.get(0).name()).isEqualTo("x");
    expect("GET", "/api/v2/workflows/id%201/orders/11", null, "action", "listErrors");
  }
  @Test
  void orderLock() throws Exception {
    reply("\"OK\"");
    client.workflows().orderLock("id 1", 11L, "s1");
    expect("PUT", "/api/v2/workflows/id%201/orders/11", "{\"note\":\"s1\"}", "action", "lock");
  }
  @Test
  void orderNotes() throws Exception {
    reply("[{\"note_id\": 7, \"workflow_instanceid\": 7, \"saved\": \"o\", \"username\": \"x\", \"note\": \"x\", \"created\": \"2016-08-10 02:00:00.758239 +02:00\", \"modified\": \"2016-08-10 02:00:00.758239 +02:00\", \"count\": 3, \"zz_extra\": 1}]");
    var result = client.workflows().orderNotes("id 1", 11L, 3).stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).created()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.get(0).noteId()).isEqualTo(7L);
    assertThat(result.get(0).username()).isEqualTo("x");
    expect("GET", "/api/v2/workflows/id%201/orders/11", null, "action", "notes", "limit", "3");
  }
  @Test
  void orderAddNote() throws Exception {
    reply("\"OK\"");
    client.workflows().orderAddNote("id 1", 11L, "s1");
    expect("POST", "/api/v2/workflows/id%201/orders/11", "{\"note\":\"s1\"}", "action", "notes");
  }
  @Test
  void orderReschedule() throws Exception {
    reply("\"OK\"");
    client.workflows().orderReschedule("id 1", 11L, OffsetDateTime.parse("2024-01-02T03:04:05Z"));
    expect("PUT", "/api/v2/workflows/id%201/orders/11", "{\"date\":\"2024-01-02T03:04:05Z\"}", "action", "reschedule");
  }
  @Test
  void orderRetry() throws Exception {
    reply("{\"workflow_status\": \"x\", \"old_status\": \"x\", \"steps_updated\": 7, \"segments_updated\": 7, \"workflow_updated\": \"o\", \"cached\": \"o\", \"queued_detached_segments\": 7, \"queued_subworkflows\": 7, \"queued_async_messages\": 7, \"queued_sync_events\": 7, \"queued_async_retries\": 7, \"queued_retries\": 7, \"queued_fixed_retries\": 7, \"zz_extra\": 1}");
    var result = client.workflows().orderRetry("id 1", 11L);
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.stepsUpdated()).isEqualTo(7L);
    assertThat(result.workflowStatus()).isEqualTo("x");
    expect("PUT", "/api/v2/workflows/id%201/orders/11", "{}", "action", "retry");
  }
  @Test
  void orderSetError() throws Exception {
    reply("{\"workflow_status\": \"x\", \"old_status\": \"x\", \"steps_updated\": 7, \"segments_updated\": 7, \"workflow_updated\": \"o\", \"cached\": \"o\", \"queued_detached_segments\": 7, \"queued_subworkflows\": 7, \"queued_async_messages\": 7, \"queued_sync_events\": 7, \"queued_async_retries\": 7, \"queued_retries\": 7, \"queued_fixed_retries\": 7, \"zz_extra\": 1}");
    var result = client.workflows().orderSetError("id 1", 11L);
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.stepsUpdated()).isEqualTo(7L);
    assertThat(result.workflowStatus()).isEqualTo("x");
    expect("PUT", "/api/v2/workflows/id%201/orders/11", "{}", "action", "setError");
  }
  @Test
  void orderSetPriority() throws Exception {
    reply("\"OK\"");
    client.workflows().orderSetPriority("id 1", 11L, 3);
    expect("PUT", "/api/v2/workflows/id%201/orders/11", "{\"priority\":3}", "action", "setPriority");
  }
  @Test
  void orderSkipStep() throws Exception {
    reply("\"OK\"");
    client.workflows().orderSkipStep("id 1", 11L, 11L, "s1", true);
    expect("PUT", "/api/v2/workflows/id%201/orders/11", "{\"stepid\":11,\"ind\":\"s1\",\"noretry\":true}", "action", "skipStep");
  }
  @Test
  void orderUpdateStaticData() throws Exception {
    reply("\"OK\"");
    client.workflows().orderUpdateStaticData("id 1", 11L, Map.of("k", "v"));
    expect("PUT", "/api/v2/workflows/id%201/orders/11", "{\"newdata\":{\"k\":\"v\"}}", "action", "staticData");
  }
  @Test
  void orderUnblock() throws Exception {
    reply("{\"workflow_status\": \"x\", \"old_status\": \"x\", \"steps_updated\": 7, \"segments_updated\": 7, \"workflow_updated\": \"o\", \"cached\": \"o\", \"queued_detached_segments\": 7, \"queued_subworkflows\": 7, \"queued_async_messages\": 7, \"queued_sync_events\": 7, \"queued_async_retries\": 7, \"queued_retries\": 7, \"queued_fixed_retries\": 7, \"zz_extra\": 1}");
    var result = client.workflows().orderUnblock("id 1", 11L);
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.stepsUpdated()).isEqualTo(7L);
    assertThat(result.workflowStatus()).isEqualTo("x");
    expect("PUT", "/api/v2/workflows/id%201/orders/11", "{}", "action", "unblock");
  }
  @Test
  void orderUncancel() throws Exception {
    reply("{\"workflow_status\": \"x\", \"old_status\": \"x\", \"steps_updated\": 7, \"segments_updated\": 7, \"workflow_updated\": \"o\", \"cached\": \"o\", \"queued_detached_segments\": 7, \"queued_subworkflows\": 7, \"queued_async_messages\": 7, \"queued_sync_events\": 7, \"queued_async_retries\": 7, \"queued_retries\": 7, \"queued_fixed_retries\": 7, \"zz_extra\": 1}");
    var result = client.workflows().orderUncancel("id 1", 11L);
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.stepsUpdated()).isEqualTo(7L);
    assertThat(result.workflowStatus()).isEqualTo("x");
    expect("PUT", "/api/v2/workflows/id%201/orders/11", "{}", "action", "uncancel");
  }
  @Test
  void orderUnlock() throws Exception {
    reply("\"OK\"");
    client.workflows().orderUnlock("id 1", 11L, "s1");
    expect("PUT", "/api/v2/workflows/id%201/orders/11", "{\"note\":\"s1\"}", "action", "unlock");
  }
  @Test
  void orderUpdateKeys() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.workflows().orderUpdateKeys("id 1", 11L, Map.of("k", "v"), true).get("k")).isEqualTo("v");
    expect("PUT", "/api/v2/workflows/id%201/orders/11", "{\"orderkeys\":{\"k\":\"v\"},\"truncate\":true}", "action", "updateKeys");
  }
}
