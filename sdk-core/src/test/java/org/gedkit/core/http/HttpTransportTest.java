package org.gedkit.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.gedkit.core.auth.IssuedSession;
import org.gedkit.core.auth.SessionAuthorizer;
import org.gedkit.core.auth.SessionManager;
import org.gedkit.core.error.AuthenticationException;
import org.gedkit.core.error.GedkitException;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.error.NotFoundException;
import org.gedkit.core.error.ProtocolException;
import org.gedkit.core.error.RateLimitedException;
import org.gedkit.core.error.ServerException;
import org.gedkit.core.error.TransportException;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.core.testing.FlakySocketFactory;
import org.gedkit.core.testing.LogCapture;
import org.gedkit.core.testing.RecordingSleeper;
import org.gedkit.core.testing.TestClock;
import org.junit.jupiter.api.Test;

class HttpTransportTest {

  @StartStop private final MockWebServer server = new MockWebServer();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final TestClock clock = TestClock.at("2026-01-01T00:00:00Z");

  /** A model as adapters write them. */
  record Item(@JsonProperty("id") long id, @JsonProperty("name") String name,
      @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {
    Item {
      extra = ExtraFields.copyOf(extra);
    }
  }

  private HttpTransport.Builder builder() {
    return HttpTransport.builder("testbe").baseUrl(server.url("/base/")).clock(clock).sleeper(sleeper)
        .retryPolicy(RetryPolicy.builder().jitter(0).initialBackoff(Duration.ofMillis(100)).build());
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
  }

  private static Map<String, String> decodeForm(String body) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      m.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return m;
  }

  @Test
  void sendsTheExactGetRequestWithEncodedPathParametersQueryHeadersAndUserAgent() throws Exception {
    server.enqueue(json(200, "{\"id\":\"7\",\"name\":\"n\",\"color\":\"blue\"}"));
    HttpTransport t = builder().defaultHeader("X-Default", "d").build();

    Item item = t.execute(ApiRequest.get("items.get").path("api/v2/items").pathParam("../x").pathParam("a b/c?d#e")
        .query("depth", 1).query("skip", null).query("q", "a&b=c").header("X-Trace", "t1").build(), Item.class);

    assertThat(item.id()).isEqualTo(7);
    assertThat(item.extra()).containsEntry("color", "blue");
    RecordedRequest r = server.takeRequest();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/base/api/v2/items/..%2Fx/a%20b%2Fc%3Fd%23e");
    assertThat(r.getUrl().pathSegments()).containsExactly("base", "api", "v2", "items", "../x", "a b/c?d#e");
    assertThat(r.getUrl().encodedQuery()).isEqualTo("depth=1&q=a%26b%3Dc");
    assertThat(r.getHeaders().get("User-Agent")).isEqualTo("gedkit/" + GedkitVersion.version());
    assertThat(GedkitVersion.version()).matches("\\d+\\.\\d+\\.\\d+.*");
    assertThat(r.getHeaders().get("X-Trace")).isEqualTo("t1");
    assertThat(r.getHeaders().get("X-Default")).isEqualTo("d");
    assertThat(r.getBodySize()).isZero();
  }

  @Test
  void pathParamRejectsDotSegmentsAndBlanks() {
    for (String bad : new String[] {".", "..", "", " "}) {
      assertThatThrownBy(() -> ApiRequest.get("op").pathParam(bad)).isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("op");
    }
    assertThatThrownBy(() -> ApiRequest.get("op").pathParam(null)).isInstanceOf(InvalidArgumentException.class);
  }

  @Test
  void baseUrlWithoutTrailingSlashKeepsItsPrefixAndDropsQuery() throws Exception {
    server.enqueue(json(200, "{}"));
    HttpTransport t = builder().baseUrl(server.url("/prefix?x=1").toString()).build();
    t.executeDiscarding(ApiRequest.get("op").path("/a//b/").pathParam(42).build());
    assertThat(server.takeRequest().getTarget()).isEqualTo("/prefix/a/b/42");
    assertThat(t.baseUrl().query()).isNull();
  }

  @Test
  void invalidBaseUrlIsRejected() {
    assertThatThrownBy(() -> HttpTransport.builder("b").baseUrl("ftp://x")).isInstanceOf(InvalidArgumentException.class);
    assertThatThrownBy(() -> HttpTransport.builder("b").baseUrl((String) null)).isInstanceOf(InvalidArgumentException.class);
    assertThatThrownBy(() -> HttpTransport.builder("b").build()).isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("baseUrl");
  }

  @Test
  void sendsAFormBodyAndAddsAuthorizerFieldsToIt() throws Exception {
    server.enqueue(json(200, "{}"));
    HttpTransport t = builder().authorizer(new RequestAuthorizer() {
      @Override
      public Object authorize(AuthTarget target) {
        target.formField("sessionid", "S-1");
        return "S-1";
      }

      @Override
      public void sessionExpired(Object stamp) {}
    }).build();
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("user", "jo");
    form.put("note", "a b&c=d é");
    form.put("absent", null);
    t.executeDiscarding(ApiRequest.post("login").path("service.php").formBody(form).build());

    RecordedRequest r = server.takeRequest();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getHeaders().get("Content-Type")).startsWith("application/x-www-form-urlencoded");
    assertThat(decodeForm(r.getBody().utf8())).containsExactly(Map.entry("user", "jo"),
        Map.entry("note", "a b&c=d é"), Map.entry("sessionid", "S-1"));
    assertThat(r.getUrl().query()).isNull();
  }

  @Test
  void authorizerFormFieldGoesToTheQueryWithoutAFormAndHeadersAreSet() throws Exception {
    server.enqueue(json(200, "{}"));
    HttpTransport t = builder().authorizer(new RequestAuthorizer() {
      @Override
      public Object authorize(AuthTarget target) {
        target.formField("sessionid", "S-2");
        target.queryParameter("k", "v");
        target.header("X-Auth", "h");
        return "S-2";
      }

      @Override
      public void sessionExpired(Object stamp) {}
    }).build();
    t.executeDiscarding(ApiRequest.get("op").path("x").query("k", "user").build());
    RecordedRequest r = server.takeRequest();
    assertThat(r.getUrl().queryParameter("sessionid")).isEqualTo("S-2");
    assertThat(r.getUrl().queryParameterValues("k")).containsExactly("v");
    assertThat(r.getHeaders().get("X-Auth")).isEqualTo("h");
  }

  @Test
  void unauthenticatedRequestsGetNoCredentials() throws Exception {
    server.enqueue(json(200, "{}"));
    AtomicInteger calls = new AtomicInteger();
    HttpTransport t = builder().authorizer(new RequestAuthorizer() {
      @Override
      public Object authorize(AuthTarget target) {
        calls.incrementAndGet();
        target.header("Authorization", "x");
        return "x";
      }

      @Override
      public void sessionExpired(Object stamp) {}
    }).build();
    t.executeDiscarding(ApiRequest.post("login").path("login").authenticated(false).build());
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isNull();
    assertThat(calls).hasValue(0);
  }

  @Test
  void sendsAJsonBodyAndReadsGenericTypes() throws Exception {
    server.enqueue(json(200, "[{\"id\":1,\"name\":\"a\"},{\"id\":2,\"name\":\"b\"}]"));
    HttpTransport t = builder().build();
    List<Item> items = t.execute(ApiRequest.put("items.put").path("items").jsonBody(Map.of("name", "x")).build(),
        new TypeReference<List<Item>>() {});
    assertThat(items).extracting(Item::name).containsExactly("a", "b");
    RecordedRequest r = server.takeRequest();
    assertThat(r.getMethod()).isEqualTo("PUT");
    assertThat(r.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(r.getBody().utf8()).isEqualTo("{\"name\":\"x\"}");
  }

  @Test
  void unserialisableJsonBodyIsAnInvalidArgument() {
    Object selfish = new Object() {
      @SuppressWarnings("unused")
      public Object getSelf() {
        return this;
      }
    };
    assertThatThrownBy(() -> ApiRequest.post("op").jsonBody(selfish)).isInstanceOf(InvalidArgumentException.class);
  }

  @Test
  void retriesA503HonouringRetryAfterSeconds() throws Exception {
    server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "2").build());
    server.enqueue(json(200, "{\"id\":1}"));
    Item item = builder().build().execute(ApiRequest.get("op").path("x").build(), Item.class);
    assertThat(item.id()).isEqualTo(1);
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void retriesA429HonouringRetryAfterAsAnHttpDate() {
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(clock.instant().plusSeconds(7).atOffset(ZoneOffset.UTC));
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", date).build());
    server.enqueue(json(200, "{}"));
    builder().build().executeDiscarding(ApiRequest.get("op").path("x").build());
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void aRetryAfterLongerThanTheCapEndsTheRetries() {
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "3600").build());
    assertThatThrownBy(() -> builder().build().executeDiscarding(ApiRequest.get("op").path("x").build()))
        .isInstanceOfSatisfying(RateLimitedException.class, e -> {
          assertThat(e.retryAfter()).contains(Duration.ofHours(1));
          assertThat(e.isRetryable()).isTrue();
          assertThat(e.status()).hasValue(429);
        });
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void backsOffExponentiallyThenGivesUp() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder().code(502).build());
    }
    HttpTransport t = builder().retryPolicy(RetryPolicy.builder().maxAttempts(3).jitter(0)
        .initialBackoff(Duration.ofMillis(100)).maxBackoff(Duration.ofMillis(150)).build()).build();
    assertThatThrownBy(() -> t.executeDiscarding(ApiRequest.get("op").path("x").build()))
        .isInstanceOfSatisfying(ServerException.class, e -> {
          assertThat(e.isRetryable()).isTrue();
          assertThat(e.status()).hasValue(502);
        });
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(100), Duration.ofMillis(150));
  }

  @Test
  void doesNotRetryAPostThatReachedTheServer() {
    server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "1").build());
    HttpTransport t = builder().build();
    assertThatThrownBy(() -> t.executeDiscarding(ApiRequest.post("orders.create").path("orders").jsonBody(Map.of()).build()))
        .isInstanceOf(RateLimitedException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void doesNotRetryAPostWhoseConnectionDroppedAfterSending() {
    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket(true, true, true)).build());
    server.enqueue(json(200, "{}"));
    HttpTransport t = builder().build();
    assertThatThrownBy(() -> t.executeDiscarding(ApiRequest.post("orders.create").path("orders").jsonBody(Map.of()).build()))
        .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.isRetryable()).isFalse());
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void doesNotReplayAPostOnAReusedConnectionThatDroppedAfterSending() {
    // OkHttp retries a request on a fresh connection when a reused pooled one fails: never for a POST
    server.enqueue(json(200, "{\"id\":1}"));
    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket(true, true, true)).build());
    server.enqueue(json(200, "{\"id\":2}"));
    HttpTransport t = builder().build();
    assertThat(t.execute(ApiRequest.get("op").path("x").build(), Item.class).id()).isEqualTo(1);
    assertThatThrownBy(() -> t.executeDiscarding(ApiRequest.post("orders.create").path("orders").jsonBody(Map.of()).build()))
        .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.isRetryable()).isFalse());
    assertThat(server.getRequestCount()).as("the POST was sent once").isEqualTo(2);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void replaysAnIdempotentCallOnAReusedConnectionThatDropped() {
    server.enqueue(json(200, "{\"id\":1}"));
    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket(true, true, true)).build());
    server.enqueue(json(200, "{\"id\":2}"));
    HttpTransport t = builder().build();
    assertThat(t.execute(ApiRequest.get("op").path("x").build(), Item.class).id()).isEqualTo(1);
    assertThat(t.execute(ApiRequest.put("op").path("x").jsonBody(Map.of()).build(), Item.class).id()).isEqualTo(2);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void retriesAnIdempotentCallWhoseConnectionDropped() {
    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket(true, true, true)).build());
    server.enqueue(json(200, "{\"id\":3}"));
    Item item = builder().build().execute(ApiRequest.get("op").path("x").build(), Item.class);
    assertThat(item.id()).isEqualTo(3);
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sleeper.waits()).hasSize(1);
  }

  @Test
  void retriesAnIdempotentCallWhoseBodyWasCutAndAPostMarkedIdempotent() {
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .body("{\"id\":1,\"name\":\"" + "x".repeat(100_000) + "\"}")
        .onResponseBody(new SocketEffect.CloseSocket(true, true, true)).build());
    server.enqueue(json(200, "{\"id\":4}"));
    Item item = builder().build().execute(ApiRequest.post("search").path("search").idempotent(true).build(), Item.class);
    assertThat(item.id()).isEqualTo(4);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  private static String itemsJson(int n) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : ",").append("{\"id\":").append(i).append(",\"name\":\"item ").append(i)
          .append("\",\"note\":\"").append("n".repeat(i % 17)).append("\"}");
    }
    return sb.append(']').toString();
  }

  @Test
  void readsSmallAndLargeRepliesWholeHoweverTheyArrive() {
    String small = itemsJson(20);
    String large = itemsJson(5_000);
    assertThat(large.length()).isGreaterThan(100_000);
    // a small reply, a large one with a length sent in pieces of 1 000 bytes (read in full buffers), and a large one
    // without a length (chunked: read as it comes)
    server.enqueue(json(200, small));
    server.enqueue(new MockResponse.Builder(json(200, large)).throttleBody(1000, 0, TimeUnit.MILLISECONDS).build());
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .chunkedBody(large, 777).build());
    server.enqueue(json(200, large));
    HttpTransport t = builder().build();
    TypeReference<List<Item>> items = new TypeReference<>() {};
    List<Item> first = t.execute(ApiRequest.get("op").path("x").build(), items);
    List<Item> second = t.execute(ApiRequest.get("op").path("x").build(), items);
    List<Item> third = t.execute(ApiRequest.get("op").path("x").build(), items);
    com.fasterxml.jackson.databind.JsonNode tree = t.execute(ApiRequest.get("op").path("x").build(), ApiResponse::jsonTree);
    assertThat(first).hasSize(20);
    assertThat(first.get(19).extra()).containsEntry("note", "n".repeat(2));
    for (List<Item> l : List.of(second, third)) {
      assertThat(l).hasSize(5_000);
      assertThat(l.get(4_999).name()).isEqualTo("item 4999");
      assertThat(l.get(4_998).extra()).containsEntry("note", "n".repeat(4_998 % 17));
    }
    assertThat(tree.size()).isEqualTo(5_000);
    assertThat(tree.get(4_999).get("name").asText()).isEqualTo("item 4999");
  }

  @Test
  void aSmallReplyCutBeforeItsEndIsATransportFailureAndAnIdempotentCallIsRetried() {
    server.enqueue(new MockResponse.Builder(json(200, itemsJson(50)))
        .onResponseBody(new SocketEffect.CloseSocket(true, true, true)).build());
    server.enqueue(json(200, "{\"id\":5}"));
    server.enqueue(new MockResponse.Builder(json(200, itemsJson(50)))
        .onResponseBody(new SocketEffect.CloseSocket(true, true, true)).build());
    HttpTransport t = builder().build();
    assertThat(t.execute(ApiRequest.get("op").path("x").build(), Item.class).id()).isEqualTo(5);
    assertThatThrownBy(() -> t.execute(ApiRequest.post("create").path("x").build(), Item.class))
        .isInstanceOf(TransportException.class)
        .hasMessageContaining("could not be read");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void retriesAPostWhenTheConnectionWasRefused() throws Exception {
    FlakySocketFactory sockets = new FlakySocketFactory(1);
    server.enqueue(json(200, "{\"id\":9}"));
    HttpTransport t = builder().okHttpClient(new OkHttpClient.Builder().socketFactory(sockets).build()).build();
    Item item = t.execute(ApiRequest.post("orders.create").path("orders").jsonBody(Map.of("a", 1)).build(), Item.class);
    assertThat(item.id()).isEqualTo(9);
    assertThat(sockets.attempts()).isEqualTo(2);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(server.takeRequest().getBody().utf8()).isEqualTo("{\"a\":1}");
    assertThat(sleeper.waits()).hasSize(1);
  }

  @Test
  void aConnectFailureIsATransportException() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    HttpTransport t = builder().baseUrl("http://127.0.0.1:" + port + "/api").build();
    assertThatThrownBy(() -> t.executeDiscarding(ApiRequest.get("files.list").path("files").query("token", "SECRET-1").build()))
        .isInstanceOfSatisfying(TransportException.class, e -> {
          assertThat(e.isRetryable()).isTrue();
          assertThat(e.status()).isEmpty();
          assertThat(e.backend()).isEqualTo("testbe");
          assertThat(e.operation()).isEqualTo("files.list");
          assertThat(e.httpMethod()).contains("GET");
          assertThat(e.getMessage()).startsWith("[testbe] files.list GET http://127.0.0.1:" + port)
              .contains("connection refused").contains("token=***").doesNotContain("SECRET-1");
        });
    assertThat(sleeper.waits()).hasSize(3);
  }

  @Test
  void a500IsAServerExceptionNotRetriedWithTheVendorCodeAndMessage() {
    server.enqueue(json(500, "{\"code\":\"E42\",\"message\":\"database\\nis down\"}"));
    assertThatThrownBy(() -> builder().build().executeDiscarding(ApiRequest.get("op").path("x").build()))
        .isInstanceOfSatisfying(ServerException.class, e -> {
          assertThat(e.isRetryable()).isFalse();
          assertThat(e.status()).hasValue(500);
          assertThat(e.vendorCode()).contains("E42");
          assertThat(e.vendorMessage()).contains("database\nis down");
          assertThat(e.getMessage()).doesNotContain("\n").contains("vendor code E42")
              .contains("vendor message \"database is down\"");
        });
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void errorStatusesBecomeTheirKinds() {
    server.enqueue(new MockResponse.Builder().code(404).setHeader("Content-Type", "text/plain").body("no such file").build());
    server.enqueue(new MockResponse.Builder().code(502).setHeader("Content-Type", "text/html")
        .body("<!DOCTYPE html><html><body>Bad gateway</body></html>").build());
    HttpTransport t = builder().retryPolicy(RetryPolicy.none()).build();
    assertThatThrownBy(() -> t.executeDiscarding(ApiRequest.get("files.get").path("f").build()))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.vendorMessage()).contains("no such file"));
    assertThatThrownBy(() -> t.executeDiscarding(ApiRequest.get("files.get").path("f").build()))
        .isInstanceOfSatisfying(ServerException.class, e -> {
          assertThat(e.vendorMessage()).isEmpty();
          assertThat(e.isRetryable()).isTrue();
        });
    assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
  }

  @Test
  void anHtmlPageInsteadOfJsonIsAProtocolException() {
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "text/html; charset=utf-8")
        .body("<html><body><h1>Login</h1>\n<p>Please sign in</p></body></html>").build());
    assertThatThrownBy(() -> builder().build().execute(ApiRequest.get("folders.list").path("f").build(), Item.class))
        .isInstanceOfSatisfying(ProtocolException.class, e -> {
          assertThat(e.getMessage()).contains("[testbe] folders.list").contains("text/html").contains("Please sign in");
          assertThat(e.status()).hasValue(200);
        });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void onlyAnHtmlMediaTypeIsRefusedWhateverTheCaseOfItsHeader() {
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "APPLICATION/XHTML+XML")
        .body("<html/>").build());
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json; profile=\"html\"")
        .body("{\"id\": 3, \"name\": \"x\"}").build());
    HttpTransport t = builder().build();
    assertThatThrownBy(() -> t.execute(ApiRequest.get("folders.list").path("f").build(), Item.class))
        .isInstanceOf(ProtocolException.class).hasMessageContaining("application/xhtml+xml");
    assertThat(t.execute(ApiRequest.get("folders.list").path("f").build(), Item.class)).isNotNull();
  }

  @Test
  void malformedJsonIsAProtocolExceptionNamingBackendAndOperationNeverAJacksonOne() {
    server.enqueue(json(200, "{\"id\": 1,"));
    server.enqueue(json(200, "[1,2]"));
    server.enqueue(json(200, "{\"id\":\"not a number\"}"));
    server.enqueue(json(200, ""));
    HttpTransport t = builder().build();
    for (int i = 0; i < 4; i++) {
      assertThatThrownBy(() -> t.execute(ApiRequest.get("folders.get").path("f").build(), Item.class))
          .isInstanceOfSatisfying(ProtocolException.class, e -> {
            assertThat(e.getMessage()).startsWith("[testbe] folders.get GET");
            assertThat(e.isRetryable()).isFalse();
            assertThat(e.getCause() instanceof JsonProcessingException).isFalse();
          });
    }
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void handlerFailuresBecomeProtocolExceptions() {
    server.enqueue(json(200, "{\"data\":{\"id\":[1]}}"));
    server.enqueue(json(200, "{\"data\":null}"));
    server.enqueue(json(200, "{\"ok\":false}"));
    HttpTransport t = builder().build();
    assertThatThrownBy(() -> t.execute(ApiRequest.get("op").path("x").build(),
        r -> r.convert(r.jsonTree().get("data"), Item.class))).isInstanceOf(ProtocolException.class)
        .hasMessageContaining("Item");
    assertThatThrownBy(() -> t.execute(ApiRequest.get("op").path("x").build(),
        r -> r.jsonTree().get("data").get("id").asLong())).isInstanceOf(ProtocolException.class)
        .hasMessageContaining("NullPointerException");
    assertThatThrownBy(() -> t.execute(ApiRequest.get("op").path("x").build(), r -> {
      throw r.protocolError("ok is false");
    })).isInstanceOf(ProtocolException.class).hasMessageEndingWith(": ok is false");
  }

  @Test
  void passErrorsToHandlerLetsTheHandlerReadErrorReplies() {
    server.enqueue(new MockResponse.Builder().code(418).setHeader("X-Why", "teapot").body("short and stout").build());
    String seen = builder().build().execute(ApiRequest.get("op").path("x").passErrorsToHandler(true).build(),
        r -> r.status() + " " + r.isSuccessful() + " " + r.header("X-Why").orElse("") + " " + r.bodyText(5) + " "
            + r.contentLength().orElse(-1) + " " + r.contentType().isPresent() + " " + r.headers().size()
            + " " + r.request().operation() + " " + r.retryAfter().isPresent());
    assertThat(seen).startsWith("418 false teapot short 15 ").endsWith(" op false");
  }

  @Test
  void aTimeoutIsARetryableTransportException() {
    server.enqueue(new MockResponse.Builder().code(200).body("{}").headersDelay(2, TimeUnit.SECONDS).build());
    HttpTransport t = builder().readTimeout(Duration.ofMillis(100)).connectTimeout(Duration.ofSeconds(2))
        .callTimeout(Duration.ofSeconds(5)).retryPolicy(RetryPolicy.none()).build();
    assertThatThrownBy(() -> t.executeDiscarding(ApiRequest.get("op").path("x").build()))
        .isInstanceOfSatisfying(TransportException.class, e -> {
          assertThat(e.isRetryable()).isTrue();
          assertThat(e.getMessage()).contains("timed out");
        });
  }

  @Test
  void anInterruptedWaitStopsTheRetries() {
    server.enqueue(new MockResponse.Builder().code(503).build());
    HttpTransport t = builder().sleeper(d -> {
      throw new InterruptedException();
    }).build();
    try {
      assertThatThrownBy(() -> t.executeDiscarding(ApiRequest.get("op").path("x").build()))
          .isInstanceOf(TransportException.class).hasMessageContaining("interrupted");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void aOneShotBodyIsNeverReplayed() {
    server.enqueue(new MockResponse.Builder().code(503).build());
    HttpTransport t = builder().build();
    assertThatThrownBy(() -> t.executeDiscarding(ApiRequest.put("up").path("x")
        .body(okhttp3.RequestBody.create(new byte[] {1, 2}, null), false).build()))
        .isInstanceOf(ServerException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void renewsAnExpiredSessionOnceAndReplays() throws Exception {
    AtomicInteger logins = new AtomicInteger();
    SessionManager<String> sessions = SessionManager.builder("testbe",
        () -> IssuedSession.of("tok-" + logins.incrementAndGet())).clock(clock).build();
    HttpTransport t = builder().authorizer(new SessionAuthorizer<>(sessions, (s, target) -> target.header(
        "Authorization", "Bearer " + s))).build();
    server.enqueue(json(401, "{\"message\":\"session expired\"}"));
    server.enqueue(json(200, "{\"id\":5}"));

    Item item = t.execute(ApiRequest.post("orders.create").path("orders").jsonBody(Map.of("q", 1)).build(), Item.class);

    assertThat(item.id()).isEqualTo(5);
    assertThat(sessions.loginCount()).isEqualTo(2);
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer tok-1");
    RecordedRequest replay = server.takeRequest();
    assertThat(replay.getHeaders().get("Authorization")).isEqualTo("Bearer tok-2");
    assertThat(replay.getBody().utf8()).isEqualTo("{\"q\":1}");
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void aSecond401Surfaces() {
    AtomicInteger logins = new AtomicInteger();
    SessionManager<String> sessions = SessionManager.builder("testbe",
        () -> IssuedSession.of("tok-" + logins.incrementAndGet())).build();
    HttpTransport t = builder().authorizer(new SessionAuthorizer<>(sessions, (s, target) -> target.header(
        "Authorization", "Bearer " + s))).build();
    server.enqueue(json(401, "{}"));
    server.enqueue(json(401, "{\"error\":\"bad credentials\"}"));
    server.enqueue(json(200, "{}"));
    assertThatThrownBy(() -> t.executeDiscarding(ApiRequest.get("op").path("x").build()))
        .isInstanceOfSatisfying(AuthenticationException.class, e -> {
          assertThat(e.sessionExpired()).isTrue();
          assertThat(e.isRetryable()).isFalse();
          assertThat(e.vendorMessage()).contains("bad credentials");
        });
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sessions.loginCount()).isEqualTo(2);
  }

  @Test
  void a401OnTheLoginCallIsNotASessionExpiry() {
    server.enqueue(json(401, "{\"message\":\"wrong password\"}"));
    assertThatThrownBy(() -> builder().build().executeDiscarding(ApiRequest.post("login").path("login")
        .authenticated(false).build()))
        .isInstanceOfSatisfying(AuthenticationException.class, e -> assertThat(e.sessionExpired()).isFalse());
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aSecretValueInAJsonBodyIsMaskedWhenTheServerEchoesIt() throws Exception {
    server.enqueue(json(401, "{\"message\":\"bad password SECRET-JSON-PW-7 for jo\"}"));
    ApiRequest login = ApiRequest.post("login").path("login").jsonBody(Map.of("user", "jo", "password",
        "SECRET-JSON-PW-7")).secretValue("SECRET-JSON-PW-7").secretValue(null).authenticated(false).build();
    assertThat(login.secretValues()).containsExactly("SECRET-JSON-PW-7");
    assertThat(login.toBuilder().build().secretValues()).containsExactly("SECRET-JSON-PW-7");
    assertThat(login.toString()).doesNotContain("SECRET-JSON-PW-7");
    assertThatThrownBy(() -> builder().build().executeDiscarding(login))
        .isInstanceOfSatisfying(GedkitException.class, e -> {
          assertThat(e.getMessage()).doesNotContain("SECRET-JSON-PW-7").contains("bad password");
          assertThat(String.valueOf(e.vendorMessage())).doesNotContain("SECRET-JSON-PW-7");
          assertThat(String.valueOf(e.details())).doesNotContain("SECRET-JSON-PW-7");
        });
    assertThat(server.takeRequest().getBody().utf8()).contains("SECRET-JSON-PW-7");
  }

  @Test
  void redactsSecretsInDebugLogsAndExceptionMessages() throws Exception {
    LogCapture logs = LogCapture.start();
    server.enqueue(json(503, "{\"message\":\"token SECRET-TOKEN-1 refused\"}"));
    server.enqueue(json(500, "{\"message\":\"token SECRET-TOKEN-1 and Bearer SECRET-BEARER-2 refused\"}"));
    HttpTransport t = builder().redactor(Redactor.defaults().withParameters("ticket").withHeaders("X-Ticket"))
        .authorizer(new RequestAuthorizer() {
          @Override
          public Object authorize(AuthTarget target) {
            target.header("Authorization", "Bearer SECRET-BEARER-2");
            target.queryParameter("oauth_token", "SECRET-OAUTH-3");
            return "s";
          }

          @Override
          public void sessionExpired(Object stamp) {}
        }).build();
    Map<String, Object> form = Map.of("password", "SECRET-PW-4", "user", "jo");
    assertThatThrownBy(() -> t.executeDiscarding(ApiRequest.post("login").path("login").query("token", "SECRET-TOKEN-1")
        .query("ticket", "SECRET-TICKET-5").query("page", 2).header("X-Ticket", "SECRET-HDR-6").formBody(form)
        .idempotent(true).build()))
        .isInstanceOfSatisfying(ServerException.class, e -> {
          assertThat(e.getMessage()).contains("token=***").contains("oauth_token=***").contains("ticket=***")
              .contains("login?token=***&ticket=***&page=2&oauth_token=***");
          assertThat(e.redactedUrl().orElseThrow()).contains("token=***");
          assertNoSecret(e.getMessage());
        });
    String log = logs.text();
    assertThat(log).contains("--> POST").contains("<-- 503").contains("Authorization: ***").contains("X-Ticket: ***")
        .contains("User-Agent: gedkit/");
    assertNoSecret(log);
    RecordedRequest r = server.takeRequest();
    assertThat(r.getUrl().queryParameter("token")).isEqualTo("SECRET-TOKEN-1");
  }

  @Test
  void aSecretPathParameterIsSentAsIsAndMaskedInLogsErrorsAndToString() throws Exception {
    LogCapture logs = LogCapture.start();
    server.enqueue(json(404, "{\"message\":\"no link SECRET-KEY/7 é here\"}"));
    ApiRequest request = ApiRequest.get("share.byKey").path("share/key").secretPathParam("SECRET-KEY/7 é")
        .path("sms").build();
    assertThat(request.toString()).isEqualTo("ApiRequest[share.byKey GET /share/key/***/sms]");
    assertThatThrownBy(() -> builder().build().executeDiscarding(request))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          // the percent-encoded form the URL carries is masked as well as the raw form the server echoes
          assertThat(e.getMessage()).contains("/share/key/***/sms").contains("no link *** here");
          assertThat(e.redactedUrl().orElseThrow()).endsWith("/share/key/***/sms");
          assertNoSecret(e.getMessage());
          assertNoSecret(String.valueOf(e.details()));
        });
    assertThat(logs.text()).contains("--> GET").contains("/share/key/***/sms");
    assertNoSecret(logs.text());
    assertThat(server.takeRequest().getUrl().pathSegments()).containsSubsequence("share", "key", "SECRET-KEY/7 é",
        "sms");
  }

  @Test
  void aSecretValueInTheQueryIsMaskedInItsEncodedForm() throws Exception {
    LogCapture logs = LogCapture.start();
    server.enqueue(json(500, "{\"message\":\"boom\"}"));
    ApiRequest search = ApiRequest.get("search").path("orders").query("skey", "ssn")
        .query("svalue", "SECRET 12+34/é").secretValue("SECRET 12+34/é").build();
    assertThatThrownBy(() -> builder().build().executeDiscarding(search))
        .isInstanceOfSatisfying(ServerException.class, e -> {
          assertThat(e.getMessage()).contains("skey=ssn&svalue=***");
          assertNoSecret(e.getMessage());
        });
    assertNoSecret(logs.text());
    assertThat(server.takeRequest().getUrl().queryParameter("svalue")).isEqualTo("SECRET 12+34/é");
  }

  @Test
  void aBlankSecretPathParameterIsRefusedWithoutShowingIt() {
    assertThatThrownBy(() -> ApiRequest.get("op").secretPathParam(" "))
        .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("secret path parameter");
    assertThatThrownBy(() -> ApiRequest.get("op").secretPathParam(null))
        .isInstanceOf(InvalidArgumentException.class);
  }

  private static void assertNoSecret(String text) {
    assertThat(text).doesNotContain("SECRET-");
  }

  @Test
  void derivedTransportsShareTheClientAndAddHeaders() throws Exception {
    server.enqueue(json(200, "{}"));
    HttpTransport base = builder().userAgentSuffix("my-app/1.2").build();
    HttpTransport derived = base.withHeader("AsId", "42");
    assertThat(derived.okHttpClient()).isSameAs(base.okHttpClient());
    derived.executeDiscarding(ApiRequest.get("op").path("x").build());
    RecordedRequest r = server.takeRequest();
    assertThat(r.getHeaders().get("AsId")).isEqualTo("42");
    assertThat(r.getHeaders().get("User-Agent")).isEqualTo("gedkit/" + GedkitVersion.version() + " my-app/1.2");
    HttpTransport other = base.withAuthorizer(RequestAuthorizer.none());
    assertThat(other.backend()).isEqualTo("testbe");
    assertThat(other.clock()).isSameAs(clock);
    assertThat(other.sleeper()).isSameAs(sleeper);
    assertThat(other.redactor()).isSameAs(base.redactor());
    assertThat(other.retryPolicy()).isSameAs(base.retryPolicy());
    assertThat(other.details("op").operation()).isEqualTo("op");
    assertThat(base.toString()).contains("testbe");
    assertThat(base.toBuilder().defaultHeader("AsId", null).build()).isNotNull();
  }

  @Test
  void aUserClientIsReusedThroughNewBuilder() {
    OkHttpClient mine = new OkHttpClient();
    HttpTransport t = builder().okHttpClient(mine).build();
    assertThat(t.okHttpClient()).isSameAs(mine);
    HttpTransport timed = builder().okHttpClient(mine).readTimeout(Duration.ofSeconds(3)).build();
    assertThat(timed.okHttpClient()).isNotSameAs(mine);
    assertThat(timed.okHttpClient().connectionPool()).isSameAs(mine.connectionPool());
    assertThat(timed.okHttpClient().readTimeoutMillis()).isEqualTo(3000);
    assertThat(HttpTransport.builder("x").baseUrl("http://h").build().okHttpClient())
        .isSameAs(HttpTransport.builder("y").baseUrl("http://h").build().okHttpClient());
  }

  @Test
  void requestsDescribeThemselves() throws IOException {
    ApiRequest r = ApiRequest.builder("op", "patch").path("a").pathParam("b").query("x", 1).query("y", 2)
        .queryAll(Map.of("z", 3)).removeQuery("y").header("H", "v").header("H", null).build();
    assertThat(r.method()).isEqualTo("PATCH");
    assertThat(r.idempotent()).isFalse();
    assertThat(r.toString()).isEqualTo("ApiRequest[op PATCH /a/b]");
    assertThat(r.query()).extracting(Map.Entry::getKey).containsExactly("x", "z");
    assertThat(r.headers().size()).isZero();
    ApiRequest copy = r.toBuilder().idempotent(true).build();
    assertThat(copy.idempotent()).isTrue();
    assertThat(copy.query()).isEqualTo(r.query());
    assertThat(ApiRequest.delete("d").build().idempotent()).isTrue();
    assertThat(ApiRequest.get("g").build().authenticated()).isTrue();
    assertThat(ApiRequest.post("p").build().buildBody(Map.of()).contentLength()).isZero();
    assertThat(ApiRequest.get("g").build().buildBody(Map.of())).isNull();
  }

  @Test
  void retryAfterParsing() {
    assertThat(RetryAfter.parse(null, clock)).isEmpty();
    assertThat(RetryAfter.parse(" ", clock)).isEmpty();
    assertThat(RetryAfter.parse("12", clock)).contains(Duration.ofSeconds(12));
    assertThat(RetryAfter.parse("-3", clock)).contains(Duration.ZERO);
    assertThat(RetryAfter.parse("Thu, 01 Jan 2026 00:00:30 GMT", clock)).contains(Duration.ofSeconds(30));
    assertThat(RetryAfter.parse("Wed, 31 Dec 2025 23:00:00 GMT", clock)).contains(Duration.ZERO);
    assertThat(RetryAfter.parse("soon", clock)).isEmpty();
  }

  @Test
  void retryPolicyValidatesAndJitters() {
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0)).isInstanceOf(InvalidArgumentException.class);
    assertThatThrownBy(() -> RetryPolicy.builder().jitter(1.5)).isInstanceOf(InvalidArgumentException.class);
    assertThatThrownBy(() -> RetryPolicy.builder().initialBackoff(Duration.ofMillis(-1)))
        .isInstanceOf(InvalidArgumentException.class);
    RetryPolicy p = RetryPolicy.defaults().toBuilder().maxRetryAfter(Duration.ofSeconds(5))
        .retryableStatuses(java.util.Set.of(503)).build();
    assertThat(p.retryableStatuses()).containsExactly(503);
    assertThat(p.maxRetryAfter()).isEqualTo(Duration.ofSeconds(5));
    assertThat(p.toString()).contains("maxAttempts=4");
    for (int attempt = 1; attempt < 30; attempt++) {
      Duration d = RetryPolicy.defaults().delayBefore(attempt, java.util.Optional.empty()).orElseThrow();
      assertThat(d).isBetween(Duration.ZERO, Duration.ofMillis(6000));
    }
    assertThat(RetryPolicy.defaults().delayBefore(1, java.util.Optional.empty()).orElseThrow())
        .isBetween(Duration.ofMillis(160), Duration.ofMillis(240));
  }

  @Test
  void aStatusOutsideThePolicyIsNotRetried() {
    server.enqueue(new MockResponse.Builder().code(502).build());
    HttpTransport t = builder().retryPolicy(RetryPolicy.builder().retryableStatuses(java.util.Set.of(503)).build()).build();
    assertThatThrownBy(() -> t.executeDiscarding(ApiRequest.get("op").path("x").build())).isInstanceOf(ServerException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void exceptionsAreGedkitExceptions() {
    server.enqueue(json(409, "\"DUPLICATE-ORDER-KEY\""));
    assertThatThrownBy(() -> builder().build().executeDiscarding(ApiRequest.get("op").path("x").build()))
        .isInstanceOfSatisfying(GedkitException.class, e -> {
          assertThat(e.vendorMessage()).contains("DUPLICATE-ORDER-KEY");
          assertThat(e.reason()).isEqualTo("Conflict");
        });
    assertThat(Instant.now()).isNotNull();
  }

  @Test
  void whatTheAuthorizerAddsIsMaskedWhateverItsName() {
    LogCapture logs = LogCapture.start();
    server.enqueue(json(404, "{\"message\":\"no session SID-SECRET-77 here\"}"));
    HttpTransport t = builder().authorizer(new RequestAuthorizer() {
      @Override
      public Object authorize(AuthTarget target) {
        target.queryParameter("sid", "SID-SECRET-77");
        target.header("X-Session", "SID-SECRET-77");
        return "s";
      }

      @Override
      public void sessionExpired(Object stamp) {}
    }).build();
    assertThatThrownBy(() -> t.executeDiscarding(ApiRequest.get("op").path("x").build()))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.getMessage()).contains("sid=***").contains("no session *** here").doesNotContain("SID-SECRET");
          assertThat(e.redactedUrl().orElseThrow()).doesNotContain("SID-SECRET");
          assertThat(e.details().redactedUrl()).doesNotContain("SID-SECRET");
          assertThat(e.vendorMessage()).contains("no session *** here");
        });
    assertThat(logs.text()).contains("sid=***").contains("X-Session: ***").doesNotContain("SID-SECRET");
  }

  @Test
  void aHandlerCanReportAnInBodySessionExpiry() {
    AtomicInteger logins = new AtomicInteger();
    SessionManager<String> sessions = SessionManager.builder("testbe",
        () -> IssuedSession.of("tok-" + logins.incrementAndGet())).build();
    HttpTransport t = builder().authorizer(new SessionAuthorizer<>(sessions, (s, target) -> target.formField(
        "sessionid", s))).build();
    server.enqueue(json(200, "{\"errorcode\":\"SESSION\"}"));
    server.enqueue(json(200, "{\"errorcode\":0,\"rows\":[1]}"));
    int rows = t.execute(ApiRequest.post("query").path("service.php").formBody(Map.of("q", "1")).build(), r -> {
      var tree = r.jsonTree();
      if ("SESSION".equals(tree.get("errorcode").asText())) {
        throw new AuthenticationException("session gone", r.details(), true);
      }
      return tree.get("rows").size();
    });
    assertThat(rows).isEqualTo(1);
    assertThat(sessions.loginCount()).isEqualTo(2);
  }
}
