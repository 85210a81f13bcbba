package org.gedkit.netexplorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;

/** Base of the part-2 request-exact tests: {@link MockServerTest} plus a take that expects no credentials. */
abstract class Part2MockServerTest extends MockServerTest {

  RecordedRequest takeUnauthenticated(String method, String target) throws InterruptedException {
    RecordedRequest r = server.takeRequest(Duration.ofSeconds(5).toMillis(), TimeUnit.MILLISECONDS);
    assertThat(r).as("a request was sent").isNotNull();
    assertThat(r.getMethod()).isEqualTo(method);
    assertThat(r.getTarget()).isEqualTo(target);
    assertThat(r.getHeaders().get("Authorization")).isNull();
    return r;
  }
}
