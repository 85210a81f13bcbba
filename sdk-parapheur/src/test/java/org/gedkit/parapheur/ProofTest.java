package org.gedkit.parapheur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okio.BufferedSink;
import org.gedkit.core.error.ChecksumMismatchException;
import org.gedkit.core.error.ConflictException;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.error.ProtocolException;
import org.gedkit.core.transfer.Checksum;
import org.gedkit.core.transfer.ChecksumAlgorithm;
import org.gedkit.parapheur.model.ProofFormat;
import org.gedkit.parapheur.model.ProofResult;
import org.gedkit.testkit.parapheur.ParapheurArchives;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProofTest {

  @StartStop
  final MockWebServer server = new MockWebServer();

  @TempDir
  Path tmp;

  static final byte[] PDF = "%PDF-1.7\n% eIDAS proof\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  static final byte[] XML = "<?xml version=\"1.0\"?>\n<root><History/></root>\n".getBytes(StandardCharsets.UTF_8);
  static final byte[] ZIP = ParapheurArchives.zip(Map.of("maarchProof.xml", XML, "mainDocument.pdf", PDF));

  private static MockResponse stream(byte[] body, String contentType, String ext) {
    return new MockResponse.Builder().code(200).setHeader("Content-Type", contentType)
        .setHeader("Content-Disposition", "inline; filename=maarch_history_proof." + ext)
        .body(new okio.Buffer().write(body)).build();
  }

  private static MockResponse base64(String key, byte[] body, String format) {
    // PHP's json_encode escapes '/' as '\/': keep that quirk in every base64 reply
    String b64 = Base64.getEncoder().encodeToString(body).replace("/", "\\/");
    return TestSupport.json(200, "{\"" + key + "\":\"" + b64 + "\",\"format\":\"" + format + "\"}");
  }

  static Stream<Arguments> everyModeAndTarget() {
    return Stream.of(
        Arguments.of(ProofMode.STREAM, false, true, "/rest/documents/250/proof?mode=stream"),
        Arguments.of(ProofMode.STREAM, true, true, "/rest/documents/250/proof?mode=stream&onlyProof=true"),
        Arguments.of(ProofMode.BASE64, false, true, "/rest/documents/250/proof?mode=base64"),
        Arguments.of(ProofMode.BASE64, true, true, "/rest/documents/250/proof?mode=base64&onlyProof=true"),
        Arguments.of(ProofMode.STREAM, false, false, "/rest/documents/250/proof?mode=stream"),
        Arguments.of(ProofMode.STREAM, true, false, "/rest/documents/250/proof?mode=stream&onlyProof=true"),
        Arguments.of(ProofMode.BASE64, false, false, "/rest/documents/250/proof?mode=base64"),
        Arguments.of(ProofMode.BASE64, true, false, "/rest/documents/250/proof?mode=base64&onlyProof=true"));
  }

  @ParameterizedTest
  @MethodSource("everyModeAndTarget")
  void proof_sendsExactRequest_neverOnlyProofFalse_andTellsFormatByContent(ProofMode mode, boolean onlyProof,
      boolean toFile, String expectedTarget) throws Exception {
    byte[] body = onlyProof ? PDF : ZIP;
    String format = onlyProof ? "pdf" : "zip";
    // the real server sends the ZIP as application/xml: the content decides
    server.enqueue(mode == ProofMode.STREAM ? stream(body, onlyProof ? "application/pdf" : "application/xml", format)
        : base64("encodedProofDocument", body, format));
    ProofOptions options = ProofOptions.builder().mode(mode).onlyProof(onlyProof).build();
    Path target = tmp.resolve("proof.bin");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ParapheurClient client = TestSupport.basicClient(server).build()) {
      ProofResult r = toFile ? client.documents().proof(250, options, target)
          : client.documents().proof(250, options, out);
      byte[] written = toFile ? Files.readAllBytes(target) : out.toByteArray();
      assertThat(written).isEqualTo(body);
      assertThat(r.bytes()).isEqualTo(body.length);
      assertThat(r.format()).isEqualTo(onlyProof ? ProofFormat.PDF : ProofFormat.ZIP);
      assertThat(r.declaredFormat()).hasValue(format);
      assertThat(r.declarationMatches()).isTrue();
      assertThat(r.sha512()).isEqualTo(Checksum.compute(ChecksumAlgorithm.SHA512, body));
      assertThat(r.path()).isEqualTo(toFile ? java.util.Optional.of(target.toAbsolutePath()) : java.util.Optional.empty());
    }
    RecordedRequest req = server.takeRequest();
    assertThat(req.getMethod()).isEqualTo("GET");
    assertThat(req.getTarget()).isEqualTo(expectedTarget);
    assertThat(req.getUrl().queryParameterValues("onlyProof")).doesNotContain("false");
    assertThat(req.getHeaders().get("Authorization")).startsWith("Basic ");
  }

  @Test
  void defaults_streamTheWholeFolder() throws Exception {
    server.enqueue(stream(ZIP, "application/xml", "zip"));
    try (ParapheurClient client = TestSupport.basicClient(server).build()) {
      ProofResult r = client.documents().proof(12, tmp.resolve("folder.zip"));
      assertThat(r.format()).isEqualTo(ProofFormat.ZIP);
    }
    assertThat(server.takeRequest().getTarget()).isEqualTo("/rest/documents/12/proof?mode=stream");
    assertThat(ProofOptions.defaults().mode()).isEqualTo(ProofMode.STREAM);
    assertThat(ProofOptions.defaults().onlyProof()).isFalse();
    assertThat(ProofOptions.onlyTheProof().onlyProof()).isTrue();
  }

  @Test
  void xmlProof_isToldByContent() {
    server.enqueue(stream(XML, "application/xml", "xml"));
    try (ParapheurClient client = TestSupport.basicClient(server).build()) {
      ProofResult r = client.documents().proof(12, ProofOptions.onlyTheProof(), new ByteArrayOutputStream());
      assertThat(r.format()).isEqualTo(ProofFormat.XML);
    }
  }

  @Test
  void phpEscapedSlashes_inBase64_areDecoded() {
    byte[] bytes = {'%', 'P', 'D', 'F', '-', (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xfb, (byte) 0xef, (byte) 0xbe};
    assertThat(Base64.getEncoder().encodeToString(bytes)).contains("/");
    server.enqueue(base64("encodedProofDocument", bytes, "pdf"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ParapheurClient client = TestSupport.basicClient(server).build()) {
      ProofResult r = client.documents().proof(3, ProofOptions.builder().mode(ProofMode.BASE64).build(), out);
      assertThat(out.toByteArray()).isEqualTo(bytes);
      assertThat(r.format()).isEqualTo(ProofFormat.PDF);
    }
  }

  @Test
  void documentedKey_encodedDocument_isAccepted_andFormatMayComeFirst() {
    String b64 = Base64.getEncoder().encodeToString(PDF);
    server.enqueue(TestSupport.json(200, "{\"format\":\"pdf\",\"other\":{\"x\":[1,2]},\"encodedDocument\":\"" + b64 + "\"}"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ParapheurClient client = TestSupport.basicClient(server).build()) {
      ProofResult r = client.documents().proof(3, ProofOptions.builder().mode(ProofMode.BASE64).build(), out);
      assertThat(out.toByteArray()).isEqualTo(PDF);
      assertThat(r.format()).isEqualTo(ProofFormat.PDF);
      assertThat(r.declaredFormat()).hasValue("pdf");
    }
  }

  @Test
  void seedProofExample_isRecognised_butItsElidedBase64IsReported() {
    // the vendor document prints {"encodedDocument": "JVBERi0x..."}: "JVBERi0x" is "%PDF-1", "..." is an elision
    server.enqueue(TestSupport.json(200, TestSupport.resource("seed-proof-example.json")));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ParapheurClient client = TestSupport.basicClient(server).build()) {
      assertThatThrownBy(() -> client.documents().proof(3, ProofOptions.builder().mode(ProofMode.BASE64).build(), out))
          .isInstanceOf(ProtocolException.class).hasMessageContaining("base64")
          .hasMessageNotContaining("neither");
    }
  }

  @Test
  void courrierMockReply_isRecognised_butItsTextIsNotBase64() {
    // MaarchCourrier's test mock: the real key and format, but plain French text where base64 should be
    Path fixture = TestSupport.fixtures().resolve("courrier-mock-proof-reply.json");
    server.enqueue(TestSupport.json(200, TestSupport.read(fixture)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ParapheurClient client = TestSupport.basicClient(server).build()) {
      assertThatThrownBy(() -> client.documents().proof(3, ProofOptions.builder().mode(ProofMode.BASE64)
          .onlyProof(true).build(), out)).isInstanceOf(ProtocolException.class)
          .hasMessageContaining("not valid base64").hasMessageNotContaining("neither");
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void declaredFormatDisagreeingWithContent_isReported() {
    server.enqueue(base64("encodedProofDocument", "plain text".getBytes(StandardCharsets.US_ASCII), "zip"));
    try (ParapheurClient client = TestSupport.basicClient(server).build()) {
      ProofResult r = client.documents().proof(3, ProofOptions.builder().mode(ProofMode.BASE64).build(),
          new ByteArrayOutputStream());
      assertThat(r.declaredFormat()).hasValue("zip");
      assertThat(r.format()).isEqualTo(ProofFormat.UNKNOWN);
      assertThat(r.declarationMatches()).isFalse();
    }
  }

  @Test
  void base64_largerThanTheJsonStringLimit_isDecodedAsAStream() throws Exception {
    long decoded = 66L << 20; // above the 64 MiB a JSON string may hold in the shared mapper
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .body(new MockResponseBody() {
          @Override
          public long getContentLength() {
            return -1;
          }

          @Override
          public void writeTo(BufferedSink sink) throws IOException {
            sink.writeUtf8("{\"encodedProofDocument\":\"");
            byte[] chunk = new byte[3 * 1024 * 1024];
            chunk[0] = 'P';
            chunk[1] = 'K';
            chunk[2] = 3;
            chunk[3] = 4;
            String first = Base64.getEncoder().encodeToString(chunk);
            chunk[0] = chunk[1] = chunk[2] = chunk[3] = 0;
            String rest = Base64.getEncoder().encodeToString(chunk);
            for (long done = 0; done < decoded; done += chunk.length) {
              sink.writeUtf8(done == 0 ? first : rest);
            }
            sink.writeUtf8("\",\"format\":\"zip\"}");
          }
        }).build());
    CountingSink out = new CountingSink();
    try (ParapheurClient client = TestSupport.basicClient(server).build()) {
      ProofResult r = client.documents().proof(4, ProofOptions.builder().mode(ProofMode.BASE64).build(), out);
      assertThat(r.bytes()).isEqualTo(decoded);
      assertThat(out.count).isEqualTo(decoded);
      assertThat(r.format()).isEqualTo(ProofFormat.ZIP);
    }
  }

  private static final class CountingSink extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }

  @Test
  void expectedChecksum_matching_writesTheFile() throws Exception {
    server.enqueue(stream(PDF, "application/pdf", "pdf"));
    Path target = tmp.resolve("p.pdf");
    try (ParapheurClient client = TestSupport.basicClient(server).build()) {
      client.documents().proof(5, ProofOptions.onlyTheProof().toBuilder()
          .expectedChecksum(Checksum.compute(ChecksumAlgorithm.SHA256, PDF)).build(), target);
    }
    assertThat(Files.readAllBytes(target)).isEqualTo(PDF);
  }

  @Test
  void stillBeingProcessed_isRetryableConflict_andNoFileIsWritten() throws IOException {
    server.enqueue(TestSupport.json(403, "{\"errors\":\"The document is still being processed\"}"));
    Path target = tmp.resolve("p.zip");
    try (ParapheurClient client = TestSupport.basicClient(server).build()) {
      assertThatThrownBy(() -> client.documents().proof(5, target)).isInstanceOfSatisfying(ConflictException.class,
          e -> assertThat(e.isRetryable()).isTrue());
    }
    assertThat(target).doesNotExist();
    try (Stream<Path> files = Files.list(tmp)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void htmlInBase64Mode_isProtocolError() {
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "text/html")
        .body("<html>login</html>").build());
    try (ParapheurClient client = TestSupport.basicClient(server).build()) {
      assertThatThrownBy(() -> client.documents().proof(5, ProofOptions.builder().mode(ProofMode.BASE64).build(),
          new ByteArrayOutputStream())).isInstanceOf(ProtocolException.class).hasMessageContaining("html");
    }
  }

  @Test
  void base64ReplyWithoutTheKey_isProtocolError() {
    server.enqueue(TestSupport.json(200, "{\"format\":\"pdf\"}"));
    server.enqueue(TestSupport.json(200, "[1,2]"));
    server.enqueue(TestSupport.json(200, "{\"encodedProofDocument\":42}"));
    try (ParapheurClient client = TestSupport.basicClient(server).build()) {
      ProofOptions b64 = ProofOptions.builder().mode(ProofMode.BASE64).build();
      assertThatThrownBy(() -> client.documents().proof(5, b64, new ByteArrayOutputStream()))
          .isInstanceOf(ProtocolException.class).hasMessageContaining("encodedProofDocument");
      assertThatThrownBy(() -> client.documents().proof(5, b64, new ByteArrayOutputStream()))
          .isInstanceOf(ProtocolException.class).hasMessageContaining("not a JSON object");
      assertThatThrownBy(() -> client.documents().proof(5, b64, new ByteArrayOutputStream()))
          .isInstanceOf(ProtocolException.class).hasMessageContaining("not a base64 string");
    }
  }

  @Test
  void arguments_areCheckedBeforeSending() {
    try (ParapheurClient client = TestSupport.basicClient(server).build()) {
      assertThatThrownBy(() -> client.documents().proof(0, tmp.resolve("x"))).isInstanceOf(InvalidArgumentException.class);
      assertThatThrownBy(() -> client.documents().proof(1, null, tmp.resolve("x")))
          .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("options");
      assertThatThrownBy(() -> client.documents().proof(1, ProofOptions.defaults(), (Path) null))
          .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("target");
      assertThatThrownBy(() -> client.documents().proof(1, ProofOptions.defaults(), (OutputStream) null))
          .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("out");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void detect_tellsFormatsApart() {
    assertThat(ProofFormat.detect(PDF, PDF.length)).isEqualTo(ProofFormat.PDF);
    assertThat(ProofFormat.detect(XML, XML.length)).isEqualTo(ProofFormat.XML);
    assertThat(ProofFormat.detect(ZIP, ZIP.length)).isEqualTo(ProofFormat.ZIP);
    byte[] bomXml = "\uFEFF  <root/>".getBytes(StandardCharsets.UTF_8);
    assertThat(ProofFormat.detect(bomXml, bomXml.length)).isEqualTo(ProofFormat.XML);
    byte[] html = "<!DOCTYPE html><html>".getBytes(StandardCharsets.UTF_8);
    assertThat(ProofFormat.detect(html, html.length)).isEqualTo(ProofFormat.UNKNOWN);
    assertThat(ProofFormat.detect(new byte[0], 0)).isEqualTo(ProofFormat.UNKNOWN);
    assertThat(ProofFormat.fromDeclared("application/pdf")).isEqualTo(ProofFormat.PDF);
    Map<String, byte[]> none = new LinkedHashMap<>();
    byte[] empty = ParapheurArchives.zip(none);
    assertThat(ProofFormat.detect(empty, empty.length)).isEqualTo(ProofFormat.ZIP);
  }
}
