package org.gedkit.core.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.Buffer;
import org.gedkit.core.error.InvalidArgumentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadSourceTest {

  @TempDir Path dir;
  private final byte[] bytes = "0123456789abcdefghij".getBytes(StandardCharsets.US_ASCII);

  private static byte[] read(UploadSource s) throws IOException {
    try (InputStream in = s.openStream()) {
      return in.readAllBytes();
    }
  }

  private static String text(UploadSource s) throws IOException {
    return new String(read(s), StandardCharsets.US_ASCII);
  }

  private static byte[] written(RequestBody body) throws IOException {
    Buffer b = new Buffer();
    body.writeTo(b);
    return b.readByteArray();
  }

  @Test
  void aPathSourceStreamsAndSlices() throws Exception {
    Path f = dir.resolve("doc.txt");
    Files.write(f, bytes);
    UploadSource s = UploadSource.ofPath(f);
    assertThat(s.length()).isEqualTo(20);
    assertThat(s.fileName()).isEqualTo("doc.txt");
    assertThat(s.path()).contains(f);
    assertThat(s.isReplayable()).isTrue();
    assertThat(read(s)).isEqualTo(bytes);
    assertThat(read(s)).isEqualTo(bytes);
    UploadSource slice = s.slice(5, 10);
    assertThat(text(slice)).isEqualTo("56789abcde");
    assertThat(text(slice.slice(2, 3))).isEqualTo("789");
    assertThat(slice.fileName()).isEqualTo("doc.txt");
    assertThat(text(s.slice(20, 0))).isEmpty();
    try (InputStream in = slice.openStream()) {
      assertThat(in.read()).isEqualTo('5');
      assertThat(in.skip(8)).isEqualTo(8);
      assertThat(in.read()).isEqualTo('e');
      assertThat(in.read()).isEqualTo(-1);
      assertThat(in.read(new byte[4], 0, 4)).isEqualTo(-1);
    }
    assertThat(s.toString()).contains("doc.txt").contains("20 bytes");
  }

  @Test
  void badSlicesAndFilesAreInvalidArguments() {
    UploadSource s = UploadSource.ofBytes(bytes, "b.bin");
    assertThatThrownBy(() -> s.slice(-1, 2)).isInstanceOf(InvalidArgumentException.class);
    assertThatThrownBy(() -> s.slice(15, 6)).isInstanceOf(InvalidArgumentException.class);
    assertThatThrownBy(() -> s.slice(0, -1)).isInstanceOf(InvalidArgumentException.class);
    assertThatThrownBy(() -> UploadSource.ofPath(dir.resolve("missing"))).isInstanceOf(InvalidArgumentException.class);
    assertThatThrownBy(() -> UploadSource.ofPath(dir)).isInstanceOf(InvalidArgumentException.class);
    assertThatThrownBy(() -> UploadSource.ofPath(null)).isInstanceOf(InvalidArgumentException.class);
    assertThatThrownBy(() -> UploadSource.ofBytes(bytes, " ")).isInstanceOf(InvalidArgumentException.class);
    assertThatThrownBy(() -> UploadSource.ofStream(InputStream.nullInputStream(), -1, "x"))
        .isInstanceOf(InvalidArgumentException.class);
  }

  @Test
  void aBytesSourceSlicesWithoutCopying() throws Exception {
    UploadSource s = UploadSource.ofBytes(bytes, "b.bin");
    assertThat(s.path()).isEmpty();
    assertThat(text(s.slice(10, 10))).isEqualTo("abcdefghij");
    assertThat(text(s.slice(10, 10).slice(9, 1))).isEqualTo("j");
    assertThat(read(s)).isEqualTo(bytes);
  }

  @Test
  void aStreamSourceIsReadOnceInOrder() throws Exception {
    UploadSource s = UploadSource.ofStream(new ByteArrayInputStream(bytes), 20, "s.bin");
    assertThat(s.isReplayable()).isFalse();
    UploadSource first = s.slice(0, 8);
    assertThat(first.isReplayable()).isTrue();
    assertThat(text(first)).isEqualTo("01234567");
    assertThat(text(first)).isEqualTo("01234567");
    // skipping ahead is allowed, going back is not
    assertThat(text(s.slice(10, 5))).isEqualTo("abcde");
    assertThatThrownBy(() -> s.slice(2, 2)).isInstanceOf(IOException.class).hasMessageContaining("cannot go back");
    assertThatThrownBy(s::openStream).isInstanceOf(IOException.class);
    UploadSource whole = UploadSource.ofStream(new ByteArrayInputStream(bytes), 20, "s.bin");
    assertThat(read(whole)).isEqualTo(bytes);
    assertThatThrownBy(whole::openStream).isInstanceOf(IOException.class).hasMessageContaining("only once");
  }

  @Test
  void aShortStreamIsAnError() {
    UploadSource s = UploadSource.ofStream(new ByteArrayInputStream(bytes), 30, "s.bin");
    assertThatThrownBy(() -> s.slice(15, 10)).isInstanceOf(IOException.class).hasMessageContaining("ended at byte 20");
    UploadSource t = UploadSource.ofStream(new ByteArrayInputStream(bytes), 30, "s.bin");
    assertThatThrownBy(() -> written(t.toRequestBody(null, null))).isInstanceOf(IOException.class)
        .hasMessageContaining("10 bytes early");
  }

  @Test
  void requestBodiesStreamAndCountProgress() throws Exception {
    List<Long> progress = new ArrayList<>();
    ProgressTracker tracker = new ProgressTracker(new TransferListener() {
      @Override
      public void onProgress(TransferEvent e) {
        progress.add(e.bytesTransferred());
      }
    }, "b.bin", 20, Clock.systemUTC());
    MediaType type = MediaType.get("application/pdf");
    RequestBody body = UploadSource.ofBytes(bytes, "b.bin").slice(4, 12).toRequestBody(type, tracker);
    assertThat(body.contentType()).isEqualTo(type);
    assertThat(body.contentLength()).isEqualTo(12);
    assertThat(body.isOneShot()).isFalse();
    assertThat(new String(written(body), StandardCharsets.US_ASCII)).isEqualTo("456789abcdef");
    assertThat(tracker.transferred()).isEqualTo(12);
    RequestBody stream = UploadSource.ofStream(new ByteArrayInputStream(bytes), 20, "s").toRequestBody(null, tracker);
    assertThat(stream.isOneShot()).isTrue();
    assertThat(written(stream)).isEqualTo(bytes);
    assertThat(progress).last().isEqualTo(32L);
  }

  @Test
  void aThrowingListenerNeverBreaksATransfer() {
    ProgressTracker tracker = new ProgressTracker(new TransferListener() {
      @Override
      public void onStarted(TransferEvent e) {
        throw new IllegalStateException("listener bug");
      }

      @Override
      public void onProgress(TransferEvent e) {
        throw new IllegalStateException("listener bug");
      }
    }, "x", -1, Clock.systemUTC());
    tracker.started();
    tracker.add(100_000);
    tracker.resetTo(5);
    tracker.completed();
    assertThat(tracker.transferred()).isEqualTo(5);
  }
}
