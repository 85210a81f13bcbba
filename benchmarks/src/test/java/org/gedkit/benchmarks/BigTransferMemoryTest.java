package org.gedkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32C;
import org.gedkit.benchmarks.server.BenchBackend;
import org.gedkit.benchmarks.server.GeneratedBytes;
import org.gedkit.core.transfer.ChecksumVerification;
import org.gedkit.core.transfer.DownloadResult;
import org.gedkit.core.transfer.DownloadTarget;
import org.gedkit.core.transfer.UploadSource;
import org.gedkit.ezged.EzGedClient;
import org.gedkit.ezged.model.Row;
import org.gedkit.netexplorer.NetExplorerClient;
import org.gedkit.netexplorer.TransferOptions;
import org.gedkit.netexplorer.model.FileInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The memory guarantees, run by Surefire in a JVM of its own with {@code -Xmx64m} (execution {@code memory-tests}):
 * 1 GiB downloads to a file and to a stream, a 1 GiB chunked upload from a file, and 1 000 000 EzGED rows paged through
 * the SDK. Each passes only if it ends without OutOfMemoryError and every byte or row arrived, verified. The content is
 * generated on the fly by the loopback back end (which keeps nothing: the testkit emulators hold uploads and rows in
 * memory, so they cannot serve these sizes in 64 MiB).
 */
class BigTransferMemoryTest {

  private static final long GIB = 1L << 30;
  private static final int ROWS = 1_000_000;

  private static BenchBackend backend;
  private static NetExplorerClient netExplorer;

  @BeforeAll
  static void start() {
    // the heap is for the client: the server renders every page afresh instead of keeping them
    backend = new BenchBackend().pageCache(0);
    netExplorer = Sdk.netExplorer(backend.baseUrl());
  }

  @AfterAll
  static void stop() {
    netExplorer.close();
    backend.close();
  }

  @Test
  void theHeapIsReallySmall() {
    // the guarantees below mean something only in a small heap: fail if the execution lost its -Xmx64m
    assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(64L << 20);
  }

  @Test
  void downloadsOneGibToAFileVerifyingItsMd5(@TempDir Path dir) throws IOException {
    backend.downloadSize(GIB);
    Path target = dir.resolve("big.bin");
    DownloadResult r = netExplorer.downloads().download(77, DownloadTarget.toPath(target),
        TransferOptions.builder().md5(GeneratedBytes.md5(GIB)).build());
    try {
      assertThat(r.bytes()).isEqualTo(GIB);
      assertThat(r.verification()).isEqualTo(ChecksumVerification.VERIFIED);
      assertThat(Files.size(target)).isEqualTo(GIB);
    } finally {
      Files.deleteIfExists(target);
    }
  }

  @Test
  void downloadsOneGibToAStreamVerifyingItsMd5() {
    backend.downloadSize(GIB);
    CountingCrc out = new CountingCrc();
    DownloadResult r = netExplorer.downloads().download(77, DownloadTarget.toStream(out),
        TransferOptions.builder().md5(GeneratedBytes.md5(GIB)).build());
    assertThat(r.verification()).isEqualTo(ChecksumVerification.VERIFIED);
    assertThat(out.count).isEqualTo(GIB);
    assertThat(out.crc.getValue()).isEqualTo(GeneratedBytes.crc32c(GIB));
  }

  @Test
  void uploadsOneGibFromAFileInChunks(@TempDir Path dir) throws IOException {
    Path source = dir.resolve("upload.bin");
    GeneratedBytes.writeFile(source, GIB);
    try {
      FileInfo f = netExplorer.uploads().uploadChunked(1001, UploadSource.ofPath(source),
          TransferOptions.builder().chunkSize(16L << 20).build());
      BenchBackend.UploadResult got = backend.lastUpload();
      assertThat(got).isNotNull();
      assertThat(got.chunks()).isEqualTo(64);
      assertThat(got.size()).isEqualTo(GIB);
      assertThat(got.crc32c()).isEqualTo(GeneratedBytes.crc32c(GIB));
      assertThat(f.size()).contains(GIB);
    } finally {
      Files.deleteIfExists(source);
    }
  }

  @Test
  void pagesOneMillionEzGedRows() {
    backend.ezgedRows(ROWS);
    long expected = 1;
    try (EzGedClient ezged = Sdk.ezged(backend.baseUrl())) {
      for (Row row : ezged.queries().exec(Sdk.EZGED_VIEW, Sdk.page(1000))) {
        assertThat(row.longValue("COURRIERS_ID")).hasValue(expected);
        expected++;
      }
    }
    assertThat(expected - 1).isEqualTo(ROWS);
  }

  /** Counts and checksums what the SDK writes, keeping none of it. */
  private static final class CountingCrc extends OutputStream {
    final CRC32C crc = new CRC32C();
    long count;

    @Override
    public void write(int b) {
      crc.update(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      crc.update(b, off, len);
      count += len;
    }
  }
}
