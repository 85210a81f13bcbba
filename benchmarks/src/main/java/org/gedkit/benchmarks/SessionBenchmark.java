package org.gedkit.benchmarks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.gedkit.benchmarks.server.BenchBackend;
import org.gedkit.netexplorer.NetExplorerClient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Sessions: the session expires, then {@code threads} threads start together and each makes {@code calls} GETs. One
 * operation is that whole burst; it fails unless exactly one login happened during it (Gedkit's session manager; the
 * raw client uses a hand-written double-checked re-login). Calls per second = threads x calls / time per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class SessionBenchmark {

  /** Threads starting together. */
  @Param({"64"})
  public int threads;

  /** Calls each thread makes. */
  @Param({"20"})
  public int calls;

  private BenchBackend backend;
  private NetExplorerClient sdk;
  private RawClient raw;
  private ExecutorService pool;

  /** Creates the benchmark state (JMH does). */
  public SessionBenchmark() {}

  /**
   * Starts the back end, the clients and the threads.
   *
   * @throws IOException when the raw login fails
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    backend = new BenchBackend();
    sdk = Sdk.netExplorer(backend.baseUrl());
    sdk.login();
    raw = new RawClient(backend.baseUrl());
    raw.login();
    pool = Executors.newFixedThreadPool(threads);
  }

  /** Stops everything. */
  @TearDown(Level.Trial)
  public void tearDown() {
    pool.shutdownNow();
    sdk.close();
    backend.close();
  }

  /**
   * The burst through Gedkit.
   *
   * @return the logins during the burst (always 1)
   * @throws Exception when a call fails or the login count is not 1
   */
  @Benchmark
  public long sdkExpiredBurst() throws Exception {
    long before = sdk.loginCount();
    long server = backend.logins();
    burst(() -> sdk.account().get());
    return exactlyOne(sdk.loginCount() - before, backend.logins() - server);
  }

  /**
   * The burst by hand.
   *
   * @return the logins during the burst (always 1)
   * @throws Exception when a call fails or the login count is not 1
   */
  @Benchmark
  public long rawExpiredBurst() throws Exception {
    long before = raw.logins();
    long server = backend.logins();
    burst(raw::account);
    return exactlyOne(raw.logins() - before, backend.logins() - server);
  }

  private static long exactlyOne(long client, long server) {
    if (client != 1 || server != 1) {
      throw new IllegalStateException("expected exactly one login, the client made " + client + " and the server saw "
          + server);
    }
    return server;
  }

  private void burst(Callable<?> call) throws InterruptedException, ExecutionException {
    backend.expireSession();
    CountDownLatch go = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      done.add(pool.submit(() -> {
        go.await();
        for (int i = 0; i < calls; i++) {
          call.call();
        }
        return null;
      }));
    }
    go.countDown();
    for (Future<?> f : done) {
      f.get();
    }
  }
}
