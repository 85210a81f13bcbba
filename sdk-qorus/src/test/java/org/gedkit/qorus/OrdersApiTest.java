package org.gedkit.qorus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Request-exact tests of every {@link OrdersApi} operation (generated from the operation table, then kept). */
class OrdersApiTest extends QorusApiTestSupport {

  @Test
  void search() throws Exception {
    reply("[{\"name\": \"x\", \"version\": \"x\", \"workflow_instanceid\": 7, \"workflowid\": 7, \"workflowstatus\": \"x\", \"status_sessionid\": 7, \"started\": \"2016-08-10 02:00:00.758239 +02:00\", \"completed\": \"2016-08-10 02:00:00.758239 +02:00\", \"modified\": \"2016-08-10 02:00:00.758239 +02:00\", \"parent_workflow_instanceid\": 7, \"synchronous\": \"o\", \"business_error\": \"o\", \"operator_lock\": \"o\", \"note_count\": 3, \"warning_count\": 3, \"error_count\": 3, \"custom_status\": \"x\", \"priority\": 3, \"scheduled\": \"2016-08-10 02:00:00.758239 +02:00\", \"custom_status_desc\": \"x\", \"actions\": [\"a\"], \"zz_extra\": 1}]");
    var result = client.orders().search(OrderSearchOptions.defaults()
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
    expect("GET", "/api/v2/orders", null, "workflowid", "1,2", "workflow_instanceid", "1,2", "status", "a,b", "keyname", "s1", "keyvalue", "a,b", "modified", "2024-01-02T03:04:05Z", "maxmodified", "2024-01-02T03:04:05Z", "minstarted", "2024-01-02T03:04:05Z", "maxstarted", "2024-01-02T03:04:05Z", "sort", "a,b", "desc", "true", "limit", "2", "offset", "0");
  }
  @Test
  void blockMany() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.orders().blockMany(List.of(1L, 2L)).get("k")).isEqualTo("v");
    expect("PUT", "/api/v2/orders", "{\"ids\":[1,2]}", "action", "block");
  }
  @Test
  void cancelMany() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.orders().cancelMany(List.of(1L, 2L)).get("k")).isEqualTo("v");
    expect("PUT", "/api/v2/orders", "{\"ids\":[1,2]}", "action", "cancel");
  }
  @Test
  void listErrors() throws Exception {
    reply("[{\"name\": \"x\", \"version\": \"x\", \"workflow_instanceid\": 7, \"workflowid\": 7, \"stepid\": 7, \"stepname\": \"x\", \"stepversion\": \"x\", \"ind\": 3, \"workflowstatus\": \"x\", \"started\": \"2016-08-10 02:00:00.758239 +02:00\", \"completed\": \"2016-08-10 02:00:00.758239 +02:00\", \"parent_workflow_instanceid\": 7, \"custom_status\": \"x\", \"priority\": 3, \"scheduled\": \"2016-08-10 02:00:00.758239 +02:00\", \"error_instanceid\": 7, \"error\": \"x\", \"description\": \"x\", \"info\": \"x\", \"severity\": \"x\", \"created\": \"2016-08-10 02:00:00.758239 +02:00\", \"retry\": \"o\", \"business_error\": \"o\", \"custom_status_desc\": \"x\", \"zz_extra\": 1}]");
    var result = client.orders().listErrors(ErrorSearchOptions.defaults()
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
    expect("GET", "/api/v2/orders", null, "action", "listErrors", "orderby", "a,b", "error", "s1", "description", "s1", "info", "s1", "stepid", "1,2", "severity", "a,b", "name", "a,b", "version", "a,b", "retry", "true", "business_error", "true", "workflow_instanceid", "1,2", "error_instanceid", "1,2", "mindate", "2024-01-02T03:04:05Z", "maxdate", "2024-01-02T03:04:05Z", "workflowid", "1,2", "workflowstatus", "a,b", "limit", "2", "offset", "0");
  }
  @Test
  void processingSummary() throws Exception {
    reply("[{\"workflowid\": 7, \"name\": \"x\", \"version\": \"x\", \"count\": 7, \"minstarted\": \"2016-08-10 02:00:00.758239 +02:00\", \"maxcompleted\": \"2016-08-10 02:00:00.758239 +02:00\", \"minduration\": \"o\", \"avgduration\": \"o\", \"maxduration\": \"o\", \"minprocessing\": \"o\", \"avgprocessing\": \"o\", \"maxprocessing\": \"o\", \"zz_extra\": 1}]");
    var result = client.orders().processingSummary(OffsetDateTime.parse("2024-01-02T03:04:05Z"), ProcessingSummaryOptions.defaults()
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
    expect("GET", "/api/v2/orders", null, "action", "processingSummary", "mindate", "2024-01-02T03:04:05Z", "maxdate", "2024-01-02T03:04:05Z", "wfids", "1,2", "seconds", "true", "global", "true", "grouping", "s1");
  }
  @Test
  void purgeSensitiveData() throws Exception {
    reply("[{\"name\": \"x\", \"version\": \"x\", \"workflow_instanceid\": 7, \"workflowid\": 7, \"workflowstatus\": \"x\", \"status_sessionid\": 7, \"started\": \"2016-08-10 02:00:00.758239 +02:00\", \"completed\": \"2016-08-10 02:00:00.758239 +02:00\", \"modified\": \"2016-08-10 02:00:00.758239 +02:00\", \"parent_workflow_instanceid\": 7, \"synchronous\": \"o\", \"business_error\": \"o\", \"operator_lock\": \"o\", \"note_count\": 3, \"warning_count\": 3, \"error_count\": 3, \"custom_status\": \"x\", \"priority\": 3, \"scheduled\": \"2016-08-10 02:00:00.758239 +02:00\", \"custom_status_desc\": \"x\", \"actions\": [\"a\"], \"archive\": \"o\", \"skey\": \"x\", \"svalue\": \"x\", \"sensitive_data\": {\"a\":1}, \"zz_extra\": 1}]");
    var result = secureClient.orders().purgeSensitiveData(PurgeSensitiveDataOptions.defaults()
        .withSkey("s1")
        .withSvalue("s1")
        .withForce(true)
        .withMaxModified(OffsetDateTime.parse("2024-01-02T03:04:05Z"))
        .withMinStarted(OffsetDateTime.parse("2024-01-02T03:04:05Z"))
        .withMaxStarted(OffsetDateTime.parse("2024-01-02T03:04:05Z"))
        .withModified(OffsetDateTime.parse("2024-01-02T03:04:05Z"))
        .withStatus(List.of("a", "b"))
        .withWorkflowInstanceId(List.of(1L, 2L))
        .withWorkflowId(List.of(1L, 2L))
        .withWorkflowName("s1")).stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).started()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.get(0).workflowInstanceId()).isEqualTo(7L);
    assertThat(result.get(0).name()).isEqualTo("x");
    expect("DELETE", "/api/v2/orders", null, "action", "purgeSensitiveData", "skey", "s1", "svalue", "s1", "force", "true", "maxmodified", "2024-01-02T03:04:05Z", "minstarted", "2024-01-02T03:04:05Z", "maxstarted", "2024-01-02T03:04:05Z", "modified", "2024-01-02T03:04:05Z", "status", "a,b", "workflow_instanceid", "1,2", "workflowid", "1,2", "workflowname", "s1");
  }
  @Test
  void retryMany() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.orders().retryMany(List.of(1L, 2L)).get("k")).isEqualTo("v");
    expect("PUT", "/api/v2/orders", "{\"ids\":[1,2]}", "action", "retry");
  }
  @Test
  void searchSensitiveData() throws Exception {
    reply("[{\"name\": \"x\", \"version\": \"x\", \"workflow_instanceid\": 7, \"workflowid\": 7, \"workflowstatus\": \"x\", \"status_sessionid\": 7, \"started\": \"2016-08-10 02:00:00.758239 +02:00\", \"completed\": \"2016-08-10 02:00:00.758239 +02:00\", \"modified\": \"2016-08-10 02:00:00.758239 +02:00\", \"parent_workflow_instanceid\": 7, \"synchronous\": \"o\", \"business_error\": \"o\", \"operator_lock\": \"o\", \"note_count\": 3, \"warning_count\": 3, \"error_count\": 3, \"custom_status\": \"x\", \"priority\": 3, \"scheduled\": \"2016-08-10 02:00:00.758239 +02:00\", \"custom_status_desc\": \"x\", \"actions\": [\"a\"], \"archive\": \"o\", \"skey\": \"x\", \"svalue\": \"x\", \"sensitive_data\": {\"a\":1}, \"zz_extra\": 1}]");
    var result = secureClient.orders().searchSensitiveData("s1", "s1", SensitiveSearchOptions.defaults()
        .withDesc(true)
        .withMaxModified(OffsetDateTime.parse("2024-01-02T03:04:05Z"))
        .withMinStarted(OffsetDateTime.parse("2024-01-02T03:04:05Z"))
        .withMaxStarted(OffsetDateTime.parse("2024-01-02T03:04:05Z"))
        .withModified(OffsetDateTime.parse("2024-01-02T03:04:05Z"))
        .withSort(List.of("a", "b"))
        .withStatus(List.of("a", "b"))
        .withWorkflowInstanceId(List.of(1L, 2L))
        .withWorkflowId(List.of(1L, 2L))
        .withWorkflowName("s1")
        .withPageSize(2)).stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).started()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.get(0).workflowInstanceId()).isEqualTo(7L);
    assertThat(result.get(0).name()).isEqualTo("x");
    expect("GET", "/api/v2/orders", null, "action", "searchSensitiveData", "skey", "s1", "svalue", "s1", "desc", "true", "maxmodified", "2024-01-02T03:04:05Z", "minstarted", "2024-01-02T03:04:05Z", "maxstarted", "2024-01-02T03:04:05Z", "modified", "2024-01-02T03:04:05Z", "sort", "a,b", "status", "a,b", "workflow_instanceid", "1,2", "workflowid", "1,2", "workflowname", "s1", "limit", "2", "offset", "0");
  }
  @Test
  void unblockMany() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.orders().unblockMany(List.of(1L, 2L)).get("k")).isEqualTo("v");
    expect("PUT", "/api/v2/orders", "{\"ids\":[1,2]}", "action", "unblock");
  }
  @Test
  void uncancelMany() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.orders().uncancelMany(List.of(1L, 2L)).get("k")).isEqualTo("v");
    expect("PUT", "/api/v2/orders", "{\"ids\":[1,2]}", "action", "uncancel");
  }
  @Test
  void get() throws Exception {
    reply("{\"name\": \"x\", \"version\": \"x\", \"author\": \"x\", \"workflow_instanceid\": 7, \"workflowid\": 7, \"workflowstatus\": \"x\", \"status_sessionid\": 7, \"parent_workflow_instanceid\": 7, \"subworkflow\": \"o\", \"synchronous\": \"o\", \"errors\": \"o\", \"business_error\": \"o\", \"workflowstatus_orig\": \"x\", \"custom_status\": \"x\", \"scheduled\": \"2016-08-10 02:00:00.758239 +02:00\", \"priority\": 3, \"started\": \"2016-08-10 02:00:00.758239 +02:00\", \"completed\": \"2016-08-10 02:00:00.758239 +02:00\", \"modified\": \"2016-08-10 02:00:00.758239 +02:00\", \"operator_lock\": \"o\", \"note_count\": 3, \"deprecated\": true, \"autostart\": \"o\", \"manual_autostart\": true, \"max_instances\": \"o\", \"external_order_instanceid\": \"x\", \"staticdata\": {\"a\":1}, \"dynamicdata\": {\"a\":1}, \"sensitive_data\": {\"a\":1}, \"has_sensitive_data\": true, \"keys\": {\"a\":1}, \"warning_count\": 3, \"error_count\": 3, \"StepInstances\": [1], \"ErrorInstances\": [1], \"HierarchyInfo\": {\"a\":1}, \"AuditEvents\": [1], \"LastModified\": \"2016-08-10 02:00:00.758239 +02:00\", \"actions\": [\"a\"], \"notes\": [1], \"zz_extra\": 1}");
    var result = client.orders().get(11L);
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.scheduled()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.workflowInstanceId()).isEqualTo(7L);
    assertThat(result.name()).isEqualTo("x");
    expect("GET", "/api/v2/orders/11", null);
  }
  @Test
  void block() throws Exception {
    reply("{\"workflow_status\": \"x\", \"old_status\": \"x\", \"steps_updated\": 7, \"segments_updated\": 7, \"workflow_updated\": \"o\", \"cached\": \"o\", \"queued_detached_segments\": 7, \"queued_subworkflows\": 7, \"queued_async_messages\": 7, \"queued_sync_events\": 7, \"queued_async_retries\": 7, \"queued_retries\": 7, \"queued_fixed_retries\": 7, \"zz_extra\": 1}");
    var result = client.orders().block(11L);
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.stepsUpdated()).isEqualTo(7L);
    assertThat(result.workflowStatus()).isEqualTo("x");
    expect("PUT", "/api/v2/orders/11", "{}", "action", "block");
  }
  @Test
  void breakLock() throws Exception {
    reply("\"OK\"");
    client.orders().breakLock(11L, "s1");
    expect("PUT", "/api/v2/orders/11", "{\"note\":\"s1\"}", "action", "breakLock");
  }
  @Test
  void cancel() throws Exception {
    reply("{\"workflow_status\": \"x\", \"old_status\": \"x\", \"steps_updated\": 7, \"segments_updated\": 7, \"workflow_updated\": \"o\", \"cached\": \"o\", \"queued_detached_segments\": 7, \"queued_subworkflows\": 7, \"queued_async_messages\": 7, \"queued_sync_events\": 7, \"queued_async_retries\": 7, \"queued_retries\": 7, \"queued_fixed_retries\": 7, \"zz_extra\": 1}");
    var result = client.orders().cancel(11L);
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.stepsUpdated()).isEqualTo(7L);
    assertThat(result.workflowStatus()).isEqualTo("x");
    expect("PUT", "/api/v2/orders/11", "{}", "action", "cancel");
  }
  @Test
  void updateDynamicData() throws Exception {
    reply("\"OK\"");
    client.orders().updateDynamicData(11L, Map.of("k", "v"));
    expect("PUT", "/api/v2/orders/11", "{\"newdata\":{\"k\":\"v\"}}", "action", "dynamicData");
  }
  @Test
  void execSynchronous() throws Exception {
    reply("{\"workflow_instanceid\": 7, \"status\": \"x\", \"dynamicdata\": {\"a\":1}, \"zz_extra\": 1}");
    var result = client.orders().execSynchronous(11L, Map.of("k", "v"));
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.workflowInstanceId()).isEqualTo(7L);
    assertThat(result.status()).isEqualTo("x");
    expect("POST", "/api/v2/orders/11", "{\"options\":{\"k\":\"v\"}}", "action", "execSynchronous");
  }
  @Test
  void errors() throws Exception {
    reply("[{\"name\": \"x\", \"version\": \"x\", \"workflow_instanceid\": 7, \"workflowid\": 7, \"stepid\": 7, \"stepname\": \"x\", \"stepversion\": \"x\", \"ind\": 3, \"workflowstatus\": \"x\", \"started\": \"2016-08-10 02:00:00.758239 +02:00\", \"completed\": \"2016-08-10 02:00:00.758239 +02:00\", \"parent_workflow_instanceid\": 7, \"custom_status\": \"x\", \"priority\": 3, \"scheduled\": \"2016-08-10 02:00:00.758239 +02:00\", \"error_instanceid\": 7, \"error\": \"x\", \"description\": \"x\", \"info\": \"x\", \"severity\": \"x\", \"created\": \"2016-08-10 02:00:00.758239 +02:00\", \"retry\": \"o\", \"business_error\": \"o\", \"custom_status_desc\": \"x\", \"zz_extra\": 1}]");
    var result = client.orders().errors(11L).stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).started()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.get(0).workflowInstanceId()).isEqualTo(7L);
    assertThat(result.get(0).name()).isEqualTo("x");
    expect("GET", "/api/v2/orders/11", null, "action", "listErrors");
  }
  @Test
  void lock() throws Exception {
    reply("\"OK\"");
    client.orders().lock(11L, "s1");
    expect("PUT", "/api/v2/orders/11", "{\"note\":\"s1\"}", "action", "lock");
  }
  @Test
  void notes() throws Exception {
    reply("[{\"note_id\": 7, \"workflow_instanceid\": 7, \"saved\": \"o\", \"username\": \"x\", \"note\": \"x\", \"created\": \"2016-08-10 02:00:00.758239 +02:00\", \"modified\": \"2016-08-10 02:00:00.758239 +02:00\", \"count\": 3, \"zz_extra\": 1}]");
    var result = client.orders().notes(11L, 3).stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).created()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.get(0).noteId()).isEqualTo(7L);
    assertThat(result.get(0).username()).isEqualTo("x");
    expect("GET", "/api/v2/orders/11", null, "action", "notes", "limit", "3");
  }
  @Test
  void addNote() throws Exception {
    reply("\"OK\"");
    client.orders().addNote(11L, "s1");
    expect("POST", "/api/v2/orders/11", "{\"note\":\"s1\"}", "action", "notes");
  }
  @Test
  void reschedule() throws Exception {
    reply("\"OK\"");
    client.orders().reschedule(11L, OffsetDateTime.parse("2024-01-02T03:04:05Z"));
    expect("PUT", "/api/v2/orders/11", "{\"date\":\"2024-01-02T03:04:05Z\"}", "action", "reschedule");
  }
  @Test
  void retry() throws Exception {
    reply("{\"workflow_status\": \"x\", \"old_status\": \"x\", \"steps_updated\": 7, \"segments_updated\": 7, \"workflow_updated\": \"o\", \"cached\": \"o\", \"queued_detached_segments\": 7, \"queued_subworkflows\": 7, \"queued_async_messages\": 7, \"queued_sync_events\": 7, \"queued_async_retries\": 7, \"queued_retries\": 7, \"queued_fixed_retries\": 7, \"zz_extra\": 1}");
    var result = client.orders().retry(11L);
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.stepsUpdated()).isEqualTo(7L);
    assertThat(result.workflowStatus()).isEqualTo("x");
    expect("PUT", "/api/v2/orders/11", "{}", "action", "retry");
  }
  @Test
  void updateSensitiveData() throws Exception {
    reply("\"OK\"");
    secureClient.orders().updateSensitiveData(11L, "s1", "s1", Map.of("k", "v"), List.of("a", "b"), Map.of("k", "v"));
    expect("PUT", "/api/v2/orders/11", "{\"skey\":\"s1\",\"svalue\":\"s1\",\"data\":{\"k\":\"v\"},\"aliases\":[\"a\",\"b\"],\"meta\":{\"k\":\"v\"}}", "action", "sensitiveData");
  }
  @Test
  void setError() throws Exception {
    reply("{\"workflow_status\": \"x\", \"old_status\": \"x\", \"steps_updated\": 7, \"segments_updated\": 7, \"workflow_updated\": \"o\", \"cached\": \"o\", \"queued_detached_segments\": 7, \"queued_subworkflows\": 7, \"queued_async_messages\": 7, \"queued_sync_events\": 7, \"queued_async_retries\": 7, \"queued_retries\": 7, \"queued_fixed_retries\": 7, \"zz_extra\": 1}");
    var result = client.orders().setError(11L);
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.stepsUpdated()).isEqualTo(7L);
    assertThat(result.workflowStatus()).isEqualTo("x");
    expect("PUT", "/api/v2/orders/11", "{}", "action", "setError");
  }
  @Test
  void setPriority() throws Exception {
    reply("\"OK\"");
    client.orders().setPriority(11L, 3);
    expect("PUT", "/api/v2/orders/11", "{\"priority\":3}", "action", "setPriority");
  }
  @Test
  void skipStep() throws Exception {
    reply("\"OK\"");
    client.orders().skipStep(11L, 11L, "s1", true);
    expect("PUT", "/api/v2/orders/11", "{\"stepid\":11,\"ind\":\"s1\",\"noretry\":true}", "action", "skipStep");
  }
  @Test
  void updateStaticData() throws Exception {
    reply("\"OK\"");
    client.orders().updateStaticData(11L, Map.of("k", "v"));
    expect("PUT", "/api/v2/orders/11", "{\"newdata\":{\"k\":\"v\"}}", "action", "staticData");
  }
  @Test
  void unblock() throws Exception {
    reply("{\"workflow_status\": \"x\", \"old_status\": \"x\", \"steps_updated\": 7, \"segments_updated\": 7, \"workflow_updated\": \"o\", \"cached\": \"o\", \"queued_detached_segments\": 7, \"queued_subworkflows\": 7, \"queued_async_messages\": 7, \"queued_sync_events\": 7, \"queued_async_retries\": 7, \"queued_retries\": 7, \"queued_fixed_retries\": 7, \"zz_extra\": 1}");
    var result = client.orders().unblock(11L);
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.stepsUpdated()).isEqualTo(7L);
    assertThat(result.workflowStatus()).isEqualTo("x");
    expect("PUT", "/api/v2/orders/11", "{}", "action", "unblock");
  }
  @Test
  void uncancel() throws Exception {
    reply("{\"workflow_status\": \"x\", \"old_status\": \"x\", \"steps_updated\": 7, \"segments_updated\": 7, \"workflow_updated\": \"o\", \"cached\": \"o\", \"queued_detached_segments\": 7, \"queued_subworkflows\": 7, \"queued_async_messages\": 7, \"queued_sync_events\": 7, \"queued_async_retries\": 7, \"queued_retries\": 7, \"queued_fixed_retries\": 7, \"zz_extra\": 1}");
    var result = client.orders().uncancel(11L);
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.stepsUpdated()).isEqualTo(7L);
    assertThat(result.workflowStatus()).isEqualTo("x");
    expect("PUT", "/api/v2/orders/11", "{}", "action", "uncancel");
  }
  @Test
  void unlock() throws Exception {
    reply("\"OK\"");
    client.orders().unlock(11L, "s1");
    expect("PUT", "/api/v2/orders/11", "{\"note\":\"s1\"}", "action", "unlock");
  }
  @Test
  void updateKeys() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.orders().updateKeys(11L, Map.of("k", "v"), true).get("k")).isEqualTo("v");
    expect("PUT", "/api/v2/orders/11", "{\"orderkeys\":{\"k\":\"v\"},\"truncate\":true}", "action", "updateKeys");
  }
  @Test
  void yamlDynamicData() throws Exception {
    reply("\"a: 1\\nb: [x, y]\\n\"");
    assertThat(client.orders().yamlDynamicData(11L)).containsEntry("a", 1).containsEntry("b", List.of("x", "y"));
    expect("GET", "/api/v2/orders/11", null, "action", "yamlDynamicData");
  }
  @Test
  void updateYamlDynamicData() throws Exception {
    reply("\"OK\"");
    client.orders().updateYamlDynamicData(11L, Map.of("k", "v"));
    expect("PUT", "/api/v2/orders/11", "{\"newdata\":\"k: v\\n\"}", "action", "yamlDynamicData");
  }
  @Test
  void updateYamlSensitiveData() throws Exception {
    reply("\"OK\"");
    secureClient.orders().updateYamlSensitiveData(11L, "s1", "s1", Map.of("k", "v"), List.of("a", "b"), Map.of("k", "v"));
    expect("PUT", "/api/v2/orders/11", "{\"skey\":\"s1\",\"svalue\":\"s1\",\"data\":\"k: v\\n\",\"aliases\":[\"a\",\"b\"],\"meta\":{\"k\":\"v\"}}", "action", "yamlSensitiveData");
  }
  @Test
  void yamlSensitiveData() throws Exception {
    reply("{\"aliases\": [\"a\"], \"data\": \"ssn: 123-45\\n\", \"meta\": {\"a\":1}, \"zz_extra\": 1}");
    var result = secureClient.orders().yamlSensitiveData(11L, "s1", "s1");
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    expect("GET", "/api/v2/orders/11", null, "action", "yamlSensitiveData", "skey", "s1", "svalue", "s1");
  }
  @Test
  void updateYamlStaticData() throws Exception {
    reply("\"OK\"");
    client.orders().updateYamlStaticData(11L, Map.of("k", "v"));
    expect("PUT", "/api/v2/orders/11", "{\"newdata\":\"k: v\\n\"}", "action", "yamlStaticData");
  }
  @Test
  void yamlStaticData() throws Exception {
    reply("\"a: 1\\nb: [x, y]\\n\"");
    assertThat(client.orders().yamlStaticData(11L)).containsEntry("a", 1).containsEntry("b", List.of("x", "y"));
    expect("GET", "/api/v2/orders/11", null, "action", "yamlStaticData");
  }
}
