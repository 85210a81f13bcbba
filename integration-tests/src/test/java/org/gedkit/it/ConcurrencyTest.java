package org.gedkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.gedkit.core.error.GedkitException;
import org.gedkit.core.http.RetryPolicy;
import org.gedkit.testkit.EmulatorServer;
import org.gedkit.testkit.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each client hammered by 32 threads with random faults on: bounded time (no deadlock), only GedkitException
 * escapes, exactly one login per expiry, every response body closed (the shared pool has no connection in
 * use afterwards and OkHttp reports no leak), close() idempotent and safe while calls are in flight.
 */
class ConcurrencyTest {

  static final int THREADS = 32;
  static final int CALLS = 2_000;
  static final int EXPIRIES = 3;

  @TempDir Path tmp;

  private final List<String> okHttpWarnings = new CopyOnWriteArrayList<>();
  private final Handler leakCapture = new Handler() {
    @Override
    public void publish(LogRecord r) {
      if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
        okHttpWarnings.add(String.valueOf(r.getMessage()));
      }
    }

    @Override
    public void flush() { }

    @Override
    public void close() { }
  };
  private final Logger okHttpLogger = Logger.getLogger(OkHttpClient.class.getName());

  @BeforeEach
  void captureLeaks() {
    okHttpLogger.addHandler(leakCapture);
  }

  @AfterEach
  void release() {
    okHttpLogger.removeHandler(leakCapture);
  }

  static Stream<AdapterUnderTest> adapters() {
    return Adapters.stream();
  }

  private static final Fault[] TRANSIENT = {Fault.resetBeforeReply(), Fault.resetMidBody(), Fault.status(503, "0"),
      Fault.status(429, "1"), Fault.status(502)};

  @ParameterizedTest(name = "{0}")
  @MethodSource("adapters")
  void hammered(AdapterUnderTest adapter) throws Exception {
    ConnectionPool pool = new ConnectionPool(8, 1, TimeUnit.MINUTES);
    OkHttpClient shared = new OkHttpClient.Builder().connectionPool(pool).build();
    RecordingSleeper sleeper = new RecordingSleeper();
    // enough attempts that injected transient faults (at most one pending per operation) never exhaust them
    RetryPolicy policy = RetryPolicy.builder().maxAttempts(8).build();
    List<AdapterUnderTest.Op> ops = adapter.operations();
    Map<String, Throwable> unexpected = new ConcurrentHashMap<>();
    AtomicInteger succeeded = new AtomicInteger();
    AtomicInteger typedFailures = new AtomicInteger();
    AtomicInteger writeAttempts = new AtomicInteger();
    AtomicInteger writeSuccesses = new AtomicInteger();
    try (EmulatorServer emulator = adapter.newEmulator()) {
      emulator.start();
      long writesAtStart = adapter.writes(emulator);
      AutoCloseable client = adapter.newClient(emulator.baseUrl(),
          new AdapterUnderTest.Settings(sleeper, Duration.ofSeconds(5), shared, policy));
      ExecutorService pool32 = Executors.newFixedThreadPool(THREADS);
      try {
        AtomicInteger started = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        List<Future<?>> futures = new java.util.ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          int thread = t;
          futures.add(pool32.submit(() -> {
            Random random = new Random(thread);
            Path dir = Files.createDirectories(tmp.resolve("t" + thread));
            while (true) {
              int n = started.getAndIncrement();
              if (n >= CALLS) {
                return null;
              }
              AdapterUnderTest.Op op = ops.get(random.nextInt(ops.size()));
              if (random.nextInt(10) == 0) {
                emulator.faults().next(1, op.method(), op.pathRegex(), TRANSIENT[random.nextInt(TRANSIENT.length)]);
              }
              boolean write = op.kind() == AdapterUnderTest.Kind.WRITE || op.kind() == AdapterUnderTest.Kind.UPLOAD;
              if (write) {
                writeAttempts.incrementAndGet();
              }
              try {
                op.call().run(client, dir.resolve("f" + n), () -> { });
                succeeded.incrementAndGet();
                if (write) {
                  writeSuccesses.incrementAndGet();
                }
              } catch (GedkitException e) {
                typedFailures.incrementAndGet();
              } catch (Throwable e) {
                unexpected.put(op.name() + " #" + n, e);
              } finally {
                Files.deleteIfExists(dir.resolve("f" + n));
                done.incrementAndGet();
              }
            }
          }));
        }
        long loginsAtStart = -1;
        if (adapter.sessions() == AdapterUnderTest.Sessions.RENEWABLE) {
          for (int k = 1; k <= EXPIRIES; k++) {
            int mark = k * CALLS / (EXPIRIES + 2);
            waitUntil(() -> done.get() >= mark, Duration.ofSeconds(40));
            if (loginsAtStart < 0) {
              loginsAtStart = adapter.logins(emulator);
              assertThat(loginsAtStart).as("one login for 32 threads starting together").isEqualTo(1);
            }
            adapter.expireSession(emulator);
          }
        }
        for (Future<?> f : futures) {
          f.get(45, TimeUnit.SECONDS); // a deadlock fails here
        }
        assertThat(unexpected).as("only GedkitException escapes").isEmpty();
        assertThat(done.get()).isEqualTo(CALLS);
        if (writesAtStart >= 0) {
          long applied = adapter.writes(emulator) - writesAtStart;
          assertThat(writeAttempts.get()).as("the mix holds writes").isPositive();
          assertThat(applied).as("no lost write: every write that returned was applied (emulator count)")
              .isGreaterThanOrEqualTo(writeSuccesses.get());
          assertThat(applied).as("no duplicated write: never applied more often than called")
              .isLessThanOrEqualTo(writeAttempts.get());
        }
        emulator.faults().clear();
        if (adapter.sessions() == AdapterUnderTest.Sessions.RENEWABLE) {
          // a last call to be sure the last expiry was noticed
          ops.get(0).call().run(client, tmp.resolve("last"), () -> { });
          assertThat(adapter.logins(emulator)).as("exactly one login or refresh per expiry")
              .isEqualTo(1 + EXPIRIES);
        }
        assertThat(succeeded.get()).as("most calls succeed through the faults").isGreaterThan(CALLS * 9 / 10);

        // close() while calls are in flight: idempotent, callers see a result or a GedkitException
        List<Future<?>> inFlight = new java.util.ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          int thread = t;
          inFlight.add(pool32.submit(() -> {
            for (int i = 0; i < 10; i++) {
              AdapterUnderTest.Op op = ops.get((thread + i) % ops.size());
              try {
                op.call().run(client, tmp.resolve("c" + thread + "-" + i), () -> { });
              } catch (GedkitException e) {
                // closed: a typed refusal
              } catch (Throwable e) {
                unexpected.put("after close " + op.name(), e);
              }
            }
            return null;
          }));
        }
        client.close();
        client.close();
        for (Future<?> f : inFlight) {
          f.get(30, TimeUnit.SECONDS);
        }
        client.close();
        assertThat(unexpected).as("only GedkitException escapes while closing").isEmpty();
      } finally {
        pool32.shutdownNow();
        assertThat(pool32.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
      }
      waitUntil(() -> pool.connectionCount() == pool.idleConnectionCount(), Duration.ofSeconds(5));
      assertThat(pool.connectionCount() - pool.idleConnectionCount())
          .as("no connection still in use: every response body was closed").isZero();
      System.gc();
      pool.evictAll();
      assertThat(okHttpWarnings).as("OkHttp leak warnings").noneMatch(m -> m.contains("leaked"));
    } finally {
      shared.dispatcher().executorService().shutdown();
      pool.evictAll();
    }
  }

  private static void waitUntil(java.util.function.BooleanSupplier condition, Duration max) throws InterruptedException {
    long end = System.nanoTime() + max.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("condition not met within " + max);
      }
      Thread.sleep(5);
    }
  }
}
