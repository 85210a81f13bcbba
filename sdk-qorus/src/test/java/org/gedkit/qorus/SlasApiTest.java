package org.gedkit.qorus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Request-exact tests of every {@link SlasApi} operation (generated from the operation table, then kept). */
class SlasApiTest extends QorusApiTestSupport {

  @Test
  void list() throws Exception {
    reply("[{\"slaid\": 7, \"name\": \"x\", \"units\": \"x\", \"description\": \"x\", \"methods\": [1], \"jobs\": [1], \"zz_extra\": 1}]");
    var result = client.slas().list().stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).slaId()).isEqualTo(7L);
    assertThat(result.get(0).name()).isEqualTo("x");
    expect("GET", "/api/v2/slas", null);
  }
  @Test
  void create() throws Exception {
    reply("{\"slaid\": 7, \"name\": \"x\", \"units\": \"x\", \"description\": \"x\", \"methods\": [1], \"jobs\": [1], \"zz_extra\": 1}");
    var result = client.slas().create("s1", "s1", "s1");
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.slaId()).isEqualTo(7L);
    assertThat(result.name()).isEqualTo("x");
    expect("POST", "/api/v2/slas", "{\"name\":\"s1\",\"description\":\"s1\",\"units\":\"s1\"}");
  }
  @Test
  void events() throws Exception {
    reply("[{\"sla_eventid\": 7, \"slaid\": 7, \"name\": \"x\", \"value\": \"o\", \"producer\": \"x\", \"created\": \"2016-08-10 02:00:00.758239 +02:00\", \"success\": true, \"err\": \"x\", \"errdesc\": \"x\", \"zz_extra\": 1}]");
    var result = client.slas().events(SlaEventOptions.defaults()
        .withDesc(true)
        .withErr(List.of("a", "b"))
        .withErrDesc(List.of("a", "b"))
        .withName(List.of("a", "b"))
        .withMinDate(OffsetDateTime.parse("2024-01-02T03:04:05Z"))
        .withMaxDate(OffsetDateTime.parse("2024-01-02T03:04:05Z"))
        .withProducer(List.of("a", "b"))
        .withSlaId(List.of(1L, 2L))
        .withSort(List.of("a", "b"))
        .withSuccess(true)
        .withPageSize(2)).stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).created()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.get(0).slaEventId()).isEqualTo(7L);
    assertThat(result.get(0).name()).isEqualTo("x");
    expect("GET", "/api/v2/slas", null, "action", "events", "desc", "true", "err", "a,b", "errdesc", "a,b", "name", "a,b", "mindate", "2024-01-02T03:04:05Z", "maxdate", "2024-01-02T03:04:05Z", "producer", "a,b", "slaid", "1,2", "sort", "a,b", "success", "true", "limit", "2", "offset", "0");
  }
  @Test
  void performance() throws Exception {
    reply("[{\"k\": \"v\"}]");
    assertThat(client.slas().performance(SlaPerformanceOptions.defaults()
        .withErr(List.of("a", "b"))
        .withErrDesc(List.of("a", "b"))
        .withGrouping("s1")
        .withName(List.of("a", "b"))
        .withMaxDate(OffsetDateTime.parse("2024-01-02T03:04:05Z"))
        .withMinDate(OffsetDateTime.parse("2024-01-02T03:04:05Z"))
        .withProducer(List.of("a", "b"))
        .withSlaId(List.of(1L, 2L))
        .withSuccess(true))).hasSize(1);
    expect("GET", "/api/v2/slas", null, "action", "performance", "err", "a,b", "errdesc", "a,b", "grouping", "s1", "name", "a,b", "maxdate", "2024-01-02T03:04:05Z", "mindate", "2024-01-02T03:04:05Z", "producer", "a,b", "slaid", "1,2", "success", "true");
  }
  @Test
  void delete() throws Exception {
    reply("{\"slaid\": 7, \"name\": \"x\", \"units\": \"x\", \"description\": \"x\", \"methods\": [1], \"jobs\": [1], \"zz_extra\": 1}");
    var result = client.slas().delete("id 1");
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.slaId()).isEqualTo(7L);
    assertThat(result.name()).isEqualTo("x");
    expect("DELETE", "/api/v2/slas/id%201", null);
  }
  @Test
  void get() throws Exception {
    reply("{\"slaid\": 7, \"name\": \"x\", \"units\": \"x\", \"description\": \"x\", \"methods\": [1], \"jobs\": [1], \"zz_extra\": 1}");
    var result = client.slas().get("id 1");
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.slaId()).isEqualTo(7L);
    assertThat(result.name()).isEqualTo("x");
    expect("GET", "/api/v2/slas/id%201", null);
  }
  @Test
  void slaEvents() throws Exception {
    reply("[{\"sla_eventid\": 7, \"slaid\": 7, \"name\": \"x\", \"value\": \"o\", \"producer\": \"x\", \"created\": \"2016-08-10 02:00:00.758239 +02:00\", \"success\": true, \"err\": \"x\", \"errdesc\": \"x\", \"zz_extra\": 1}]");
    var result = client.slas().slaEvents("id 1", SlaEventOptions.defaults()
        .withDesc(true)
        .withErr(List.of("a", "b"))
        .withErrDesc(List.of("a", "b"))
        .withName(List.of("a", "b"))
        .withMinDate(OffsetDateTime.parse("2024-01-02T03:04:05Z"))
        .withMaxDate(OffsetDateTime.parse("2024-01-02T03:04:05Z"))
        .withProducer(List.of("a", "b"))
        .withSlaId(List.of(1L, 2L))
        .withSort(List.of("a", "b"))
        .withSuccess(true)
        .withPageSize(2)).stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).created()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.get(0).slaEventId()).isEqualTo(7L);
    assertThat(result.get(0).name()).isEqualTo("x");
    expect("GET", "/api/v2/slas/id%201", null, "action", "events", "desc", "true", "err", "a,b", "errdesc", "a,b", "name", "a,b", "mindate", "2024-01-02T03:04:05Z", "maxdate", "2024-01-02T03:04:05Z", "producer", "a,b", "slaid", "1,2", "sort", "a,b", "success", "true", "limit", "2", "offset", "0");
  }
  @Test
  void slaPerformance() throws Exception {
    reply("[{\"k\": \"v\"}]");
    assertThat(client.slas().slaPerformance("id 1", SlaPerformanceOptions.defaults()
        .withErr(List.of("a", "b"))
        .withErrDesc(List.of("a", "b"))
        .withGrouping("s1")
        .withName(List.of("a", "b"))
        .withMaxDate(OffsetDateTime.parse("2024-01-02T03:04:05Z"))
        .withMinDate(OffsetDateTime.parse("2024-01-02T03:04:05Z"))
        .withProducer(List.of("a", "b"))
        .withSlaId(List.of(1L, 2L))
        .withSuccess(true))).hasSize(1);
    expect("GET", "/api/v2/slas/id%201", null, "action", "performance", "err", "a,b", "errdesc", "a,b", "grouping", "s1", "name", "a,b", "maxdate", "2024-01-02T03:04:05Z", "mindate", "2024-01-02T03:04:05Z", "producer", "a,b", "slaid", "1,2", "success", "true");
  }
  @Test
  void removeJob() throws Exception {
    reply("{\"job\": \"x\", \"service\": \"x\", \"method\": \"x\", \"slaid\": 7, \"removed\": true, \"zz_extra\": 1}");
    var result = client.slas().removeJob("id 1", "s1");
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.slaId()).isEqualTo(7L);
    assertThat(result.job()).isEqualTo("x");
    expect("PUT", "/api/v2/slas/id%201", "{\"job\":\"s1\"}", "action", "removeJob");
  }
  @Test
  void removeMethod() throws Exception {
    reply("{\"job\": \"x\", \"service\": \"x\", \"method\": \"x\", \"slaid\": 7, \"removed\": true, \"zz_extra\": 1}");
    var result = client.slas().removeMethod("id 1", "s1", "s1");
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.slaId()).isEqualTo(7L);
    assertThat(result.job()).isEqualTo("x");
    expect("PUT", "/api/v2/slas/id%201", "{\"service\":\"s1\",\"method\":\"s1\"}", "action", "removeMethod");
  }
  @Test
  void setJob() throws Exception {
    reply("{\"job\": \"x\", \"service\": \"x\", \"method\": \"x\", \"slaid\": 7, \"removed\": true, \"zz_extra\": 1}");
    var result = client.slas().setJob("id 1", "s1");
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.slaId()).isEqualTo(7L);
    assertThat(result.job()).isEqualTo("x");
    expect("PUT", "/api/v2/slas/id%201", "{\"job\":\"s1\"}", "action", "setJob");
  }
  @Test
  void setMethod() throws Exception {
    reply("{\"job\": \"x\", \"service\": \"x\", \"method\": \"x\", \"slaid\": 7, \"removed\": true, \"zz_extra\": 1}");
    var result = client.slas().setMethod("id 1", "s1", "s1");
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.slaId()).isEqualTo(7L);
    assertThat(result.job()).isEqualTo("x");
    expect("PUT", "/api/v2/slas/id%201", "{\"service\":\"s1\",\"method\":\"s1\"}", "action", "setMethod");
  }
}
