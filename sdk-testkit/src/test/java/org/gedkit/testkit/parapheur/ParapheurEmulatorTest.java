package org.gedkit.testkit.parapheur;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Base64;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.gedkit.core.json.GedkitJson;
import org.gedkit.testkit.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ParapheurEmulatorTest {

  private final OkHttpClient http = new OkHttpClient();
  private ParapheurEmulator emu;

  @BeforeEach
  void start() {
    emu = ParapheurEmulator.withSampleData().start();
  }

  @AfterEach
  void stop() {
    emu.close();
  }

  private static String basic(String login, String pw) {
    return okhttp3.Credentials.basic(login, pw, StandardCharsets.UTF_8);
  }

  private Response get(String pathAndQuery, String auth) throws IOException {
    Request.Builder b = new Request.Builder().url(emu.baseUrl() + pathAndQuery);
    if (auth != null) {
      b.header("Authorization", auth);
    }
    return http.newCall(b.build()).execute();
  }

  private static JsonNode json(Response r) throws IOException {
    return GedkitJson.mapper().readTree(r.body().string());
  }

  private final String rest = basic(ParapheurEmulator.SAMPLE_REST_LOGIN, ParapheurEmulator.SAMPLE_REST_PASSWORD);

  @Test
  void history_json_hasTheVendorShape_andCountsTheView() throws IOException {
    try (Response r = get("/rest/documents/250/history", rest)) {
      assertThat(r.code()).isEqualTo(200);
      JsonNode h = json(r).get("history");
      assertThat(h.size()).isEqualTo(3);
      assertThat(h.get(0).get("data").isArray()).as("empty data is []").isTrue();
      assertThat(h.get(1).get("data").get("mainDocumentId").asLong()).isEqualTo(250);
      JsonNode doc = h.get(2).get("document");
      assertThat(doc.get("fingerprint").asText()).isEqualTo(emu.fingerprint(250)).hasSize(128);
      assertThat(h.get(2).get("date").asText()).isEqualTo("2026-01-01T00:00:00+00:00");
    }
    assertThat(emu.views(250)).isEqualTo(1);
    assertThat(emu.writeCount()).isEqualTo(1);
  }

  @Test
  void history_legacyDates_andXml() throws IOException {
    emu.dateStyle(ParapheurEmulator.DateStyle.LEGACY_20_03, ZoneId.of("Europe/Paris"));
    try (Response r = get("/rest/documents/251/history?mode=json", rest)) {
      assertThat(json(r).get("history").get(0).get("date").asText()).isEqualTo("01-01-2026 01:00");
    }
    try (Response r = get("/rest/documents/251/history?mode=xml", rest)) {
      assertThat(r.header("Content-Type")).isEqualTo("application/xml");
      String xml = r.body().string();
      assertThat(xml).startsWith("<?xml").contains("<root>").contains("<History>").contains("<data/>")
          .contains("<fingerprint>" + emu.fingerprint(251) + "</fingerprint>");
    }
  }

  @Test
  void errors_areTheRealBodies() throws IOException {
    try (Response r = get("/rest/documents/250/history", null)) {
      assertThat(r.code()).isEqualTo(401);
      assertThat(r.body().string()).isEqualTo("{\"errors\":\"Authentication Failed\"}");
    }
    try (Response r = get("/rest/documents/252/history", rest)) {
      assertThat(r.code()).isEqualTo(403);
      assertThat(r.body().string()).contains("Document out of perimeter");
    }
    try (Response r = get("/rest/documents/999/history", rest)) {
      assertThat(r.code()).isEqualTo(400);
      assertThat(r.body().string()).contains("Document does not exist");
    }
    try (Response r = get("/rest/documents/abc/proof", rest)) {
      assertThat(r.code()).isEqualTo(400);
      assertThat(r.body().string()).contains("Route id is not an integer");
    }
    try (Response r = get("/rest/documents/253/proof", rest)) {
      assertThat(r.code()).isEqualTo(403);
      assertThat(r.body().string()).contains("The document is still being processed");
    }
  }

  @Test
  void proof_base64_usesTheRealKey_escapesSlashes_andOnlyProofFalseIsTruthy() throws IOException {
    try (Response r = get("/rest/documents/250/proof?onlyProof=false", rest)) {
      String body = r.body().string();
      JsonNode n = GedkitJson.mapper().readTree(body);
      assertThat(n.get("format").asText()).as("\"false\" is true in PHP: the proof alone").isEqualTo("pdf");
      assertThat(new String(Base64.getDecoder().decode(n.get("encodedProofDocument").asText()),
          StandardCharsets.US_ASCII)).startsWith("%PDF-");
    }
    try (Response r = get("/rest/documents/250/proof?mode=base64", rest)) {
      JsonNode n = json(r);
      assertThat(n.get("format").asText()).isEqualTo("zip");
      assertThat(n.has("encodedDocument")).isFalse();
    }
    try (Response r = get("/rest/documents/251/proof?mode=base64&onlyProof=0", rest)) {
      assertThat(json(r).get("format").asText()).isEqualTo("zip");
    }
  }

  @Test
  void proof_stream_sendsTheZipAsApplicationXml() throws IOException {
    try (Response r = get("/rest/documents/250/proof?mode=stream", rest)) {
      assertThat(r.header("Content-Type")).isEqualTo("application/xml");
      assertThat(r.header("Content-Disposition")).isEqualTo("inline; filename=maarch_history_proof.zip");
      byte[] b = r.body().bytes();
      assertThat(b[0]).isEqualTo((byte) 'P');
      assertThat(b[1]).isEqualTo((byte) 'K');
    }
    try (Response r = get("/rest/documents/251/proof?mode=stream&onlyProof=true", rest)) {
      assertThat(r.header("Content-Type")).isEqualTo("application/xml");
      assertThat(r.body().string()).startsWith("<?xml").contains("<History>");
    }
    try (Response r = get("/rest/documents/666/proof?mode=stream", rest)) {
      assertThat(r.body().bytes()).isEqualTo(ParapheurArchives.malicious(ParapheurArchives.Malice.ZIP_SLIP));
    }
    assertThat(emu.views(250)).isEqualTo(1);
  }

  @Test
  void tokenFlow_loginRefreshExpiry_andRestUsersRefused() throws IOException {
    RequestBody rest = RequestBody.create("{\"login\":\"rest-api\",\"password\":\"secret\"}",
        okhttp3.MediaType.get("application/json"));
    try (Response r = http.newCall(new Request.Builder().url(emu.baseUrl() + "/rest/authenticate").post(rest).build())
        .execute()) {
      assertThat(r.code()).isEqualTo(403);
      assertThat(r.body().string()).contains("Authentication unauthorized");
    }
    RequestBody web = RequestBody.create("{\"login\":\"jjane\",\"password\":\"maarch\"}",
        okhttp3.MediaType.get("application/json"));
    String token;
    String refresh;
    try (Response r = http.newCall(new Request.Builder().url(emu.baseUrl() + "/rest/authenticate").post(web).build())
        .execute()) {
      assertThat(r.code()).isEqualTo(204);
      token = r.header("Token");
      refresh = r.header("Refresh-Token");
    }
    try (Response r = get("/rest/documents/250/history", "Bearer " + token)) {
      assertThat(r.code()).isEqualTo(200);
    }
    emu.clock().advance(Duration.ofMinutes(31));
    try (Response r = get("/rest/documents/250/history", "Bearer " + token)) {
      assertThat(r.code()).isEqualTo(401);
    }
    String fresh;
    try (Response r = get("/rest/authenticate/token?refreshToken=" + refresh, null)) {
      fresh = json(r).get("token").asText();
    }
    try (Response r = get("/rest/documents/250/history", "Bearer " + fresh)) {
      assertThat(r.code()).isEqualTo(200);
    }
    try (Response r = get("/rest/authenticate/token", null)) {
      assertThat(r.code()).isEqualTo(400);
    }
    assertThat(emu.loginCount()).isEqualTo(1);
    assertThat(emu.refreshCount()).isEqualTo(1);
  }

  @Test
  void sharedFaultInjection_applies() throws IOException {
    emu.faults().next(1, "GET", "/rest/documents/.*/proof", Fault.status(503, "1"));
    try (Response r = get("/rest/documents/250/proof?mode=stream", rest)) {
      assertThat(r.code()).isEqualTo(503);
      assertThat(r.header("Retry-After")).isEqualTo("1");
    }
    try (Response r = get("/rest/documents/250/proof?mode=stream", rest)) {
      assertThat(r.code()).isEqualTo(200);
    }
  }
}
