package org.gedkit.core.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.gedkit.core.error.ChecksumMismatchException;
import org.gedkit.core.error.GedkitException;
import org.gedkit.core.error.NotFoundException;
import org.gedkit.core.error.ProtocolException;
import org.gedkit.core.error.TransportException;
import org.gedkit.core.http.ApiRequest;
import org.gedkit.core.http.HttpTransport;
import org.gedkit.core.testing.RecordingSleeper;
import org.gedkit.core.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DownloadsTest {

  @StartStop private final MockWebServer server = new MockWebServer();
  @TempDir Path dir;
  private final byte[] content = new byte[300_000];
  private final List<String> events = new CopyOnWriteArrayList<>();
  private final List<String> ranges = new CopyOnWriteArrayList<>();

  DownloadsTest() {
    new Random(42).nextBytes(content);
  }

  private HttpTransport transport() {
    return HttpTransport.builder("testbe").baseUrl(server.url("/")).sleeper(new RecordingSleeper())
        .clock(TestClock.at("2026-01-01T00:00:00Z")).build();
  }

  private static ApiRequest get() {
    return ApiRequest.get("files.download").path("files/1/content").build();
  }

  private TransferListener recording() {
    return new TransferListener() {
      @Override
      public void onStarted(TransferEvent e) {
        events.add("started");
      }

      @Override
      public void onProgress(TransferEvent e) {
        events.add("progress " + e.bytesTransferred());
      }

      @Override
      public void onCompleted(TransferEvent e) {
        events.add("completed " + e.bytesTransferred());
      }

      @Override
      public void onFailed(TransferEvent e, GedkitException error) {
        events.add("failed " + error.getClass().getSimpleName());
      }
    };
  }

  private MockResponse full() {
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/octet-stream")
        .body(new Buffer().write(content)).build();
  }

  private MockResponse fullThenDrop() {
    return new MockResponse.Builder(full()).onResponseBody(new SocketEffect.CloseSocket(true, true, true)).build();
  }

  private MockResponse partial(long from) {
    byte[] rest = java.util.Arrays.copyOfRange(content, (int) from, content.length);
    return new MockResponse.Builder().code(206).setHeader("Content-Type", "application/octet-stream")
        .setHeader("Content-Range", "bytes " + from + "-" + (content.length - 1) + "/" + content.length)
        .body(new Buffer().write(rest)).build();
  }

  private static long rangeStart(RecordedRequest r) {
    String range = r.getHeaders().get("Range");
    return range == null ? -1 : Long.parseLong(range.substring("bytes=".length(), range.length() - 1));
  }

  /** Answers each request in turn with the given kind: full, drop, partial (206 from the asked byte), ignore. */
  private void script(String... kinds) {
    AtomicInteger n = new AtomicInteger();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest r) {
        ranges.add(String.valueOf(r.getHeaders().get("Range")));
        String kind = kinds[Math.min(n.getAndIncrement(), kinds.length - 1)];
        return switch (kind) {
          case "full" -> full();
          case "drop" -> fullThenDrop();
          case "partial" -> partial(rangeStart(r));
          case "partial-drop" -> new MockResponse.Builder(partial(rangeStart(r)))
              .onResponseBody(new SocketEffect.CloseSocket(true, true, true)).build();
          case "wrong-range" -> partial(0);
          case "drop-early" -> new MockResponse.Builder().code(200)
              .body(new Buffer().write(java.util.Arrays.copyOf(content, 100_000)))
              .setHeader("Content-Length", content.length)
              .onResponseEnd(new SocketEffect.CloseSocket(true, true, true)).build();
          case "404" -> new MockResponse.Builder().code(404).build();
          case "drop-at-once" -> new MockResponse.Builder().code(200)
              .body(new Buffer()).setHeader("Content-Length", content.length)
              .onResponseEnd(new SocketEffect.CloseSocket(true, true, true)).build();
          default -> throw new IllegalArgumentException(kind);
        };
      }
    });
  }

  private List<Path> filesInDir() throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.toList();
    }
  }

  @Test
  void downloadsToAFileAndVerifiesTheChecksum() throws Exception {
    script("full");
    Path target = dir.resolve("out.bin");
    DownloadResult r = Downloads.download(transport(), get(), DownloadTarget.toPath(target), DownloadOptions.builder()
        .expectedChecksum(Checksum.compute(ChecksumAlgorithm.SHA256, content)).listener(recording()).build());
    assertThat(Files.readAllBytes(target)).isEqualTo(content);
    assertThat(r.verification()).isEqualTo(ChecksumVerification.VERIFIED);
    assertThat(r.bytes()).isEqualTo(content.length);
    assertThat(r.path()).contains(target.toAbsolutePath());
    assertThat(r.checksum().orElseThrow().algorithm()).isEqualTo(ChecksumAlgorithm.SHA256);
    assertThat(r.resumes()).isZero();
    assertThat(filesInDir()).containsExactly(target);
    assertThat(events.get(0)).isEqualTo("started");
    assertThat(events).contains("completed " + content.length);
    assertThat(events.stream().filter(e -> e.startsWith("progress")).count()).isGreaterThan(1);
  }

  @Test
  void aChecksumMismatchThrowsAndLeavesNoFileAndKeepsAnExistingOne() throws Exception {
    script("full");
    Path target = dir.resolve("out.bin");
    Files.writeString(target, "previous version");
    Checksum wrong = Checksum.compute(ChecksumAlgorithm.MD5, new byte[] {1});
    assertThatThrownBy(() -> Downloads.download(transport(), get(), DownloadTarget.toPath(target),
        DownloadOptions.builder().expectedChecksum(wrong).listener(recording()).build()))
        .isInstanceOfSatisfying(ChecksumMismatchException.class, e -> {
          assertThat(e.expected()).isEqualTo(wrong.hex());
          assertThat(e.actual()).isEqualTo(Checksum.compute(ChecksumAlgorithm.MD5, content).hex());
          assertThat(e.isRetryable()).isTrue();
          assertThat(e.getMessage()).contains("[testbe] files.download").contains("MD5 mismatch");
        });
    assertThat(Files.readString(target)).isEqualTo("previous version");
    assertThat(filesInDir()).containsExactly(target);
    assertThat(events).last().isEqualTo("failed ChecksumMismatchException");
  }

  @Test
  void resumesWithARangeAfterADroppedConnection() throws Exception {
    script("drop", "partial");
    Path target = dir.resolve("sub/dir/out.bin");
    DownloadResult r = Downloads.download(transport(), get(), DownloadTarget.toPath(target), DownloadOptions.builder()
        .expectedChecksum(Checksum.compute(ChecksumAlgorithm.SHA1, content)).listener(recording()).build());
    assertThat(Files.readAllBytes(target)).isEqualTo(content);
    assertThat(r.resumes()).isEqualTo(1);
    assertThat(r.verification()).isEqualTo(ChecksumVerification.VERIFIED);
    assertThat(ranges).hasSize(2);
    assertThat(ranges.get(0)).isEqualTo("null");
    long resumedAt = Long.parseLong(ranges.get(1).substring(6, ranges.get(1).length() - 1));
    assertThat(resumedAt).isGreaterThan(0).isLessThan(content.length);
    assertThat(events).contains("progress " + resumedAt);
    try (Stream<Path> s = Files.list(target.getParent())) {
      assertThat(s.toList()).containsExactly(target);
    }
  }

  @Test
  void resumesSeveralTimes() throws Exception {
    script("drop", "partial-drop", "partial");
    Path target = dir.resolve("out.bin");
    DownloadResult r = Downloads.download(transport(), get(), DownloadTarget.toPath(target), DownloadOptions.defaults());
    assertThat(Files.readAllBytes(target)).isEqualTo(content);
    assertThat(r.resumes()).isEqualTo(2);
    assertThat(r.verification()).isEqualTo(ChecksumVerification.NOT_REQUESTED);
    assertThat(r.checksum()).isEmpty();
  }

  @Test
  void aServerIgnoringRangeMakesTheDownloadStartOver() throws Exception {
    script("drop", "full");
    Path target = dir.resolve("out.bin");
    DownloadResult r = Downloads.download(transport(), get(), DownloadTarget.toPath(target),
        DownloadOptions.builder().computeChecksum(ChecksumAlgorithm.SHA512).build());
    assertThat(Files.readAllBytes(target)).isEqualTo(content);
    assertThat(r.bytes()).isEqualTo(content.length);
    assertThat(r.checksum()).contains(Checksum.compute(ChecksumAlgorithm.SHA512, content));
    assertThat(r.verification()).isEqualTo(ChecksumVerification.NOT_VERIFIABLE);
    assertThat(ranges.get(1)).startsWith("bytes=");
  }

  @Test
  void aRestartThatIsCutAgainResumesAtTheRightPlace() throws Exception {
    // the server ignores the Range once and drops at another byte than the first time
    script("drop", "drop-early", "partial");
    Path target = dir.resolve("out.bin");
    DownloadResult r = Downloads.download(transport(), get(), DownloadTarget.toPath(target),
        DownloadOptions.builder().expectedChecksum(Checksum.compute(ChecksumAlgorithm.SHA256, content)).build());
    assertThat(Files.readAllBytes(target)).isEqualTo(content);
    assertThat(r.resumes()).isEqualTo(2);
    assertThat(ranges.get(2)).isEqualTo("bytes=100000-");
  }

  @Test
  void aResumeAtTheWrongByteIsAProtocolException() throws Exception {
    script("drop", "wrong-range");
    Path target = dir.resolve("out.bin");
    assertThatThrownBy(() -> Downloads.download(transport(), get(), DownloadTarget.toPath(target),
        DownloadOptions.defaults())).isInstanceOf(ProtocolException.class).hasMessageContaining("bytes 0-");
    assertThat(filesInDir()).isEmpty();
  }

  @Test
  void theTempFileIsNeverLeftBehindOnFailure() throws Exception {
    script("drop");
    Path target = dir.resolve("out.bin");
    assertThatThrownBy(() -> Downloads.download(transport(), get(), DownloadTarget.toPath(target),
        DownloadOptions.builder().maxResumes(2).listener(recording()).build()))
        .isInstanceOfSatisfying(TransportException.class, e -> {
          assertThat(e.isRetryable()).isTrue();
          assertThat(e.getMessage()).contains("2 resumes");
        });
    assertThat(filesInDir()).isEmpty();
    assertThat(ranges).hasSize(3);
    assertThat(events).last().isEqualTo("failed TransportException");

    script("404");
    assertThatThrownBy(() -> Downloads.download(transport(), get(), DownloadTarget.toPath(target), null))
        .isInstanceOf(NotFoundException.class);
    assertThat(filesInDir()).isEmpty();
  }

  @Test
  void aNonIdempotentDownloadIsNotResumed() throws Exception {
    script("drop", "partial");
    Path target = dir.resolve("out.bin");
    assertThatThrownBy(() -> Downloads.download(transport(), ApiRequest.post("export").path("export").build(),
        DownloadTarget.toPath(target), DownloadOptions.defaults())).isInstanceOf(TransportException.class);
    assertThat(ranges).hasSize(1);
    assertThat(filesInDir()).isEmpty();
  }

  @Test
  void downloadsToAStreamComputingAChecksum() {
    script("drop", "partial");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DownloadResult r = Downloads.download(transport(), get(), DownloadTarget.toStream(out),
        DownloadOptions.builder().computeChecksum(ChecksumAlgorithm.MD5).build());
    assertThat(out.toByteArray()).isEqualTo(content);
    assertThat(r.path()).isEmpty();
    assertThat(r.resumes()).isEqualTo(1);
    assertThat(r.checksum()).contains(Checksum.compute(ChecksumAlgorithm.MD5, content));
  }

  @Test
  void aStreamTargetCannotStartOver() {
    script("drop", "full");
    assertThatThrownBy(() -> Downloads.download(transport(), get(), DownloadTarget.toStream(new ByteArrayOutputStream()),
        DownloadOptions.defaults())).isInstanceOf(ProtocolException.class).hasMessageContaining("rewound");
  }

  @Test
  void aStreamCutAfterItsFirstBytesSaysNotToCallAgainIntoIt() {
    script("drop", "full");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> Downloads.download(transport(), get(), DownloadTarget.toStream(out),
        DownloadOptions.builder().maxResumes(0).build()))
        .isInstanceOfSatisfying(TransportException.class, e -> {
          assertThat(e.isRetryable()).as("the stream holds bytes and cannot be rewound").isFalse();
          assertThat(e.getMessage()).contains("cannot be rewound").contains("fresh stream");
        });
    assertThat(ranges).hasSize(1);
    assertThat(content).startsWith(out.toByteArray());
  }

  @Test
  void aTargetThatRefusesTheBytesEndsTheDownloadWithoutSendingAgain() {
    script("full", "full");
    java.io.OutputStream broken = new java.io.OutputStream() {
      @Override
      public void write(int b) throws java.io.IOException {
        throw new java.io.IOException("disk full");
      }

      @Override
      public void write(byte[] b, int off, int len) throws java.io.IOException {
        throw new java.io.IOException("disk full");
      }
    };
    assertThatThrownBy(() -> Downloads.download(transport(), get(), DownloadTarget.toStream(broken),
        DownloadOptions.defaults()))
        .isInstanceOfSatisfying(TransportException.class, e -> {
          assertThat(e.isRetryable()).isFalse();
          assertThat(e.getMessage()).contains("cannot write the download: disk full");
        });
    assertThat(ranges).hasSize(1);
  }

  @Test
  void aReplyCutBeforeItsFirstByteIsRetriedByTheTransportWithoutSpendingAResume() {
    script("drop-at-once", "full");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DownloadResult r = Downloads.download(transport(), get(), DownloadTarget.toStream(out),
        DownloadOptions.builder().maxResumes(0).build());
    assertThat(out.toByteArray()).isEqualTo(content);
    assertThat(r.resumes()).isZero();
    assertThat(ranges).containsExactly("null", "null");
  }

  @Test
  void optionsAndTargetsDescribeThemselves() {
    DownloadOptions o = DownloadOptions.builder().computeChecksum(ChecksumAlgorithm.SHA1).maxResumes(0).build();
    assertThat(o.toBuilder().build().algorithm()).contains(ChecksumAlgorithm.SHA1);
    assertThat(o.maxResumes()).isZero();
    assertThat(o.toString()).contains("SHA1");
    assertThat(DownloadOptions.defaults().maxResumes()).isEqualTo(5);
    assertThatThrownBy(() -> DownloadOptions.builder().maxResumes(-1)).isInstanceOf(GedkitException.class);
    assertThat(DownloadTarget.toStream(new ByteArrayOutputStream()).toString()).contains("stream");
    assertThat(DownloadTarget.toPath(Path.of("x")).path()).contains(Path.of("x").toAbsolutePath());
    List<TransferEvent> seen = new ArrayList<>();
    TransferListener.logging(org.slf4j.LoggerFactory.getLogger("t")).onProgress(
        new TransferEvent("f", 5, 10, Duration.ZERO));
    TransferListener.logging(org.slf4j.LoggerFactory.getLogger("t")).onCompleted(
        new TransferEvent("f", 10, 10, Duration.ZERO));
    assertThat(new TransferEvent("f", 5, 10, Duration.ZERO).ratio()).isEqualTo(0.5);
    assertThat(new TransferEvent("f", 5, -1, Duration.ZERO).ratio()).isEqualTo(-1);
    assertThat(new TransferEvent("f", 0, 0, Duration.ZERO).ratio()).isEqualTo(1.0);
    assertThat(new TransferEvent("f", 0, -1, Duration.ZERO).totalBytes()).isEmpty();
    assertThat(seen).isEmpty();
  }
}
