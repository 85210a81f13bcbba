package org.gedkit.qorus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Request-exact tests of every {@link MapperTypesApi} operation (generated from the operation table, then kept). */
class MapperTypesApiTest extends QorusApiTestSupport {

  @Test
  void list() throws Exception {
    reply("[{\"k\": \"v\"}]");
    assertThat(client.mapperTypes().list()).hasSize(1);
    expect("GET", "/api/v2/mappertypes", null);
  }
  @Test
  void get() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.mapperTypes().get("id 1").get("k")).isEqualTo("v");
    expect("GET", "/api/v2/mappertypes/id%201", null);
  }
}
