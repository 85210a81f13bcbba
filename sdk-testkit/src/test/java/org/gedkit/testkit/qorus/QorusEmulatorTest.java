package org.gedkit.testkit.qorus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import okhttp3.Credentials;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.gedkit.testkit.Fault;
import org.gedkit.testkit.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class QorusEmulatorTest {

  MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
  QorusEmulator qorus = new QorusEmulator(clock).withUser("u", "p").start();
  OkHttpClient http = new OkHttpClient();
  String basic = Credentials.basic("u", "p");

  @AfterEach
  void stop() {
    qorus.close();
  }

  record Reply(int code, String body) {}

  Reply send(String method, String path, String json, String headerName, String headerValue) throws IOException {
    Request.Builder b = new Request.Builder().url(qorus.baseUrl().replaceAll("/$", "") + path).header(headerName, headerValue);
    b.method(method, json == null ? null : RequestBody.create(json, MediaType.get("application/json")));
    try (Response r = http.newCall(b.build()).execute()) {
      return new Reply(r.code(), r.body().string());
    }
  }

  @Test
  void tokensExpireAfterTheirTtl() throws IOException {
    Reply token = send("GET", "/api/v2/system?action=wstoken&ttl=60", null, "Authorization", basic);
    assertThat(token.code()).isEqualTo(200);
    String t = token.body().replace("\"", "");
    assertThat(send("GET", "/api/v2/system?action=ping", null, "Qorus-Token", t).code()).isEqualTo(200);
    clock.advance(Duration.ofSeconds(61));
    Reply expired = send("GET", "/api/v2/system?action=ping", null, "Qorus-Token", t);
    assertThat(expired.code()).isEqualTo(401);
    assertThat(expired.body()).contains("AUTHENTICATION-ERROR");
    assertThat(send("GET", "/api/v2/system?action=ping", null, "Authorization", Credentials.basic("u", "x")).code())
        .isEqualTo(401);
    assertThat(qorus.tokensIssued()).isEqualTo(1);
  }

  @Test
  void uniqueKeysAreEnforcedWithThePlainTextConflict() throws IOException {
    qorus.addWorkflow("WF", "1.0");
    String body = "{\"staticdata\":{\"a\":1},\"workflow_unique_key\":{\"k\":\"v\"}}";
    Reply first = send("POST", "/api/v2/workflows/WF?action=createOrder", body, "Authorization", basic);
    assertThat(first.code()).isEqualTo(200);
    assertThat(first.body()).contains("workflow_instanceid");
    Reply second = send("POST", "/api/v2/workflows/WF?action=createOrder", body, "Authorization", basic);
    assertThat(second.code()).isEqualTo(409);
    assertThat(second.body()).startsWith("409 Conflict: DUPLICATE-ORDER-KEY: ");
    assertThat(qorus.orderCount()).isEqualTo(1);
    assertThat(qorus.writes()).isEqualTo(2);
  }

  @Test
  void missingObjectsAreABareJsonString404AndFaultsApply() throws IOException {
    Reply missing = send("GET", "/api/v2/orders/42", null, "Authorization", basic);
    assertThat(missing.code()).isEqualTo(404);
    assertThat(missing.body()).startsWith("\"").contains("does not exist");
    qorus.faults().next(1, Fault.status(503, "1"));
    assertThat(send("GET", "/api/v2/system?action=ping", null, "Authorization", basic).code()).isEqualTo(503);
    qorus.addService("s", Map.of("echo", args -> args));
    Reply call = send("PUT", "/api/v2/services/s/echo?action=call", "{\"args\":[1,\"x\"]}", "Authorization", basic);
    assertThat(call.body()).isEqualTo("[1,\"x\"]");
  }

  @Test
  void ordersCreatedCountsOnlyTheOrdersReallyAdded() throws IOException {
    qorus.addWorkflow("WF", "1.0");
    qorus.seedOrders("WF", 3);
    assertThat(qorus.ordersCreated()).as("seeding is no request").isZero();
    String body = "{\"staticdata\":{\"a\":1},\"workflow_unique_key\":{\"k\":\"v\"}}";
    assertThat(send("POST", "/api/v2/workflows/WF?action=createOrder", body, "Authorization", basic).code())
        .isEqualTo(200);
    assertThat(send("POST", "/api/v2/workflows/WF?action=createOrder", body, "Authorization", basic).code())
        .isEqualTo(409);
    assertThat(send("POST", "/api/v2/workflows/WF?action=createOrder", "{}", "Authorization", basic).code())
        .isEqualTo(400);
    assertThat(send("POST", "/api/v2/workflows/NOPE?action=createOrder", body, "Authorization", basic).code())
        .isEqualTo(404);
    assertThat(send("POST", "/api/v2/workflows/WF?action=execSynchronous", "{\"staticdata\":{}}", "Authorization",
        basic).code()).isEqualTo(200);
    assertThat(qorus.ordersCreated()).as("one createOrder and one execSynchronous").isEqualTo(2);
    assertThat(qorus.writes()).as("writes() counts every non-GET request, refused or not").isEqualTo(5);
  }
}
