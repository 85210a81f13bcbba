package org.gedkit.netexplorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import org.gedkit.core.error.GedkitException;
import org.gedkit.core.error.ProtocolException;
import org.gedkit.core.error.TransportException;
import org.gedkit.core.transfer.UploadSource;
import org.gedkit.netexplorer.model.FileInfo;
import org.gedkit.testkit.Fault;
import org.gedkit.testkit.RecordedCall;
import org.gedkit.testkit.netexplorer.NetExplorerEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Found by the cross-adapter fault matrix (docs/reliability.md): what is sent again after a dropped connection.
 * OkHttp must not replay a POST on its own; chunks before the last are replayed by the transport; the last chunk
 * only after the server's report says it still misses it; a wrong-shaped chunk reply is not taken for "OK".
 */
class ReplaySafetyTest {

  private static final String UPLOAD = "/api/file/upload";

  NetExplorerEmulator emu;
  NetExplorerClient nx;

  @BeforeEach
  void start() {
    emu = new NetExplorerEmulator().start();
    nx = NetExplorerClient.builder().baseUrl(emu.baseUrl()).credentials("smithj", "secret").sleeper(d -> { })
        .build();
    nx.login(); // the next request reuses the pooled connection, the case where OkHttp used to replay silently
  }

  @AfterEach
  void stop() {
    nx.close();
    emu.close();
  }

  private long posts(String path) {
    return emu.count((RecordedCall c) -> c.method().equals("POST") && c.path().equals(path));
  }

  private static byte[] data(int n) {
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = (byte) (i * 31 + 7);
    }
    return b;
  }

  @Test
  void aFolderCreationWhoseConnectionDropsIsNotSentAgain() {
    emu.faults().next(1, "POST", "/api/folder", Fault.resetBeforeReply());
    Throwable t = catchThrowable(() -> nx.folders().create(1, "once", FolderUpdate.none()));
    assertThat(t).isInstanceOf(TransportException.class);
    assertThat(((GedkitException) t).isRetryable()).as("the outcome is unknown: not advised").isFalse();
    assertThat(posts("/api/folder")).as("sent once, never replayed by OkHttp").isEqualTo(1);
    assertThat(emu.writes()).isZero();
  }

  @Test
  void aChunkBeforeTheLastIsSentAgainAfterADrop() {
    byte[] content = data(4 * 100);
    emu.faults().next(1, "POST", UPLOAD, Fault.resetBeforeReply());
    FileInfo f = nx.uploads().uploadChunked(1, UploadSource.ofBytes(content, "a.bin"),
        TransferOptions.builder().chunkSize(100).build());
    assertThat(emu.content(f.id())).hasValueSatisfying(b -> assertThat(b).isEqualTo(content));
    assertThat(emu.receivedChunks()).containsExactly(0, 1, 2, 3);
    assertThat(posts(UPLOAD)).as("chunk 0 twice (the first was dropped)").isEqualTo(5);
    assertThat(emu.writes()).isEqualTo(1);
  }

  @Test
  void aChunkBeforeTheLastIsSentAgainAfterA503() {
    byte[] content = data(250);
    emu.faults().next(1, "POST", UPLOAD, Fault.status(503, "1"));
    FileInfo f = nx.uploads().uploadChunked(1, UploadSource.ofBytes(content, "b.bin"),
        TransferOptions.builder().chunkSize(100).build());
    assertThat(emu.content(f.id())).hasValueSatisfying(b -> assertThat(b).isEqualTo(content));
    assertThat(emu.writes()).isEqualTo(1);
  }

  @Test
  void theLastChunkIsSentAgainOnlyWhenTheReportSaysItIsMissing() {
    byte[] other = data(301);
    int[] confirmed = {0};
    FileInfo g = nx.uploads().uploadChunked(1, UploadSource.ofBytes(other, "d.bin"),
        TransferOptions.builder().chunkSize(100).checkpoint(s -> {
          if (++confirmed[0] == 3) {
            emu.faults().next(1, "POST", UPLOAD, Fault.resetBeforeReply()); // hits chunk 3, the last
          }
        }).build());
    assertThat(emu.content(g.id())).hasValueSatisfying(b -> assertThat(b).isEqualTo(other));
    assertThat(emu.writes()).isEqualTo(1);
    // chunks 0-3 (3 dropped), the report ([{"missing": 3}]), chunk 3 again
    assertThat(posts(UPLOAD)).isEqualTo(6);
  }

  @Test
  void theLastChunkIsNotSentAgainWhenTheServerMayHaveCompletedTheFile() {
    byte[] content = data(300);
    int[] confirmed = {0};
    Throwable t = catchThrowable(() -> nx.uploads().uploadChunked(1, UploadSource.ofBytes(content, "e.bin"),
        TransferOptions.builder().chunkSize(100).checkpoint(s -> {
          if (++confirmed[0] == 2) {
            emu.faults().next(1, "POST", UPLOAD, Fault.resetMidBody()); // the server completes, the reply is cut
          }
        }).build()));
    assertThat(t).isInstanceOf(TransportException.class);
    assertThat(((GedkitException) t).isRetryable()).isFalse();
    assertThat(emu.writes()).as("completed once, never a second version").isEqualTo(1);
    long id = emu.fileId(1, "e.bin").orElseThrow();
    assertThat(emu.content(id)).hasValueSatisfying(b -> assertThat(b).isEqualTo(content));
  }

  @Test
  void aWrongShapedChunkReplyIsNotTakenForOk() {
    emu.faults().next(1, "POST", UPLOAD, Fault.wrongShape("[1,2,3]"));
    Throwable t = catchThrowable(() -> nx.uploads().uploadChunked(1,
        UploadSource.ofBytes("x".repeat(250).getBytes(StandardCharsets.UTF_8), "f.bin"),
        TransferOptions.builder().chunkSize(100).build()));
    assertThat(t).isInstanceOf(ProtocolException.class).hasMessageContaining("missing");
    assertThat(emu.fileId(1, "f.bin")).isEmpty();
    assertThat(emu.writes()).isZero();
  }
}
