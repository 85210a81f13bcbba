package org.gedkit.benchmarks;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.gedkit.benchmarks.server.BenchBackend;
import org.gedkit.netexplorer.NetExplorerClient;
import org.gedkit.netexplorer.model.FileInfo;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Paging NetExplorer objects: every file of {@code GET /file/activity} (the part-2 paged listing with the
 * {@code {offset_start, nb_objets, nb_total_objects, objects}} envelope, {@code offset}/{@code limit}) through
 * {@code files().activity(pageSize)} vs a hand-written loop. One operation is the whole listing; with
 * {@code -prof gc}, divide the allocation by {@code objects} for bytes per object.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class ObjectPagingBenchmark {

  /** Objects in the listing. */
  @Param({"100000"})
  public int objects;

  /** Objects a request. */
  @Param({"1000"})
  public int pageSize;

  private BenchBackend backend;
  private NetExplorerClient sdk;
  private RawClient raw;

  /** Creates the benchmark state (JMH does). */
  public ObjectPagingBenchmark() {}

  /**
   * Starts the back end and logs both clients in.
   *
   * @throws IOException when the raw login fails
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    backend = new BenchBackend().neObjects(objects);
    sdk = Sdk.netExplorer(backend.baseUrl());
    sdk.login();
    raw = new RawClient(backend.baseUrl());
    raw.login();
  }

  /** Stops everything. */
  @TearDown(Level.Trial)
  public void tearDown() {
    sdk.close();
    backend.close();
  }

  /**
   * Every file through Gedkit.
   *
   * @param bh consumes the files
   * @return the file count
   */
  @Benchmark
  public long sdkFiles(Blackhole bh) {
    long n = 0;
    for (FileInfo f : sdk.files().activity(pageSize)) {
      bh.consume(f);
      n++;
    }
    return check(n);
  }

  /**
   * Every file by hand.
   *
   * @param bh consumes the files
   * @return the file count
   * @throws IOException on failure
   */
  @Benchmark
  public long rawFiles(Blackhole bh) throws IOException {
    return check(raw.neFileActivity(pageSize, bh::consume));
  }

  private long check(long n) {
    if (n != objects) {
      throw new IllegalStateException("expected " + objects + " objects, got " + n);
    }
    return n;
  }
}
