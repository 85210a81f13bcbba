package org.gedkit.qorus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gedkit.core.error.ConflictException;
import org.gedkit.core.error.NotFoundException;
import org.gedkit.core.paging.PagedIterable;
import org.gedkit.qorus.model.Order;
import org.gedkit.testkit.MutableClock;
import org.gedkit.testkit.qorus.QorusEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Realistic sequences against the Qorus emulator. */
class QorusEmulatorScenariosTest {

  MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
  QorusEmulator qorus;
  QorusClient client;

  @BeforeEach
  void start() {
    qorus = new QorusEmulator(clock).withUser("admin", "s3cr3t").start();
    qorus.addWorkflow("INVOICE", "1.0");
    client = QorusClient.builder().baseUrl(qorus.baseUrl()).credentials("admin", "s3cr3t")
        .tokenTtl(Duration.ofMinutes(10)).clock(clock).build();
  }

  @AfterEach
  void stop() {
    client.close();
    qorus.close();
  }

  List<String> onSixteenThreads(Callable<String> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Callable<String>> tasks = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        tasks.add(task);
      }
      List<String> out = new ArrayList<>();
      for (Future<String> f : pool.invokeAll(tasks)) {
        out.add(f.get());
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void tokenExpiryIsRenewedExactlyOnceUnderSixteenThreads() throws Exception {
    assertThat(client.system().ping()).isEqualTo("OK");
    assertThat(qorus.tokensIssued()).isEqualTo(1);
    clock.advance(Duration.ofMinutes(11)); // the token has expired
    assertThat(onSixteenThreads(() -> client.system().ping())).containsOnly("OK");
    assertThat(qorus.tokensIssued()).isEqualTo(2);
    assertThat(client.tokenCount()).isEqualTo(2);
  }

  @Test
  void serverSideExpiryIs401RenewedExactlyOnceUnderSixteenThreads() throws Exception {
    client.system().ping();
    qorus.expireAllTokens(); // the client still believes its token valid: every thread gets a 401
    assertThat(onSixteenThreads(() -> client.system().ping())).containsOnly("OK");
    assertThat(qorus.tokensIssued()).isEqualTo(2);
    assertThat(qorus.count(c -> "wstoken".equals(c.query().get("action")))).isEqualTo(2);
    assertThat(client.tokenCount()).isEqualTo(2);
  }

  @Test
  void duplicateOrderKeyIsATypedConflictCarryingTheCode() {
    CreateOrderOptions order = CreateOrderOptions.defaults().withStaticData(Map.of("invoice", "A-1"))
        .withGlobalUniqueKey(Map.of("invoice", "A-1"));
    long first = client.workflows().createOrder("INVOICE", order).workflowInstanceId();
    assertThat(qorus.orderStatus(first)).contains("READY");
    assertThatThrownBy(() -> client.workflows().createOrder("INVOICE", order))
        .isInstanceOfSatisfying(ConflictException.class, e -> {
          assertThat(e.vendorCode()).contains("DUPLICATE-ORDER-KEY");
          assertThat(e.status()).hasValue(409);
          assertThat(e.isRetryable()).isFalse();
        });
    assertThat(qorus.orderCount()).isEqualTo(1);
    // the same key under a workflow-specific scope of another value is fine
    client.workflows().createOrder("INVOICE", CreateOrderOptions.defaults().withStaticData(Map.of("a", 1))
        .withWorkflowSpecificUniqueKey(Map.of("invoice", "A-2")));
    assertThat(qorus.orderCount()).isEqualTo(2);
  }

  @Test
  void ordersMoveThroughStatuses() {
    long id = client.workflows().createOrder("INVOICE", CreateOrderOptions.defaults()
        .withStaticData(Map.of("fail", true))).workflowInstanceId();
    assertThat(client.orders().get(id).workflowStatus()).isEqualTo("READY");
    assertThat(client.orders().block(id).workflowStatus()).isEqualTo("BLOCKED");
    assertThat(client.orders().unblock(id).workflowStatus()).isEqualTo("READY");
    qorus.processOrders();
    assertThat(client.orders().get(id).workflowStatus()).isEqualTo("ERROR");
    assertThat(client.orders().retry(id).workflowStatus()).isEqualTo("RETRY");
    assertThatThrownBy(() -> client.orders().uncancel(id)).isInstanceOfSatisfying(ConflictException.class,
        e -> assertThat(e.vendorCode()).contains("CANCEL-WORKFLOW-ERROR"));
    assertThat(client.orders().cancel(id).workflowStatus()).isEqualTo("CANCELED");
    assertThatThrownBy(() -> client.orders().get(999_999)).isInstanceOf(NotFoundException.class);
    var sync = client.workflows().execSynchronous("INVOICE", CreateOrderOptions.defaults().withStaticData(Map.of("a", 1)));
    assertThat(sync.status()).isEqualTo("COMPLETE");
  }

  @Test
  void fiveThousandOrdersArePagedLazily() {
    qorus.seedOrders("INVOICE", 5000);
    qorus.clearRequests();
    PagedIterable<Order> all = client.orders().search(OrderSearchOptions.defaults().withPageSize(500));
    assertThat(qorus.requests()).isEmpty();
    Iterator<Order> it = all.iterator();
    for (int i = 0; i < 10; i++) {
      it.next();
    }
    long afterTen = qorus.count(c -> c.path().equals("/api/v2/orders"));
    assertThat(afterTen).isEqualTo(1);
    long count = 10;
    long last = 0;
    while (it.hasNext()) {
      long id = it.next().workflowInstanceId();
      assertThat(id).isGreaterThan(last);
      last = id;
      count++;
    }
    assertThat(count).isEqualTo(5000);
    // 10 full pages, then one empty page proves the end
    assertThat(qorus.count(c -> c.path().equals("/api/v2/orders"))).isBetween(10L, 11L);
  }

  @Test
  void jobsAndServices() {
    qorus.addJob("NIGHTLY");
    qorus.addService("calc", Map.of("add", args -> ((Number) args.get(0)).intValue() + ((Number) args.get(1)).intValue()));
    var run = client.jobs().run("NIGHTLY");
    assertThat(run.status()).isEqualTo("COMPLETE");
    assertThat(client.jobs().results("NIGHTLY", JobResultOptions.defaults()).toList()).hasSize(1);
    assertThat(client.services().call("calc", "add", List.of(2, 3)).asInt()).isEqualTo(5);
    assertThat(client.services().get("calc").methods()).hasSize(1);
  }

  @Test
  void valueMapsConnectionsSlasUsersRolesPermissionsAndLogs() {
    qorus.addValueMap("currencies", Map.of("EUR", "Euro"));
    assertThat(client.valueMaps().lookup("currencies", "EUR").asText()).isEqualTo("Euro");
    client.valueMaps().setValue("currencies", "USD", "Dollar", true);
    assertThat(client.valueMaps().dump("currencies")).containsEntry("USD", "Dollar");
    assertThat(client.valueMaps().value("currencies", "USD")).containsEntry("value", "Dollar");
    client.valueMaps().setValue("currencies", "USD", null, null);
    assertThatThrownBy(() -> client.valueMaps().lookup("currencies", "USD")).isInstanceOf(NotFoundException.class);
    assertThat(client.valueMaps().get("currencies").mapSize()).isEqualTo(1L);

    qorus.addUserConnection("erp", "https://erp.example", true);
    client.remote().createUserConnection("crm", "CRM", "https://crm.example", null);
    assertThat(client.remote().pingUserConnection("erp").ok()).isTrue();
    assertThat(client.remote().userConnections()).extracting(c -> c.name()).containsExactly("erp", "crm");
    assertThat(client.remote().userConnection("crm", null).toString()).doesNotContain("crm.example");
    client.remote().deleteUserConnection("crm");
    assertThatThrownBy(() -> client.remote().pingUserConnection("crm")).isInstanceOf(NotFoundException.class);

    qorus.addJob("NIGHTLY");
    var sla = client.slas().create("fast", "under a second", "seconds");
    assertThat(sla.slaId()).isPositive();
    client.slas().setJob("fast", "NIGHTLY");
    assertThat(client.slas().get("fast").jobs()).containsExactly("NIGHTLY");
    assertThat(client.slas().removeJob("fast", "NIGHTLY").removed()).isTrue();
    assertThatThrownBy(() -> client.slas().create("fast", "again", null)).isInstanceOf(ConflictException.class);

    client.permissions().create("APPROVE", "may approve");
    client.roles().create("approver", "approvers", RoleOptions.defaults().withPerms(List.of("APPROVE")));
    assertThat(client.roles().get("approver").permissions()).containsExactly("APPROVE");
    var bob = client.users().create("bob", "b0b-pw", "Bob", List.of("approver"));
    assertThat(bob.roles()).containsExactly("approver");
    assertThat(client.users().names()).contains("admin", "bob");
    try (QorusClient asBob = QorusClient.builder().baseUrl(qorus.baseUrl()).credentials("bob", "b0b-pw").build()) {
      assertThat(asBob.users().current().username()).isEqualTo("bob");
    }
    assertThat(client.permissions().get("APPROVE").desc()).isEqualTo("may approve");
    assertThat(client.logs().list()).extracting(l -> l.type()).containsExactly("system");
  }

  @Test
  void publicInfoAndPublicLogin() {
    assertThat(client.system().publicInfo().noauth()).isFalse();
    try (QorusClient web = QorusClient.builder().baseUrl(qorus.baseUrl()).credentials("admin", "s3cr3t")
        .publicLogin().build()) {
      assertThat(web.users().current().username()).isEqualTo("admin");
      qorus.expireAllTokens();
      assertThat(web.system().ping()).isEqualTo("OK");
      assertThat(web.tokenCount()).isEqualTo(2);
      assertThat(qorus.count(c -> c.path().equals("/api/v2/public/login"))).isEqualTo(2);
    }
    try (QorusClient wrong = QorusClient.builder().baseUrl(qorus.baseUrl()).credentials("admin", "nope")
        .publicLogin().build()) {
      assertThatThrownBy(() -> wrong.system().ping()).isInstanceOfSatisfying(
          org.gedkit.core.error.AuthenticationException.class,
          e -> assertThat(e.vendorCode()).contains("AUTHENTICATION-ERROR"));
    }
  }

  @Test
  void datesComeInTheClientTimeZoneAndMeanTheSameInstant() {
    long id = client.workflows().createOrder("INVOICE", CreateOrderOptions.defaults().withStaticData(Map.of("a", 1)))
        .workflowInstanceId();
    try (QorusClient tokyo = QorusClient.builder().baseUrl(qorus.baseUrl()).credentials("admin", "s3cr3t")
        .timeZone(java.time.ZoneId.of("Asia/Tokyo")).build()) {
      var there = tokyo.orders().get(id).started();
      var here = client.orders().get(id).started();
      assertThat(there.getOffset()).isEqualTo(java.time.ZoneOffset.ofHours(9));
      assertThat(there.toInstant()).isEqualTo(here.toInstant()).isEqualTo(clock.instant());
    }
  }

  @Test
  void sensitiveDataRoundTripOverLoopbackAndOrdersThroughTheirWorkflow() {
    Map<String, Object> ssn = Map.of("123-45-6789", Map.of("data", Map.of("name", "Ann"), "aliases", List.of("ann")));
    try (QorusClient secure = client.toBuilder().allowSensitiveDataOverLoopbackHttp().build()) {
      long id = secure.workflows().createOrder("INVOICE", CreateOrderOptions.defaults()
          .withStaticData(Map.of("a", 1)).withSensitiveData(Map.of("ssn", ssn))).workflowInstanceId();
      var found = secure.orders().searchSensitiveData("ssn", "123-45-6789", SensitiveSearchOptions.defaults()).toList();
      assertThat(found).extracting(o -> o.workflowInstanceId()).containsExactly(id);
      var order = secure.workflows().orderGet("INVOICE", id);
      assertThat(order.hasSensitiveData()).isTrue();
      assertThat(order.sensitiveData()).containsKey("ssn");
      assertThat(order.toString()).doesNotContain("123-45-6789");
      assertThat(secure.workflows().orderBlock("INVOICE", id).workflowStatus()).isEqualTo("BLOCKED");
      assertThatThrownBy(() -> secure.workflows().orderGet("INVOICE", id + 1000)).isInstanceOf(NotFoundException.class);
    }
    assertThatThrownBy(() -> client.orders().searchSensitiveData("ssn", "123-45-6789", SensitiveSearchOptions.defaults()))
        .isInstanceOf(org.gedkit.core.error.InvalidArgumentException.class);
  }

  @Test
  void aWrongPasswordFailsOnceWithoutLoopingOnLogins() {
    try (QorusClient wrong = client.toBuilder().credentials("admin", "nope").build()) {
      assertThatThrownBy(() -> wrong.system().ping()).isInstanceOfSatisfying(
          org.gedkit.core.error.AuthenticationException.class, e -> {
            assertThat(e.sessionExpired()).isFalse();
            assertThat(e.vendorCode()).contains("AUTHENTICATION-ERROR");
            assertThat(e.getMessage()).doesNotContain("nope");
          });
      assertThat(qorus.count(c -> "wstoken".equals(c.query().get("action")))).isEqualTo(1);
      assertThat(qorus.tokensIssued()).isZero();
    }
  }
}
