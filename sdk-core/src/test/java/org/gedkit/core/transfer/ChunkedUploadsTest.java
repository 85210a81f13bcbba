package org.gedkit.core.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.gedkit.core.error.GedkitException;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.error.ProtocolException;
import org.gedkit.core.error.ServerException;
import org.gedkit.core.error.ErrorDetails;
import org.gedkit.core.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChunkedUploadsTest {

  @TempDir Path dir;
  private final byte[] content = new byte[1000];
  private final TestClock clock = TestClock.at("2026-01-01T00:00:00Z");
  private final List<ChunkedUploadState> checkpoints = new ArrayList<>();

  ChunkedUploadsTest() {
    new Random(7).nextBytes(content);
  }

  /**
   * A fake server protocol: stores the chunks it receives, reports the chunks in {@code dropOnce} missing
   * once (as NetExplorer does) and completes with the assembled bytes when every chunk is there.
   */
  private final class FakeServer implements ChunkProtocol<byte[]> {
    final TreeMap<Integer, byte[]> stored = new TreeMap<>();
    final List<Integer> sent = new ArrayList<>();
    final Set<Integer> dropOnce;
    Integer failAt;

    FakeServer(Set<Integer> dropOnce) {
      this.dropOnce = new java.util.HashSet<>(dropOnce);
    }

    @Override
    public ChunkReply<byte[]> send(ChunkedUploadState state, int index, UploadSource chunk, ProgressTracker tracker) {
      sent.add(index);
      if (failAt != null && failAt == index) {
        tracker.add(chunk.length() / 2);
        throw new ServerException("chunk refused", ErrorDetails.of("fake", "upload"), true, null);
      }
      byte[] data;
      try (InputStream in = chunk.openStream()) {
        data = in.readAllBytes();
      } catch (IOException e) {
        throw new AssertionError(e);
      }
      tracker.add(data.length);
      assertThat(data.length).isEqualTo(state.chunkLength(index));
      if (!dropOnce.remove(index)) {
        stored.put(index, data);
      }
      if (index != state.chunkCount() - 1 && stored.size() < state.chunkCount()) {
        return ChunkReply.accepted();
      }
      Set<Integer> missing = new java.util.TreeSet<>();
      for (int i = 0; i < state.chunkCount(); i++) {
        if (!stored.containsKey(i)) {
          missing.add(i);
        }
      }
      if (!missing.isEmpty()) {
        return ChunkReply.missing(missing);
      }
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      stored.values().forEach(all::writeBytes);
      return ChunkReply.completed(all.toByteArray());
    }
  }

  private ChunkedUploadState fresh(long chunkSize) {
    return ChunkedUploadState.start("up-1", "big.bin", content.length, chunkSize, Map.of("folderId", "9"));
  }

  @Test
  void sendsEveryChunkAndCheckpointsEach() {
    FakeServer server = new FakeServer(Set.of());
    byte[] result = ChunkedUploads.upload("fake", UploadSource.ofBytes(content, "big.bin"), fresh(300), server,
        checkpoints::add, null, clock);
    assertThat(result).isEqualTo(content);
    assertThat(server.sent).containsExactly(0, 1, 2, 3);
    assertThat(checkpoints).extracting(c -> c.confirmed().size()).containsExactly(1, 2, 3, 4);
    assertThat(checkpoints.get(3).isComplete()).isTrue();
    assertThat(checkpoints.get(0).attributes()).containsEntry("folderId", "9");
  }

  @Test
  void aMissingReportResendsOnlyTheMissingChunks() {
    FakeServer server = new FakeServer(Set.of(1, 2));
    List<Long> progress = new ArrayList<>();
    byte[] result = ChunkedUploads.upload("fake", UploadSource.ofBytes(content, "big.bin"), fresh(300), server,
        checkpoints::add, new TransferListener() {
          @Override
          public void onProgress(TransferEvent e) {
            progress.add(e.bytesTransferred());
          }
        }, clock);
    assertThat(result).isEqualTo(content);
    assertThat(server.sent).containsExactly(0, 1, 2, 3, 1, 2);
    // after the missing report, progress fell back to the confirmed bytes
    assertThat(progress).contains(400L);
    assertThat(progress).last().isEqualTo(1000L);
  }

  @Test
  void resumesFromAPersistedStateSendingOnlyWhatIsLeft() throws Exception {
    FakeServer server = new FakeServer(Set.of());
    server.failAt = 2;
    Path file = dir.resolve("big.bin");
    Files.write(file, content);
    assertThatThrownBy(() -> ChunkedUploads.upload("fake", UploadSource.ofPath(file), fresh(300), server,
        checkpoints::add, null, clock)).isInstanceOf(ServerException.class);
    // the failure leaves the last checkpoint: chunks 0 and 1
    ChunkedUploadState last = checkpoints.get(checkpoints.size() - 1);
    assertThat(last.confirmed()).containsExactly(0, 1);
    String saved = last.toJson();

    server.failAt = null;
    server.sent.clear();
    ChunkedUploadState restored = ChunkedUploadState.fromJson(saved);
    assertThat(restored).isEqualTo(last);
    assertThat(restored.pending()).containsExactly(2, 3);
    assertThat(restored.confirmedBytes()).isEqualTo(600);
    byte[] result = ChunkedUploads.upload("fake", UploadSource.ofPath(file), restored, server, checkpoints::add,
        TransferListener.none(), clock);
    assertThat(result).isEqualTo(content);
    assertThat(server.sent).containsExactly(2, 3);
  }

  @Test
  void aStreamSourceIsChunkedInOrder() {
    FakeServer server = new FakeServer(Set.of());
    byte[] result = ChunkedUploads.upload("fake", UploadSource.ofStream(new ByteArrayInputStream(content), 1000,
        "big.bin"), fresh(256), server, null, null, clock);
    assertThat(result).isEqualTo(content);
    assertThat(server.sent).containsExactly(0, 1, 2, 3);
  }

  @Test
  void aStreamThatCannotGoBackForAMissingChunkFails() {
    FakeServer server = new FakeServer(Set.of(0));
    assertThatThrownBy(() -> ChunkedUploads.upload("fake", UploadSource.ofStream(new ByteArrayInputStream(content),
        1000, "big.bin"), fresh(256), server, null, null, clock))
        .isInstanceOf(GedkitException.class).hasMessageContaining("chunk 0");
  }

  @Test
  void aServerThatKeepsReportingChunksMissingIsAProtocolError() {
    ChunkProtocol<String> stubborn = (state, index, chunk, tracker) -> ChunkReply.missing(Set.of(0));
    assertThatThrownBy(() -> ChunkedUploads.upload("fake", UploadSource.ofBytes(content, "b"), fresh(500), stubborn,
        null, null, clock)).isInstanceOf(ProtocolException.class).hasMessageContaining("gave up");
  }

  @Test
  void aServerThatNeverCompletesIsAProtocolError() {
    ChunkProtocol<String> silent = (state, index, chunk, tracker) -> ChunkReply.accepted();
    assertThatThrownBy(() -> ChunkedUploads.upload("fake", UploadSource.ofBytes(content, "b"), fresh(500), silent,
        null, null, clock)).isInstanceOf(ProtocolException.class).hasMessageContaining("no final result");
  }

  @Test
  void aSourceOfAnotherSizeIsRejected() {
    assertThatThrownBy(() -> ChunkedUploads.upload("fake", UploadSource.ofBytes(new byte[3], "b"), fresh(500),
        (s, i, c, t) -> ChunkReply.completed("x"), null, null, clock)).isInstanceOf(InvalidArgumentException.class);
  }

  @Test
  void anEmptyFileIsOneEmptyChunk() {
    ChunkedUploadState s = ChunkedUploadState.start("u", "empty", 0, 100, null);
    assertThat(s.chunkCount()).isEqualTo(1);
    assertThat(s.chunkLength(0)).isZero();
    String done = ChunkedUploads.upload("fake", UploadSource.ofBytes(new byte[0], "empty"), s,
        (st, i, c, t) -> ChunkReply.completed("done"), null, null, clock);
    assertThat(done).isEqualTo("done");
    assertThat(ChunkedUploads.chunkCount(0, 100)).isEqualTo(1);
    assertThat(ChunkedUploads.chunkCount(1001, 100)).isEqualTo(11);
  }

  @Test
  void stateValidationAndJson() {
    ChunkedUploadState s = fresh(300).withConfirmed(0).withConfirmed(3).withMissing(List.of(3));
    assertThat(s.confirmed()).containsExactly(0);
    assertThat(s.chunkOffset(3)).isEqualTo(900);
    assertThat(s.chunkLength(3)).isEqualTo(100);
    assertThat(s.isComplete()).isFalse();
    assertThat(s.toJson()).contains("\"uploadId\":\"up-1\"").contains("\"confirmed\":[0]").doesNotContain("pending");
    assertThatThrownBy(() -> ChunkedUploadState.fromJson("{not json")).isInstanceOf(InvalidArgumentException.class);
    assertThatThrownBy(() -> ChunkedUploadState.start("u", "f", -1, 10, null)).isInstanceOf(
        InvalidArgumentException.class);
    assertThatThrownBy(() -> ChunkedUploadState.start("u", "f", 10, 0, null)).isInstanceOf(
        InvalidArgumentException.class);
    assertThat(ChunkReply.completed("r").completedResult()).contains("r");
    assertThat(ChunkReply.accepted().completedResult()).isEmpty();
    assertThat(new ChunkReply<String>(null, null).missingChunks()).isEmpty();
  }
}
