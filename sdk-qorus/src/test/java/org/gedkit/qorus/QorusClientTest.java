package org.gedkit.qorus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.gedkit.core.error.AuthenticationException;
import org.gedkit.core.error.ConflictException;
import org.gedkit.core.error.GedkitException;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.error.NotFoundException;
import org.gedkit.core.error.PermissionDeniedException;
import org.gedkit.core.error.ProtocolException;
import org.gedkit.core.error.ServerException;
import org.gedkit.core.http.RetryPolicy;
import org.gedkit.core.paging.PagedIterable;
import org.gedkit.qorus.model.Order;
import org.gedkit.testkit.MutableClock;
import org.junit.jupiter.api.Test;

/** The client machinery: authentication flows, headers, errors, sensitive data, paging, YAML. */
class QorusClientTest extends QorusApiTestSupport {

  MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

  QorusClient tokenClient(Duration ttl) {
    return QorusClient.builder().baseUrl(server.url("/").toString()).credentials("admin", "s3cr3t")
        .tokenTtl(ttl).clock(clock).timeZone(ZoneId.of(ZONE)).retryPolicy(RetryPolicy.none()).build();
  }

  RecordedRequest take() throws InterruptedException {
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(r).isNotNull();
    return r;
  }

  @Test
  void tokenFlowObtainsAWsTokenWithBasicAuthAndSendsItAsQorusToken() throws Exception {
    try (QorusClient q = tokenClient(Duration.ofMinutes(10))) {
      reply("\"tok-1\"");
      reply("\"OK\"");
      assertThat(q.system().ping()).isEqualTo("OK");
      RecordedRequest login = take();
      assertThat(login.getMethod()).isEqualTo("GET");
      assertThat(login.getUrl().encodedPath()).isEqualTo("/api/v2/system");
      assertThat(login.getUrl().queryParameter("action")).isEqualTo("wstoken");
      assertThat(login.getUrl().queryParameter("ttl")).isEqualTo("600");
      assertThat(login.getHeaders().get("Authorization")).isEqualTo(BASIC);
      assertThat(login.getHeaders().get(QorusClient.TOKEN_HEADER)).isNull();
      RecordedRequest ping = take();
      assertThat(ping.getHeaders().get(QorusClient.TOKEN_HEADER)).isEqualTo("tok-1");
      assertThat(ping.getHeaders().get("Authorization")).isNull();
      assertThat(ping.getHeaders().get(QorusClient.TIME_ZONE_HEADER)).isEqualTo(ZONE);
      assertThat(q.tokenCount()).isEqualTo(1);
    }
  }

  /** Found by fuzzing: a token with a line break made OkHttp throw IllegalArgumentException on the next call. */
  @Test
  void aTokenThatCannotTravelInAHeaderIsAProtocolError() {
    try (QorusClient q = tokenClient(Duration.ofMinutes(10))) {
      reply("\"a: 1\\nb: 2\"");
      assertThatThrownBy(() -> q.system().ping()).isInstanceOf(ProtocolException.class)
          .hasMessageContaining("wstoken").hasMessageNotContaining("b: 2");
    }
  }

  @Test
  void tokenIsRenewedBeforeItExpires() throws Exception {
    try (QorusClient q = tokenClient(Duration.ofMinutes(10))) {
      reply("\"tok-1\"");
      reply("\"OK\"");
      q.system().ping();
      clock.advance(Duration.ofMinutes(9).plusSeconds(40)); // within the 30 s renewal margin
      reply("\"tok-2\"");
      reply("\"OK\"");
      q.system().ping();
      take();
      take();
      assertThat(take().getUrl().queryParameter("action")).isEqualTo("wstoken");
      assertThat(take().getHeaders().get(QorusClient.TOKEN_HEADER)).isEqualTo("tok-2");
      assertThat(q.tokenCount()).isEqualTo(2);
    }
  }

  @Test
  void a401RenewsTheTokenOnceAndReplaysTheCall() throws Exception {
    try (QorusClient q = tokenClient(Duration.ofMinutes(10))) {
      reply("\"tok-1\"");
      reply(401, "{\"err\":\"AUTHENTICATION-ERROR\",\"desc\":\"token expired\"}");
      reply("\"tok-2\"");
      reply("\"OK\"");
      assertThat(q.system().ping()).isEqualTo("OK");
      take();
      assertThat(take().getHeaders().get(QorusClient.TOKEN_HEADER)).isEqualTo("tok-1");
      take();
      assertThat(take().getHeaders().get(QorusClient.TOKEN_HEADER)).isEqualTo("tok-2");
      assertThat(q.tokenCount()).isEqualTo(2);
    }
  }

  @Test
  void aSecond401IsAnAuthenticationError() {
    try (QorusClient q = tokenClient(Duration.ofMinutes(10))) {
      reply("\"tok-1\"");
      reply(401, "\"bad\"");
      reply("\"tok-2\"");
      reply(401, "\"bad\"");
      assertThatThrownBy(() -> q.system().ping()).isInstanceOf(AuthenticationException.class);
      assertThat(q.tokenCount()).isEqualTo(2);
    }
  }

  @Test
  void publicLoginPostsUserAndPassAndSendsTheToken() throws Exception {
    try (QorusClient q = QorusClient.builder().baseUrl(server.url("/").toString()).credentials("admin", "s3cr3t")
        .publicLogin().timeZone(ZoneId.of(ZONE)).build()) {
      reply("{\"token\": \"web-1\"}");
      reply("\"OK\"");
      q.system().ping();
      RecordedRequest login = take();
      assertThat(login.getMethod() + " " + login.getUrl().encodedPath()).isEqualTo("POST /api/v2/public/login");
      assertThat(com.fasterxml.jackson.databind.json.JsonMapper.builder().build().readTree(login.getBody().utf8()))
          .isEqualTo(com.fasterxml.jackson.databind.json.JsonMapper.builder().build()
              .readTree("{\"user\":\"admin\",\"pass\":\"s3cr3t\"}"));
      assertThat(login.getHeaders().get("Authorization")).isNull();
      assertThat(take().getHeaders().get(QorusClient.TOKEN_HEADER)).isEqualTo("web-1");
      reply("\"OK\"");
    }
  }

  @Test
  void logoutOnClose() throws Exception {
    QorusClient q = tokenClient(Duration.ofMinutes(10));
    reply("\"tok-1\"");
    reply("\"OK\"");
    q.system().ping();
    reply("\"OK\"");
    q.close();
    q.close(); // idempotent
    take();
    take();
    RecordedRequest logout = take();
    assertThat(logout.getMethod()).isEqualTo("POST");
    assertThat(logout.getUrl().encodedPath()).isEqualTo("/api/v2/logout");
    assertThat(logout.getHeaders().get(QorusClient.TOKEN_HEADER)).isEqualTo("tok-1");
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThatThrownBy(() -> q.system().ping()).isInstanceOf(InvalidArgumentException.class);
  }

  @Test
  void logout() throws Exception {
    QorusClient q = tokenClient(Duration.ofMinutes(10));
    reply("\"tok-1\"");
    reply("\"OK\"");
    q.system().ping();
    reply("\"OK\"");
    q.logout();
    take();
    take();
    RecordedRequest r = take();
    assertThat(r.getMethod() + " " + r.getUrl().encodedPath()).isEqualTo("POST /api/v2/logout");
    assertThat(r.getHeaders().get(QorusClient.TOKEN_HEADER)).isEqualTo("tok-1");
    assertThat(r.getHeaders().get(QorusClient.TIME_ZONE_HEADER)).isEqualTo(ZONE);
    assertThat(r.getBody().utf8()).isEqualTo("{}");
  }

  @Test
  void closeWithoutAnyCallSendsNothing() {
    tokenClient(Duration.ofMinutes(10)).close();
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void staticTokenIsSentAsIs() throws Exception {
    try (QorusClient q = QorusClient.builder().baseUrl(server.url("/").toString()).token("given").build()) {
      reply("\"OK\"");
      q.system().ping();
      RecordedRequest r = take();
      assertThat(r.getHeaders().get(QorusClient.TOKEN_HEADER)).isEqualTo("given");
      assertThat(r.getHeaders().get(QorusClient.TIME_ZONE_HEADER)).isEqualTo(ZoneId.systemDefault().getId());
      reply(401, "\"expired\"");
      assertThatThrownBy(() -> q.system().ping()).isInstanceOfSatisfying(AuthenticationException.class,
          e -> assertThat(e.sessionExpired()).isFalse());
    }
  }

  @Test
  void noauthServerGetsNoCredentials() throws Exception {
    try (QorusClient q = QorusClient.builder().baseUrl(server.url("/").toString()).build()) {
      reply("\"OK\"");
      q.system().ping();
      RecordedRequest r = take();
      assertThat(r.getHeaders().get("Authorization")).isNull();
      assertThat(r.getHeaders().get(QorusClient.TOKEN_HEADER)).isNull();
    }
  }

  @Test
  void builderChecks() {
    assertThatThrownBy(() -> QorusClient.builder().build()).isInstanceOf(InvalidArgumentException.class);
    assertThatThrownBy(() -> QorusClient.builder().tokenTtl(Duration.ofDays(3))).isInstanceOf(InvalidArgumentException.class);
    assertThatThrownBy(() -> QorusClient.builder().token(" ")).isInstanceOf(InvalidArgumentException.class);
    assertThat(QorusClient.builder().baseUrl("http://h").credentials("u", "secret-pw").build().toString())
        .doesNotContain("secret-pw");
  }

  @Test
  void duplicateOrderKeyAsPlainTextIsAConflictCarryingTheCode() {
    reply(409, "409 Conflict: DUPLICATE-ORDER-KEY: key \"invoice\" = \"A-1\" already exists");
    assertThatThrownBy(() -> client.workflows().createOrder("WF", CreateOrderOptions.defaults()
        .withStaticData(Map.of("a", 1)).withGlobalUniqueKey(Map.of("invoice", "A-1"))))
        .isInstanceOfSatisfying(ConflictException.class, e -> {
          assertThat(e.vendorCode()).contains("DUPLICATE-ORDER-KEY");
          assertThat(e.vendorMessage()).contains("key \"invoice\" = \"A-1\" already exists");
          assertThat(e.status()).hasValue(409);
        });
  }

  @Test
  void errorHashForms() {
    reply(409, "{\"err\":\"DUPLICATE-ORDER-KEY\",\"desc\":\"dup\",\"arg\":{\"k\":1}}");
    assertThatThrownBy(() -> client.orders().retry(1)).isInstanceOfSatisfying(ConflictException.class,
        e -> assertThat(e.vendorCode()).contains("DUPLICATE-ORDER-KEY"));
    reply(403, "{\"err\":\"WORKFLOW-ACCESS-ERROR\",\"desc\":\"no\"}");
    assertThatThrownBy(() -> client.orders().retry(1)).isInstanceOf(PermissionDeniedException.class);
    reply(409, "{\"err\":\"ORDER-LOCK-ERROR\",\"desc\":\"locked\"}");
    assertThatThrownBy(() -> client.orders().retry(1)).isInstanceOfSatisfying(ConflictException.class,
        e -> assertThat(e.vendorMessage()).contains("locked"));
    reply(409, "{\"err\":\"SESSION-NOT-FOUND\",\"desc\":\"x\"}");
    assertThatThrownBy(() -> client.orders().retry(1)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void bareJsonStringForms() {
    reply(400, "\"ORDER-ARG-ERROR: workflow_instanceid 99 is not valid\"");
    assertThatThrownBy(() -> client.orders().get(99)).isInstanceOfSatisfying(InvalidArgumentException.class, e -> {
      assertThat(e.vendorCode()).contains("ORDER-ARG-ERROR");
      assertThat(e.vendorMessage()).contains("workflow_instanceid 99 is not valid");
    });
    reply(404, "\"workflow order 99 does not exist\"");
    assertThatThrownBy(() -> client.orders().get(99)).isInstanceOfSatisfying(NotFoundException.class,
        e -> assertThat(e.vendorMessage().orElseThrow()).contains("does not exist"));
    reply(500, "internal trouble");
    assertThatThrownBy(() -> client.orders().get(99)).isInstanceOf(ServerException.class);
  }

  @Test
  void fixtureLoginErrorIsAnAuthenticationError() {
    reply(400, "{\"err\":\"AUTHENTICATION-ERROR\",\"desc\":\"Invalid user or password\"}");
    assertThatThrownBy(() -> client.system().ping()).isInstanceOfSatisfying(AuthenticationException.class, e -> {
      assertThat(e.vendorCode()).contains("AUTHENTICATION-ERROR");
      assertThat(e.sessionExpired()).isFalse();
    });
  }

  @Test
  void argumentsAreCheckedBeforeSending() {
    assertThatThrownBy(() -> client.workflows().get(" ")).isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("workflow");
    assertThatThrownBy(() -> client.orders().get(-1)).isInstanceOf(InvalidArgumentException.class);
    assertThatThrownBy(() -> client.orders().lock(1, null)).isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("note");
    assertThatThrownBy(() -> client.workflows().createOrder("WF", null)).isInstanceOf(InvalidArgumentException.class);
    assertThatThrownBy(() -> OrderSearchOptions.defaults().withPageSize(0)).isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("pageSize");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void sensitiveDataIsRefusedOverPlainHttp() {
    GedkitException e = (GedkitException) org.assertj.core.api.Assertions.catchThrowable(() ->
        client.workflows().createOrder("WF", CreateOrderOptions.defaults().withStaticData(Map.of("a", 1))
            .withSensitiveData(Map.of("tax_id", Map.of("123-45", Map.of("data", Map.of("ssn", "123-45")))))));
    assertThat(e).isInstanceOf(InvalidArgumentException.class).hasMessageContaining("https");
    assertThat(e.getMessage()).doesNotContain("123-45");
    assertThat(CreateOrderOptions.defaults().withSensitiveData(Map.of("tax_id", "123-45")).toString())
        .doesNotContain("123-45").contains("sensitiveData=***");
    assertThat(PurgeSensitiveDataOptions.defaults().withSvalue("123-45").toString()).doesNotContain("123-45");
    assertThatThrownBy(() -> client.orders().updateSensitiveData(1, "tax_id", "123-45", Map.of("a", 1), null, null))
        .isInstanceOf(InvalidArgumentException.class);
    assertThatThrownBy(() -> client.orders().searchSensitiveData("tax_id", "123-45", SensitiveSearchOptions.defaults()))
        .isInstanceOf(InvalidArgumentException.class);
    assertThatThrownBy(() -> client.orders().yamlSensitiveData(1, "tax_id", "123-45"))
        .isInstanceOf(InvalidArgumentException.class);
    assertThatThrownBy(() -> client.orders().purgeSensitiveData(PurgeSensitiveDataOptions.defaults()))
        .isInstanceOf(InvalidArgumentException.class);
    assertThat(server.getRequestCount()).isZero();
    // loopback http is only accepted when asked for, and a real host never
    QorusClient remote = QorusClient.builder().baseUrl("http://qorus.example:8011").allowSensitiveDataOverLoopbackHttp().build();
    assertThatThrownBy(() -> remote.orders().yamlSensitiveData(1, "tax_id", "123-45"))
        .isInstanceOf(InvalidArgumentException.class);
  }

  @Test
  void sensitiveRecordsMaskTheirValues() throws Exception {
    reply("{\"workflow_instanceid\": 5, \"has_sensitive_data\": true, \"sensitive_data\": {\"tax_id\": {\"123-45\": {}}}}");
    var order = secureClient.orders().get(5);
    assertThat(order.hasSensitiveData()).isTrue();
    assertThat(order.toString()).doesNotContain("123-45").contains("***");
    reply("{\"aliases\": [\"a1\"], \"data\": \"ssn: 123-45\\n\", \"meta\": {\"PURPOSE\": \"billing\"}}");
    var entry = secureClient.orders().yamlSensitiveData(5, "tax_id", "123-45");
    assertThat(entry.aliases()).containsExactly("a1");
    assertThat(entry.data()).containsEntry("ssn", "123-45");
    assertThat(entry.meta()).containsEntry("PURPOSE", "billing");
    assertThat(entry.toString()).doesNotContain("123-45");
    expect("GET", "/api/v2/orders/5", null);
  }

  @Test
  void listingsArePagedLazily() throws Exception {
    PagedIterable<Order> all = client.orders().search(OrderSearchOptions.defaults().withStatus(List.of("ERROR"))
        .withPageSize(2));
    assertThat(server.getRequestCount()).isZero();
    reply("[{\"workflow_instanceid\": 1}, {\"workflow_instanceid\": 2}]");
    reply("[{\"workflow_instanceid\": 3}]");
    assertThat(all.stream().map(Order::workflowInstanceId).toList()).containsExactly(1L, 2L, 3L);
    expect("GET", "/api/v2/orders", null, "status", "ERROR", "limit", "2", "offset", "0");
    expect("GET", "/api/v2/orders", null, "status", "ERROR", "limit", "2", "offset", "2");
  }

  @Test
  void defaultPageSizeIsTheServerRowLimit() throws Exception {
    reply("[]");
    assertThat(client.orders().search(OrderSearchOptions.defaults()).toList()).isEmpty();
    expect("GET", "/api/v2/orders", null, "limit", "100", "offset", "0");
  }

  @Test
  void yamlDataIsSentAsAYamlString() throws Exception {
    reply("\"OK\"");
    client.orders().updateYamlStaticData(4, Map.of("customer", Map.of("id", 42)));
    RecordedRequest r = expect("PUT", "/api/v2/orders/4", "{\"newdata\":\"customer:\\n  id: 42\\n\"}", "action", "yamlStaticData");
    assertThat(r.getBody().utf8()).contains("newdata");
    reply("null");
    assertThat(client.orders().yamlDynamicData(4)).isEmpty();
  }

  @Test
  void listRepliesMayBeAListAHashKeyedByIdOrOneHash() throws Exception {
    reply("[{\"arg\": \"A\", \"workflowid\": 1}, {\"arg\": \"B\", \"workflowid\": 2}]");
    assertThat(client.workflows().enableMany(List.of("A", "B"))).extracting(r -> r.workflowId()).containsExactly(1L, 2L);
    reply("{\"1\": {\"arg\": \"A\", \"workflowid\": 1}, \"2\": {\"arg\": \"B\", \"workflowid\": 2}}");
    assertThat(client.workflows().enableMany(List.of("A", "B"))).extracting(r -> r.workflowId()).containsExactly(1L, 2L);
    reply("{\"arg\": \"A\", \"enabled\": true, \"workflowid\": 1, \"info\": \"ok\"}");
    var one = client.workflows().enableMany(List.of("A"));
    assertThat(one).hasSize(1);
    assertThat(one.get(0).info()).isEqualTo("ok");
    assertThat(one.get(0).extra()).containsEntry("enabled", true);
  }

  @Test
  void actionsAreNotRetriedBlindlyButReadsAre() throws Exception {
    List<java.time.Duration> slept = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (QorusClient q = QorusClient.builder().baseUrl(server.url("/").toString()).credentials("admin", "s3cr3t")
        .basicAuthOnly().sleeper(slept::add).build()) {
      reply(503, "\"busy\"");
      reply("{\"workflow_instanceid\": 1}");
      assertThat(q.orders().get(1).workflowInstanceId()).isEqualTo(1L);
      assertThat(server.getRequestCount()).isEqualTo(2);
      reply(503, "\"busy\"");
      assertThatThrownBy(() -> q.jobs().run("NIGHTLY")).isInstanceOf(ServerException.class);
      assertThat(server.getRequestCount()).isEqualTo(3);
      assertThat(slept).hasSize(1);
    }
  }

  @Test
  void toBuilderKeepsTheSettingsAndSharesThePool() throws Exception {
    try (QorusClient tokyo = client.toBuilder().timeZone(ZoneId.of("Asia/Tokyo")).build()) {
      reply("\"OK\"");
      tokyo.system().ping();
      RecordedRequest r = take();
      assertThat(r.getHeaders().get(QorusClient.TIME_ZONE_HEADER)).isEqualTo("Asia/Tokyo");
      assertThat(r.getHeaders().get("Authorization")).isEqualTo(BASIC);
      assertThat(tokyo.transport().okHttpClient().connectionPool()).isSameAs(client.transport().okHttpClient().connectionPool());
    }
  }
}
