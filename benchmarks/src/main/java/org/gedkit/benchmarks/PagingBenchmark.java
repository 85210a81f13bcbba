package org.gedkit.benchmarks;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.gedkit.benchmarks.server.BenchBackend;
import org.gedkit.ezged.EzGedClient;
import org.gedkit.ezged.model.Row;
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
 * Paging: every row of an EzGED view ({@code query/getexec}, {@code limitstart}/{@code limitgridlines}) through
 * {@code PagedIterable} vs a hand-written loop mapping each page with Jackson. One operation is the whole listing;
 * run with {@code -prof gc} to get the allocation per operation (divide by {@code rows} for bytes per row).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class PagingBenchmark {

  /** Rows in the view. */
  @Param({"1000000"})
  public int rows;

  /** Rows a request. */
  @Param({"1000"})
  public int pageSize;

  private BenchBackend backend;
  private EzGedClient sdk;
  private RawClient raw;

  /** Creates the benchmark state (JMH does). */
  public PagingBenchmark() {}

  /** Starts the back end and the clients. */
  @Setup(Level.Trial)
  public void setUp() {
    backend = new BenchBackend().ezgedRows(rows);
    sdk = Sdk.ezged(backend.baseUrl());
    raw = new RawClient(backend.baseUrl());
  }

  /** Stops everything. */
  @TearDown(Level.Trial)
  public void tearDown() {
    sdk.close();
    backend.close();
  }

  /**
   * Every row through Gedkit.
   *
   * @param bh consumes the rows
   * @return the row count
   */
  @Benchmark
  public long sdkRows(Blackhole bh) {
    long n = 0;
    for (Row r : sdk.queries().exec(Sdk.EZGED_VIEW, Sdk.page(pageSize))) {
      bh.consume(r);
      n++;
    }
    return check(n);
  }

  /**
   * Every row by hand.
   *
   * @param bh consumes the rows
   * @return the row count
   * @throws IOException on failure
   */
  @Benchmark
  public long rawRows(Blackhole bh) throws IOException {
    return check(raw.ezgedRows(pageSize, bh::consume));
  }

  private long check(long n) {
    if (n != rows) {
      throw new IllegalStateException("expected " + rows + " rows, got " + n);
    }
    return n;
  }
}
