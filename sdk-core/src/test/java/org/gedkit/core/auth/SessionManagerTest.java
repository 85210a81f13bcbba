package org.gedkit.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.gedkit.core.error.GedkitException;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.http.ApiRequest;
import org.gedkit.core.http.AuthTarget;
import org.gedkit.core.http.HttpTransport;
import org.gedkit.core.testing.RecordingSleeper;
import org.gedkit.core.testing.TestClock;
import org.junit.jupiter.api.Test;

class SessionManagerTest {

  @StartStop private final MockWebServer server = new MockWebServer();
  private final TestClock clock = TestClock.at("2026-01-01T00:00:00Z");
  private final AtomicInteger logins = new AtomicInteger();
  private final List<String> loggedOut = new CopyOnWriteArrayList<>();

  private Supplier<IssuedSession<String>> counting() {
    return () -> IssuedSession.of("s" + logins.incrementAndGet());
  }

  @Test
  void logsInLazilyAndOnce() {
    SessionManager<String> m = SessionManager.builder("b", counting()).clock(clock).build();
    assertThat(logins).hasValue(0);
    assertThat(m.peek()).isEmpty();
    assertThat(m.lastUsed()).isEmpty();
    assertThat(m.current()).isEqualTo("s1");
    assertThat(m.current()).isEqualTo("s1");
    assertThat(m.loginCount()).isEqualTo(1);
    assertThat(m.peek()).contains("s1");
    assertThat(m.lastUsed()).contains(clock.instant());
    assertThat(m.toString()).contains("loggedIn=true").doesNotContain("s1");
  }

  @Test
  void lastUsedMovesWithTheClockButIsNotRewrittenWithinAMillisecond() {
    SessionManager<String> m = SessionManager.builder("b", counting()).clock(clock).build();
    m.current();
    Instant first = clock.instant();
    clock.advance(Duration.ofNanos(999_999));
    m.current();
    assertThat(m.lastUsed()).contains(first);
    clock.advance(Duration.ofNanos(1));
    m.current();
    assertThat(m.lastUsed()).contains(clock.instant());
    clock.advance(Duration.ofSeconds(30));
    assertThat(m.idleFor(Duration.ofSeconds(30))).isTrue();
    m.current();
    assertThat(m.lastUsed()).contains(clock.instant());
    assertThat(m.idleFor(Duration.ofSeconds(30))).isFalse();
  }

  @Test
  void sixtyFourThreadsHittingAnExpiredSessionCauseExactlyOneRelogin() throws Exception {
    SessionManager<String> m = SessionManager.builder("b", () -> {
      sleepBriefly();
      return IssuedSession.of("s" + logins.incrementAndGet());
    }).clock(clock).build();
    String stale = m.current();
    assertThat(logins).hasValue(1);
    int threads = 64;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CyclicBarrier start = new CyclicBarrier(threads);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        results.add(pool.submit(() -> {
          start.await();
          // every thread sent the old session and got it refused as expired
          new SessionAuthorizer<>(m, (s, t) -> { }).sessionExpired(stale);
          return m.current();
        }));
      }
      for (Future<String> f : results) {
        assertThat(f.get(10, TimeUnit.SECONDS)).isEqualTo("s2");
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(stale).isEqualTo("s1");
    assertThat(logins).hasValue(2);
    assertThat(m.loginCount()).isEqualTo(2);
  }

  @Test
  void sixtyFourThreadsThroughTheTransportCauseOneReloginAndEveryCallIsReplayed() throws Exception {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String auth = request.getHeaders().get("Authorization");
        return "Bearer s1".equals(auth) ? new MockResponse.Builder().code(401).build()
            : new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body("{\"ok\":true}")
                .build();
      }
    });
    SessionManager<String> m = SessionManager.builder("b", counting()).clock(clock).build();
    HttpTransport t = HttpTransport.builder("b").baseUrl(server.url("/")).sleeper(new RecordingSleeper())
        .authorizer(new SessionAuthorizer<>(m, (s, target) -> target.header("Authorization", "Bearer " + s))).build();
    m.current();
    int threads = 64;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        results.add(pool.submit(() -> {
          go.await();
          return t.execute(ApiRequest.get("op").path("x").build(), r -> r.jsonTree().get("ok").asBoolean());
        }));
      }
      go.countDown();
      for (Future<Boolean> f : results) {
        assertThat(f.get(20, TimeUnit.SECONDS)).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(m.loginCount()).isEqualTo(2);
  }

  private static void sleepBriefly() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void renewReplacesOnlyTheStaleSession() {
    SessionManager<String> m = SessionManager.builder("b", counting()).clock(clock).build();
    String first = m.current();
    assertThat(m.renew(first)).isEqualTo("s2");
    // a late renew for the same stale session does not log in again
    assertThat(m.renew(first)).isEqualTo("s2");
    m.invalidate(first);
    assertThat(m.peek()).contains("s2");
    m.invalidate(m.current());
    assertThat(m.peek()).isEmpty();
    assertThat(m.current()).isEqualTo("s3");
  }

  @Test
  void renewsBeforeAKnownExpiry() {
    SessionManager<String> m = SessionManager.builder("b",
        () -> IssuedSession.expiringAt("s" + logins.incrementAndGet(), clock.instant().plus(Duration.ofMinutes(10))))
        .clock(clock).renewBefore(Duration.ofSeconds(30)).build();
    assertThat(m.current()).isEqualTo("s1");
    clock.advance(Duration.ofMinutes(9).plusSeconds(29));
    assertThat(m.current()).isEqualTo("s1");
    clock.advance(Duration.ofSeconds(1));
    assertThat(m.current()).isEqualTo("s2");
    assertThat(m.loginCount()).isEqualTo(2);
  }

  @Test
  void keepAliveOncePingsOnlyAnIdleSession() {
    List<String> pings = new ArrayList<>();
    SessionManager<String> m = SessionManager.builder("b", counting()).clock(clock).build();
    assertThat(m.keepAliveOnce(Duration.ofSeconds(50), pings::add)).isFalse();
    m.current();
    assertThat(m.idleFor(Duration.ofSeconds(50))).isFalse();
    clock.advance(Duration.ofSeconds(49));
    assertThat(m.keepAliveOnce(Duration.ofSeconds(50), pings::add)).isFalse();
    clock.advance(Duration.ofSeconds(1));
    assertThat(m.keepAliveOnce(Duration.ofSeconds(50), pings::add)).isTrue();
    assertThat(pings).containsExactly("s1");
    // the ping counts as use: not idle any more
    assertThat(m.keepAliveOnce(Duration.ofSeconds(50), pings::add)).isFalse();
    clock.advance(Duration.ofSeconds(60));
    assertThat(m.keepAliveOnce(Duration.ofSeconds(50), s -> {
      throw new IllegalStateException("gone");
    })).isFalse();
    assertThat(m.peek()).isEmpty();
    assertThat(m.current()).isEqualTo("s2");
  }

  @Test
  void keepAliveRunsOnASchedule() throws Exception {
    CountDownLatch pinged = new CountDownLatch(1);
    SessionManager<String> m = SessionManager.builder("b", counting()).clock(clock).build();
    m.current();
    clock.advance(Duration.ofHours(1));
    m.startKeepAlive(Duration.ofMillis(10), s -> pinged.countDown());
    m.startKeepAlive(Duration.ofMillis(10), s -> pinged.countDown());
    assertThat(pinged.await(5, TimeUnit.SECONDS)).isTrue();
    assertThatThrownBy(() -> m.startKeepAlive(Duration.ZERO, s -> { })).isInstanceOf(InvalidArgumentException.class);
    m.close();
  }

  @Test
  void closeLogsOutOnceAndLaterCallsFail() {
    SessionManager<String> m = SessionManager.builder("b", counting()).logout(loggedOut::add).clock(clock).build();
    m.current();
    m.close();
    m.close();
    assertThat(loggedOut).containsExactly("s1");
    assertThat(m.isClosed()).isTrue();
    assertThatThrownBy(m::current).isInstanceOf(GedkitException.class).hasMessageContaining("closed");
    assertThat(m.loginCount()).isEqualTo(1);
  }

  @Test
  void closeWithoutLoginDoesNotLogOutAndLogoutFailuresAreSwallowed() {
    SessionManager<String> never = SessionManager.builder("b", counting()).logout(loggedOut::add).build();
    never.close();
    assertThat(loggedOut).isEmpty();
    SessionManager<String> failing = SessionManager.builder("b", counting()).logout(s -> {
      throw new IllegalStateException("network down");
    }).build();
    failing.current();
    failing.close();
    assertThat(failing.isClosed()).isTrue();
  }

  @Test
  void credentialsAndSessionsNeverPrintTheirSecret() {
    Credentials pw = Credentials.password("jo", "hunter22");
    assertThat(pw.toString()).contains("jo").doesNotContain("hunter22");
    assertThat(pw.kind()).isEqualTo(Credentials.Kind.PASSWORD);
    assertThat(pw.user()).contains("jo");
    assertThat(pw.secret()).isEqualTo("hunter22");
    assertThat(pw).isEqualTo(Credentials.password("jo", "hunter22")).hasSameHashCodeAs(Credentials.password("jo",
        "hunter22"));
    Credentials tok = Credentials.token("tok-123456");
    assertThat(tok.toString()).doesNotContain("tok-123456");
    assertThat(tok.user()).isEmpty();
    assertThat(tok).isNotEqualTo(pw);
    assertThatThrownBy(() -> Credentials.password(" ", "x")).isInstanceOf(InvalidArgumentException.class);
    assertThatThrownBy(() -> Credentials.password("u", null)).isInstanceOf(InvalidArgumentException.class);
    assertThatThrownBy(() -> Credentials.token("")).isInstanceOf(InvalidArgumentException.class);
    IssuedSession<String> s = IssuedSession.expiringAt("sess-secret", Instant.EPOCH);
    assertThat(s.toString()).doesNotContain("sess-secret").contains("1970");
    assertThat(s.expiresAt()).contains(Instant.EPOCH);
    assertThat(IssuedSession.of("x").expiresAt()).isEmpty();
  }

  @Test
  void sessionAuthorizerAppliesTheCurrentSession() {
    SessionManager<String> m = SessionManager.builder("b", counting()).build();
    SessionAuthorizer<String> a = new SessionAuthorizer<>(m, (s, t) -> t.queryParameter("sessionid", s));
    List<String> seen = new ArrayList<>();
    Object stamp = a.authorize(new AuthTarget() {
      @Override
      public void header(String name, String value) {}

      @Override
      public void queryParameter(String name, String value) {
        seen.add(name + "=" + value);
      }

      @Override
      public void formField(String name, String value) {}
    });
    assertThat(seen).containsExactly("sessionid=s1");
    assertThat(stamp).isEqualTo("s1");
    a.sessionExpired(stamp);
    assertThat(m.peek()).isEmpty();
    assertThat(a.sessions()).isSameAs(m);
    assertThat(a.toString()).doesNotContain("s1");
  }
}
