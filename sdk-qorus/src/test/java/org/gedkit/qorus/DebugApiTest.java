package org.gedkit.qorus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Request-exact tests of every {@link DebugApi} operation (generated from the operation table, then kept). */
class DebugApiTest extends QorusApiTestSupport {

  @Test
  void threads() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.debug().threads().get("k").asText()).isEqualTo("v");
    expect("GET", "/api/v2/debug/threads", null);
  }
  @Test
  void thread() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.debug().thread(11L).get("k").asText()).isEqualTo("v");
    expect("GET", "/api/v2/debug/threads/11", null);
  }
}
