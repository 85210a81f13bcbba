package org.gedkit.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.gedkit.benchmarks.server.BenchBackend;
import org.gedkit.benchmarks.server.GeneratedBytes;
import org.gedkit.core.http.ApiRequest;
import org.gedkit.core.transfer.ChecksumVerification;
import org.gedkit.core.transfer.DownloadOptions;
import org.gedkit.core.transfer.DownloadResult;
import org.gedkit.core.transfer.DownloadTarget;
import org.gedkit.core.transfer.Downloads;
import org.gedkit.netexplorer.NetExplorerClient;
import org.gedkit.netexplorer.TransferOptions;
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
 * Download to a file: raw OkHttp copy vs Gedkit's download engine without a checksum (core {@code Downloads} on the
 * NetExplorer transport) and with MD5 verification (NetExplorer {@code downloads().download} with the expected MD5),
 * each against a raw copy computing the same MD5. One operation is one whole file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class DownloadBenchmark {

  /** The file size in MiB. */
  @Param({"1024"})
  public int sizeMiB;

  private BenchBackend backend;
  private NetExplorerClient sdk;
  private RawClient raw;
  private Path dir;
  private String md5;
  private long size;

  /** Creates the benchmark state (JMH does). */
  public DownloadBenchmark() {}

  /**
   * Starts the back end, logs in, computes the expected MD5.
   *
   * @throws IOException when the temporary folder cannot be made
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    size = (long) sizeMiB << 20;
    backend = new BenchBackend().downloadSize(size);
    sdk = Sdk.netExplorer(backend.baseUrl());
    sdk.login();
    raw = new RawClient(backend.baseUrl());
    raw.login();
    dir = Files.createTempDirectory("gedkit-bench-dl");
    md5 = GeneratedBytes.md5(size);
  }

  /**
   * Stops everything and deletes the files.
   *
   * @throws IOException when deleting fails
   */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    sdk.close();
    backend.close();
    try (var files = Files.list(dir)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Files.deleteIfExists(p);
      }
    }
    Files.deleteIfExists(dir);
  }

  /**
   * Raw copy to a file.
   *
   * @return the byte count as text
   * @throws IOException on failure
   */
  @Benchmark
  public String rawFile() throws IOException {
    return raw.download(77, dir.resolve("raw.bin"), false);
  }

  /**
   * Gedkit, no checksum.
   *
   * @return the result
   */
  @Benchmark
  public DownloadResult sdkFile() {
    ApiRequest req = ApiRequest.get("files.download").path("api/file").pathParam("77").path("download").build();
    DownloadResult r = Downloads.download(sdk.transport(), req, DownloadTarget.toPath(dir.resolve("sdk.bin")),
        DownloadOptions.defaults());
    if (r.bytes() != size) {
      throw new IllegalStateException("short download " + r.bytes());
    }
    return r;
  }

  /**
   * Raw copy to a file computing the MD5, compared with the expected one.
   *
   * @return the MD5
   * @throws IOException on failure
   */
  @Benchmark
  public String rawFileMd5() throws IOException {
    String got = raw.download(77, dir.resolve("raw.bin"), true);
    if (!got.equals(md5)) {
      throw new IllegalStateException("MD5 mismatch");
    }
    return got;
  }

  /**
   * Gedkit with MD5 verification.
   *
   * @return the result
   */
  @Benchmark
  public DownloadResult sdkFileMd5() {
    DownloadResult r = sdk.downloads().download(77, DownloadTarget.toPath(dir.resolve("sdk.bin")),
        TransferOptions.builder().md5(md5).build());
    if (r.verification() != ChecksumVerification.VERIFIED) {
      throw new IllegalStateException("not verified");
    }
    return r;
  }
}
