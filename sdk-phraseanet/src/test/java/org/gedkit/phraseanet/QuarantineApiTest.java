package org.gedkit.phraseanet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.gedkit.core.error.AuthenticationException;
import org.gedkit.core.error.ChecksumMismatchException;
import org.gedkit.core.error.GedkitException;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.error.NotFoundException;
import org.gedkit.core.error.PermissionDeniedException;
import org.gedkit.core.error.ProtocolException;
import org.gedkit.core.error.ServerException;
import org.gedkit.core.paging.PagedIterable;
import org.gedkit.core.transfer.Checksum;
import org.gedkit.core.transfer.ChecksumAlgorithm;
import org.gedkit.phraseanet.model.QuarantineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuarantineApiTest extends MockServerSupport {

  @Test
  void list_sendsExactRequest_andParsesSeedExampleUnchanged() throws Exception {
    enqueueJson(200, resource("seed-quarantine-list.json"));

    List<QuarantineItem> items = client.quarantine().list().toList();

    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/api/v1/quarantine/list/");
    assertThat(r.getUrl().encodedQuery()).isEqualTo("offset_start=0&per_page=10&oauth_token=" + TOKEN);
    assertThat(r.getHeaders().get("Accept")).isEqualTo("application/json");
    assertThat(r.getHeaders().get("Authorization")).isNull();
    assertThat(r.getHeaders().get("User-Agent")).startsWith("gedkit/");
    assertThat(r.getBody() == null || r.getBody().size() == 0).isTrue();
    assertThat(server.getRequestCount()).as("the seed page is short: no second request").isEqualTo(1);

    assertThat(items).hasSize(2);
    QuarantineItem first = items.get(0);
    assertThat(first.id()).isEqualTo(214);
    assertThat(first.session().id()).isEqualTo(214);
    assertThat(first.session().userId()).contains(3L);
    assertThat(first.session().user()).isEmpty();
    assertThat(first.baseId()).isEqualTo(1);
    assertThat(first.originalName()).isEqualTo("Forest.jpg");
    assertThat(first.sha256()).isEqualTo("0571c9928d44b9de11ae37807a6461e77a5f8f35df464bd2c612cb0a27a14ae7");
    assertThat(first.uuid()).isEqualTo("b5e70c18-75af-4a24-be55-f6babb7d7548");
    assertThat(first.forced()).isFalse();
    assertThat(first.checks()).containsExactly("A file with the same checksum already exists in database");
    assertThat(first.createdOn()).contains(OffsetDateTime.parse("2012-06-18T15:34:58+02:00"));
    assertThat(first.updatedOn()).contains(OffsetDateTime.parse("2012-06-18T15:34:58+02:00"));
    assertThat(first.extra()).isEmpty();
    assertThat(first.checksum()).contains(Checksum.of(ChecksumAlgorithm.SHA256, first.sha256()));
    assertThat(items.get(1).id()).isEqualTo(213);
    assertThat(items.get(1).originalName()).isEqualTo("Desert Landscape.jpg");
  }

  @Test
  void list_isLazy_andPagesUntilShortPage() throws Exception {
    enqueueJson(200, listPage(0, 2, item(5, SHA, "2014-09-25T10:28:15+02:00"), item(4, SHA, "2014-09-25T10:28:15+02:00")));
    enqueueJson(200, listPage(2, 2, item(3, SHA, "2014-09-25T10:28:15+02:00"), item(2, SHA, "2014-09-25T10:28:15+02:00")));
    enqueueJson(200, listPage(4, 2, item(1, SHA, "2014-09-25T10:28:15+02:00")));

    PagedIterable<QuarantineItem> listing =
        client.quarantine().list(QuarantineListOptions.builder().perPage(2).build());
    assertThat(server.getRequestCount()).as("nothing is sent before iteration").isZero();

    Iterator<QuarantineItem> it = listing.iterator();
    assertThat(it.next().id()).isEqualTo(5);
    assertThat(server.getRequestCount()).isEqualTo(1);
    List<Long> rest = new java.util.ArrayList<>();
    it.forEachRemaining(i -> rest.add(i.id()));

    assertThat(rest).containsExactly(4L, 3L, 2L, 1L);
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(take().getUrl().encodedQuery()).isEqualTo("offset_start=0&per_page=2&oauth_token=" + TOKEN);
    assertThat(take().getUrl().encodedQuery()).isEqualTo("offset_start=2&per_page=2&oauth_token=" + TOKEN);
    assertThat(take().getUrl().encodedQuery()).isEqualTo("offset_start=4&per_page=2&oauth_token=" + TOKEN);
  }

  @Test
  void list_emptyQuarantine_endsAfterOneRequest() throws Exception {
    enqueueJson(200, ok("GET /api/v1/quarantine/list/", "{\"offset_start\":0,\"per_page\":10,\"quarantine_items\":[]}"));

    assertThat(client.quarantine().list()).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void list_startsAtOffsetStart() throws Exception {
    enqueueJson(200, listPage(20, 5, item(9, SHA, "2014-09-25T10:28:15+02:00")));

    List<QuarantineItem> items =
        client.quarantine().list(QuarantineListOptions.builder().offsetStart(20).perPage(5).build()).toList();

    assertThat(items).extracting(QuarantineItem::id).containsExactly(9L);
    assertThat(take().getUrl().encodedQuery()).isEqualTo("offset_start=20&per_page=5&oauth_token=" + TOKEN);
  }

  @Test
  void list_checksArgumentsBeforeSending() {
    assertThatThrownBy(() -> QuarantineListOptions.builder().perPage(0).build())
        .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("perPage");
    assertThatThrownBy(() -> QuarantineListOptions.builder().perPage(1001).build())
        .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("perPage");
    assertThatThrownBy(() -> QuarantineListOptions.builder().offsetStart(-1).build())
        .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("offsetStart");
    assertThatThrownBy(() -> client.quarantine().list(null))
        .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("options");
    assertThat(QuarantineListOptions.builder().perPage(1000).build().perPage()).isEqualTo(1000);
    assertThat(QuarantineListOptions.defaults()).isEqualTo(new QuarantineListOptions(0, 10));
    assertThat(QuarantineListOptions.defaults().toBuilder().perPage(3).build().perPage()).isEqualTo(3);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void get_sendsExactRequest_andParsesItem() throws Exception {
    enqueueJson(200, ok("GET /api/v1/quarantine/item/6/", "{\"quarantine_item\":" + item(6, SHA.toUpperCase(),
        "2014-09-12T17:34:04+02:00") + "}"));

    QuarantineItem item = client.quarantine().get(6);

    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/api/v1/quarantine/item/6/");
    assertThat(r.getUrl().encodedQuery()).isEqualTo("oauth_token=" + TOKEN);
    assertThat(r.getHeaders().get("Accept")).isEqualTo("application/json");
    assertThat(item.id()).isEqualTo(6);
    assertThat(item.sha256()).as("normalised to lower case").isEqualTo(SHA);
    assertThat(item.createdOn()).contains(OffsetDateTime.parse("2014-09-12T17:34:04+02:00"));
  }

  @Test
  void get_checksIdBeforeSending() {
    assertThatThrownBy(() -> client.quarantine().get(0)).isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("id");
    assertThatThrownBy(() -> client.quarantine().get(-4)).isInstanceOf(InvalidArgumentException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void get_missingItemInReply_isProtocolError() {
    enqueueJson(200, ok("GET /api/v1/quarantine/item/6/", "{}"));

    assertThatThrownBy(() -> client.quarantine().get(6)).isInstanceOf(ProtocolException.class)
        .hasMessageContaining("quarantine_item");
  }

  @Test
  void item_zeroDates_forcedItem_nullUser_andUnknownFieldsAreKept() {
    String forced = "{\"id\":7,\"quarantine_session\":{\"id\":70,\"usr_id\":null,\"origin\":\"ftp\"},\"base_id\":\"2\","
        + "\"original_name\":\"a.pdf\",\"sha256\":\"" + SHA + "\",\"uuid\":\"u\",\"forced\":1,\"checks\":[],"
        + "\"created_on\":\"-0001-11-30T00:00:00+00:09\",\"updated_on\":null,\"new_field\":{\"x\":1}}";
    enqueueJson(200, ok("GET /api/v1/quarantine/item/7/", "{\"quarantine_item\":" + forced + "}"));

    QuarantineItem item = client.quarantine().get(7);

    assertThat(item.createdOn()).isEmpty();
    assertThat(item.updatedOn()).isEmpty();
    assertThat(item.forced()).isTrue();
    assertThat(item.checks()).isEmpty();
    assertThat(item.baseId()).as("numbers sent as strings").isEqualTo(2);
    assertThat(item.session().userId()).isEmpty();
    assertThat(item.session().extra()).containsEntry("origin", "ftp");
    assertThat(item.extra()).containsKey("new_field");
  }

  @Test
  void item_checksSentAsPhpObject_areKeptInOrder() {
    String odd = item(8, SHA, "2014-09-12T17:34:04+02:00")
        .replace("\"checks\":[\"A file with the same checksum already exists in database\"]",
            "\"checks\":{\"1\":\"same checksum\",\"3\":\"same uuid\"}");
    enqueueJson(200, ok("GET /api/v1/quarantine/item/8/", "{\"quarantine_item\":" + odd + "}"));

    assertThat(client.quarantine().get(8).checks()).containsExactly("same checksum", "same uuid");
  }

  @Test
  void item_badDate_isProtocolErrorNamingTheField() {
    enqueueJson(200, ok("GET /api/v1/quarantine/item/8/",
        "{\"quarantine_item\":" + item(8, SHA, "yesterday at noon") + "}"));

    assertThatThrownBy(() -> client.quarantine().get(8)).isInstanceOf(ProtocolException.class)
        .hasMessageContaining("created_on");
  }

  @Test
  void notFound_envelope_isNotFoundException_withVendorFields() {
    enqueueJson(404, envelope("GET /api/v1/quarantine/item/99/", 404, "Not Found", "Requested resource is not found",
        "Quarantine item 99 not found", "{}"));

    assertThatThrownBy(() -> client.quarantine().get(99))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.status()).hasValue(404);
          assertThat(e.vendorCode()).contains("Not Found");
          assertThat(e.vendorMessage()).contains("Requested resource is not found: Quarantine item 99 not found");
          assertThat(e.operation()).isEqualTo(QuarantineApi.OP_GET);
          assertThat(e.backend()).isEqualTo("phraseanet");
          assertThat(e.getMessage()).doesNotContain(TOKEN).contains("oauth_token=***");
        });
  }

  @Test
  void metaError_withHttp200_isStillTypedError() {
    enqueueJson(200, envelope("GET /api/v1/quarantine/list/", 403, "Forbidden",
        "Access to the requested resource is forbidden", null, "{}"));

    assertThatThrownBy(() -> client.quarantine().list().toList())
        .isInstanceOfSatisfying(PermissionDeniedException.class, e -> {
          assertThat(e.status()).as("the real code is meta.http_code").hasValue(403);
          assertThat(e.vendorCode()).contains("Forbidden");
        });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void metaError_503_withHttp200_isRetried() {
    enqueueJson(200, envelope("GET /api/v1/quarantine/item/6/", 503, "Service Temporarily Unavailable",
        "Server is offline for maintenance, try again soon.", null, "{}"));
    enqueueJson(200, ok("GET /api/v1/quarantine/item/6/", "{\"quarantine_item\":" + item(6, SHA, "2014-09-12T17:34:04+02:00") + "}"));

    assertThat(client.quarantine().get(6).id()).isEqualTo(6);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void invalidToken_401_isAuthenticationError_notReplayed() {
    enqueueJson(401, envelope("GET /api/v1/quarantine/list/", 401, "Unauthorized",
        "The OAuth token was provided but was invalid.", null, "{}"));

    assertThatThrownBy(() -> client.quarantine().list().toList())
        .isInstanceOfSatisfying(AuthenticationException.class, e -> {
          assertThat(e.sessionExpired()).isFalse();
          assertThat(e.isRetryable()).isFalse();
          assertThat(e.vendorCode()).contains("Unauthorized");
          assertThat(e.getMessage()).doesNotContain(TOKEN);
        });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void notAuthorized_401_isPermissionDenied() {
    enqueueJson(401, envelope("GET /api/v1/quarantine/item/6/", 401, "Unauthorized",
        "The OAuth token was provided but was invalid.", "You are not authorized", "{}"));

    assertThatThrownBy(() -> client.quarantine().get(6)).isInstanceOfSatisfying(PermissionDeniedException.class,
        e -> assertThat(e.vendorMessage()).contains("The OAuth token was provided but was invalid.: You are not authorized"));
  }

  @Test
  void api10Envelope_withoutErrorType_isMappedByHttpCode() {
    enqueueJson(500, "{\"meta\":{\"api_version\":\"1.0\",\"request\":\"GET /api/v1/quarantine/list/\",\"http_code\":500,"
        + "\"error_message\":\"something went wrong\",\"error_details\":\"disk full\",\"charset\":\"UTF-8\"},\"response\":{}}");

    assertThatThrownBy(() -> client.quarantine().list().toList()).isInstanceOfSatisfying(ServerException.class, e -> {
      assertThat(e.vendorCode()).isEmpty();
      assertThat(e.vendorMessage()).contains("something went wrong: disk full");
      assertThat(e.isRetryable()).isFalse();
    });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void status503_withRetryAfter_isRetriedHonouringIt() {
    server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "2").build());
    enqueueJson(200, resource("seed-quarantine-list.json"));

    assertThat(client.quarantine().list().toList()).hasSize(2);
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sleeps).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void htmlErrorPage_isServerError_withoutHtmlInMessage() {
    for (int i = 0; i < 4; i++) {
      server.enqueue(new MockResponse.Builder().code(502).setHeader("Content-Type", "text/html")
          .body("<!DOCTYPE html><html><body>Bad Gateway</body></html>").build());
    }
    assertThatThrownBy(() -> client.quarantine().get(1)).isInstanceOfSatisfying(ServerException.class, e -> {
      assertThat(e.isRetryable()).isTrue();
      assertThat(e.vendorMessage()).isEmpty();
    });
    assertThat(server.getRequestCount()).as("default policy: 4 attempts").isEqualTo(4);
  }

  @Test
  void replyThatIsNotAnEnvelope_isProtocolError() {
    enqueueJson(200, "{\"quarantine_items\":[]}");
    assertThatThrownBy(() -> client.quarantine().list().toList()).isInstanceOf(ProtocolException.class)
        .hasMessageContaining("envelope");
    enqueueJson(200, "not json at all");
    assertThatThrownBy(() -> client.quarantine().list().toList()).isInstanceOf(ProtocolException.class);
    enqueueJson(200, ok("GET /api/v1/quarantine/list/", "\"text\""));
    assertThatThrownBy(() -> client.quarantine().list().toList()).isInstanceOf(ProtocolException.class)
        .hasMessageContaining("not an object");
    enqueueJson(200, "{\"meta\":{\"http_code\":\"abc\"},\"response\":{}}");
    assertThatThrownBy(() -> client.quarantine().list().toList()).isInstanceOf(ProtocolException.class)
        .hasMessageContaining("http_code");
  }

  @Test
  void emptyPhpArrayResponse_meansNoData() {
    enqueueJson(200, ok("GET /api/v1/quarantine/list/", "[]"));
    assertThat(client.quarantine().list().toList()).isEmpty();
  }

  @Test
  void baseUrl_withPrefixAndApiSuffix_keepsPrefixAndTrailingSlash() throws Exception {
    try (PhraseanetClient prefixed = PhraseanetClient.builder()
        .baseUrl(server.url("/phraseanet/api/v1/").toString()).accessToken(TOKEN).build()) {
      enqueueJson(200, ok("GET /api/v1/quarantine/item/6/", "{\"quarantine_item\":" + item(6, SHA, "2014-09-12T17:34:04+02:00") + "}"));
      prefixed.quarantine().get(6);
      assertThat(take().getUrl().encodedPath()).isEqualTo("/phraseanet/api/v1/quarantine/item/6/");
    }
  }

  @Test
  void builder_checksItsArguments_andHidesTheToken() {
    assertThatThrownBy(() -> PhraseanetClient.builder().baseUrl("http://x").build())
        .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("accessToken");
    assertThatThrownBy(() -> PhraseanetClient.builder().baseUrl("http://x").accessToken("  ").build())
        .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("accessToken");
    assertThatThrownBy(() -> PhraseanetClient.builder().baseUrl("ftp:/nope").accessToken("t").build())
        .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("baseUrl");
    assertThatThrownBy(() -> PhraseanetClient.builder().accessToken("t").build())
        .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("baseUrl");
    assertThat(client.toString()).doesNotContain(TOKEN);
    assertThat(client.toBuilder().toString()).doesNotContain(TOKEN).contains("***");
    assertThat(client.toBuilder().build().quarantine()).isNotNull();
  }

  @Test
  void close_isIdempotent() {
    client.close();
    client.close();
    assertThat(client.isClosed()).isTrue();
  }

  @Test
  void localFileCheck_streamsAndCompares(@TempDir Path dir) throws Exception {
    byte[] content = "quarantined bytes".getBytes(StandardCharsets.UTF_8);
    Path file = Files.write(dir.resolve("doc.pdf"), content);
    String sha = Checksum.compute(ChecksumAlgorithm.SHA256, content).hex();
    enqueueJson(200, ok("GET /api/v1/quarantine/item/6/", "{\"quarantine_item\":" + item(6, sha, "2014-09-12T17:34:04+02:00") + "}"));
    QuarantineItem item = client.quarantine().get(6);

    assertThat(QuarantineApi.matchesLocalFile(item, file)).isTrue();
    assertThat(QuarantineApi.verifyLocalFile(item, file).hex()).isEqualTo(sha);

    Path other = Files.write(dir.resolve("other.pdf"), "other bytes".getBytes(StandardCharsets.UTF_8));
    assertThat(QuarantineApi.matchesLocalFile(item, other)).isFalse();
    assertThatThrownBy(() -> QuarantineApi.verifyLocalFile(item, other))
        .isInstanceOfSatisfying(ChecksumMismatchException.class, e -> assertThat(e.expected()).isEqualTo(sha));
  }

  @Test
  void localFileCheck_refusesBadArguments(@TempDir Path dir) throws Exception {
    Path file = Files.write(dir.resolve("f"), new byte[] {1});
    QuarantineItem noSha = new QuarantineItem(1, new org.gedkit.phraseanet.model.QuarantineSession(1, null, null, null),
        1, "f", "not-hex", "u", false, null, null, null, null);
    assertThat(noSha.checksum()).isEmpty();
    assertThat(noSha.session().userId()).isEqualTo(Optional.empty());
    assertThatThrownBy(() -> QuarantineApi.matchesLocalFile(noSha, file)).isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("SHA-256");
    assertThatThrownBy(() -> QuarantineApi.matchesLocalFile(noSha, dir)).isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("regular file");
    assertThatThrownBy(() -> QuarantineApi.matchesLocalFile(null, file)).isInstanceOf(InvalidArgumentException.class);
    assertThatThrownBy(() -> QuarantineApi.verifyLocalFile(noSha, null)).isInstanceOf(InvalidArgumentException.class);
    assertThat(new GedkitException("x", org.gedkit.core.error.ErrorDetails.of("phraseanet", "t"), false, null))
        .isNotNull();
  }
}
