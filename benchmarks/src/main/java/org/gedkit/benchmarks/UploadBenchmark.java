package org.gedkit.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.gedkit.benchmarks.server.BenchBackend;
import org.gedkit.benchmarks.server.GeneratedBytes;
import org.gedkit.core.transfer.UploadSource;
import org.gedkit.netexplorer.NetExplorerClient;
import org.gedkit.netexplorer.TransferOptions;
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

/**
 * Chunked upload of a file: NetExplorer {@code uploads().uploadChunked} vs hand-written sequential multipart chunk
 * POSTs with the same fields. Sequential only: the NetExplorer document describes chunks sent one after the other
 * and a {@code missing} report, not parallel chunks, so there is no parallel variant. The server checksums every byte
 * it receives (CRC32C) and keeps none. One operation is one whole file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class UploadBenchmark {

  /** The file size in MiB. */
  @Param({"1024"})
  public int sizeMiB;

  /** The chunk size in MiB (16, the SDK default). */
  @Param({"16"})
  public int chunkMiB;

  private BenchBackend backend;
  private NetExplorerClient sdk;
  private RawClient raw;
  private Path dir;
  private Path file;
  private long size;
  private long crc;

  /** Creates the benchmark state (JMH does). */
  public UploadBenchmark() {}

  /**
   * Writes the file, starts the back end, logs in.
   *
   * @throws IOException when the file cannot be written
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    size = (long) sizeMiB << 20;
    backend = new BenchBackend();
    sdk = Sdk.netExplorer(backend.baseUrl());
    sdk.login();
    raw = new RawClient(backend.baseUrl());
    raw.login();
    dir = Files.createTempDirectory("gedkit-bench-ul");
    file = dir.resolve("upload.bin");
    GeneratedBytes.writeFile(file, size);
    crc = GeneratedBytes.crc32c(size);
  }

  /**
   * Stops everything and deletes the file.
   *
   * @throws IOException when deleting fails
   */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    sdk.close();
    backend.close();
    Files.deleteIfExists(file);
    Files.deleteIfExists(dir);
  }

  /**
   * Gedkit chunked upload.
   *
   * @return the file
   */
  @Benchmark
  public FileInfo sdkChunked() {
    FileInfo f = sdk.uploads().uploadChunked(1001, UploadSource.ofPath(file),
        TransferOptions.builder().chunkSize((long) chunkMiB << 20).build());
    verify();
    return f;
  }

  /**
   * Raw sequential chunk POSTs.
   *
   * @return the last reply
   * @throws IOException on failure
   */
  @Benchmark
  public String rawChunked() throws IOException {
    String last = raw.uploadChunked(1001, file, (long) chunkMiB << 20);
    verify();
    return last;
  }

  private void verify() {
    BenchBackend.UploadResult r = backend.lastUpload();
    if (r == null || r.size() != size || r.crc32c() != crc) {
      throw new IllegalStateException("the server did not receive the file whole: " + r);
    }
  }
}
