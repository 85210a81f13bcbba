package org.gedkit.qorus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.gedkit.core.http.RetryPolicy;
import org.gedkit.core.json.GedkitJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A MockWebServer and clients pointed at it; {@link #expect} checks the exact request sent. */
abstract class QorusApiTestSupport {

  static final String ZONE = "Europe/Paris";
  static final String BASIC = "Basic YWRtaW46czNjcjN0"; // admin:s3cr3t

  MockWebServer server;
  QorusClient client;
  QorusClient secureClient;

  @BeforeEach
  void startServer() throws Exception {
    server = new MockWebServer();
    mockwebserver3.QueueDispatcher dispatcher = new mockwebserver3.QueueDispatcher();
    dispatcher.setFailFast(new MockResponse.Builder().code(599).body("no reply queued").build());
    server.setDispatcher(dispatcher);
    server.start();
    client = newClient(false);
    secureClient = newClient(true);
  }

  QorusClient newClient(boolean loopbackSecure) {
    QorusClient.Builder b = QorusClient.builder().baseUrl(server.url("/").toString()).credentials("admin", "s3cr3t")
        .basicAuthOnly().timeZone(ZoneId.of(ZONE)).retryPolicy(RetryPolicy.none());
    if (loopbackSecure) {
      b.allowSensitiveDataOverLoopbackHttp();
    }
    return b.build();
  }

  @AfterEach
  void stopServer() throws Exception {
    client.close();
    secureClient.close();
    server.close();
  }

  void reply(String json) {
    reply(200, json);
  }

  void reply(int status, String body) {
    server.enqueue(new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json").body(body).build());
  }

  /**
   * Takes the next request and checks method, path, query (exactly these pairs, in any order), JSON body
   * (null: no body) and the Qorus headers.
   */
  RecordedRequest expect(String method, String path, String jsonBody, String... query) throws Exception {
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(r).as("a request was sent").isNotNull();
    assertThat(r.getMethod()).isEqualTo(method);
    HttpUrl url = r.getUrl();
    assertThat(url.encodedPath()).isEqualTo(path);
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < query.length; i += 2) {
      expected.add(query[i] + "=" + query[i + 1]);
    }
    List<String> actual = new ArrayList<>();
    for (int i = 0; i < url.querySize(); i++) {
      actual.add(url.queryParameterName(i) + "=" + url.queryParameterValue(i));
    }
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(r.getHeaders().get(QorusClient.TIME_ZONE_HEADER)).isEqualTo(ZONE);
    assertThat(r.getHeaders().get("Authorization")).isEqualTo(BASIC);
    if (jsonBody == null) {
      assertThat(r.getBodySize()).isZero();
    } else {
      assertThat(r.getHeaders().get("Content-Type")).startsWith("application/json");
      JsonNode sent = GedkitJson.mapper().readTree(r.getBody().utf8());
      assertThat(sent).isEqualTo(GedkitJson.mapper().readTree(jsonBody));
    }
    return r;
  }

  static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }
}
