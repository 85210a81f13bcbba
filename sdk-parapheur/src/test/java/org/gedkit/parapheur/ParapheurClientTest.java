package org.gedkit.parapheur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gedkit.parapheur.TestSupport.json;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.gedkit.core.auth.Credentials;
import org.gedkit.core.error.AuthenticationException;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.testkit.MutableClock;
import org.junit.jupiter.api.Test;

class ParapheurClientTest {

  @StartStop
  final MockWebServer server = new MockWebServer();

  private static final String EMPTY_HISTORY = "{\"history\":[]}";

  @Test
  void basic_isSentOnEveryCall() throws Exception {
    server.enqueue(json(200, EMPTY_HISTORY));
    server.enqueue(json(200, EMPTY_HISTORY));
    try (ParapheurClient client = TestSupport.basicClient(server).build()) {
      client.documents().history(1);
      client.documents().history(2);
      String expected = "Basic " + Base64.getEncoder().encodeToString("rest:secret".getBytes(StandardCharsets.UTF_8));
      assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo(expected);
      assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo(expected);
      assertThat(client.authMode()).isEqualTo(AuthMode.BASIC);
      assertThat(client.loginCount()).isZero();
    }
  }

  @Test
  void basic_401_isRefusedCredentials_notReplayed() {
    server.enqueue(json(401, "{\"errors\":\"Authentication Failed\"}"));
    try (ParapheurClient client = TestSupport.basicClient(server).build()) {
      assertThatThrownBy(() -> client.documents().history(1))
          .isInstanceOfSatisfying(AuthenticationException.class, e -> {
            assertThat(e.sessionExpired()).isFalse();
            assertThat(e.vendorMessage()).contains("Authentication Failed");
          });
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
  }

  @Test
  void bearerToken_isSentAsIs() throws Exception {
    server.enqueue(json(200, EMPTY_HISTORY));
    try (ParapheurClient client = ParapheurClient.builder().baseUrl(server.url("/").toString())
        .credentials(Credentials.token("ready.made.jwt")).build()) {
      client.documents().history(7);
      assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer ready.made.jwt");
      assertThat(client.authMode()).isEqualTo(AuthMode.TOKEN);
    }
  }

  @Test
  void token_logsInLazilyOnce_thenSendsBearer() throws Exception {
    MutableClock clock = MutableClock.startingNow();
    String t1 = TestSupport.jwt(clock.instant().plusSeconds(1800).getEpochSecond(), "t1");
    server.enqueue(new MockResponse.Builder().code(204).setHeader("Token", t1).setHeader("Refresh-Token", "r1").build());
    server.enqueue(json(200, EMPTY_HISTORY));
    server.enqueue(json(200, EMPTY_HISTORY));
    try (ParapheurClient client = TestSupport.basicClient(server).credentials(Credentials.password("jjane", "pw"))
        .authMode(AuthMode.TOKEN).clock(clock).build()) {
      assertThat(server.getRequestCount()).isZero();
      client.documents().history(1);
      client.documents().history(1);
      RecordedRequest login = server.takeRequest();
      assertThat(login.getMethod()).isEqualTo("POST");
      assertThat(login.getUrl().encodedPath()).isEqualTo("/rest/authenticate");
      assertThat(login.getHeaders().get("Content-Type")).startsWith("application/json");
      assertThat(login.getHeaders().get("Authorization")).isNull();
      assertThat(login.getBody().utf8()).isEqualTo("{\"login\":\"jjane\",\"password\":\"pw\"}");
      assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer " + t1);
      assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer " + t1);
      assertThat(client.loginCount()).isEqualTo(1);
    }
  }

  @Test
  void token_401_refreshesWithRefreshToken_andReplaysOnce() throws Exception {
    server.enqueue(new MockResponse.Builder().code(204).setHeader("Token", "opaque-1").setHeader("Refresh-Token", "r1")
        .build());
    server.enqueue(json(401, "{\"errors\":\"Authentication Failed\"}"));
    server.enqueue(json(200, "{\"token\":\"opaque-2\"}"));
    server.enqueue(json(200, EMPTY_HISTORY));
    try (ParapheurClient client = TestSupport.basicClient(server).authMode(AuthMode.TOKEN).build()) {
      assertThat(client.documents().history(3)).isEmpty();
      server.takeRequest();
      assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer opaque-1");
      RecordedRequest refresh = server.takeRequest();
      assertThat(refresh.getMethod()).isEqualTo("GET");
      assertThat(refresh.getUrl().encodedPath()).isEqualTo("/rest/authenticate/token");
      assertThat(refresh.getUrl().queryParameter("refreshToken")).isEqualTo("r1");
      assertThat(refresh.getHeaders().get("Authorization")).isNull();
      RecordedRequest replay = server.takeRequest();
      assertThat(replay.getUrl().encodedPath()).isEqualTo("/rest/documents/3/history");
      assertThat(replay.getHeaders().get("Authorization")).isEqualTo("Bearer opaque-2");
      assertThat(client.loginCount()).isEqualTo(2);
    }
  }

  @Test
  void token_refreshRefused_logsInAgain() throws Exception {
    server.enqueue(new MockResponse.Builder().code(204).setHeader("Token", "opaque-1").setHeader("Refresh-Token", "r1")
        .build());
    server.enqueue(json(401, "{\"errors\":\"Authentication Failed\"}"));
    server.enqueue(json(401, "{\"errors\":\"Authentication Failed\"}"));
    server.enqueue(new MockResponse.Builder().code(204).setHeader("Token", "opaque-3").setHeader("Refresh-Token", "r3")
        .build());
    server.enqueue(json(200, EMPTY_HISTORY));
    try (ParapheurClient client = TestSupport.basicClient(server).authMode(AuthMode.TOKEN).build()) {
      client.documents().history(3);
      server.takeRequest();
      server.takeRequest();
      assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/rest/authenticate/token");
      assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/rest/authenticate");
      assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer opaque-3");
    }
  }

  @Test
  void token_aboutToExpire_isRefreshedBeforeTheCall() throws Exception {
    MutableClock clock = MutableClock.startingNow();
    Instant now = clock.instant();
    server.enqueue(new MockResponse.Builder().code(204)
        .setHeader("Token", TestSupport.jwt(now.plusSeconds(1800).getEpochSecond(), "a"))
        .setHeader("Refresh-Token", TestSupport.jwt(now.plusSeconds(7200).getEpochSecond(), "r")).build());
    server.enqueue(json(200, EMPTY_HISTORY));
    String second = TestSupport.jwt(now.plusSeconds(3600).getEpochSecond(), "b");
    server.enqueue(json(200, "{\"token\":\"" + second + "\"}"));
    server.enqueue(json(200, EMPTY_HISTORY));
    try (ParapheurClient client = TestSupport.basicClient(server).authMode(AuthMode.TOKEN).clock(clock).build()) {
      client.documents().history(1);
      clock.advance(java.time.Duration.ofMinutes(29).plusSeconds(45));
      client.documents().history(1);
      server.takeRequest();
      server.takeRequest();
      assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/rest/authenticate/token");
      assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer " + second);
    }
  }

  @Test
  void token_whoseExpiryOurClockSeesPast_isKeptUntilRefused_clockSkew() throws Exception {
    MutableClock clock = MutableClock.startingNow();
    String skewed = TestSupport.jwt(clock.instant().minusSeconds(3600).getEpochSecond(), "skew");
    server.enqueue(new MockResponse.Builder().code(204).setHeader("Token", skewed)
        .setHeader("Refresh-Token", TestSupport.jwt(clock.instant().minusSeconds(60).getEpochSecond(), "r")).build());
    server.enqueue(json(200, EMPTY_HISTORY));
    server.enqueue(json(200, EMPTY_HISTORY));
    server.enqueue(json(200, EMPTY_HISTORY));
    try (ParapheurClient client = TestSupport.basicClient(server).authMode(AuthMode.TOKEN).clock(clock).build()) {
      client.documents().history(1);
      client.documents().history(1);
      client.documents().history(1);
      assertThat(client.loginCount()).isEqualTo(1);
      server.takeRequest();
      for (int i = 0; i < 3; i++) {
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer " + skewed);
      }
    }
  }

  @Test
  void token_restUserRefused_explainsBasic() {
    server.enqueue(json(403, "{\"errors\":\"Authentication unauthorized\"}"));
    try (ParapheurClient client = TestSupport.basicClient(server).authMode(AuthMode.TOKEN).build()) {
      assertThatThrownBy(() -> client.documents().history(1))
          .isInstanceOfSatisfying(AuthenticationException.class, e -> {
            assertThat(e.sessionExpired()).isFalse();
            assertThat(e.getMessage()).contains("AuthMode.BASIC");
            assertThat(e.vendorMessage()).contains("Authentication unauthorized");
          });
    }
  }

  @Test
  void token_loginWithoutTokenHeader_isProtocolError() {
    server.enqueue(new MockResponse.Builder().code(204).build());
    try (ParapheurClient client = TestSupport.basicClient(server).authMode(AuthMode.TOKEN).build()) {
      assertThatThrownBy(() -> client.documents().history(1))
          .isInstanceOf(org.gedkit.core.error.ProtocolException.class).hasMessageContaining("Token header");
    }
  }

  @Test
  void refreshToken_neverAppearsInAnError() {
    server.enqueue(new MockResponse.Builder().code(204).setHeader("Token", "opaque-1")
        .setHeader("Refresh-Token", "very-secret-refresh").build());
    server.enqueue(json(401, "{\"errors\":\"Authentication Failed\"}"));
    server.enqueue(json(500, "{\"errors\":\"boom\"}"));
    try (ParapheurClient client = TestSupport.basicClient(server).authMode(AuthMode.TOKEN).build()) {
      assertThatThrownBy(() -> client.documents().history(3))
          .isInstanceOf(org.gedkit.core.error.ServerException.class)
          .hasMessageContaining("refreshToken=***").hasMessageNotContaining("very-secret-refresh")
          .hasMessageNotContaining("opaque-1").hasMessageNotContaining("secret");
    }
  }

  @Test
  void secrets_neverInToString() {
    try (ParapheurClient client = TestSupport.basicClient(server).authMode(AuthMode.TOKEN).build()) {
      assertThat(client.toString()).doesNotContain("secret");
      assertThat(client.toBuilder().toString()).doesNotContain("secret").contains("***");
    }
  }

  @Test
  void close_isIdempotent_andLaterTokenCallsFail() {
    ParapheurClient client = TestSupport.basicClient(server).authMode(AuthMode.TOKEN).build();
    client.close();
    client.close();
    assertThatThrownBy(() -> client.documents().history(1)).isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("closed");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void close_basicClientToo_refusesLaterCalls() {
    ParapheurClient client = TestSupport.basicClient(server).build();
    client.close();
    assertThatThrownBy(() -> client.documents().history(1)).isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("closed");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void builder_checksRequiredSettings() {
    assertThatThrownBy(() -> ParapheurClient.builder().credentials(Credentials.password("a", "b")).build())
        .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("baseUrl");
    assertThatThrownBy(() -> ParapheurClient.builder().baseUrl("http://localhost").build())
        .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("credentials");
    assertThatThrownBy(() -> ParapheurClient.builder().baseUrl("not a url").credentials(Credentials.password("a", "b"))
        .build()).isInstanceOf(InvalidArgumentException.class).hasMessageContaining("baseUrl");
  }
}
