package org.gedkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.OkHttpClient;
import org.gedkit.qorus.CreateOrderOptions;
import org.gedkit.qorus.JobListOptions;
import org.gedkit.qorus.JobResultOptions;
import org.gedkit.qorus.OrderSearchOptions;
import org.gedkit.qorus.ProcessingSummaryOptions;
import org.gedkit.qorus.QorusClient;
import org.gedkit.qorus.model.CreatedOrder;
import org.gedkit.qorus.model.Order;
import org.gedkit.testkit.EmulatorServer;
import org.gedkit.testkit.qorus.QorusEmulator;

/**
 * Qorus Integration Engine: a {@code wstoken} token obtained with Basic auth, renewed once on a 401; a JSON
 * read (one workflow), a paged order search, and order creation (a POST the emulator counts). No file
 * download or upload exists in the REST API v2.
 */
final class QorusAdapter extends AdapterUnderTest {

  static final String USER = "it-operator";
  static final String PASSWORD = "qor-it-pw-93b0c6d1e2";
  /** The workflow whose orders are listed (seeded, never written to). */
  static final String LISTED = "IT-LISTED";
  /** The workflow the write creates orders in. */
  static final String ORDERS = "IT-ORDERS";
  /** Orders of {@link #LISTED}: 3 pages of {@link #PAGE}, the last one short. */
  static final int ITEMS = 25;
  static final int PAGE = 10;

  @Override
  String name() {
    return "qorus";
  }

  @Override
  EmulatorServer newEmulator() {
    QorusEmulator e = new QorusEmulator().withUser(USER, PASSWORD);
    e.addWorkflow(LISTED, "1.0");
    e.seedOrders(LISTED, ITEMS);
    e.addWorkflow(ORDERS, "1.0");
    return e;
  }

  @Override
  AutoCloseable newClient(String baseUrl, Settings s) {
    OkHttpClient base = s.okHttpClient() == null ? new OkHttpClient() : s.okHttpClient();
    return QorusClient.builder()
        .baseUrl(baseUrl)
        .credentials(USER, PASSWORD)
        .okHttpClient(base.newBuilder().readTimeout(s.readTimeout()).build())
        .sleeper(s.sleeper())
        .retryPolicy(s.retryPolicy())
        .build();
  }

  private static QorusClient c(AutoCloseable client) {
    return (QorusClient) client;
  }

  private static QorusEmulator e(EmulatorServer emulator) {
    return (QorusEmulator) emulator;
  }

  /** A unique key per call (calls repeat: warm-up, concurrency), from the target path the test gives. */
  static String uniqueKey(Path target) {
    return target.toAbsolutePath().toString();
  }

  @Override
  List<Op> operations() {
    return List.of(
        new Op("workflows.get", Kind.READ, "GET", "/api/v2/workflows/" + ORDERS,
            (client, target, midway) -> c(client).workflows().get(ORDERS).workflowId()),
        new Op("workflows.orders", Kind.LIST, "GET", "/api/v2/workflows/" + LISTED + "/orders",
            (client, target, midway) -> {
              Iterator<Order> it = c(client).workflows()
                  .orders(LISTED, OrderSearchOptions.defaults().withPageSize(PAGE)).iterator();
              int n = 0;
              while (it.hasNext()) {
                it.next();
                if (++n == PAGE) {
                  midway.run();
                }
              }
              return n;
            }),
        new Op("workflows.createOrder", Kind.WRITE, "POST", "/api/v2/workflows/" + ORDERS,
            (client, target, midway) -> {
              CreatedOrder created = c(client).workflows().createOrder(ORDERS, CreateOrderOptions.defaults()
                  .withStaticData(Map.of("source", "integration-tests"))
                  .withWorkflowUniqueKey(Map.of("it-call", uniqueKey(target))));
              return created.workflowInstanceId();
            })
            .checkedBy((emulator, succeeded, result, source) -> {
              if (succeeded) {
                assertThat(e(emulator).orderStatus((Long) result)).as("the order returned exists on the server")
                    .contains("READY");
              }
            }));
  }

  @Override
  long listedItems() {
    return ITEMS;
  }

  @Override
  long writes(EmulatorServer emulator) {
    return e(emulator).ordersCreated();
  }

  @Override
  List<BadInput> badInputs() {
    // a representative set across the API groups; sdk-qorus's generated QorusArgumentChecksTest covers every
    // operation (1043 cases) the same way
    List<BadInput> b = new ArrayList<>();
    b.add(new BadInput("workflows.get(null)", "workflow", (cl, t, m) -> c(cl).workflows().get(null)));
    b.add(new BadInput("workflows.get(blank)", "workflow", (cl, t, m) -> c(cl).workflows().get("  ")));
    b.add(new BadInput("workflows.get(..)", "workflow", (cl, t, m) -> c(cl).workflows().get("..")));
    b.add(new BadInput("workflows.get(.)", "workflow", (cl, t, m) -> c(cl).workflows().get(".")));
    b.add(new BadInput("workflows.createOrder(null, options)", "workflow",
        (cl, t, m) -> c(cl).workflows().createOrder(null, CreateOrderOptions.defaults())));
    b.add(new BadInput("workflows.createOrder(wf, null)", "options",
        (cl, t, m) -> c(cl).workflows().createOrder(ORDERS, null)));
    b.add(new BadInput("createOrder priority -1", "priority",
        (cl, t, m) -> c(cl).workflows().createOrder(ORDERS, CreateOrderOptions.defaults().withPriority(-1))));
    b.add(new BadInput("workflows.orders(wf, null)", "options", (cl, t, m) -> c(cl).workflows().orders(LISTED, null)));
    b.add(new BadInput("workflows.orders pageSize(0)", "pageSize",
        (cl, t, m) -> c(cl).workflows().orders(LISTED, OrderSearchOptions.defaults().withPageSize(0))));
    b.add(new BadInput("workflows.setAutostart(wf, -1)", "autostart",
        (cl, t, m) -> c(cl).workflows().setAutostart(ORDERS, -1)));
    b.add(new BadInput("workflows.start(wf, -2, null)", "count", (cl, t, m) -> c(cl).workflows().start(ORDERS, -2, null)));
    b.add(new BadInput("orders.search pageSize(-1)", "pageSize",
        (cl, t, m) -> c(cl).orders().search(OrderSearchOptions.defaults().withPageSize(-1))));
    b.add(new BadInput("orders.search(null)", "options", (cl, t, m) -> c(cl).orders().search(null)));
    b.add(new BadInput("orders.get(-1)", "id", (cl, t, m) -> c(cl).orders().get(-1)));
    b.add(new BadInput("orders.get(0)", "id", (cl, t, m) -> c(cl).orders().get(0)));
    b.add(new BadInput("orders.setPriority(1001, -1)", "priority", (cl, t, m) -> {
          c(cl).orders().setPriority(1001, -1);
          return null;
        }));
    b.add(new BadInput("orders.addNote(1001, blank)", "note", (cl, t, m) -> {
          c(cl).orders().addNote(1001, " ");
          return null;
        }));
    b.add(new BadInput("orders.updateYamlStaticData(1001, null)", "newData",
        (cl, t, m) -> {
          c(cl).orders().updateYamlStaticData(1001, null);
          return null;
        }));
    b.add(new BadInput("orders.retryMany(null)", "ids", (cl, t, m) -> c(cl).orders().retryMany(null)));
    b.add(new BadInput("orders.retryMany(empty)", "ids", (cl, t, m) -> c(cl).orders().retryMany(List.of())));
    b.add(new BadInput("jobs.get(null)", "job", (cl, t, m) -> c(cl).jobs().get(null)));
    b.add(new BadInput("jobs.results pageSize(0)", "pageSize",
        (cl, t, m) -> c(cl).jobs().results("j", JobResultOptions.defaults().withPageSize(0))));
    b.add(new BadInput("jobs.list status unknown", "status",
        (cl, t, m) -> c(cl).jobs().list(JobListOptions.defaults().withStatus("paused"))));
    b.add(new BadInput("services.list(unknown status)", "status", (cl, t, m) -> c(cl).services().list("sleeping")));
    b.add(new BadInput("services.method(s, ..)", "method", (cl, t, m) -> c(cl).services().method("s", "..")));
    b.add(new BadInput("slas.create units unknown", "units", (cl, t, m) -> c(cl).slas().create("n", "d", "minutes")));
    b.add(new BadInput("processingSummary grouping unknown", "grouping",
        (cl, t, m) -> ProcessingSummaryOptions.defaults().withGrouping("weekly")));
    b.add(new BadInput("valueMaps.lookup(vm, null)", "key", (cl, t, m) -> c(cl).valueMaps().lookup("vm", null)));
    b.add(new BadInput("users.create pass null", "pass", (cl, t, m) -> c(cl).users().create("u", null, "U", null)));
    b.add(new BadInput("remote.userConnection(..)", "name", (cl, t, m) -> c(cl).remote().userConnection("..", null)));
    b.add(new BadInput("debug.thread(0)", "tid", (cl, t, m) -> c(cl).debug().thread(0)));
    b.add(new BadInput("exec.get(-5)", "id", (cl, t, m) -> c(cl).exec().get(-5)));
    b.add(new BadInput("errors.getGlobal(blank)", "error", (cl, t, m) -> c(cl).errors().getGlobal(" ")));
    b.add(new BadInput("system.option(null)", "option", (cl, t, m) -> c(cl).system().option(null)));
    b.add(new BadInput("system.wsToken(-1)", "ttl", (cl, t, m) -> c(cl).system().wsToken(-1L)));
    b.add(new BadInput("streams.service(PATCH)", "httpMethod",
        (cl, t, m) -> c(cl).streams().service("PATCH", "s", "x", new ByteArrayOutputStream())));
    b.add(new BadInput("streams.service(null service)", "service",
        (cl, t, m) -> c(cl).streams().service("GET", null, "x", new ByteArrayOutputStream())));
    b.add(new BadInput("streams.service(null out)", "out", (cl, t, m) -> c(cl).streams().service("GET", "s", "x", null)));
    b.add(new BadInput("builder baseUrl null", "baseUrl",
        (cl, t, m) -> QorusClient.builder().credentials(USER, PASSWORD).build()));
    b.add(new BadInput("builder token blank", "token",
        (cl, t, m) -> QorusClient.builder().baseUrl("http://127.0.0.1:9/").token(" ")));
    b.add(new BadInput("builder tokenTtl zero", "tokenTtl",
        (cl, t, m) -> QorusClient.builder().tokenTtl(Duration.ZERO)));
    return b;
  }

  @Override
  String pathParamPrefix() {
    return "api/v2/workflows";
  }

  @Override
  org.gedkit.core.http.HttpTransport transport(AutoCloseable client) {
    return c(client).transport();
  }

  @Override
  Sessions sessions() {
    return Sessions.RENEWABLE;
  }

  @Override
  void expireSession(EmulatorServer emulator) {
    e(emulator).expireAllTokens();
  }

  @Override
  long logins(EmulatorServer emulator) {
    return e(emulator).tokensIssued();
  }

  @Override
  Set<String> knownSecrets() {
    return Set.of(PASSWORD, basic(USER, PASSWORD));
  }

  @Override
  Set<String> sentSecrets() {
    // the Basic credential goes only on the wstoken login; every other call sends the token issued at run time
    return Set.of();
  }

  @Override
  Set<String> moduleTestSecrets() {
    return Set.of(basic("admin", "s3cr3t"), "s3cr3t", basic("bob", "b0b-pw"), "b0b-pw",
        "secret-pw", basic("u", "secret-pw"));
  }

  static String basic(String user, String password) {
    return Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  String moduleDirectory() {
    return "sdk-qorus";
  }

  @Override
  Set<String> secretHeaders() {
    return Set.of("Authorization", QorusClient.TOKEN_HEADER);
  }

  @Override
  Set<String> secretParameters() {
    return Set.of("pass", "password", "token", "svalue", "svalues", "newdata", "data");
  }

  @Override
  List<Object> secretHolders(AutoCloseable client) {
    QorusClient cl = c(client);
    return List.of(cl, cl.toBuilder(), cl.transport(), cl.system(), cl.workflows(), cl.orders(), cl.users(),
        cl.remote(), cl.streams(), QorusClient.builder().baseUrl("http://127.0.0.1:9/").credentials(USER, PASSWORD),
        QorusClient.builder().baseUrl("http://127.0.0.1:9/").token(PASSWORD),
        QorusClient.builder().baseUrl("http://127.0.0.1:9/").token(PASSWORD).build(),
        CreateOrderOptions.defaults().withSensitiveData(Map.of("iban", PASSWORD)));
  }
}
