package org.gedkit.netexplorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.gedkit.core.http.RetryPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Base of the request-exact tests: a MockWebServer and a client with a fixed token. */
abstract class MockServerTest {

  MockWebServer server;
  NetExplorerClient nx;

  @BeforeEach
  void startServer() throws Exception {
    server = new MockWebServer();
    server.start();
    nx = client().build();
  }

  NetExplorerClient.Builder client() {
    return NetExplorerClient.builder().baseUrl(server.url("/").toString()).token("tok")
        .sleeper(d -> { }).retryPolicy(RetryPolicy.none());
  }

  @AfterEach
  void stopServer() {
    nx.close();
    server.close();
  }

  void reply(int code, String body) {
    server.enqueue(new MockResponse.Builder().code(code).setHeader("Content-Type",
        body.startsWith("{") || body.startsWith("[") ? "application/json" : "text/plain").body(body).build());
  }

  void json(String body) {
    reply(200, body);
  }

  RecordedRequest take(String method, String target) throws InterruptedException {
    RecordedRequest r = server.takeRequest(Duration.ofSeconds(5).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    assertThat(r).as("a request was sent").isNotNull();
    assertThat(r.getMethod()).isEqualTo(method);
    assertThat(r.getTarget()).isEqualTo(target);
    assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer tok");
    return r;
  }

  static String body(RecordedRequest r) {
    return r.getBody() == null ? "" : r.getBody().utf8();
  }
}
