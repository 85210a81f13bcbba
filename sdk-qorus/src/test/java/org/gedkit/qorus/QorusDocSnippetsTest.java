package org.gedkit.qorus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gedkit.core.error.ConflictException;
import org.gedkit.core.paging.PagedIterable;
import org.gedkit.qorus.model.Order;
import org.gedkit.qorus.model.OrderDetails;
import org.gedkit.testkit.qorus.QorusEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The snippets of docs/qorus.md, run against the emulator. Each snippet sits between
 * {@code // snippet:NAME} and {@code // end:NAME}; {@link #theGuideShowsTheseSnippetsVerbatim()} checks
 * the guide has the same lines in the java block after {@code <!-- snippet:NAME -->}.
 */
class QorusDocSnippetsTest {

  QorusEmulator emulator;
  String baseUrl;
  String password = "s3cr3t";

  @BeforeEach
  void start() {
    emulator = new QorusEmulator().withUser("admin", "s3cr3t").start();
    emulator.addWorkflow("INVOICE", "1.0");
    emulator.addService("billing", Map.of("total", args -> 42));
    baseUrl = emulator.baseUrl();
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  @Test
  void connectAndCreateAnOrder() {
    // snippet:connect
    try (QorusClient qorus = QorusClient.builder()
        .baseUrl(baseUrl)                        // e.g. https://qorus:8011
        .credentials("admin", password)          // a wstoken is obtained, renewed, logged out on close
        .tokenTtl(Duration.ofMinutes(30))
        .timeZone(ZoneId.of("Europe/Paris"))     // sent as Qorus-Client-Time-Zone
        .build()) {
      long id = qorus.workflows().createOrder("INVOICE", CreateOrderOptions.defaults()
              .withStaticData(Map.of("invoice", "A-1", "amount", 120))
              .withWorkflowUniqueKey(Map.of("invoice", "A-1")))
          .workflowInstanceId();
      OrderDetails order = qorus.orders().get(id);
      System.out.println(order.workflowStatus() + " " + order.staticData());
    }
    // end:connect
    assertThat(emulator.orderCount()).isEqualTo(1);
    assertThat(emulator.tokensIssued()).isEqualTo(1);
  }

  @Test
  void duplicateKeys() {
    try (QorusClient qorus = QorusClient.builder().baseUrl(baseUrl).credentials("admin", password).build()) {
      CreateOrderOptions order = CreateOrderOptions.defaults().withStaticData(Map.of("invoice", "A-1"))
          .withGlobalUniqueKey(Map.of("invoice", "A-1"));
      qorus.workflows().createOrder("INVOICE", order);
      String seen = null;
      // snippet:duplicate
      try {
        qorus.workflows().createOrder("INVOICE", order);
      } catch (ConflictException e) {
        // e.vendorCode() is Optional[DUPLICATE-ORDER-KEY], e.status() 409
        seen = e.vendorCode().orElse("?");
      }
      // end:duplicate
      assertThat(seen).isEqualTo("DUPLICATE-ORDER-KEY");
    }
  }

  @Test
  void pagingAndActions() {
    emulator.seedOrders("INVOICE", 250);
    try (QorusClient qorus = QorusClient.builder().baseUrl(baseUrl).credentials("admin", password).build()) {
      List<Long> retried = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        qorus.workflows().createOrder("INVOICE", CreateOrderOptions.defaults().withStaticData(Map.of("fail", true)));
      }
      emulator.processOrders();
      // snippet:paging
      PagedIterable<Order> errors = qorus.orders().search(OrderSearchOptions.defaults()
          .withStatus(List.of("ERROR"))
          .withPageSize(100));                       // limit/offset, fetched lazily
      for (Order o : errors) {
        qorus.orders().retry(o.workflowInstanceId());
        retried.add(o.workflowInstanceId());
      }
      long complete = qorus.orders().search(OrderSearchOptions.defaults().withStatus(List.of("COMPLETE")))
          .stream().count();
      // end:paging
      assertThat(retried).hasSize(3);
      assertThat(complete).isEqualTo(250);
    }
  }

  @Test
  void serviceCall() {
    try (QorusClient qorus = QorusClient.builder().baseUrl(baseUrl).credentials("admin", password).build()) {
      // snippet:service
      int total = qorus.services().call("billing", "total", List.of("2026-01")).asInt();
      // end:service
      assertThat(total).isEqualTo(42);
    }
  }

  static final Pattern REGION = Pattern.compile("// snippet:(\\w+)\\n(.*?)\\n\\s*// end:\\1", Pattern.DOTALL);

  @Test
  void theGuideShowsTheseSnippetsVerbatim() throws IOException {
    Path source = Path.of("src/test/java/org/gedkit/qorus/QorusDocSnippetsTest.java");
    Path guide = Path.of("../docs/qorus.md");
    assertThat(source).exists();
    assertThat(guide).exists();
    String md = Files.readString(guide, StandardCharsets.UTF_8);
    Matcher m = REGION.matcher(Files.readString(source, StandardCharsets.UTF_8));
    int found = 0;
    while (m.find()) {
      found++;
      String name = m.group(1);
      String code = dedent(m.group(2));
      int at = md.indexOf("<!-- snippet:" + name + " -->");
      assertThat(at).as("docs/qorus.md marks snippet %s", name).isNotNegative();
      int open = md.indexOf("```java\n", at) + "```java\n".length();
      int close = md.indexOf("\n```", open);
      assertThat(md.substring(open, close)).as("snippet %s", name).isEqualTo(code);
    }
    assertThat(found).isEqualTo(4);
  }

  static String dedent(String block) {
    List<String> lines = block.lines().toList();
    int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    return String.join("\n", lines.stream().map(l -> l.length() >= indent ? l.substring(indent) : l.strip()).toList());
  }
}
