package org.gedkit.qorus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Request-exact tests of every {@link LogsApi} operation (generated from the operation table, then kept). */
class LogsApiTest extends QorusApiTestSupport {

  @Test
  void list() throws Exception {
    reply("[{\"type\": \"x\", \"log\": \"x\", \"log_url\": \"x\", \"name\": \"x\", \"version\": \"x\", \"workflowid\": 7, \"serviceid\": 7, \"jobid\": 7, \"servicetype\": \"x\", \"zz_extra\": 1}]");
    var result = client.logs().list().stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).workflowId()).isEqualTo(7L);
    assertThat(result.get(0).type()).isEqualTo("x");
    expect("GET", "/api/v2/logs", null);
  }
  @Test
  void names() throws Exception {
    reply("[{\"k\": \"v\"}]");
    assertThat(client.logs().names()).hasSize(1);
    expect("GET", "/api/v2/logs", null, "action", "list");
  }
}
