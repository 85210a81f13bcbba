package org.gedkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import okhttp3.FormBody;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.gedkit.core.error.ProtocolException;
import org.gedkit.core.error.RateLimitedException;
import org.gedkit.core.error.TransportException;
import org.gedkit.core.http.ApiRequest;
import org.gedkit.core.http.HttpTransport;
import org.gedkit.core.http.RetryPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EmulatorServerTest {

  /** The smallest emulator: a list of items, a big binary, an echo of what it received. */
  static final class TinyEmulator extends EmulatorServer {
    static final int BIG = 512 * 1024;

    TinyEmulator() {
      super(MutableClock.startingNow());
    }

    @Override
    protected MockResponse handle(EmulatorRequest r) {
      return switch (r.method() + " " + r.path()) {
        case "GET /items" -> json(200, Map.of("items", List.of(1, 2, 3), "padding", "p".repeat(2000)));
        case "GET /big" -> streaming(200, "application/octet-stream", BIG,
            () -> new ByteArrayInputStream(new byte[BIG])).build();
        case "GET /text" -> text(200, "hello");
        case "GET /boom" -> throw new IllegalStateException("emulator bug");
        case "POST /echo" -> {
          Map<String, Object> echo = new LinkedHashMap<>();
          echo.put("path", r.path());
          echo.put("segments", r.pathSegments());
          echo.put("q", r.query("q").orElse(null));
          echo.put("user", r.param("user").orElse(null));
          echo.put("form", r.form());
          echo.put("json", r.json());
          echo.put("header", r.header("X-Test").orElse(null));
          echo.put("parts", r.multipart().stream().map(p -> p.name() + "/" + p.filename() + "/" + p.text()).toList());
          echo.put("bytes", r.body().length);
          yield json(200, echo);
        }
        default -> json(404, Map.of("error", "no route " + r));
      };
    }
  }

  private TinyEmulator emulator;
  private final OkHttpClient http = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();

  @BeforeEach
  void start() {
    emulator = new TinyEmulator().start();
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  private Response get(String path) throws IOException {
    return http.newCall(new Request.Builder().url(emulator.baseUrl() + path).build()).execute();
  }

  private HttpTransport transport() {
    return HttpTransport.builder("tiny").baseUrl(emulator.baseUrl()).retryPolicy(RetryPolicy.none()).build();
  }

  @Test
  void startsOnALoopbackPortAndAnswers() throws Exception {
    assertThat(emulator.baseUrl()).matches("http://(127\\.0\\.0\\.1|localhost):\\d+").doesNotEndWith("/");
    assertThat(emulator.baseUrl()).endsWith(":" + emulator.port());
    assertThat(emulator.<TinyEmulator>start()).isSameAs(emulator);
    assertThat(emulator.toString()).contains(emulator.baseUrl());
    try (Response r = get("/items")) {
      assertThat(r.code()).isEqualTo(200);
      assertThat(r.header("Content-Type")).startsWith("application/json");
      assertThat(r.body().string()).contains("\"items\":[1,2,3]");
    }
    try (Response r = get("/text")) {
      assertThat(r.body().string()).isEqualTo("hello");
      assertThat(r.header("Content-Type")).startsWith("text/plain");
    }
    try (Response r = get("/big")) {
      assertThat(r.body().bytes()).hasSize(TinyEmulator.BIG);
    }
    try (Response r = get("/nowhere")) {
      assertThat(r.code()).isEqualTo(404);
    }
  }

  @Test
  void aFailingHandlerAnswers500() throws Exception {
    try (Response r = get("/boom")) {
      assertThat(r.code()).isEqualTo(500);
      assertThat(r.body().string()).contains("emulator failure").contains("emulator bug");
    }
  }

  @Test
  void logsTheRequestsItReceives() throws Exception {
    http.newCall(new Request.Builder().url(emulator.baseUrl() + "/echo?q=1&q=2&x=%20y").header("X-Test", "t")
        .post(new FormBody.Builder().add("user", "jo").add("a b", "c&d").build()).build()).execute().close();
    get("/items").close();
    List<RecordedCall> calls = emulator.requests();
    assertThat(calls).hasSize(2);
    RecordedCall first = calls.get(0);
    assertThat(first.method()).isEqualTo("POST");
    assertThat(first.path()).isEqualTo("/echo");
    assertThat(first.query()).containsEntry("q", "1").containsEntry("x", " y");
    assertThat(first.headers().get("X-Test")).isEqualTo("t");
    assertThat(first.bodyText()).isEqualTo("user=jo&a+b=c%26d");
    assertThat(first.bodySize()).isEqualTo(first.bodyText().length());
    assertThat(first.faulted()).isFalse();
    assertThat(first.toString()).isEqualTo("POST /echo [q, x]");
    assertThat(emulator.count(c -> c.method().equals("GET"))).isEqualTo(1);
    emulator.clearRequests();
    assertThat(emulator.requests()).isEmpty();
  }

  @Test
  void requestsAreReadAsAServerWould() throws Exception {
    String formEcho;
    try (Response r = http.newCall(new Request.Builder().url(emulator.baseUrl() + "/echo?q=%2Fv").header("X-Test", "h")
        .post(new FormBody.Builder().add("user", "jo").add("e", "é&=").build()).build()).execute()) {
      formEcho = r.body().string();
    }
    assertThat(formEcho).contains("\"q\":\"/v\"").contains("\"user\":\"jo\"").contains("\"e\":\"é&=\"")
        .contains("\"header\":\"h\"").contains("\"json\":null");
    String jsonEcho;
    try (Response r = http.newCall(new Request.Builder().url(emulator.baseUrl() + "/echo")
        .post(RequestBody.create("{\"a\":[1]}", MediaType.get("application/json"))).build()).execute()) {
      jsonEcho = r.body().string();
    }
    assertThat(jsonEcho).contains("\"json\":{\"a\":[1]}").contains("\"form\":{}").contains("\"user\":null");
    String multipartEcho;
    MultipartBody mp = new MultipartBody.Builder().setType(MultipartBody.FORM).addFormDataPart("folder", "9")
        .addFormDataPart("file", "a b.txt", RequestBody.create("content\r\nline 2", MediaType.get("text/plain")))
        .build();
    try (Response r = http.newCall(new Request.Builder().url(emulator.baseUrl() + "/echo").post(mp).build()).execute()) {
      multipartEcho = r.body().string();
    }
    assertThat(multipartEcho).contains("\"parts\":[\"folder/null/9\",\"file/a b.txt/content\\r\\nline 2\"]");
    String encodedPath;
    try (Response r = http.newCall(new Request.Builder().url(emulator.baseUrl() + "/echo/..%2Fx/a+b")
        .post(RequestBody.create(new byte[0], null)).build()).execute()) {
      encodedPath = r.body().string();
    }
    // not a route of the tiny emulator: the decoded path is "/echo/../x/a+b", the segments keep the slash
    assertThat(encodedPath).contains("no route POST /echo/../x/a+b");
    assertThat(emulator.requests()).last().extracting(RecordedCall::path).isEqualTo("/echo/../x/a+b");
  }

  @Test
  void faultResetBeforeReply() {
    emulator.faults().next(1, Fault.resetBeforeReply());
    assertThatThrownBy(() -> transport().executeDiscarding(ApiRequest.get("items").path("items").build()))
        .isInstanceOf(TransportException.class);
    assertThat(emulator.requests()).singleElement().extracting(RecordedCall::faulted).isEqualTo(true);
    // only the next request was hit
    int size = transport().execute(ApiRequest.get("items").path("items").build(), r -> r.jsonTree().get("items").size());
    assertThat(size).isEqualTo(3);
  }

  @Test
  void faultResetMidBody() {
    emulator.faults().next(1, "GET", "/big", Fault.resetMidBody());
    assertThatThrownBy(() -> transport().execute(ApiRequest.get("big").path("big").build(),
        r -> r.bodyStream().readAllBytes().length)).isInstanceOf(TransportException.class);
    int length = transport().execute(ApiRequest.get("big").path("big").build(), r -> r.bodyStream().readAllBytes().length);
    assertThat(length).isEqualTo(TinyEmulator.BIG);
  }

  @Test
  void faultResetMidBodyOnASmallJsonReply() throws Exception {
    emulator.faults().next(1, "GET", "/text", Fault.resetMidBody());
    assertThatThrownBy(() -> transport().execute(ApiRequest.get("text").path("text").build(), r -> r.bodyText(100)))
        .isInstanceOf(TransportException.class);
    emulator.faults().next(1, "GET", "/items", Fault.resetMidBody());
    assertThatThrownBy(() -> transport().execute(ApiRequest.get("items").path("items").build(), r -> r.jsonTree()))
        .isInstanceOf(TransportException.class);
  }

  @Test
  void faultStatusWithRetryAfter() throws Exception {
    emulator.faults().next(2, "GET", "/items", Fault.status(503, "7"));
    assertThat(emulator.faults().pending()).isEqualTo(2);
    assertThatThrownBy(() -> transport().executeDiscarding(ApiRequest.get("items").path("items").build()))
        .isInstanceOfSatisfying(RateLimitedException.class, e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(7)));
    try (Response r = get("/items")) {
      assertThat(r.code()).isEqualTo(503);
      assertThat(r.header("Retry-After")).isEqualTo("7");
    }
    assertThat(emulator.faults().pending()).isZero();
    try (Response r = get("/items")) {
      assertThat(r.code()).isEqualTo(200);
    }
    emulator.faults().next(1, Fault.status(500));
    try (Response r = get("/items")) {
      assertThat(r.code()).isEqualTo(500);
      assertThat(r.header("Retry-After")).isNull();
    }
  }

  @Test
  void faultStatusWithABody() throws Exception {
    emulator.faults().next(1, Fault.statusWithBody(409, "{\"err\":\"DUPLICATE\"}"))
        .next(1, Fault.statusWithBody(400, "plain words"));
    try (Response r = get("/items")) {
      assertThat(r.code()).isEqualTo(409);
      assertThat(r.header("Content-Type")).isEqualTo("application/json");
      assertThat(r.body().string()).isEqualTo("{\"err\":\"DUPLICATE\"}");
    }
    try (Response r = get("/items")) {
      assertThat(r.code()).isEqualTo(400);
      assertThat(r.header("Content-Type")).isEqualTo("text/plain");
    }
  }

  @Test
  void faultDelay() throws Exception {
    emulator.faults().next(1, Fault.delay(Duration.ofMillis(300)));
    long start = System.nanoTime();
    try (Response r = get("/items")) {
      assertThat(r.code()).isEqualTo(200);
    }
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(290);
    emulator.faults().next(1, Fault.delay(Duration.ofMillis(500)));
    HttpTransport impatient = transport().toBuilder().readTimeout(Duration.ofMillis(100)).build();
    assertThatThrownBy(() -> impatient.executeDiscarding(ApiRequest.get("items").path("items").build()))
        .isInstanceOf(TransportException.class).hasMessageContaining("timed out");
  }

  @Test
  void faultTruncatedBody() throws Exception {
    String full;
    try (Response r = get("/items")) {
      full = r.body().string();
    }
    emulator.faults().next(1, Fault.truncatedBody());
    try (Response r = get("/items")) {
      String cut = r.body().string();
      assertThat(cut).hasSize(full.length() / 2);
      assertThat(full).startsWith(cut);
    }
    emulator.faults().next(1, Fault.truncatedBody());
    assertThatThrownBy(() -> transport().execute(ApiRequest.get("items").path("items").build(), r -> r.jsonTree()))
        .isInstanceOf(ProtocolException.class);
  }

  @Test
  void faultHtmlErrorPage() throws Exception {
    emulator.faults().next(1, Fault.htmlErrorPage(200)).next(1, Fault.htmlErrorPage(502));
    assertThatThrownBy(() -> transport().execute(ApiRequest.get("items").path("items").build(), r -> r.jsonTree()))
        .isInstanceOf(ProtocolException.class).hasMessageContaining("text/html");
    try (Response r = get("/items")) {
      assertThat(r.code()).isEqualTo(502);
      assertThat(r.header("Content-Type")).startsWith("text/html");
      assertThat(r.body().string()).contains("<html>");
    }
  }

  @Test
  void faultWrongShapeAndWrongContentType() throws Exception {
    emulator.faults().next(1, Fault.wrongShape("[1,2,3]")).next(1, "GET", "/items", Fault.wrongContentType());
    try (Response r = get("/items")) {
      assertThat(r.code()).isEqualTo(200);
      assertThat(r.body().string()).isEqualTo("[1,2,3]");
    }
    try (Response r = get("/items")) {
      assertThat(r.header("Content-Type")).isEqualTo("text/plain");
      assertThat(r.body().string()).contains("\"items\":[1,2,3]");
    }
  }

  @Test
  void faultsMatchMethodAndWholePath() throws Exception {
    emulator.faults().next(1, "POST", "/items", Fault.status(500)).next(1, "GET", "/item", Fault.status(501));
    try (Response r = get("/items")) {
      assertThat(r.code()).isEqualTo(200);
    }
    assertThat(emulator.faults().pending()).isEqualTo(2);
    emulator.faults().clear();
    assertThat(emulator.faults().pending()).isZero();
    assertThatThrownBy(() -> emulator.faults().next(0, Fault.status(500))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Fault(null, 0, null, null, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aFaultCanTargetOneQueryOfAPath() throws Exception {
    // EzGED routes every web service through one path: /data/service.php?service=...
    emulator.faults().next(1, "GET", "/items\\?service=b/c(&.*)?", Fault.status(503));
    try (Response r = get("/items?service=a")) {
      assertThat(r.code()).as("another query of the same path is not hit").isEqualTo(200);
    }
    try (Response r = get("/items")) {
      assertThat(r.code()).as("no query").isEqualTo(200);
    }
    assertThat(emulator.faults().pending()).isEqualTo(1);
    try (Response r = get("/items?service=b%2Fc&x=1")) {
      assertThat(r.code()).as("the decoded query matches").isEqualTo(503);
    }
    assertThat(emulator.faults().pending()).isZero();
    emulator.faults().next(1, "GET", "/items", Fault.status(500));
    try (Response r = get("/items?service=a")) {
      assertThat(r.code()).as("a path-only rule matches whatever the query").isEqualTo(500);
    }
  }

  @Test
  void closeIsIdempotent() {
    TinyEmulator e = new TinyEmulator();
    assertThat(e.toString()).contains("not started");
    e.start();
    String url = e.baseUrl() + "/items";
    e.close();
    e.close();
    assertThatThrownBy(() -> http.newCall(new Request.Builder().url(url).build()).execute())
        .isInstanceOf(IOException.class);
  }

  @Test
  void askingForTheUrlBeforeStartStartsIt() throws Exception {
    try (TinyEmulator e = new TinyEmulator()) {
      String url = e.baseUrl();
      assertThat(e.<TinyEmulator>start().baseUrl()).isEqualTo(url);
      assertThat(e.port()).isPositive();
      try (Response r = http.newCall(new Request.Builder().url(url + "/text").build()).execute()) {
        assertThat(r.body().string()).isEqualTo("hello");
      }
    }
  }
}
