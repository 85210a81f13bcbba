package org.gedkit.qorus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Request-exact tests of every {@link ReleasesApi} operation (generated from the operation table, then kept). */
class ReleasesApiTest extends QorusApiTestSupport {

  @Test
  void search() throws Exception {
    reply("[{\"releaseid\": 7, \"name\": \"x\", \"description\": \"x\", \"created\": \"2016-08-10 02:00:00.758239 +02:00\", \"modified\": \"2016-08-10 02:00:00.758239 +02:00\", \"files\": [1], \"zz_extra\": 1}]");
    var result = client.releases().search(ReleaseSearchOptions.defaults()
        .withComponent("s1")
        .withComponentMaxDate(OffsetDateTime.parse("2024-01-02T03:04:05Z"))
        .withComponentMinDate(OffsetDateTime.parse("2024-01-02T03:04:05Z"))
        .withFileMaxDate(OffsetDateTime.parse("2024-01-02T03:04:05Z"))
        .withFileMinDate(OffsetDateTime.parse("2024-01-02T03:04:05Z"))
        .withFileName("s1")
        .withMaxDate(OffsetDateTime.parse("2024-01-02T03:04:05Z"))
        .withMinDate(OffsetDateTime.parse("2024-01-02T03:04:05Z"))
        .withWithComponents(true)
        .withPageSize(2)).stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).created()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.get(0).releaseId()).isEqualTo(7L);
    assertThat(result.get(0).name()).isEqualTo("x");
    expect("GET", "/api/v2/releases", null, "component", "s1", "component_maxdate", "2024-01-02T03:04:05Z", "component_mindate", "2024-01-02T03:04:05Z", "file_maxdate", "2024-01-02T03:04:05Z", "file_mindate", "2024-01-02T03:04:05Z", "file_name", "s1", "maxdate", "2024-01-02T03:04:05Z", "mindate", "2024-01-02T03:04:05Z", "with_components", "true", "limit", "2", "offset", "0");
  }
  @Test
  void get() throws Exception {
    reply("{\"releaseid\": 7, \"name\": \"x\", \"description\": \"x\", \"created\": \"2016-08-10 02:00:00.758239 +02:00\", \"modified\": \"2016-08-10 02:00:00.758239 +02:00\", \"files\": [1], \"zz_extra\": 1}");
    var result = client.releases().get("id 1");
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.created()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.releaseId()).isEqualTo(7L);
    assertThat(result.name()).isEqualTo("x");
    expect("GET", "/api/v2/releases/id%201", null);
  }
}
