package org.gedkit.phraseanet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A MockWebServer and a client pointed at it, with a sleeper that records instead of sleeping. */
abstract class MockServerSupport {

  static final String TOKEN = "tok-S3cret-0123456789";

  MockWebServer server;
  PhraseanetClient client;
  final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  @BeforeEach
  void startServer() throws IOException {
    server = new MockWebServer();
    server.start();
    client = PhraseanetClient.builder()
        .baseUrl(server.url("/").toString())
        .accessToken(TOKEN)
        .sleeper(sleeps::add)
        .build();
  }

  @AfterEach
  void stopServer() {
    client.close();
    server.close();
  }

  void enqueueJson(int status, String body) {
    server.enqueue(new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json").body(body).build());
  }

  RecordedRequest take() throws InterruptedException {
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    if (r == null) {
      throw new AssertionError("no request was sent");
    }
    return r;
  }

  static String resource(String name) {
    try (InputStream in = MockServerSupport.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new AssertionError("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** An envelope as Phraseanet 3.8 writes it. */
  static String envelope(String request, int httpCode, String errorType, String errorMessage, String errorDetails,
      String response) {
    return "{\"meta\":{\"api_version\":\"1.3\",\"request\":\"" + request + "\","
        + "\"response_time\":\"2014-10-07T17:18:53+02:00\",\"http_code\":" + httpCode + ","
        + "\"error_type\":" + quote(errorType) + ",\"error_message\":" + quote(errorMessage) + ","
        + "\"error_details\":" + quote(errorDetails) + ",\"charset\":\"UTF-8\"},\"response\":" + response + "}";
  }

  static String ok(String request, String response) {
    return envelope(request, 200, null, null, null, response);
  }

  static String quote(String s) {
    return s == null ? "null" : "\"" + s.replace("\"", "\\\"") + "\"";
  }

  /** A quarantine item as JSON. */
  static String item(long id, String sha256, String createdOn) {
    return "{\"id\":" + id + ",\"quarantine_session\":{\"id\":" + (id + 100) + ",\"usr_id\":3},\"base_id\":1,"
        + "\"original_name\":\"file-" + id + ".jpg\",\"sha256\":\"" + sha256 + "\","
        + "\"uuid\":\"00000000-0000-4000-8000-" + String.format("%012d", id) + "\",\"forced\":false,"
        + "\"checks\":[\"A file with the same checksum already exists in database\"],"
        + "\"created_on\":\"" + createdOn + "\",\"updated_on\":\"" + createdOn + "\"}";
  }

  static String listPage(long offset, int perPage, String... items) {
    return ok("GET /api/v1/quarantine/list/", "{\"offset_start\":" + offset + ",\"per_page\":" + perPage
        + ",\"quarantine_items\":[" + String.join(",", items) + "]}");
  }

  static final String SHA = "0571c9928d44b9de11ae37807a6461e77a5f8f35df464bd2c612cb0a27a14ae7";
}
