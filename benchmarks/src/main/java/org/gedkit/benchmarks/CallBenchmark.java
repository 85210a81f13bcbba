package org.gedkit.benchmarks;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.gedkit.benchmarks.server.BenchBackend;
import org.gedkit.netexplorer.FolderUpdate;
import org.gedkit.netexplorer.NetExplorerClient;
import org.gedkit.netexplorer.model.Folder;
import org.gedkit.netexplorer.model.User;
import org.gedkit.qorus.QorusClient;
import org.gedkit.qorus.model.SystemInfo;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Per-call overhead: small JSON GETs ({@code GET /api/account}, NetExplorer; {@code GET /api/v2/system}, Qorus system
 * info) and a small JSON POST ({@code POST /api/folder}), through Gedkit and by hand, on 1 and 16 threads. Time per
 * call; lower is better.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CallBenchmark {

  private BenchBackend backend;
  private NetExplorerClient sdk;
  private QorusClient qorus;
  private RawClient raw;

  /** Creates the benchmark state (JMH does). */
  public CallBenchmark() {}

  /**
   * Starts the back end and logs both clients in.
   *
   * @throws IOException when the raw login fails
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    backend = new BenchBackend();
    sdk = Sdk.netExplorer(backend.baseUrl());
    sdk.login();
    qorus = Sdk.qorus(backend.baseUrl());
    raw = new RawClient(backend.baseUrl());
    raw.login();
  }

  /** Stops everything. */
  @TearDown(Level.Trial)
  public void tearDown() {
    sdk.close();
    qorus.close();
    backend.close();
  }

  /**
   * Gedkit GET.
   *
   * @return the user
   */
  @Benchmark
  public User sdkGet() {
    return sdk.account().get();
  }

  /**
   * Raw GET.
   *
   * @return the user
   * @throws IOException on failure
   */
  @Benchmark
  public RawClient.RawUser rawGet() throws IOException {
    return raw.account();
  }

  /**
   * Gedkit POST.
   *
   * @return the folder
   */
  @Benchmark
  public Folder sdkPost() {
    return sdk.folders().create(1001, "Factures 2026", FolderUpdate.none());
  }

  /**
   * Raw POST.
   *
   * @return the folder
   * @throws IOException on failure
   */
  @Benchmark
  public RawClient.RawFolder rawPost() throws IOException {
    return raw.createFolder(1001, "Factures 2026");
  }

  /**
   * Gedkit GET, 16 threads.
   *
   * @return the user
   */
  @Benchmark
  @Threads(16)
  public User sdkGet16() {
    return sdk.account().get();
  }

  /**
   * Raw GET, 16 threads.
   *
   * @return the user
   * @throws IOException on failure
   */
  @Benchmark
  @Threads(16)
  public RawClient.RawUser rawGet16() throws IOException {
    return raw.account();
  }

  /**
   * Gedkit POST, 16 threads.
   *
   * @return the folder
   */
  @Benchmark
  @Threads(16)
  public Folder sdkPost16() {
    return sdk.folders().create(1001, "Factures 2026", FolderUpdate.none());
  }

  /**
   * Raw POST, 16 threads.
   *
   * @return the folder
   * @throws IOException on failure
   */
  @Benchmark
  @Threads(16)
  public RawClient.RawFolder rawPost16() throws IOException {
    return raw.createFolder(1001, "Factures 2026");
  }

  /**
   * Gedkit Qorus GET (system info).
   *
   * @return the system information
   */
  @Benchmark
  public SystemInfo sdkQorusGet() {
    return qorus.system().info();
  }

  /**
   * Raw Qorus GET (system info).
   *
   * @return the system information
   * @throws IOException on failure
   */
  @Benchmark
  public RawClient.RawSystemInfo rawQorusGet() throws IOException {
    return raw.qorusSystem();
  }

  /**
   * Gedkit Qorus GET, 16 threads.
   *
   * @return the system information
   */
  @Benchmark
  @Threads(16)
  public SystemInfo sdkQorusGet16() {
    return qorus.system().info();
  }

  /**
   * Raw Qorus GET, 16 threads.
   *
   * @return the system information
   * @throws IOException on failure
   */
  @Benchmark
  @Threads(16)
  public RawClient.RawSystemInfo rawQorusGet16() throws IOException {
    return raw.qorusSystem();
  }
}
