package org.gedkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gedkit.benchmarks.server.BenchBackend;
import org.gedkit.benchmarks.server.GeneratedBytes;
import org.gedkit.core.transfer.ChecksumVerification;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Every benchmark body once, at small sizes, so a change that breaks a benchmark (or makes the SDK and raw paths
 * disagree) fails {@code mvn verify} even though the benchmarks themselves are not run by it.
 */
class BenchmarkSmokeTest {

  private static final Blackhole BH = new Blackhole(
      "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

  @Test
  void callBenchmarkBodiesAnswer() throws Exception {
    CallBenchmark b = new CallBenchmark();
    b.setUp();
    try {
      assertThat(b.sdkGet().id()).isEqualTo(b.rawGet().id()).isEqualTo("u-42");
      assertThat(b.sdkPost().id()).isEqualTo(b.rawPost().id()).isEqualTo(2001);
      assertThat(b.sdkGet16().roots()).isEqualTo(b.rawGet16().roots());
      assertThat(b.sdkPost16().name()).isEqualTo(b.rawPost16().name());
      assertThat(b.sdkQorusGet().instanceKey()).isEqualTo(b.rawQorusGet().instanceKey()).isEqualTo("quark-1");
      assertThat(b.sdkQorusGet().extra()).containsKeys("debug", "system_log_url");
      assertThat(b.sdkQorusGet().startTime()).isNotNull();
      try (BenchBackend backend = new BenchBackend()) {
        RawClient.RawFullSystemInfo full = new RawClient(backend.baseUrl()).qorusSystemFull();
        org.gedkit.qorus.model.SystemInfo info = Sdk.qorus(backend.baseUrl()).system().info();
        assertThat(full.omqVersionCode()).isEqualTo(info.omqVersionCode()).isEqualTo(60012L);
        assertThat(full.schemaProperties()).isEqualTo(info.schemaProperties()).isNotEmpty();
        assertThat(full.shuttingDown()).isEqualTo(info.shuttingDown()).isFalse();
        assertThat(full.omquserDbVersion()).isEqualTo(info.omquserDbVersion()).isEqualTo("15.4");
      }
      assertThat(b.sdkQorusGet16().pid()).isEqualTo(b.rawQorusGet16().pid()).isEqualTo(31337L);
    } finally {
      b.tearDown();
    }
  }

  @Test
  void objectPagingBenchmarkSeesEveryObjectBothWays() throws Exception {
    ObjectPagingBenchmark b = new ObjectPagingBenchmark();
    b.objects = 2_500;
    b.pageSize = 1000;
    b.setUp();
    try {
      assertThat(b.sdkFiles(BH)).isEqualTo(2_500);
      assertThat(b.rawFiles(BH)).isEqualTo(2_500);
    } finally {
      b.tearDown();
    }
  }

  @Test
  void theEqualWorkBaselineReadsTheSameFieldsAsTheSdk() throws Exception {
    try (BenchBackend backend = new BenchBackend().neObjects(1_500)) {
      RawClient raw = new RawClient(backend.baseUrl());
      raw.login();
      List<RawClient.RawFullFile<java.time.OffsetDateTime>> rawFiles = new java.util.ArrayList<>();
      assertThat(raw.neFileActivityFull(1000, rawFiles::add)).isEqualTo(1_500);
      List<RawClient.RawFullFile<String>> textFiles = new java.util.ArrayList<>();
      assertThat(raw.neFileActivityFullText(1000, textFiles::add)).isEqualTo(1_500);
      try (org.gedkit.netexplorer.NetExplorerClient ne = Sdk.netExplorer(backend.baseUrl())) {
        List<org.gedkit.netexplorer.model.FileInfo> sdkFiles = new java.util.ArrayList<>();
        ne.files().activity(1000).forEach(sdkFiles::add);
        assertThat(sdkFiles).hasSize(1_500);
        for (int i : new int[] {0, 999, 1000, 1_499}) {
          RawClient.RawFullFile<java.time.OffsetDateTime> r = rawFiles.get(i);
          org.gedkit.netexplorer.model.FileInfo f = sdkFiles.get(i);
          assertThat(r.id()).isEqualTo(f.id());
          assertThat(r.name()).isEqualTo(f.name());
          assertThat(r.creation()).isEqualTo(f.creation().orElseThrow());
          assertThat(r.modification()).isEqualTo(f.modification().orElseThrow());
          assertThat(r.hash()).isEqualTo(f.hash().orElseThrow());
          assertThat(r.size()).isEqualTo(f.size().orElseThrow());
          assertThat(r.nbVersions()).isEqualTo(f.nbVersions().orElseThrow());
          assertThat(r.fileType()).isEqualTo(f.fileType().orElseThrow());
          assertThat(r.canShare()).isEqualTo(f.canShare());
          assertThat(java.time.OffsetDateTime.parse(textFiles.get(i).creation())).isEqualTo(r.creation());
          assertThat(textFiles.get(i).ownerId()).isEqualTo(r.ownerId()).isEqualTo(f.ownerId().orElseThrow());
          // every field the server sends is one of the baseline's 16 or the SDK keeps it in extra()
          assertThat(f.extra()).isEmpty();
        }
      }
    }
  }

  @Test
  void pagingBenchmarkSeesEveryRowBothWays() throws Exception {
    PagingBenchmark b = new PagingBenchmark();
    b.rows = 2_500;
    b.pageSize = 1000;
    b.setUp();
    try {
      assertThat(b.sdkRows(BH)).isEqualTo(2_500);
      assertThat(b.rawRows(BH)).isEqualTo(2_500);
    } finally {
      b.tearDown();
    }
  }

  @Test
  void downloadBenchmarkVerifies() throws Exception {
    DownloadBenchmark b = new DownloadBenchmark();
    b.sizeMiB = 3;
    b.setUp();
    try {
      assertThat(b.rawFile()).isEqualTo(Long.toString(3L << 20));
      assertThat(b.sdkFile().bytes()).isEqualTo(3L << 20);
      assertThat(b.rawFileMd5()).isEqualTo(GeneratedBytes.md5(3L << 20));
      assertThat(b.sdkFileMd5().verification()).isEqualTo(ChecksumVerification.VERIFIED);
    } finally {
      b.tearDown();
    }
  }

  @Test
  void uploadBenchmarkDeliversTheWholeFileBothWays() throws Exception {
    UploadBenchmark b = new UploadBenchmark();
    b.sizeMiB = 5;
    b.chunkMiB = 2;
    b.setUp();
    try {
      assertThat(b.sdkChunked().size()).contains(5L << 20);
      assertThat(b.rawChunked()).contains("\"size\":" + (5L << 20));
    } finally {
      b.tearDown();
    }
  }

  @Test
  void sessionBurstLogsInExactlyOnceBothWays() throws Exception {
    SessionBenchmark b = new SessionBenchmark();
    b.threads = 64;
    b.calls = 3;
    b.setUp();
    try {
      assertThat(b.sdkExpiredBurst()).isEqualTo(1);
      assertThat(b.rawExpiredBurst()).isEqualTo(1);
      assertThat(b.sdkExpiredBurst()).isEqualTo(1);
    } finally {
      b.tearDown();
    }
  }

  @Test
  void theUploadSinkChecksumsEveryChunkItReceives() throws Exception {
    // three 1000-byte chunks: the CRC proves the multipart parser neither drops nor adds a byte at part boundaries
    try (BenchBackend backend = new BenchBackend()) {
      RawClient raw = new RawClient(backend.baseUrl());
      raw.login();
      java.nio.file.Path f = java.nio.file.Files.createTempFile("gedkit-sink", ".bin");
      try {
        GeneratedBytes.writeFile(f, 3000);
        assertThat(raw.uploadChunked(1001, f, 1000)).contains("\"size\":3000");
        assertThat(backend.lastUpload().crc32c()).isEqualTo(GeneratedBytes.crc32c(3000));
      } finally {
        java.nio.file.Files.deleteIfExists(f);
      }
    }
  }

  @Test
  void theRatioTableRefusesNothingAndListsNoUnpairedRows() {
    assertThat(Main.ratioTable(List.of())).startsWith("| scenario |").doesNotContain("Benchmark.");
  }

  @Test
  void theAbTablesOfSeveralJvmsAreJoinedScenarioByScenarioWithTheirMedians() {
    String header = "## Interleaved A/B check\n\n| scenario | raw (median round) | SDK (median round) | SDK/raw time (median"
        + " of rounds) | SDK/raw client-thread CPU (median of rounds) |\n|---|---|---|---|---|\n";
    List<String> tables = List.of(
        header + "| small GET x2000 | 1.0 ms | 1.1 ms | 1.100 | 1.200 |\n| EzGED rows | 1 ms | 1 ms | 0.900 | 1.000 |\n"
            + "\n## Loopback server's own cost\n\n| request | a | b | c | d |\n|---|---|---|---|---|\n| x | 1 | 2 | 3 | 4 |\n",
        header + "| small GET x2000 | 1.0 ms | 1.0 ms | 1.000 | 1.050 |\n| EzGED rows | 1 ms | 1 ms | 1.000 | 0.950 |\n",
        header + "| small GET x2000 | 1.0 ms | 1.3 ms | 1.300 | 1.100 |\n| EzGED rows | 1 ms | 1 ms | 0.950 | 0.990 |\n");
    String joined = Interleaved.summarize(tables);
    assertThat(joined.split("\n")).containsExactly(
        "| scenario | SDK/raw time, each JVM | median | SDK/raw client-thread CPU, each JVM | median |",
        "|---|---|---|---|---|",
        "| small GET x2000 | 1.100, 1.000, 1.300 | **1.100** | 1.200, 1.050, 1.100 | **1.100** |",
        "| EzGED rows | 0.900, 1.000, 0.950 | **0.950** | 1.000, 0.950, 0.990 | **0.990** |");
  }

  @Test
  void listingPagesAreRenderedOnceAndServedAgainAsTheSameBytes() throws Exception {
    try (BenchBackend backend = new BenchBackend().neObjects(2_500);
        var ne = Sdk.netExplorer(backend.baseUrl())) {
      List<org.gedkit.netexplorer.model.FileInfo> first = ne.files().activity(1000).stream().toList();
      long cached = backend.pageCacheBytes();
      assertThat(cached).isPositive();
      assertThat(ne.files().activity(1000).stream().toList()).isEqualTo(first);
      assertThat(backend.pageCacheBytes()).isEqualTo(cached);
      assertThat(first.get(11).hash()).hasValueSatisfying(h -> assertThat(h).hasSize(32).matches("0{16}[0-9a-f]{16}"));
      assertThat(first.get(11).hash()).contains(String.format(java.util.Locale.ROOT, "%032x",
          12 * 0x9E3779B97F4A7C15L & Long.MAX_VALUE));
    }
    try (BenchBackend backend = new BenchBackend().neObjects(2_500).pageCache(0);
        var ne = Sdk.netExplorer(backend.baseUrl())) {
      assertThat(ne.files().activity(1000).stream().count()).isEqualTo(2_500);
      assertThat(backend.pageCacheBytes()).isZero();
    }
  }

  @Test
  void anUnknownTokenIsRefused() throws Exception {
    try (BenchBackend backend = new BenchBackend()) {
      RawClient raw = new RawClient(backend.baseUrl());
      assertThatThrownBy(() -> raw.createFolder(1, "x")).hasMessageContaining("401");
      try (var qorus = org.gedkit.qorus.QorusClient.builder().baseUrl(backend.baseUrl()).token("wrong-token").build()) {
        assertThatThrownBy(() -> qorus.system().info()).isInstanceOf(org.gedkit.core.error.AuthenticationException.class);
      }
    }
  }
}
