package org.gedkit.qorus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Request-exact tests of every {@link MetricsApi} operation (generated from the operation table, then kept). */
class MetricsApiTest extends QorusApiTestSupport {

  @Test
  void metrics() throws Exception {
    reply("[{\"k\": \"v\"}]");
    assertThat(client.metrics().metrics()).hasSize(1);
    expect("GET", "/api/v2/api/metrics", null);
  }
}
