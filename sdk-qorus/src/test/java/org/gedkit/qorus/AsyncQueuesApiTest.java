package org.gedkit.qorus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Request-exact tests of every {@link AsyncQueuesApi} operation (generated from the operation table, then kept). */
class AsyncQueuesApiTest extends QorusApiTestSupport {

  @Test
  void list() throws Exception {
    reply("[{\"queueid\": 7, \"name\": \"x\", \"description\": \"x\", \"author\": \"x\", \"version\": \"x\", \"created\": \"2016-08-10 02:00:00.758239 +02:00\", \"modified\": \"2016-08-10 02:00:00.758239 +02:00\", \"zz_extra\": 1}]");
    var result = client.asyncQueues().list().stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).created()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.get(0).queueId()).isEqualTo(7L);
    assertThat(result.get(0).name()).isEqualTo("x");
    expect("GET", "/api/v2/async-queues", null);
  }
}
