package org.gedkit.netexplorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.gedkit.core.error.GedkitException;
import org.gedkit.core.error.TransportException;
import org.gedkit.core.http.RetryPolicy;
import org.gedkit.core.paging.PagedIterable;
import org.gedkit.core.transfer.ChecksumVerification;
import org.gedkit.core.transfer.ChunkedUploadState;
import org.gedkit.core.transfer.DownloadResult;
import org.gedkit.core.transfer.DownloadTarget;
import org.gedkit.core.transfer.UploadSource;
import org.gedkit.netexplorer.model.FileInfo;
import org.gedkit.netexplorer.model.Folder;
import org.gedkit.testkit.Fault;
import org.gedkit.testkit.netexplorer.NetExplorerEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Realistic sequences against the NetExplorer emulator. */
class NetExplorerScenariosTest {

  @TempDir
  Path dir;

  NetExplorerEmulator emu;
  NetExplorerClient nx;

  @BeforeEach
  void start() {
    emu = new NetExplorerEmulator().start();
    nx = client("smithj").build();
  }

  NetExplorerClient.Builder client(String user) {
    return NetExplorerClient.builder().baseUrl(emu.baseUrl()).credentials(user, "secret").clock(emu.clock())
        .sleeper(d -> { }).retryPolicy(RetryPolicy.none());
  }

  @AfterEach
  void stop() {
    nx.close();
    emu.close();
  }

  static Path bigFile(Path dir, long size) throws IOException {
    Path p = dir.resolve("big.bin");
    Random rnd = new Random(42);
    byte[] buf = new byte[64 * 1024];
    try (OutputStream out = Files.newOutputStream(p)) {
      for (long left = size; left > 0; left -= buf.length) {
        rnd.nextBytes(buf);
        out.write(buf, 0, (int) Math.min(buf.length, left));
      }
    }
    return p;
  }

  static String md5(Path p) throws Exception {
    MessageDigest md = MessageDigest.getInstance("MD5");
    try (InputStream in = Files.newInputStream(p)) {
      byte[] buf = new byte[64 * 1024];
      int n;
      while ((n = in.read(buf)) > 0) {
        md.update(buf, 0, n);
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }

  @Test
  void chunkedUpload_droppedAtHalf_resumesWithOnlyMissingChunks_andMd5Matches() throws Exception {
    long size = 20L * 1024 * 1024 + 12345;
    long chunk = 1024 * 1024;
    Path file = bigFile(dir, size);
    int chunks = (int) ((size + chunk - 1) / chunk);
    Path saved = dir.resolve("upload-state.json");
    AtomicReference<Boolean> armed = new AtomicReference<>(false);
    TransferOptions opts = TransferOptions.builder().chunkSize(chunk).checkpoint(s -> {
      try {
        Files.writeString(saved, s.toJson());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      if (s.confirmed().size() == chunks / 2 && !armed.get()) {
        armed.set(true);
        // the server stores the next chunk but the connection drops while it answers
        emu.faults().next(1, "POST", ".*/file/upload", Fault.resetMidBody());
      }
    }).build();

    assertThatThrownBy(() -> nx.uploads().uploadChunked(1, UploadSource.ofPath(file), opts))
        .isInstanceOf(TransportException.class);
    assertThat(emu.count(c -> c.faulted())).isEqualTo(1);
    ChunkedUploadState state = ChunkedUploadState.fromJson(Files.readString(saved));
    assertThat(state.confirmed()).hasSize(chunks / 2);
    List<Integer> before = emu.receivedChunks();
    assertThat(before).hasSize(chunks / 2 + 1);

    FileInfo f = nx.uploads().resume(state, UploadSource.ofPath(file), opts);

    List<Integer> after = emu.receivedChunks().subList(before.size(), emu.receivedChunks().size());
    assertThat(after).doesNotContainAnyElementsOf(before);
    assertThat(new HashSet<>(emu.receivedChunks())).hasSize(chunks);
    assertThat(emu.receivedChunks()).hasSize(chunks);
    assertThat(f.hash()).contains(md5(file));
    assertThat(f.size()).contains(size);
    DownloadResult back = nx.downloads().download(f, DownloadTarget.toPath(dir.resolve("back.bin")),
        TransferOptions.defaults());
    assertThat(back.verification()).isEqualTo(ChecksumVerification.VERIFIED);
    assertThat(md5(dir.resolve("back.bin"))).isEqualTo(md5(file));
  }

  @Test
  void chunkedUpload_serverReportsMissing_onlyThoseAreResent() throws Exception {
    byte[] data = new byte[10_000];
    new Random(1).nextBytes(data);
    // the first chunk is lost on the server side (the reply says OK but the body is dropped before handling)
    emu.faults().next(1, "POST", ".*/file/upload", Fault.statusWithBody(200, "OK"));
    FileInfo f = nx.uploads().uploadChunked(1, UploadSource.ofBytes(data, "r.bin"),
        TransferOptions.builder().chunkSize(3000).build());
    assertThat(emu.receivedChunks()).containsExactly(1, 2, 3, 0);
    assertThat(f.hash()).contains(HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(data)));
  }

  @Test
  void rangeDownload_resumesAfterDrop() throws Exception {
    byte[] data = new byte[3 * 1024 * 1024];
    new Random(7).nextBytes(data);
    long id = emu.addFile(1, "movie.bin", data);
    emu.dropNextDownloads(1);
    Path target = dir.resolve("movie.bin");
    DownloadResult r = nx.downloads().download(id, DownloadTarget.toPath(target), TransferOptions.defaults());
    assertThat(r.resumes()).isEqualTo(1);
    assertThat(r.verification()).isEqualTo(ChecksumVerification.VERIFIED);
    assertThat(Files.readAllBytes(target)).isEqualTo(data);
    List<String> ranges = emu.requests().stream().filter(c -> c.path().endsWith("/download"))
        .map(c -> String.valueOf(c.headers().get("Range"))).toList();
    assertThat(ranges).hasSize(2);
    assertThat(ranges.get(0)).isEqualTo("null");
    assertThat(ranges.get(1)).matches("bytes=[1-9][0-9]*-");
  }

  @Test
  void download_justUploaded_withoutHash_isNotVerifiable() throws Exception {
    emu.hashAfterUpload(false);
    FileInfo f = nx.uploads().upload(1, UploadSource.ofBytes(new byte[] {1, 2, 3}, "fresh.bin"),
        TransferOptions.defaults());
    assertThat(f.hash()).isEmpty();
    DownloadResult r = nx.downloads().download(f, DownloadTarget.toPath(dir.resolve("fresh.bin")),
        TransferOptions.defaults());
    assertThat(r.verification()).isEqualTo(ChecksumVerification.NOT_VERIFIABLE);
  }

  @Test
  void paging_10000Objects() {
    emu.addFiles(1, 10_000);
    PagedIterable<FileInfo> all = nx.files().activity(500);
    assertThat(all.totalCount()).hasValue(10_000);
    Set<Long> seen = new HashSet<>();
    long n = all.stream().peek(f -> seen.add(f.id())).count();
    assertThat(n).isEqualTo(10_000);
    assertThat(seen).hasSize(10_000);
    assertThat(emu.count(c -> c.path().equals("/api/file/activity"))).isEqualTo(20);
  }

  @Test
  void tokenExpiry_midRun_isRenewedExactlyOnce_under16Threads() throws Exception {
    emu.tokenLifetime(Duration.ofMinutes(10));
    nx.account().get();
    assertThat(emu.logins()).isEqualTo(1);
    emu.clock().advance(Duration.ofMinutes(11));
    ExecutorService pool = Executors.newFixedThreadPool(16);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Integer>> results = new ArrayList<>();
    for (int t = 0; t < 16; t++) {
      results.add(pool.submit(() -> {
        go.await();
        int ok = 0;
        for (int i = 0; i < 5; i++) {
          Folder f = nx.folders().get(1);
          ok += f.id() == 1 ? 1 : 0;
        }
        return ok;
      }));
    }
    go.countDown();
    int total = 0;
    for (Future<Integer> r : results) {
      total += r.get(30, TimeUnit.SECONDS);
    }
    pool.shutdown();
    assertThat(total).isEqualTo(80);
    assertThat(emu.logins()).isEqualTo(2);
    assertThat(nx.loginCount()).isEqualTo(2);
  }

  @Test
  void folderTree_trash_restore_andRights_withAsId() {
    Folder sub = nx.folders().create(1, "Projets", FolderUpdate.none());
    FileInfo f = nx.uploads().upload(sub.id(), UploadSource.ofBytes("v1".getBytes(), "a.txt"), TransferOptions.defaults());
    nx.uploads().upload(sub.id(), UploadSource.ofBytes("v2".getBytes(), "a.txt"), TransferOptions.defaults());
    assertThat(nx.files().versions(f.id())).hasSize(2);
    Folder tree = nx.folders().get(1, FolderQuery.builder().depth(-1).build());
    assertThat(tree.content().get().folders()).extracting(Folder::name).contains("Projets");

    NetExplorerClient bob = nx.as("16");
    assertThatThrownBy(() -> bob.folders().get(sub.id())).isInstanceOf(GedkitException.class)
        .hasMessageContaining("403");
    emu.grantRead(sub.id(), "16");
    assertThat(bob.folders().get(sub.id()).name()).isEqualTo("Projets");

    nx.files().delete(f.id());
    assertThat(nx.trash().list().files()).hasSize(1);
    long trashId = nx.trash().list().files().get(0).id();
    assertThat(nx.trash().restore(trashId, 1).isFile()).isTrue();
    assertThat(nx.trash().list().files()).isEmpty();
    assertThatThrownBy(() -> nx.folders().create(1, "Projets", FolderUpdate.none()))
        .isInstanceOf(org.gedkit.core.error.PermissionDeniedException.class)
        .hasMessageContaining("même nom");
  }

  @Test
  void downloadToken_worksWithoutSession() throws Exception {
    long id = emu.addFile(1, "t.txt", "token!".getBytes());
    var token = nx.tokens().file(id, TokenType.DOWNLOAD);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    nx.downloads().downloadWithToken(token, DownloadTarget.toStream(out), TransferOptions.defaults());
    assertThat(out.toString()).isEqualTo("token!");
  }
}
