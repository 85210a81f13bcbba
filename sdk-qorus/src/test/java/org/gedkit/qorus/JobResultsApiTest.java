package org.gedkit.qorus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Request-exact tests of every {@link JobResultsApi} operation (generated from the operation table, then kept). */
class JobResultsApiTest extends QorusApiTestSupport {

  @Test
  void search() throws Exception {
    reply("[{\"name\": \"x\", \"version\": \"x\", \"jobid\": 7, \"job_instanceid\": 7, \"sessionid\": 7, \"jobstatus\": \"x\", \"info\": \"o\", \"started\": \"2016-08-10 02:00:00.758239 +02:00\", \"completed\": \"2016-08-10 02:00:00.758239 +02:00\", \"modified\": \"2016-08-10 02:00:00.758239 +02:00\", \"errors\": [1], \"audit\": [1], \"zz_extra\": 1}]");
    var result = client.jobResults().search(JobResultSearchOptions.defaults()
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
    expect("GET", "/api/v2/jobresults", null, "date", "2024-01-02T03:04:05Z", "desc", "true", "full", "true", "ids", "1,2", "sort", "a,b", "statuses", "a,b", "limit", "2", "offset", "0");
  }
  @Test
  void overview() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.jobResults().overview(OffsetDateTime.parse("2024-01-02T03:04:05Z"), true, true, List.of("a", "b")).get("k")).isEqualTo("v");
    expect("GET", "/api/v2/jobresults", null, "action", "overview", "date", "2024-01-02T03:04:05Z", "sqlcache", "true", "combined", "true", "jobs", "a,b");
  }
  @Test
  void get() throws Exception {
    reply("{\"name\": \"x\", \"version\": \"x\", \"jobid\": 7, \"job_instanceid\": 7, \"sessionid\": 7, \"jobstatus\": \"x\", \"info\": \"o\", \"started\": \"2016-08-10 02:00:00.758239 +02:00\", \"completed\": \"2016-08-10 02:00:00.758239 +02:00\", \"modified\": \"2016-08-10 02:00:00.758239 +02:00\", \"errors\": [1], \"audit\": [1], \"zz_extra\": 1}");
    var result = client.jobResults().get(11L);
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.started()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.jobId()).isEqualTo(7L);
    assertThat(result.name()).isEqualTo("x");
    expect("GET", "/api/v2/jobresults/11", null);
  }
}
