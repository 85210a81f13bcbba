package org.gedkit.examples;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gedkit.core.error.ConflictException;
import org.gedkit.core.http.Sleeper;
import org.gedkit.qorus.CreateOrderOptions;
import org.gedkit.qorus.QorusClient;
import org.gedkit.testkit.qorus.QorusEmulator;

/**
 * Qorus Integration Engine: creates a workflow order with a unique key, watches it move through its statuses
 * (blocked, released, then processed to COMPLETE), and sends the same key again to show the duplicate answered as
 * a typed {@code ConflictException} carrying the Qorus code {@code DUPLICATE-ORDER-KEY}.
 *
 * <p>Run with no arguments to use the emulator (its orders are processed when the example waits, on the
 * emulator's clock), or set {@code GEDKIT_QORUS_URL} (e.g. {@code https://qorus:8011}),
 * {@code GEDKIT_QORUS_USER} and {@code GEDKIT_QORUS_PASSWORD} (or {@code GEDKIT_QORUS_TOKEN}), and
 * {@code GEDKIT_QORUS_WORKFLOW} (a workflow that accepts orders; default {@code INVOICE}).
 */
public final class QorusExample implements Example {

  private static final Set<String> FINAL = Set.of("COMPLETE", "ERROR", "CANCELED");

  /** Creates the example. */
  public QorusExample() {}

  /**
   * Runs the example alone.
   *
   * @param args {@code --qorus-url=... --qorus-user=... --qorus-password=...}, or nothing for the emulator
   * @throws Exception when it fails
   */
  public static void main(String[] args) throws Exception {
    new QorusExample().run(new Console(System.out), BackendConfig.read("qorus", args, System.getenv()));
  }

  @Override
  public String backend() {
    return "qorus";
  }

  @Override
  public void run(Console console, BackendConfig config) throws Exception {
    QorusEmulator emulator = null;
    QorusClient.Builder builder = QorusClient.builder();
    String workflow = System.getenv().getOrDefault("GEDKIT_QORUS_WORKFLOW", "INVOICE");
    Sleeper poll;
    java.time.Clock clock;
    if (config.isRemote()) {
      builder.baseUrl(config.url());
      if (config.token() != null) {
        builder.token(config.token());
      } else {
        builder.credentials(config.user(), config.password());
      }
      poll = Sleeper.system();
      clock = java.time.Clock.systemUTC();
    } else {
      emulator = new QorusEmulator().withUser("admin", "admin").start();
      emulator.addWorkflow(workflow, "1.0");
      QorusEmulator emu = emulator;
      // the emulator's engine runs READY orders whenever time passes on its clock
      poll = d -> {
        emu.clock().advance(d);
        emu.processOrders();
      };
      clock = emulator.clock();
      builder.baseUrl(emulator.baseUrl()).credentials("admin", "admin")
          .clock(emulator.clock()).sleeper(d -> emu.clock().advance(d));
    }
    console.heading("Qorus — order with a unique key, statuses, duplicate key ("
        + (emulator == null ? config.url() : "emulator") + ")");
    try (QorusClient qorus = builder.build()) {
      String invoice = "TOUR-" + Long.toString(System.currentTimeMillis(), 36).toUpperCase(java.util.Locale.ROOT);
      CreateOrderOptions order = CreateOrderOptions.defaults()
          .withStaticData(Map.of("invoice", invoice, "amount", 120))
          .withWorkflowUniqueKey(Map.of("invoice", invoice));
      long id = qorus.workflows().createOrder(workflow, order).workflowInstanceId();
      console.line("order %d created in workflow %s with unique key invoice=%s", id, workflow, invoice);

      Instant start = clock.instant();
      List<List<String>> seen = new ArrayList<>();
      seen.add(row(start, clock, "created", qorus.orders().get(id).workflowStatus()));
      seen.add(row(start, clock, "block", qorus.orders().block(id).workflowStatus()));
      seen.add(row(start, clock, "unblock", qorus.orders().unblock(id).workflowStatus()));
      String status = qorus.orders().get(id).workflowStatus();
      Instant deadline = clock.instant().plus(Duration.ofMinutes(2));
      while (!FINAL.contains(status) && clock.instant().isBefore(deadline)) {
        poll.sleep(Duration.ofSeconds(1));
        String now = qorus.orders().get(id).workflowStatus();
        if (!now.equals(status)) {
          seen.add(row(start, clock, "watch", now));
        }
        status = now;
      }
      console.table(List.of("after", "event", "status"), seen);
      if (!FINAL.contains(status)) {
        throw new IllegalStateException("order " + id + " still " + status + " after 2 minutes");
      }

      try {
        qorus.workflows().createOrder(workflow, order);
        throw new IllegalStateException("the duplicate key was accepted");
      } catch (ConflictException e) {
        console.line("same key again: %s, HTTP %s, Qorus code %s", e.getClass().getSimpleName(),
            e.status().isPresent() ? e.status().getAsInt() : "?", e.vendorCode().orElse("?"));
        if (!"DUPLICATE-ORDER-KEY".equals(e.vendorCode().orElse(""))) {
          throw e;
        }
      }
    } finally {
      if (emulator != null) {
        emulator.close();
      }
    }
  }

  private static List<String> row(Instant start, java.time.Clock clock, String event, String status) {
    return List.of(Console.duration(Duration.between(start, clock.instant())), event, status);
  }
}
