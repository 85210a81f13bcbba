package org.gedkit.parapheur.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.gedkit.core.Gedkit;
import org.gedkit.core.error.AuthenticationException;
import org.gedkit.core.error.ChecksumMismatchException;
import org.gedkit.core.error.ConflictException;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.error.NotFoundException;
import org.gedkit.core.error.PermissionDeniedException;
import org.gedkit.core.error.UnsupportedCapabilityException;
import org.gedkit.core.store.Capability;
import org.gedkit.core.store.DocumentInfo;
import org.gedkit.core.store.DocumentStore;
import org.gedkit.core.transfer.Checksum;
import org.gedkit.core.transfer.ChecksumAlgorithm;
import org.gedkit.core.transfer.ChecksumVerification;
import org.gedkit.core.transfer.DownloadResult;
import org.gedkit.core.transfer.DownloadTarget;
import org.gedkit.core.transfer.TransferListener;
import org.gedkit.core.transfer.UploadSource;
import org.gedkit.parapheur.AuthMode;
import org.gedkit.parapheur.ParapheurClient;
import org.gedkit.parapheur.ProofArchive;
import org.gedkit.testkit.parapheur.ParapheurEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Parapheur store beyond the conformance kit: connect, history mapping, verified downloads, refusals. */
class ParapheurDocumentStoreTest {

  private ParapheurEmulator emulator;

  @TempDir
  Path dir;

  @BeforeEach
  void start() {
    emulator = ParapheurEmulator.withSampleData().start();
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  private DocumentStore connect(Map<String, String> settings) {
    return Gedkit.connect("parapheur+" + emulator.baseUrl(), settings);
  }

  private DocumentStore connect() {
    return connect(Map.of("user", ParapheurEmulator.SAMPLE_REST_LOGIN,
        "password", ParapheurEmulator.SAMPLE_REST_PASSWORD));
  }

  @Test
  void connect_withUserAndPassword_opensABasicAuthStore() {
    assertThat(Gedkit.schemes()).contains("parapheur");
    try (DocumentStore store = connect()) {
      assertThat(store).isInstanceOf(ParapheurDocumentStore.class);
      assertThat(store.capabilities()).containsExactlyInAnyOrder(Capability.METADATA, Capability.DOWNLOAD);
      assertThat(store.unwrap(ParapheurClient.class).authMode()).isEqualTo(AuthMode.BASIC);
      assertThat(store.metadata("251").id()).isEqualTo("251");
    }
    assertThat(emulator.requests()).allSatisfy(c -> assertThat(c.headers().get("Authorization")).startsWith("Basic "));
    assertThat(emulator.loginCount()).isZero();
  }

  @Test
  void connect_withAuthToken_usesTheWebUserTokenFlow() {
    try (DocumentStore store = connect(Map.of("user", ParapheurEmulator.SAMPLE_WEB_LOGIN,
        "password", ParapheurEmulator.SAMPLE_WEB_PASSWORD, "auth", "token"))) {
      assertThat(store.unwrap(ParapheurClient.class).authMode()).isEqualTo(AuthMode.TOKEN);
      store.metadata("250");
      store.metadata("251");
    }
    assertThat(emulator.loginCount()).isEqualTo(1);
  }

  @Test
  void connect_fromProperties_opensTheSameStore() {
    java.util.Properties p = new java.util.Properties();
    p.setProperty("gedkit.uri", "parapheur+" + emulator.baseUrl());
    p.setProperty("gedkit.user", ParapheurEmulator.SAMPLE_REST_LOGIN);
    p.setProperty("gedkit.password", ParapheurEmulator.SAMPLE_REST_PASSWORD);
    p.setProperty("gedkit.serverZone", "Europe/Paris");
    try (DocumentStore store = Gedkit.connect(p)) {
      assertThat(store.metadata("251").checksum()).isPresent();
    }
  }

  @Test
  void connect_withAReadyMadeToken_sendsItAsBearer() {
    try (DocumentStore store = connect(Map.of("token", "not-a-real-jwt"))) {
      assertThatThrownBy(() -> store.metadata("251")).isInstanceOf(AuthenticationException.class);
    }
    assertThat(emulator.requests()).singleElement()
        .satisfies(c -> assertThat(c.headers().get("Authorization")).isEqualTo("Bearer not-a-real-jwt"));
  }

  @Test
  void connect_refusesMissingOrUnknownSettingsBeforeSending() {
    org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("GEDKIT_PARAPHEUR_USER") == null
        && System.getenv("GEDKIT_PARAPHEUR_PASSWORD") == null && System.getenv("GEDKIT_PARAPHEUR_TOKEN") == null,
        "GEDKIT_PARAPHEUR_* credentials are set in this environment");
    assertThatThrownBy(() -> connect(Map.of())).isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("user");
    assertThatThrownBy(() -> connect(Map.of("user", "u"))).isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("password");
    assertThatThrownBy(() -> connect(Map.of("user", "u", "password", "p", "auth", "kerberos")))
        .isInstanceOf(InvalidArgumentException.class);
    assertThatThrownBy(() -> connect(Map.of("user", "u", "password", "p", "content", "everything")))
        .isInstanceOf(InvalidArgumentException.class);
    assertThatThrownBy(() -> connect(Map.of("user", "u", "password", "p", "serverZone", "Mars/Olympus")))
        .isInstanceOf(InvalidArgumentException.class);
    assertThat(emulator.requests()).isEmpty();
  }

  @Test
  void connect_withAWrongPassword_failsOnTheFirstCallWithoutLeakingIt() {
    try (DocumentStore store = connect(Map.of("user", "rest-api", "password", "not-the-secret"))) {
      assertThatThrownBy(() -> store.metadata("251")).isInstanceOf(AuthenticationException.class)
          .hasMessageNotContaining("not-the-secret");
    }
  }

  @Test
  void metadata_comesFromTheHistory() {
    try (DocumentStore store = connect()) {
      DocumentInfo d = store.metadata("250");
      assertThat(d.name()).endsWith(".pdf").startsWith("0250_");
      assertThat(d.mediaType()).contains("application/pdf");
      assertThat(d.checksum()).contains(Checksum.of(ChecksumAlgorithm.SHA512, emulator.fingerprint(250)));
      assertThat(d.size()).isEmpty();
      assertThat(d.containerId()).isNull();
      assertThat(d.created()).isPresent();
      assertThat(d.modified()).isPresent();
      assertThat(d.modified().get()).isAfterOrEqualTo(d.created().get());
      assertThat(d.vendorExtras()).containsEntry("signed", true).containsKey("signedDocument");
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> history = (List<Map<String, Object>>) d.vendorExtras().get("history");
      assertThat(history).extracting(e -> e.get("type")).containsExactly("CREATION", "CREATION", "ACTION");
      assertThat(history.get(2)).containsKey("document").containsEntry("user", "Jenny JANE");
    }
  }

  @Test
  void metadata_ofAnUnsignedDocument_hasNoChecksumAndTheIdAsName() {
    emulator.addDocument(300, "brouillon", 2);
    try (DocumentStore store = connect()) {
      DocumentInfo d = store.metadata("300");
      assertThat(d.checksum()).isEmpty();
      assertThat(d.name()).isEqualTo("300");
      assertThat(d.vendorExtras()).containsEntry("signed", false);
    }
  }

  @Test
  void metadata_modifiedIgnoresViewEntries() {
    try (DocumentStore store = connect()) {
      emulator.clock().advance(java.time.Duration.ofHours(3));
      emulator.addHistory(251, "OK", "VIEW", 1, "Consultation", Map.of());
      DocumentInfo d = store.metadata("251");
      assertThat(d.modified().get()).isBefore(emulator.clock().instant().atOffset(java.time.ZoneOffset.UTC)
          .minusHours(1));
    }
  }

  @Test
  void metadata_refusals() {
    try (DocumentStore store = connect()) {
      assertThatThrownBy(() -> store.metadata("999")).isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> store.metadata("252")).isInstanceOf(PermissionDeniedException.class);
      long before = emulator.requests().size();
      assertThatThrownBy(() -> store.metadata("x1")).isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> store.metadata("0")).isInstanceOf(NotFoundException.class);
      assertThat(emulator.requests()).hasSize((int) before);
    }
  }

  @Test
  void download_toAStream_givesTheSignedDocumentVerified() {
    try (DocumentStore store = connect()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      DownloadResult r = store.download("250", DownloadTarget.toStream(out), TransferListener.none());
      assertThat(out.toByteArray()).isEqualTo(emulator.mainDocument(250));
      assertThat(r.verification()).isEqualTo(ChecksumVerification.VERIFIED);
      assertThat(r.path()).isEmpty();
      assertThat(r.bytes()).isEqualTo(out.size());
    }
    // the proof went through stream mode, the whole folder (no onlyProof)
    assertThat(emulator.requests()).filteredOn(c -> c.path().endsWith("/proof"))
        .singleElement().satisfies(c -> {
          assertThat(c.query()).containsEntry("mode", "stream");
          assertThat(c.query()).doesNotContainKey("onlyProof");
        });
  }

  @Test
  void download_ofATamperedDocumentFailsAndWritesNothing() {
    Path target = dir.resolve("tampered.pdf");
    try (DocumentStore store = connect()) {
      assertThatThrownBy(() -> store.download(String.valueOf(ParapheurEmulator.DOC_TAMPERED),
          DownloadTarget.toPath(target), TransferListener.none())).isInstanceOf(ChecksumMismatchException.class);
    }
    assertThat(target).doesNotExist();
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void download_ofAnUnsignedDocumentIsNotVerifiable() {
    emulator.addDocument(301, "sans-signature", 2);
    try (DocumentStore store = connect()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      DownloadResult r = store.download("301", DownloadTarget.toStream(out), TransferListener.none());
      assertThat(r.verification()).isEqualTo(ChecksumVerification.NOT_VERIFIABLE);
      assertThat(out.toByteArray()).isEqualTo(emulator.mainDocument(301));
    }
  }

  @Test
  void download_refusals() {
    try (DocumentStore store = connect()) {
      DownloadTarget t = DownloadTarget.toStream(new ByteArrayOutputStream());
      assertThatThrownBy(() -> store.download("253", t, TransferListener.none()))
          .isInstanceOf(ConflictException.class);
      assertThatThrownBy(() -> store.download("999", t, TransferListener.none()))
          .isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> store.download(String.valueOf(ParapheurEmulator.DOC_ZIP_SLIP), t,
          TransferListener.none())).isInstanceOf(org.gedkit.parapheur.UnsafeArchiveException.class);
      assertThatThrownBy(() -> store.download("251", null, TransferListener.none()))
          .isInstanceOf(InvalidArgumentException.class);
    }
  }

  @Test
  void download_withContentProofFolder_givesTheZipAfterCheckingTheSignedDocument() throws Exception {
    Path target = dir.resolve("folder.zip");
    try (DocumentStore store = connect(Map.of("user", "rest-api", "password", "secret", "content", "proof-folder"))) {
      DownloadResult r = store.download("250", DownloadTarget.toPath(target), TransferListener.none());
      assertThat(r.verification()).isEqualTo(ChecksumVerification.VERIFIED);
      assertThat(r.path()).contains(target);
      assertThat(r.checksum()).contains(Checksum.compute(ChecksumAlgorithm.SHA512, target));
    }
    try (ZipFile zip = new ZipFile(target.toFile())) {
      assertThat(zip.getEntry(ProofArchive.MAIN_DOCUMENT)).isNotNull();
      assertThat(zip.getEntry(ProofArchive.HISTORY_PROOF)).isNotNull();
    }
    assertThat(Files.size(target)).isPositive();
  }

  @Test
  void unsupportedCalls_throwBeforeSending() {
    try (DocumentStore store = connect()) {
      assertThatThrownBy(() -> store.roots()).isInstanceOf(UnsupportedCapabilityException.class)
          .hasMessageContaining("BROWSE");
      assertThatThrownBy(() -> store.containers("1")).isInstanceOf(UnsupportedCapabilityException.class);
      assertThatThrownBy(() -> store.list("1")).isInstanceOf(UnsupportedCapabilityException.class);
      assertThatThrownBy(() -> store.search("contrat")).isInstanceOf(UnsupportedCapabilityException.class);
      assertThatThrownBy(() -> store.upload("1", UploadSource.ofBytes(new byte[] {1}, "x.pdf"),
          TransferListener.none())).isInstanceOf(UnsupportedCapabilityException.class);
      assertThatThrownBy(() -> store.delete("251")).isInstanceOf(UnsupportedCapabilityException.class);
      assertThatThrownBy(() -> store.unwrap(String.class)).isInstanceOf(UnsupportedCapabilityException.class);
    }
    assertThat(emulator.requests()).isEmpty();
  }

  @Test
  void close_closesTheClient() {
    DocumentStore store = connect();
    store.close();
    store.close();
    assertThatThrownBy(() -> store.metadata("251")).isInstanceOf(InvalidArgumentException.class);
    assertThat(emulator.requests()).isEmpty();
    assertThat(store.toString()).doesNotContain(ParapheurEmulator.SAMPLE_REST_PASSWORD);
  }
}
