package org.gedkit.qorus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Request-exact tests of every {@link JobsApi} operation (generated from the operation table, then kept). */
class JobsApiTest extends QorusApiTestSupport {

  @Test
  void list() throws Exception {
    reply("[{\"jobid\": 7, \"name\": \"x\", \"description\": \"x\", \"version\": \"x\", \"author\": \"x\", \"single_instance\": true, \"sessionid\": 7, \"run_skipped\": true, \"code\": \"x\", \"month\": \"x\", \"day\": \"x\", \"wday\": \"x\", \"hour\": \"x\", \"minute\": \"x\", \"duration\": 7, \"last_executed\": \"2016-08-10 02:00:00.758239 +02:00\", \"last_executed_job_instanceid\": 7, \"created\": \"2016-08-10 02:00:00.758239 +02:00\", \"modified\": \"2016-08-10 02:00:00.758239 +02:00\", \"manually_updated\": \"o\", \"groups\": [1], \"lib\": {\"a\":1}, \"tags\": {\"a\":1}, \"connections\": [1], \"alerts\": [1], \"enabled\": true, \"db_active\": true, \"expiry_date\": \"2016-08-10 02:00:00.758239 +02:00\", \"next\": \"2016-08-10 02:00:00.758239 +02:00\", \"job_instanceid\": 7, \"trigger\": \"x\", \"active\": true, \"log\": \"x\", \"log_url\": \"x\", \"sched_type\": \"x\", \"sched_txt\": \"x\", \"options\": \"o\", \"mappers\": \"o\", \"vmaps\": \"o\", \"state\": {\"a\":1}, \"sla\": \"o\", \"remote\": true, \"zz_extra\": 1}]");
    var result = client.jobs().list(JobListOptions.defaults()
        .withDefOnly(true)
        .withDate(OffsetDateTime.parse("2024-01-02T03:04:05Z"))
        .withJobs(List.of("a", "b"))
        .withLibSource(true)
        .withSqlCache(true)
        .withStatus("s1")).stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).lastExecuted()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.get(0).jobId()).isEqualTo(7L);
    assertThat(result.get(0).name()).isEqualTo("x");
    expect("GET", "/api/v2/jobs", null, "defonly", "true", "date", "2024-01-02T03:04:05Z", "jobs", "a,b", "lib_source", "true", "sqlcache", "true", "status", "s1");
  }
  @Test
  void disableMany() throws Exception {
    reply("[{\"arg\": \"o\", \"info\": \"x\", \"workflowid\": 7, \"jobid\": 7, \"serviceid\": 7, \"type\": \"x\", \"name\": \"x\", \"version\": \"x\", \"job_instanceid\": 7, \"status\": \"x\", \"started\": \"o\", \"stopped\": \"o\", \"autostart\": 3, \"updated\": \"o\", \"exec_id\": 7, \"zz_extra\": 1}]");
    var result = client.jobs().disableMany(List.of("a", "b")).stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).workflowId()).isEqualTo(7L);
    assertThat(result.get(0).info()).isEqualTo("x");
    expect("PUT", "/api/v2/jobs", "{\"ids\":[\"a\",\"b\"]}", "action", "disable");
  }
  @Test
  void enableMany() throws Exception {
    reply("[{\"arg\": \"o\", \"info\": \"x\", \"workflowid\": 7, \"jobid\": 7, \"serviceid\": 7, \"type\": \"x\", \"name\": \"x\", \"version\": \"x\", \"job_instanceid\": 7, \"status\": \"x\", \"started\": \"o\", \"stopped\": \"o\", \"autostart\": 3, \"updated\": \"o\", \"exec_id\": 7, \"zz_extra\": 1}]");
    var result = client.jobs().enableMany(List.of("a", "b")).stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).workflowId()).isEqualTo(7L);
    assertThat(result.get(0).info()).isEqualTo("x");
    expect("PUT", "/api/v2/jobs", "{\"ids\":[\"a\",\"b\"]}", "action", "enable");
  }
  @Test
  void names() throws Exception {
    reply("[\"a\", \"b\"]");
    assertThat(client.jobs().names()).containsExactly("a", "b");
    expect("GET", "/api/v2/jobs", null, "action", "list");
  }
  @Test
  void resetMany() throws Exception {
    reply("[{\"arg\": \"o\", \"info\": \"x\", \"workflowid\": 7, \"jobid\": 7, \"serviceid\": 7, \"type\": \"x\", \"name\": \"x\", \"version\": \"x\", \"job_instanceid\": 7, \"status\": \"x\", \"started\": \"o\", \"stopped\": \"o\", \"autostart\": 3, \"updated\": \"o\", \"exec_id\": 7, \"zz_extra\": 1}]");
    var result = client.jobs().resetMany(List.of("a", "b")).stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).workflowId()).isEqualTo(7L);
    assertThat(result.get(0).info()).isEqualTo("x");
    expect("PUT", "/api/v2/jobs", "{\"ids\":[\"a\",\"b\"]}", "action", "reset");
  }
  @Test
  void runMany() throws Exception {
    reply("[{\"arg\": \"o\", \"info\": \"x\", \"workflowid\": 7, \"jobid\": 7, \"serviceid\": 7, \"type\": \"x\", \"name\": \"x\", \"version\": \"x\", \"job_instanceid\": 7, \"status\": \"x\", \"started\": \"o\", \"stopped\": \"o\", \"autostart\": 3, \"updated\": \"o\", \"exec_id\": 7, \"zz_extra\": 1}]");
    var result = client.jobs().runMany(List.of("a", "b")).stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).workflowId()).isEqualTo(7L);
    assertThat(result.get(0).info()).isEqualTo("x");
    expect("PUT", "/api/v2/jobs", "{\"ids\":[\"a\",\"b\"]}", "action", "run");
  }
  @Test
  void get() throws Exception {
    reply("{\"jobid\": 7, \"name\": \"x\", \"description\": \"x\", \"version\": \"x\", \"author\": \"x\", \"single_instance\": true, \"sessionid\": 7, \"run_skipped\": true, \"code\": \"x\", \"month\": \"x\", \"day\": \"x\", \"wday\": \"x\", \"hour\": \"x\", \"minute\": \"x\", \"duration\": 7, \"last_executed\": \"2016-08-10 02:00:00.758239 +02:00\", \"last_executed_job_instanceid\": 7, \"created\": \"2016-08-10 02:00:00.758239 +02:00\", \"modified\": \"2016-08-10 02:00:00.758239 +02:00\", \"manually_updated\": \"o\", \"groups\": [1], \"lib\": {\"a\":1}, \"tags\": {\"a\":1}, \"connections\": [1], \"alerts\": [1], \"enabled\": true, \"db_active\": true, \"expiry_date\": \"2016-08-10 02:00:00.758239 +02:00\", \"next\": \"2016-08-10 02:00:00.758239 +02:00\", \"job_instanceid\": 7, \"trigger\": \"x\", \"active\": true, \"log\": \"x\", \"log_url\": \"x\", \"sched_type\": \"x\", \"sched_txt\": \"x\", \"options\": \"o\", \"mappers\": \"o\", \"vmaps\": \"o\", \"state\": {\"a\":1}, \"sla\": \"o\", \"remote\": true, \"zz_extra\": 1}");
    var result = client.jobs().get("id 1");
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.lastExecuted()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.jobId()).isEqualTo(7L);
    assertThat(result.name()).isEqualTo("x");
    expect("GET", "/api/v2/jobs/id%201", null);
  }
  @Test
  void disable() throws Exception {
    reply("{\"jobid\": 7, \"name\": \"x\", \"version\": \"x\", \"info\": \"x\", \"job_instanceid\": 7, \"status\": \"x\", \"schedule\": \"x\", \"duration\": 7, \"active\": true, \"expiry_date\": \"2016-08-10 02:00:00.758239 +02:00\", \"zz_extra\": 1}");
    var result = client.jobs().disable("id 1");
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.expiryDate()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.jobId()).isEqualTo(7L);
    assertThat(result.name()).isEqualTo("x");
    expect("PUT", "/api/v2/jobs/id%201", "{}", "action", "disable");
  }
  @Test
  void enable() throws Exception {
    reply("{\"jobid\": 7, \"name\": \"x\", \"version\": \"x\", \"info\": \"x\", \"job_instanceid\": 7, \"status\": \"x\", \"schedule\": \"x\", \"duration\": 7, \"active\": true, \"expiry_date\": \"2016-08-10 02:00:00.758239 +02:00\", \"zz_extra\": 1}");
    var result = client.jobs().enable("id 1");
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.expiryDate()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.jobId()).isEqualTo(7L);
    assertThat(result.name()).isEqualTo("x");
    expect("PUT", "/api/v2/jobs/id%201", "{}", "action", "enable");
  }
  @Test
  void reset() throws Exception {
    reply("\"OK\"");
    client.jobs().reset("id 1");
    expect("PUT", "/api/v2/jobs/id%201", "{}", "action", "reset");
  }
  @Test
  void run() throws Exception {
    reply("{\"jobid\": 7, \"name\": \"x\", \"version\": \"x\", \"info\": \"x\", \"job_instanceid\": 7, \"status\": \"x\", \"schedule\": \"x\", \"duration\": 7, \"active\": true, \"expiry_date\": \"2016-08-10 02:00:00.758239 +02:00\", \"zz_extra\": 1}");
    var result = client.jobs().run("id 1");
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.expiryDate()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.jobId()).isEqualTo(7L);
    assertThat(result.name()).isEqualTo("x");
    expect("PUT", "/api/v2/jobs/id%201", "{}", "action", "run");
  }
  @Test
  void schedule() throws Exception {
    reply("{\"jobid\": 7, \"name\": \"x\", \"version\": \"x\", \"info\": \"x\", \"job_instanceid\": 7, \"status\": \"x\", \"schedule\": \"x\", \"duration\": 7, \"active\": true, \"expiry_date\": \"2016-08-10 02:00:00.758239 +02:00\", \"zz_extra\": 1}");
    var result = client.jobs().schedule("id 1", "s1", 11L);
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.expiryDate()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.jobId()).isEqualTo(7L);
    assertThat(result.name()).isEqualTo("x");
    expect("PUT", "/api/v2/jobs/id%201", "{\"schedule\":\"s1\",\"duration\":11}", "action", "schedule");
  }
  @Test
  void setActive() throws Exception {
    reply("{\"jobid\": 7, \"name\": \"x\", \"version\": \"x\", \"info\": \"x\", \"job_instanceid\": 7, \"status\": \"x\", \"schedule\": \"x\", \"duration\": 7, \"active\": true, \"expiry_date\": \"2016-08-10 02:00:00.758239 +02:00\", \"zz_extra\": 1}");
    var result = client.jobs().setActive("id 1", true);
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.expiryDate()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.jobId()).isEqualTo(7L);
    assertThat(result.name()).isEqualTo("x");
    expect("PUT", "/api/v2/jobs/id%201", "{\"active\":true}", "action", "setActive");
  }
  @Test
  void setExpire() throws Exception {
    reply("{\"jobid\": 7, \"name\": \"x\", \"version\": \"x\", \"info\": \"x\", \"job_instanceid\": 7, \"status\": \"x\", \"schedule\": \"x\", \"duration\": 7, \"active\": true, \"expiry_date\": \"2016-08-10 02:00:00.758239 +02:00\", \"zz_extra\": 1}");
    var result = client.jobs().setExpire("id 1", OffsetDateTime.parse("2024-01-02T03:04:05Z"));
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.expiryDate()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.jobId()).isEqualTo(7L);
    assertThat(result.name()).isEqualTo("x");
    expect("PUT", "/api/v2/jobs/id%201", "{\"date\":\"2024-01-02T03:04:05Z\"}", "action", "setExpire");
  }
  @Test
  void setExpiry() throws Exception {
    reply("{\"jobid\": 7, \"name\": \"x\", \"version\": \"x\", \"info\": \"x\", \"job_instanceid\": 7, \"status\": \"x\", \"schedule\": \"x\", \"duration\": 7, \"active\": true, \"expiry_date\": \"2016-08-10 02:00:00.758239 +02:00\", \"zz_extra\": 1}");
    var result = client.jobs().setExpiry("id 1", OffsetDateTime.parse("2024-01-02T03:04:05Z"));
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.expiryDate()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.jobId()).isEqualTo(7L);
    assertThat(result.name()).isEqualTo("x");
    expect("PUT", "/api/v2/jobs/id%201", "{\"date\":\"2024-01-02T03:04:05Z\"}", "action", "setExpiry");
  }
  @Test
  void setOptions() throws Exception {
    reply("\"OK\"");
    client.jobs().setOptions("id 1", Map.of("k", "v"));
    expect("PUT", "/api/v2/jobs/id%201", "{\"options\":{\"k\":\"v\"}}", "action", "setOptions");
  }
  @Test
  void setStateData() throws Exception {
    reply("\"OK\"");
    client.jobs().setStateData("id 1", Map.of("k", "v"));
    expect("PUT", "/api/v2/jobs/id%201", "{\"data\":{\"k\":\"v\"}}", "action", "setStateData");
  }
  @Test
  void results() throws Exception {
    reply("[{\"name\": \"x\", \"version\": \"x\", \"jobid\": 7, \"job_instanceid\": 7, \"sessionid\": 7, \"jobstatus\": \"x\", \"info\": \"o\", \"started\": \"2016-08-10 02:00:00.758239 +02:00\", \"completed\": \"2016-08-10 02:00:00.758239 +02:00\", \"modified\": \"2016-08-10 02:00:00.758239 +02:00\", \"errors\": [1], \"audit\": [1], \"zz_extra\": 1}]");
    var result = client.jobs().results("id 1", JobResultOptions.defaults()
        .withDate(OffsetDateTime.parse("2024-01-02T03:04:05Z"))
        .withDesc(true)
        .withFull(true)
        .withIds(List.of(1L, 2L))
        .withSort(List.of("a", "b"))
        .withStatuses(List.of("a", "b"))
        .withPageSize(2)).stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).started()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.get(0).jobId()).isEqualTo(7L);
    assertThat(result.get(0).name()).isEqualTo("x");
    expect("GET", "/api/v2/jobs/id%201/results", null, "date", "2024-01-02T03:04:05Z", "desc", "true", "full", "true", "ids", "1,2", "sort", "a,b", "statuses", "a,b", "limit", "2", "offset", "0");
  }
  @Test
  void resultsOverview() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.jobs().resultsOverview("id 1", OffsetDateTime.parse("2024-01-02T03:04:05Z"), true, true).get("k")).isEqualTo("v");
    expect("GET", "/api/v2/jobs/id%201/results", null, "action", "overview", "date", "2024-01-02T03:04:05Z", "sqlcache", "true", "combined", "true");
  }
}
