package org.gedkit.testkit.phraseanet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.security.MessageDigest;
import java.util.HexFormat;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.gedkit.core.json.GedkitJson;
import org.gedkit.testkit.Fault;
import org.gedkit.testkit.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PhraseanetEmulatorTest {

  private final OkHttpClient http = new OkHttpClient();
  private PhraseanetEmulator emulator;

  record Reply(int status, JsonNode body) {}

  @BeforeEach
  void start() {
    emulator = new PhraseanetEmulator().start();
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  private Reply get(String pathAndQuery) throws IOException {
    return call(new Request.Builder().url(emulator.baseUrl() + pathAndQuery).build());
  }

  private Reply call(Request request) throws IOException {
    try (Response r = http.newCall(request).execute()) {
      return new Reply(r.code(), GedkitJson.mapper().readTree(r.body().string()));
    }
  }

  private String auth() {
    return "oauth_token=" + emulator.accessToken();
  }

  @Test
  void list_defaultsTo10_andEchoesWhatItUsed_withoutTotal() throws IOException {
    Reply r = get("/api/v1/quarantine/list/?" + auth());

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body().at("/meta/http_code").asInt()).isEqualTo(200);
    assertThat(r.body().at("/meta/request").asText()).isEqualTo("GET /api/v1/quarantine/list/");
    assertThat(r.body().at("/response/offset_start").asInt()).isZero();
    assertThat(r.body().at("/response/per_page").asInt()).isEqualTo(10);
    assertThat(r.body().at("/response/quarantine_items")).hasSize(10);
    assertThat(r.body().at("/response/quarantine_items/0/id").asLong()).as("newest first").isEqualTo(1000);
    assertThat(r.body().at("/response").has("total")).isFalse();
  }

  @Test
  void list_clampsPerPage_andOffset_likeTheRealServer() throws IOException {
    Reply big = get("/api/v1/quarantine/list/?per_page=5000&" + auth());
    assertThat(big.body().at("/response/per_page").asInt()).isEqualTo(1000);
    assertThat(big.body().at("/response/quarantine_items")).hasSize(1000);

    Reply zero = get("/api/v1/quarantine/list/?per_page=0&offset_start=-3&" + auth());
    assertThat(zero.body().at("/response/per_page").asInt()).isEqualTo(1);
    assertThat(zero.body().at("/response/offset_start").asInt()).isZero();
    assertThat(zero.body().at("/response/quarantine_items")).hasSize(1);

    Reply tail = get("/api/v1/quarantine/list/?offset_start=995&per_page=10&" + auth());
    assertThat(tail.body().at("/response/quarantine_items")).hasSize(5);
    Reply past = get("/api/v1/quarantine/list/?offset_start=5000&" + auth());
    assertThat(past.body().at("/response/quarantine_items")).isEmpty();
  }

  @Test
  void item_hasTheShaOfItsDocument_andVariedShapes() throws Exception {
    Reply r = get("/api/v1/quarantine/item/42/?" + auth());

    JsonNode item = r.body().at("/response/quarantine_item");
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(emulator.documentBytes(42)));
    assertThat(item.get("sha256").asText()).isEqualTo(sha);
    assertThat(item.get("forced").asBoolean()).isTrue();
    assertThat(item.get("checks")).isEmpty();
    assertThat(get("/api/v1/quarantine/item/10/?" + auth()).body().at("/response/quarantine_item/quarantine_session/usr_id").isNull())
        .isTrue();
    assertThat(get("/api/v1/quarantine/item/22/?" + auth()).body().at("/response/quarantine_item/updated_on").asText())
        .isEqualTo(PhraseanetEmulator.ZERO_DATE);
    assertThat(get("/api/v1/quarantine/item/4/?" + auth()).body().at("/response/quarantine_item/quarantine_session/user/id").asLong())
        .isEqualTo(2);
  }

  @Test
  void errors_areEnvelopes_withPhraseanetTypes() throws IOException {
    Reply noToken = get("/api/v1/quarantine/list/");
    assertThat(noToken.status()).isEqualTo(401);
    assertThat(noToken.body().at("/meta/error_type").asText()).isEqualTo("Unauthorized");
    assertThat(noToken.body().get("response").isObject()).isTrue();

    Reply noSlash = get("/api/v1/quarantine/list?" + auth());
    assertThat(noSlash.status()).isEqualTo(404);

    Reply missing = get("/api/v1/quarantine/item/1001/?" + auth());
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.body().at("/meta/error_message").asText()).isEqualTo("Requested resource is not found");

    Reply post = call(new Request.Builder().url(emulator.baseUrl() + "/api/v1/quarantine/list/?" + auth())
        .post(RequestBody.create(new byte[0])).build());
    assertThat(post.status()).isEqualTo(405);

    emulator.denyItem(3);
    Reply denied = get("/api/v1/quarantine/item/3/?" + auth());
    assertThat(denied.status()).isEqualTo(401);
    assertThat(denied.body().at("/meta/error_details").asText()).isEqualTo("You are not authorized");
  }

  @Test
  void metaErrors_canComeAsHttp200_andRunOut() throws IOException {
    emulator.nextMetaErrors(1, 403, true);
    emulator.nextMetaErrors(1, 503, false);

    Reply jsonp = get("/api/v1/quarantine/list/?" + auth());
    assertThat(jsonp.status()).isEqualTo(200);
    assertThat(jsonp.body().at("/meta/http_code").asInt()).isEqualTo(403);
    Reply maintenance = get("/api/v1/quarantine/list/?" + auth());
    assertThat(maintenance.status()).isEqualTo(503);
    assertThat(maintenance.body().at("/meta/error_type").asText()).isEqualTo("Service Temporarily Unavailable");
    assertThat(get("/api/v1/quarantine/list/?" + auth()).status()).isEqualTo(200);
    assertThatThrownBy(() -> emulator.nextMetaErrors(1, 418, false)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void revokedToken_removedItems_faults_andCounters() throws IOException {
    emulator.removeItem(1000);
    assertThat(emulator.itemCount()).isEqualTo(999);
    assertThat(get("/api/v1/quarantine/list/?per_page=1&" + auth()).body().at("/response/quarantine_items/0/id").asLong())
        .isEqualTo(999);

    emulator.faults().next(1, "GET", "/api/v1/quarantine/list/", Fault.status(503, "1"));
    assertThat(get("/api/v1/quarantine/list/?" + auth()).status()).isEqualTo(503);
    assertThat(emulator.listRequests()).isEqualTo(2);
    assertThat(emulator.writeCount()).isZero();

    String old = emulator.accessToken();
    emulator.revokeToken();
    assertThat(get("/api/v1/quarantine/list/?oauth_token=" + old).status()).isEqualTo(401);
    assertThat(emulator.toString()).contains("999");
  }

  @Test
  void constructor_checksArguments() {
    assertThatThrownBy(() -> new PhraseanetEmulator(-1, "t", MutableClock.startingNow()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PhraseanetEmulator(1, " ", MutableClock.startingNow()))
        .isInstanceOf(IllegalArgumentException.class);
    try (PhraseanetEmulator small = new PhraseanetEmulator(3, "t", MutableClock.startingNow())) {
      assertThat(small.itemIds()).containsExactly(3L, 2L, 1L);
    }
  }
}
