package org.gedkit.ezged;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.gedkit.core.http.RetryPolicy;
import org.gedkit.testkit.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** MockWebServer plumbing shared by the request-exact tests. */
abstract class EzGedMockSupport {

  static final String SESSION = "640418229";

  MockWebServer server;
  EzGedClient client;
  final MutableClock clock = MutableClock.startingNow();
  final List<Duration> sleeps = new ArrayList<>();

  @BeforeEach
  void startServer() throws IOException {
    server = new MockWebServer();
    server.start();
    client = newClient().build();
  }

  EzGedClient.Builder newClient() {
    return EzGedClient.builder().baseUrl(server.url("/ezged").toString()).credentials("admin", "admin")
        .okHttpClient(new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(5)).build())
        .clock(clock).sleeper(d -> {
          sleeps.add(d);
          clock.advance(d);
        }).retryPolicy(RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(1)).build());
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  static String seed(String name) {
    try (InputStream in = EzGedMockSupport.class.getResourceAsStream("seed/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing seed fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void enqueue(String json) {
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(json)
        .build());
  }

  void enqueueSeed(String name) {
    enqueue(seed(name));
  }

  /** Queues the document's login reply (session 640418229) and logs in, consuming the login request. */
  RecordedRequest login() throws InterruptedException {
    enqueueSeed("sec-authenticate.json");
    client.session().login();
    return server.takeRequest();
  }

  RecordedRequest take() throws InterruptedException {
    return server.takeRequest();
  }

  static Map<String, String> query(RecordedRequest r) {
    HttpUrl u = r.getUrl();
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < u.querySize(); i++) {
      m.put(u.queryParameterName(i), u.queryParameterValue(i));
    }
    return m;
  }

  static Map<String, String> form(RecordedRequest r) {
    Map<String, String> m = new LinkedHashMap<>();
    String body = r.getBody() == null ? "" : r.getBody().utf8();
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      m.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return m;
  }

  static Instant t0() {
    return Instant.parse("2026-01-01T00:00:00Z");
  }
}
