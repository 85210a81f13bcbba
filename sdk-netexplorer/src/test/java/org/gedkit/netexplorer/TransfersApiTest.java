package org.gedkit.netexplorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.gedkit.core.error.ChecksumMismatchException;
import org.gedkit.core.transfer.ChecksumVerification;
import org.gedkit.core.transfer.ChunkedUploadState;
import org.gedkit.core.transfer.DownloadResult;
import org.gedkit.core.transfer.DownloadTarget;
import org.gedkit.core.transfer.UploadSource;
import org.gedkit.netexplorer.model.AccessToken;
import org.gedkit.netexplorer.model.FileInfo;
import org.gedkit.core.error.InvalidArgumentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransfersApiTest extends MockServerTest {

  @TempDir
  Path dir;

  @Test
  void upload_simpleMultipart() throws Exception {
    json("{\"id\":5,\"name\":\"a.txt\",\"hash\":\"5d41402abc4b2a76b9719d911017c592\"}");
    FileInfo f = nx.uploads().upload(3, UploadSource.ofBytes("hello".getBytes(StandardCharsets.UTF_8), "a.txt"),
        TransferOptions.defaults());
    RecordedRequest r = take("POST", "/api/file/upload?full=1");
    String b = body(r);
    assertThat(b).contains("name=\"folderId\"\r\n\r\n3");
    assertThat(b).contains("name=\"targetFile\"; filename=\"a.txt\"");
    assertThat(b).contains("hello");
    assertThat(f.id()).isEqualTo(5);
  }

  @Test
  void uploadChunked_sendsFields_readsOk_thenMissingReport_thenFile() throws Exception {
    byte[] data = "0123456789".getBytes(StandardCharsets.UTF_8);
    reply(200, "OK");
    reply(200, "OK");
    reply(200, "[{\"missing\":1}]");
    reply(200, "OK");
    json("{\"id\":9,\"name\":\"c.bin\"}");
    List<ChunkedUploadState> checkpoints = new ArrayList<>();
    FileInfo f = nx.uploads().uploadChunked(3, UploadSource.ofBytes(data, "c.bin"),
        TransferOptions.builder().chunkSize(4).checkpoint(checkpoints::add).build());
    assertThat(f.id()).isEqualTo(9);
    String c0 = body(take("POST", "/api/file/upload?full=1"));
    assertThat(c0).contains("name=\"folderId\"\r\n\r\n3")
        .contains("name=\"chunks\"\r\n\r\n3")
        .contains("name=\"chunksSize\"\r\n\r\n4")
        .contains("name=\"fileSize\"\r\n\r\n10")
        .contains("name=\"chunk\"\r\n\r\n0")
        .contains("filename=\"c.bin\"").contains("0123");
    assertThat(body(take("POST", "/api/file/upload?full=1"))).contains("\r\n\r\n1\r\n").contains("4567");
    assertThat(body(take("POST", "/api/file/upload?full=1"))).contains("\r\n\r\n2\r\n").contains("89");
    assertThat(body(take("POST", "/api/file/upload?full=1"))).contains("4567");
    String report = body(take("POST", "/api/file/upload?full=1"));
    assertThat(report).contains("name=\"report\"");
    assertThat(checkpoints).isNotEmpty();
  }

  @Test
  void report_and_resumeFromSavedState() throws Exception {
    byte[] data = "0123456789".getBytes(StandardCharsets.UTF_8);
    ChunkedUploadState s = nx.uploads().newState(3, UploadSource.ofBytes(data, "c.bin"), 4).withConfirmed(0)
        .withConfirmed(1);
    ChunkedUploadState saved = ChunkedUploadState.fromJson(s.toJson());
    json("[{\"missing\":2}]");
    assertThat(nx.uploads().report(saved)).contains(2);
    assertThat(body(take("POST", "/api/file/upload"))).contains("name=\"report\"");
    json("[{\"missing\":2}]");
    json("{\"id\":9,\"name\":\"c.bin\"}");
    FileInfo f = nx.uploads().resume(saved, UploadSource.ofBytes(data, "c.bin"), TransferOptions.defaults());
    assertThat(f.id()).isEqualTo(9);
    assertThat(body(take("POST", "/api/file/upload?full=1"))).contains("name=\"report\"");
    assertThat(body(take("POST", "/api/file/upload?full=1"))).contains("name=\"chunk\"\r\n\r\n2\r\n").contains("\r\n\r\n89\r\n");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void resumingAFinishedUploadIsRefusedBeforeAnythingIsSent() {
    byte[] data = "0123456789".getBytes(StandardCharsets.UTF_8);
    ChunkedUploadState done = nx.uploads().newState(3, UploadSource.ofBytes(data, "c.bin"), 4).withConfirmed(0)
        .withConfirmed(1).withConfirmed(2);
    assertThatThrownBy(() -> nx.uploads().resume(done, UploadSource.ofBytes(data, "c.bin"), TransferOptions.defaults()))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("\"c.bin\" finished in an earlier run").hasMessageContaining("in folder 3");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void replaceContent_putsOctetStream() throws Exception {
    reply(200, "OK");
    assertThat(nx.uploads().replaceContent(77, UploadSource.ofBytes(new byte[] {9, 9}, "x"))).isEmpty();
    RecordedRequest r = take("PUT", "/api/file/77/upload");
    assertThat(r.getHeaders().get("Content-Type")).isEqualTo("application/octet-stream");
    assertThat(r.getBodySize()).isEqualTo(2);
  }

  @Test
  void download_verifiesMd5FromMetadata() throws Exception {
    json("{\"id\":5,\"name\":\"a.txt\",\"hash\":\"5d41402abc4b2a76b9719d911017c592\"}");
    reply(200, "hello");
    Path p = dir.resolve("a.txt");
    DownloadResult r = nx.downloads().download(5, DownloadTarget.toPath(p), TransferOptions.defaults());
    take("GET", "/api/file/5");
    take("GET", "/api/file/5/download");
    assertThat(r.verification()).isEqualTo(ChecksumVerification.VERIFIED);
    assertThat(Files.readString(p)).isEqualTo("hello");
  }

  @Test
  void download_withoutHash_isNotVerifiable_andMismatchFails() throws Exception {
    json("{\"id\":5,\"name\":\"a.txt\"}");
    reply(200, "hello");
    DownloadResult r = nx.downloads().download(5, DownloadTarget.toStream(new ByteArrayOutputStream()),
        TransferOptions.defaults());
    assertThat(r.verification()).isEqualTo(ChecksumVerification.NOT_VERIFIABLE);
    reply(200, "hellO");
    assertThatThrownBy(() -> nx.downloads().download(5, DownloadTarget.toPath(dir.resolve("b")),
        TransferOptions.builder().md5("5d41402abc4b2a76b9719d911017c592").build()))
        .isInstanceOf(ChecksumMismatchException.class);
    assertThat(dir.resolve("b")).doesNotExist();
  }

  @Test
  void download_resumesWithRange() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body("01234").setHeader("Content-Length", "10")
        .onResponseEnd(mockwebserver3.SocketEffect.ShutdownConnection.INSTANCE).build());
    server.enqueue(new MockResponse.Builder().code(206).setHeader("Content-Range", "bytes 5-9/10").body("56789").build());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DownloadResult r = nx.downloads().download(5, DownloadTarget.toStream(out),
        TransferOptions.builder().verify(false).build());
    take("GET", "/api/file/5/download");
    RecordedRequest second = take("GET", "/api/file/5/download");
    assertThat(second.getHeaders().get("Range")).isEqualTo("bytes=5-");
    assertThat(out.toString()).isEqualTo("0123456789");
    assertThat(r.resumes()).isEqualTo(1);
  }

  @Test
  void downloadWithToken_sendsNoSession() throws Exception {
    reply(200, "hello");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    nx.downloads().downloadWithToken(new AccessToken("T0K", null), DownloadTarget.toStream(out),
        TransferOptions.defaults());
    RecordedRequest r = server.takeRequest();
    assertThat(r.getTarget()).isEqualTo("/api/file/download?token=T0K");
    assertThat(r.getHeaders().get("Authorization")).isNull();
    assertThat(out.toString()).isEqualTo("hello");
  }

  @Test
  void downloadInto_sanitisesServerName() throws Exception {
    json("{\"id\":5,\"name\":\"../evil.txt\"}");
    reply(200, "x");
    DownloadResult r = nx.downloads().downloadInto(5, dir, TransferOptions.defaults());
    assertThat(r.file().getParent()).isEqualTo(dir);
  }

  @Test
  void cancel_namesTheUpload() throws Exception {
    reply(200, "OK");
    ChunkedUploadState st = nx.uploads().newState(3, UploadSource.ofBytes(new byte[10], "big file.bin"), 4);
    nx.uploads().cancel(st);
    take("DELETE", "/api/file/cancel?folderId=3&targetFile=big%20file.bin");
  }

  @Test
  void tusUpload_anOffsetThatIsNotANumberIsATypedProtocolError() {
    server.enqueue(new MockResponse.Builder().code(201).setHeader("Location", "/api/file/tus/abc123").build());
    server.enqueue(new MockResponse.Builder().code(204).setHeader("Upload-Offset", "4 bytes").build());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> nx.uploads().tusUpload(3,
            UploadSource.ofBytes("0123456789".getBytes(StandardCharsets.UTF_8), "t.txt"),
            TransferOptions.builder().chunkSize(4).build()))
        .isInstanceOf(org.gedkit.core.error.ProtocolException.class)
        .hasMessageContaining("Upload-Offset is not a byte count")
        .hasMessageNotContaining("NumberFormatException");
  }

  @Test
  void tusUpload_createsThenPatchesChunks() throws Exception {
    server.enqueue(new MockResponse.Builder().code(201).setHeader("Location", "/api/file/tus/abc123").build());
    server.enqueue(new MockResponse.Builder().code(204).setHeader("Upload-Offset", "4").build());
    server.enqueue(new MockResponse.Builder().code(204).setHeader("Upload-Offset", "8").build());
    server.enqueue(new MockResponse.Builder().code(204).setHeader("Upload-Offset", "10").build());
    String loc = nx.uploads().tusUpload(3, UploadSource.ofBytes("0123456789".getBytes(StandardCharsets.UTF_8), "t.txt"),
        TransferOptions.builder().chunkSize(4).build());
    assertThat(loc).isEqualTo("/api/file/tus/abc123");
    RecordedRequest create = take("POST", "/api/file/tus");
    assertThat(create.getHeaders().get("Tus-Resumable")).isEqualTo("1.0.0");
    assertThat(create.getHeaders().get("Upload-Length")).isEqualTo("10");
    assertThat(create.getHeaders().get("Upload-Metadata")).isEqualTo("filename dC50eHQ=,folderId Mw==");
    RecordedRequest p1 = take("PATCH", "/api/file/tus/abc123");
    assertThat(p1.getHeaders().get("Upload-Offset")).isEqualTo("0");
    assertThat(p1.getHeaders().get("Content-Type")).isEqualTo("application/offset+octet-stream");
    assertThat(body(p1)).isEqualTo("0123");
    assertThat(take("PATCH", "/api/file/tus/abc123").getHeaders().get("Upload-Offset")).isEqualTo("4");
    assertThat(body(take("PATCH", "/api/file/tus/abc123"))).isEqualTo("89");
  }
}
