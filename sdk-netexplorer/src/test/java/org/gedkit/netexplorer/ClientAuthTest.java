package org.gedkit.netexplorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.gedkit.core.error.AuthenticationException;
import org.gedkit.core.error.ConflictException;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.error.PermissionDeniedException;
import org.gedkit.core.error.RateLimitedException;
import org.gedkit.core.error.UnsupportedCapabilityException;
import org.gedkit.core.http.RetryPolicy;
import org.gedkit.netexplorer.internal.RouteContext;
import org.gedkit.netexplorer.internal.Routes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClientAuthTest {

  MockWebServer server;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  NetExplorerClient.Builder builder() {
    return NetExplorerClient.builder().baseUrl(server.url("/").toString()).credentials("smithj", "s3cret")
        .sleeper(d -> { }).retryPolicy(RetryPolicy.none());
  }

  void reply(int code, String body) {
    server.enqueue(new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body)
        .build());
  }

  RecordedRequest take() throws InterruptedException {
    return server.takeRequest(5, TimeUnit.SECONDS);
  }

  @Test
  void login_postsUserAndPassword_thenSendsBearer_andLogsOutOnClose() throws Exception {
    reply(200, "{\"token\":\"0123456789ABCDEF\"}");
    reply(200, "{\"id\":\"15\",\"login\":\"smithj\",\"roots\":[14,18]}");
    reply(204, "");
    NetExplorerClient nx = builder().build();
    assertThat(nx.account().get().roots()).containsExactly(14L, 18L);
    nx.close();
    nx.close();
    RecordedRequest login = take();
    assertThat(login.getMethod()).isEqualTo("POST");
    assertThat(login.getTarget()).isEqualTo("/api/auth");
    assertThat(login.getBody().utf8()).isEqualTo("{\"user\":\"smithj\",\"password\":\"s3cret\"}");
    assertThat(login.getHeaders().get("Authorization")).isNull();
    RecordedRequest get = take();
    assertThat(get.getTarget()).isEqualTo("/api/account");
    assertThat(get.getHeaders().get("Authorization")).isEqualTo("Bearer 0123456789ABCDEF");
    RecordedRequest logout = take();
    assertThat(logout.getMethod()).isEqualTo("DELETE");
    assertThat(logout.getTarget()).isEqualTo("/api/auth");
    assertThat(logout.getHeaders().get("Authorization")).isEqualTo("Bearer 0123456789ABCDEF");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void expiredToken_401_logsInOnceAndReplays() throws Exception {
    reply(200, "{\"token\":\"t1\"}");
    reply(401, "{\"error\":\"Token expired\"}");
    reply(200, "{\"token\":\"t2\"}");
    reply(200, "{\"id\":\"15\"}");
    try (NetExplorerClient nx = builder().logoutOnClose(false).build()) {
      assertThat(nx.account().get().id()).isEqualTo("15");
      assertThat(nx.loginCount()).isEqualTo(2);
    }
    take();
    assertThat(take().getHeaders().get("Authorization")).isEqualTo("Bearer t1");
    assertThat(take().getTarget()).isEqualTo("/api/auth");
    assertThat(take().getHeaders().get("Authorization")).isEqualTo("Bearer t2");
  }

  @Test
  void wrongPassword_isAuthenticationException_notRetried() {
    reply(401, "{\"error\":\"Identifiants invalides\"}");
    try (NetExplorerClient nx = builder().logoutOnClose(false).build()) {
      assertThatThrownBy(() -> nx.account().get()).isInstanceOf(AuthenticationException.class)
          .hasMessageNotContaining("s3cret");
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void legacyTokenHeader_andCustomBasePath() throws Exception {
    reply(200, "{\"token\":\"abc\"}");
    reply(200, "{\"id\":\"1\"}");
    try (NetExplorerClient nx = builder().authScheme(AuthScheme.TOKEN_HEADER).basePath("/rest/v3/")
        .logoutOnClose(false).build()) {
      nx.account().get();
    }
    assertThat(take().getTarget()).isEqualTo("/rest/v3/auth");
    RecordedRequest r = take();
    assertThat(r.getTarget()).isEqualTo("/rest/v3/account");
    assertThat(r.getHeaders().get("Token")).isEqualTo("abc");
    assertThat(r.getHeaders().get("Authorization")).isNull();
  }

  @Test
  void as_sendsAsIdHeader_sharingTheSession() throws Exception {
    reply(200, "{\"token\":\"abc\"}");
    reply(200, "{\"id\":\"1\"}");
    reply(200, "{\"id\":\"42\"}");
    try (NetExplorerClient nx = builder().logoutOnClose(false).build()) {
      nx.account().get();
      NetExplorerClient bob = nx.as("42");
      assertThat(bob.account().get().id()).isEqualTo("42");
      bob.close();
      assertThat(nx.loginCount()).isEqualTo(1);
    }
    take();
    assertThat(take().getHeaders().get("AsId")).isNull();
    RecordedRequest r = take();
    assertThat(r.getHeaders().get("AsId")).isEqualTo("42");
    assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer abc");
  }

  @Test
  void errors_mapToTheHierarchy_withVendorMessage() {
    try (NetExplorerClient nx = NetExplorerClient.builder().baseUrl(server.url("/").toString()).token("t")
        .sleeper(d -> { }).retryPolicy(RetryPolicy.none()).build()) {
      reply(403, "{\"error\":\"Un élément du même nom existe déjà. Veuillez saisir un nom différent.\"}");
      assertThatThrownBy(() -> nx.folders().get(1)).isInstanceOf(PermissionDeniedException.class)
          .satisfies(e -> assertThat(((PermissionDeniedException) e).vendorMessage().orElseThrow())
              .contains("Un élément du même nom existe déjà"));
      reply(409, "{\"error\":\"conflict\"}");
      assertThatThrownBy(() -> nx.folders().get(1)).isInstanceOf(ConflictException.class);
      reply(422, "{\"error\":\"invalid name\"}");
      assertThatThrownBy(() -> nx.folders().get(1)).isInstanceOf(InvalidArgumentException.class);
      reply(423, "file still being transferred");
      assertThatThrownBy(() -> nx.folders().get(1)).isInstanceOf(ConflictException.class)
          .hasMessageContaining("Locked");
      server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "3").body("").build());
      assertThatThrownBy(() -> nx.folders().get(1)).isInstanceOf(RateLimitedException.class);
    }
  }

  @Test
  void builder_validates() {
    assertThatThrownBy(() -> NetExplorerClient.builder().token("t").build())
        .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("baseUrl");
    assertThatThrownBy(() -> NetExplorerClient.builder().baseUrl("http://x").build())
        .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("credentials");
    assertThat(builder().toString()).doesNotContain("s3cret");
  }

  @Test
  void lowConfidenceRoutes_areRefusedUnlessOptedIn() {
    assertThatThrownBy(() -> Routes.GET_MIXER_TOKEN_STATUS.request(new RouteContext("api", false), "t"))
        .isInstanceOf(UnsupportedCapabilityException.class);
    assertThat(Routes.POST_FILE_UPLOAD_STREAM.request(new RouteContext("api", true)).build().method())
        .isEqualTo("POST");
  }
}
