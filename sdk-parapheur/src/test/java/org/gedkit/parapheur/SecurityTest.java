package org.gedkit.parapheur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.gedkit.core.error.ChecksumMismatchException;
import org.gedkit.core.error.ProtocolException;
import org.gedkit.core.transfer.Checksum;
import org.gedkit.core.transfer.ChecksumAlgorithm;
import org.gedkit.parapheur.model.SignedDocument;
import org.gedkit.testkit.parapheur.ParapheurArchives;
import org.gedkit.testkit.parapheur.ParapheurArchives.Malice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hostile inputs a proof download may bring: each is refused and leaves nothing behind. */
class SecurityTest {

  @StartStop
  final MockWebServer server = new MockWebServer();

  @TempDir
  Path tmp;

  private Path write(byte[] zip) throws IOException {
    Path p = tmp.resolve("in.zip");
    Files.write(p, zip);
    return p;
  }

  private static long count(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return 0;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).count();
    }
  }

  @Test
  void zipSlipEntry_isRefused_andNothingIsLeft() throws IOException {
    Path zip = write(ParapheurArchives.malicious(Malice.ZIP_SLIP));
    Path out = tmp.resolve("a/b/out");
    assertThatThrownBy(() -> ProofArchive.extract(zip, out)).isInstanceOfSatisfying(UnsafeArchiveException.class, e -> {
      assertThat(e.entryName()).hasValue("../../gedkit-zip-slip.txt");
      assertThat(e.getMessage()).contains("zip-slip");
    });
    assertThat(tmp.resolve("a/gedkit-zip-slip.txt")).doesNotExist();
    assertThat(tmp.resolve("gedkit-zip-slip.txt")).doesNotExist();
    assertThat(out).as("the directories it created are removed too").doesNotExist();
  }

  @Test
  void backslashSlipEntry_isRefused() throws IOException {
    Path zip = write(ParapheurArchives.malicious(Malice.BACKSLASH_SLIP));
    Path out = tmp.resolve("out");
    assertThatThrownBy(() -> ProofArchive.extract(zip, out)).isInstanceOf(UnsafeArchiveException.class)
        .hasMessageContaining("zip-slip");
    assertThat(count(tmp)).isEqualTo(1);
  }

  @Test
  void absolutePathEntry_isRefused() throws IOException {
    Path zip = write(ParapheurArchives.malicious(Malice.ABSOLUTE_PATH));
    Path out = tmp.resolve("out");
    Files.deleteIfExists(Path.of("/tmp/gedkit-absolute.txt"));
    assertThatThrownBy(() -> ProofArchive.extract(zip, out)).isInstanceOf(UnsafeArchiveException.class)
        .hasMessageContaining("absolute");
    assertThat(Path.of("/tmp/gedkit-absolute.txt")).doesNotExist();
    assertThat(count(out)).isZero();
    Map<String, byte[]> drive = new LinkedHashMap<>();
    drive.put("C:/Windows/evil.txt", new byte[] {1});
    Path zip2 = tmp.resolve("drive.zip");
    Files.write(zip2, ParapheurArchives.zip(drive));
    assertThatThrownBy(() -> ProofArchive.extract(zip2, out)).isInstanceOf(UnsafeArchiveException.class)
        .hasMessageContaining("absolute");
  }

  @Test
  void zipBomb_isStoppedByTheTotalSize() throws IOException {
    Path zip = write(ParapheurArchives.malicious(Malice.ZIP_BOMB));
    assertThat(Files.size(zip)).isLessThan(1 << 20);
    Path out = tmp.resolve("out");
    assertThatThrownBy(() -> ProofArchive.extract(zip, out,
        ArchiveLimits.defaults().withMaxTotalBytes(8 << 20).withMaxCompressionRatio(100_000)))
        .isInstanceOf(UnsafeArchiveException.class).hasMessageContaining("zip bomb");
    assertThat(count(out)).isZero();
  }

  @Test
  void zipBomb_isStoppedByTheCompressionRatio_withDefaultLimits() throws IOException {
    Path zip = write(ParapheurArchives.malicious(Malice.ZIP_BOMB));
    Path out = tmp.resolve("out");
    assertThatThrownBy(() -> ProofArchive.extract(zip, out)).isInstanceOf(UnsafeArchiveException.class)
        .hasMessageContaining("compression ratio");
    assertThat(count(out)).isZero();
  }

  @Test
  void tooManyEntries_isRefusedBeforeWritingAnything() throws IOException {
    Path zip = write(ParapheurArchives.malicious(Malice.TOO_MANY_ENTRIES));
    Path out = tmp.resolve("out");
    assertThatThrownBy(() -> ProofArchive.extract(zip, out)).isInstanceOf(UnsafeArchiveException.class)
        .hasMessageContaining("5001 entries");
    assertThat(count(out)).isZero();
  }

  @Test
  void notAZip_isRefused() throws IOException {
    Path zip = write("%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
    assertThatThrownBy(() -> ProofArchive.extract(zip, tmp.resolve("out"))).isInstanceOf(UnsafeArchiveException.class)
        .hasMessageContaining("not a readable ZIP");
  }

  @Test
  void existingFiles_areNeverOverwritten() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("out"));
    Files.writeString(out.resolve("maarchProof.xml"), "mine");
    Path zip = write(ParapheurArchives.zip(Map.of("maarchProof.xml", new byte[] {1})));
    assertThatThrownBy(() -> ProofArchive.extract(zip, out)).isInstanceOf(UnsafeArchiveException.class)
        .hasMessageContaining("overwrite");
    assertThat(Files.readString(out.resolve("maarchProof.xml"))).isEqualTo("mine");
  }

  @Test
  void aLinkInTheTargetDirectory_cannotBeFollowedOut() throws IOException {
    Path outside = Files.createDirectories(tmp.resolve("outside"));
    Path out = Files.createDirectories(tmp.resolve("out"));
    try {
      Files.createSymbolicLink(out.resolve("sub"), outside);
    } catch (UnsupportedOperationException | IOException e) {
      org.junit.jupiter.api.Assumptions.assumeTrue(false, "symbolic links are not supported here");
    }
    Path zip = write(ParapheurArchives.zip(Map.of("sub/evil.txt", new byte[] {1})));
    assertThatThrownBy(() -> ProofArchive.extract(zip, out)).isInstanceOf(UnsafeArchiveException.class)
        .hasMessageContaining("link");
    assertThat(outside.resolve("evil.txt")).doesNotExist();
  }

  @Test
  void goodFolder_isExtracted_andItsMainDocumentVerified() throws IOException {
    byte[] main = "%PDF-1.7 signed".getBytes(StandardCharsets.US_ASCII);
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("maarchProof.xml", "<root/>".getBytes(StandardCharsets.UTF_8));
    entries.put("mainDocument.pdf", main);
    entries.put("annexes/attachment_0.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
    Path zip = write(ParapheurArchives.zip(entries));
    ExtractedArchive x = ProofArchive.extract(zip, tmp.resolve("out"));
    assertThat(x.files()).hasSize(3);
    assertThat(x.totalBytes()).isEqualTo(7 + main.length + 8);
    Path mainFile = x.find(ProofArchive.MAIN_DOCUMENT).orElseThrow();
    SignedDocument doc = new SignedDocument("0013.pdf", Checksum.compute(ChecksumAlgorithm.SHA512, main).hex(),
        null, null, null);
    assertThat(doc.matches(mainFile)).isTrue();
    assertThat(doc.verify(mainFile).algorithm()).isEqualTo(ChecksumAlgorithm.SHA512);
    assertThat(x.find("attachment_0.pdf")).isPresent();
  }

  @Test
  void signedDocumentWhoseBytesDoNotMatchTheFingerprint_isRefused() throws IOException {
    String seed = TestSupport.resource("seed-history-example.json");
    server.enqueue(TestSupport.json(200, seed));
    SignedDocument doc;
    try (ParapheurClient client = TestSupport.basicClient(server).build()) {
      doc = client.documents().history(250).get(3).document().orElseThrow();
    }
    Path tampered = tmp.resolve("mainDocument.pdf");
    Files.writeString(tampered, "%PDF-1.7 not the signed bytes");
    assertThat(doc.matches(tampered)).isFalse();
    assertThatThrownBy(() -> doc.verify(tampered)).isInstanceOfSatisfying(ChecksumMismatchException.class, e -> {
      assertThat(e.expected()).isEqualTo(doc.fingerprint());
      assertThat(e.actual()).isEqualTo(Checksum.compute(ChecksumAlgorithm.SHA512, tampered).hex());
    });
    SignedDocument notSha512 = new SignedDocument("x.pdf", "abc", null, null, null);
    assertThat(notSha512.checksum()).isEmpty();
    assertThatThrownBy(() -> notSha512.verify(tampered)).isInstanceOf(ProtocolException.class)
        .hasMessageContaining("SHA-512");
  }

  @Test
  void proofWhoseBytesDoNotMatchTheExpectedFingerprint_writesNoFile() throws IOException {
    server.enqueue(new mockwebserver3.MockResponse.Builder().code(200).setHeader("Content-Type", "application/pdf")
        .body("%PDF-1.7 tampered").build());
    Path target = tmp.resolve("proof.pdf");
    Checksum expected = Checksum.compute(ChecksumAlgorithm.SHA512, "%PDF-1.7 original".getBytes(StandardCharsets.US_ASCII));
    try (ParapheurClient client = TestSupport.basicClient(server).build()) {
      assertThatThrownBy(() -> client.documents().proof(7, ProofOptions.onlyTheProof().toBuilder()
          .expectedChecksum(expected).build(), target)).isInstanceOf(ChecksumMismatchException.class);
    }
    assertThat(target).doesNotExist();
    assertThat(count(tmp)).isZero();
  }

  @Test
  void base64ThatIsNotBase64_isProtocolError_andLeavesNoFile() throws IOException {
    server.enqueue(TestSupport.json(200, "{\"encodedProofDocument\":\"JVBERi0x%%%not*base64!\",\"format\":\"pdf\"}"));
    server.enqueue(TestSupport.json(200, "{\"encodedProofDocument\":\"JVBERi0x\",\"format\":\"pdf\""));
    Path target = tmp.resolve("proof.pdf");
    ProofOptions b64 = ProofOptions.builder().mode(ProofMode.BASE64).build();
    try (ParapheurClient client = TestSupport.basicClient(server).build()) {
      assertThatThrownBy(() -> client.documents().proof(7, b64, target)).isInstanceOf(ProtocolException.class)
          .hasMessageContaining("base64");
      assertThatThrownBy(() -> client.documents().proof(7, b64, target)).isInstanceOf(ProtocolException.class);
    }
    assertThat(target).doesNotExist();
    assertThat(count(tmp)).isZero();
    assertThat(server.getRequestCount()).as("a malformed reply is not retried").isEqualTo(2);
  }

  @Test
  void xxePayloadInHistoryXml_isRefused() {
    String xml = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><root><History>"
        + "<message>&x;</message></History></root>";
    try (ParapheurClient client = TestSupport.basicClient(server).build()) {
      assertThatThrownBy(() -> client.documents().parseHistoryXml(
          new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))))
          .isInstanceOf(ProtocolException.class).hasMessageNotContaining("root:");
    }
    ByteArrayOutputStream unused = new ByteArrayOutputStream();
    assertThat(unused.size()).isZero();
  }
}
