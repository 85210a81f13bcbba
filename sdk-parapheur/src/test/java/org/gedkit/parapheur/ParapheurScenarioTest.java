package org.gedkit.parapheur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gedkit.testkit.parapheur.ParapheurEmulator.DOC_EIDAS;
import static org.gedkit.testkit.parapheur.ParapheurEmulator.DOC_OUT_OF_PERIMETER;
import static org.gedkit.testkit.parapheur.ParapheurEmulator.DOC_PROCESSING;
import static org.gedkit.testkit.parapheur.ParapheurEmulator.DOC_SIGNED;
import static org.gedkit.testkit.parapheur.ParapheurEmulator.DOC_TAMPERED;
import static org.gedkit.testkit.parapheur.ParapheurEmulator.DOC_ZIP_BOMB;
import static org.gedkit.testkit.parapheur.ParapheurEmulator.DOC_ZIP_SLIP;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gedkit.core.auth.Credentials;
import org.gedkit.core.error.ChecksumMismatchException;
import org.gedkit.core.error.ConflictException;
import org.gedkit.core.error.NotFoundException;
import org.gedkit.core.error.PermissionDeniedException;
import org.gedkit.core.error.TransportException;
import org.gedkit.parapheur.model.HistoryEntry;
import org.gedkit.parapheur.model.ProofFormat;
import org.gedkit.parapheur.model.ProofResult;
import org.gedkit.parapheur.model.SignedDocument;
import org.gedkit.testkit.Fault;
import org.gedkit.testkit.parapheur.ParapheurEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Realistic sequences against the emulator. */
class ParapheurScenarioTest {

  private ParapheurEmulator emu;
  private TestSupport.RecordingSleeper sleeper;

  @TempDir
  Path tmp;

  @BeforeEach
  void start() {
    emu = ParapheurEmulator.withSampleData().start();
    sleeper = new TestSupport.RecordingSleeper();
  }

  @AfterEach
  void stop() {
    emu.close();
  }

  private ParapheurClient rest() {
    return ParapheurClient.builder().baseUrl(emu.baseUrl())
        .credentials(Credentials.password(ParapheurEmulator.SAMPLE_REST_LOGIN, ParapheurEmulator.SAMPLE_REST_PASSWORD))
        .sleeper(sleeper).clock(emu.clock()).build();
  }

  private ParapheurClient web() {
    return ParapheurClient.builder().baseUrl(emu.baseUrl())
        .credentials(Credentials.password(ParapheurEmulator.SAMPLE_WEB_LOGIN, ParapheurEmulator.SAMPLE_WEB_PASSWORD))
        .authMode(AuthMode.TOKEN).sleeper(sleeper).clock(emu.clock()).build();
  }

  @Test
  void signedFolder_historyProofExtractVerify() {
    try (ParapheurClient client = rest()) {
      List<HistoryEntry> history = client.documents().history(DOC_EIDAS);
      SignedDocument signed = history.stream().filter(e -> e.isType("ACTION")).findFirst().orElseThrow()
          .document().orElseThrow();
      assertThat(signed.fingerprint()).isEqualTo(emu.fingerprint(DOC_EIDAS));
      assertThat(history.get(0).date()).hasValue(OffsetDateTime.parse("2026-01-01T00:00:00Z"));

      ProofResult zip = client.documents().proof(DOC_EIDAS, tmp.resolve("folder.zip"));
      assertThat(zip.format()).isEqualTo(ProofFormat.ZIP);
      assertThat(zip.declaredFormat()).hasValue("zip");
      ExtractedArchive x = ProofArchive.extract(zip.path().orElseThrow(), tmp.resolve("folder"));
      assertThat(x.files()).extracting(p -> p.getFileName().toString())
          .containsExactly("docaposteProof.pdf", "maarchProof.xml", "mainDocument.pdf", "attachment_0.pdf");
      signed.verify(x.find(ProofArchive.MAIN_DOCUMENT).orElseThrow());
      List<HistoryEntry> fromXml = client.documents().parseHistoryXml(x.find(ProofArchive.HISTORY_PROOF).orElseThrow());
      assertThat(fromXml).hasSameSizeAs(history);
      assertThat(fromXml.get(2).document().orElseThrow().fingerprint()).isEqualTo(signed.fingerprint());
    }
    assertThat(emu.views(DOC_EIDAS)).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(ProofMode.class)
  void onlyTheProof_isPdfForEidas_andXmlOtherwise_inBothModes(ProofMode mode) {
    try (ParapheurClient client = rest()) {
      ProofOptions o = ProofOptions.onlyTheProof().toBuilder().mode(mode).build();
      ByteArrayOutputStream pdf = new ByteArrayOutputStream();
      assertThat(client.documents().proof(DOC_EIDAS, o, pdf).format()).isEqualTo(ProofFormat.PDF);
      ProofResult xml = client.documents().proof(DOC_SIGNED, o, tmp.resolve("proof-" + mode + ".xml"));
      assertThat(xml.format()).isEqualTo(ProofFormat.XML);
      assertThat(client.documents().parseHistoryXml(xml.path().orElseThrow())).isNotEmpty();
      ProofResult folder = client.documents().proof(DOC_SIGNED, ProofOptions.builder().mode(mode).build(),
          new ByteArrayOutputStream());
      assertThat(folder.format()).as("full folder, onlyProof omitted").isEqualTo(ProofFormat.ZIP);
    }
  }

  @Test
  void tamperedDocument_failsTheFingerprintCheck() {
    try (ParapheurClient client = rest()) {
      SignedDocument signed = client.documents().history(DOC_TAMPERED).stream()
          .flatMap(e -> e.document().stream()).findFirst().orElseThrow();
      ProofResult zip = client.documents().proof(DOC_TAMPERED, tmp.resolve("t.zip"));
      Path main = ProofArchive.extract(zip.path().orElseThrow(), tmp.resolve("t")).find(ProofArchive.MAIN_DOCUMENT)
          .orElseThrow();
      assertThatThrownBy(() -> signed.verify(main)).isInstanceOf(ChecksumMismatchException.class);
    }
  }

  @Test
  void maliciousFolders_downloadButAreNeverExtracted() throws Exception {
    try (ParapheurClient client = rest()) {
      ProofResult slip = client.documents().proof(DOC_ZIP_SLIP, tmp.resolve("slip.zip"));
      assertThat(slip.format()).isEqualTo(ProofFormat.ZIP);
      assertThatThrownBy(() -> ProofArchive.extract(slip.path().orElseThrow(), tmp.resolve("a/b")))
          .isInstanceOf(UnsafeArchiveException.class);
      assertThat(tmp.resolve("gedkit-zip-slip.txt")).doesNotExist();
      ProofResult bomb = client.documents().proof(DOC_ZIP_BOMB, ProofOptions.builder().mode(ProofMode.BASE64).build(),
          tmp.resolve("bomb.zip"));
      assertThat(bomb.bytes()).isLessThan(1 << 20);
      assertThatThrownBy(() -> ProofArchive.extract(bomb.path().orElseThrow(), tmp.resolve("c")))
          .isInstanceOf(UnsafeArchiveException.class);
      assertThat(tmp.resolve("c")).doesNotExist();
    }
  }

  @Test
  void outOfPerimeter_processing_andMissing_mapToTheirKinds() {
    try (ParapheurClient client = rest()) {
      assertThatThrownBy(() -> client.documents().history(DOC_OUT_OF_PERIMETER))
          .isInstanceOf(PermissionDeniedException.class);
      assertThatThrownBy(() -> client.documents().proof(DOC_OUT_OF_PERIMETER, tmp.resolve("x.zip")))
          .isInstanceOf(PermissionDeniedException.class);
      assertThatThrownBy(() -> client.documents().proof(DOC_PROCESSING, tmp.resolve("x.zip")))
          .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.isRetryable()).isTrue());
      assertThatThrownBy(() -> client.documents().history(424242)).isInstanceOf(NotFoundException.class);
    }
    assertThat(tmp.resolve("x.zip")).doesNotExist();
    emu.setProcessing(DOC_PROCESSING, false);
    try (ParapheurClient client = rest()) {
      assertThat(client.documents().proof(DOC_PROCESSING, tmp.resolve("x.zip")).format()).isEqualTo(ProofFormat.ZIP);
    }
  }

  @Test
  void tokenFlow_expiresMidWay_refreshes_thenLogsInAgain() {
    try (ParapheurClient client = web()) {
      client.documents().history(DOC_EIDAS);
      assertThat(emu.loginCount()).isEqualTo(1);
      emu.clock().advance(Duration.ofMinutes(31));
      client.documents().history(DOC_EIDAS);
      assertThat(emu.refreshCount()).as("expired JWT refreshed before the call").isEqualTo(1);
      emu.revokeTokens();
      client.documents().history(DOC_EIDAS);
      assertThat(emu.refreshCount()).as("401 → refresh → replay").isEqualTo(2);
      emu.clock().advance(Duration.ofMinutes(90));
      client.documents().history(DOC_EIDAS);
      assertThat(emu.loginCount()).as("refresh token expired too: log in again").isEqualTo(2);
      assertThat(client.loginCount()).isEqualTo(4);
    }
  }

  @Test
  void restUserOnTheTokenFlow_isToldToUseBasic() {
    try (ParapheurClient client = ParapheurClient.builder().baseUrl(emu.baseUrl())
        .credentials(Credentials.password(ParapheurEmulator.SAMPLE_REST_LOGIN, ParapheurEmulator.SAMPLE_REST_PASSWORD))
        .authMode(AuthMode.TOKEN).build()) {
      assertThatThrownBy(() -> client.documents().history(DOC_EIDAS))
          .isInstanceOf(org.gedkit.core.error.AuthenticationException.class).hasMessageContaining("AuthMode.BASIC");
    }
  }

  @Test
  void manyThreads_shareOneLogin() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try (ParapheurClient client = web()) {
      List<Callable<Integer>> calls = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        calls.add(() -> client.documents().history(DOC_SIGNED).size());
      }
      for (Future<Integer> f : pool.invokeAll(calls)) {
        assertThat(f.get()).isEqualTo(2);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(emu.loginCount()).isEqualTo(1);
    assertThat(emu.views(DOC_SIGNED)).isEqualTo(32);
  }

  @Test
  void serverHiccups_areRetried_andACutStreamLeavesNoFile() throws Exception {
    emu.faults().next(2, "GET", "/rest/documents/.*/history", Fault.status(503, "1"));
    try (ParapheurClient client = rest()) {
      assertThat(client.documents().history(DOC_SIGNED)).hasSize(2);
      assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
      // one cut is recovered by the transport's retry of an idempotent GET
      emu.faults().next(1, "GET", "/rest/documents/.*/proof", Fault.resetMidBody());
      Path recovered = tmp.resolve("recovered.pdf");
      client.documents().proof(DOC_EIDAS, recovered);
      assertThat(recovered).exists();
      Files.delete(recovered);
      // a stream cut on every attempt fails clearly and leaves nothing behind
      emu.faults().next(10, "GET", "/rest/documents/.*/proof", Fault.resetMidBody());
      Path target = tmp.resolve("cut.zip");
      assertThatThrownBy(() -> client.documents().proof(DOC_EIDAS, target)).isInstanceOf(TransportException.class);
      emu.faults().clear();
      assertThat(target).doesNotExist();
      try (var files = Files.list(tmp)) {
        assertThat(files).isEmpty();
      }
      emu.faults().next(1, "GET", "/rest/documents/.*/proof", Fault.htmlErrorPage(200));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      assertThatThrownBy(() -> client.documents().proof(DOC_EIDAS, ProofOptions.builder().mode(ProofMode.BASE64).build(),
          out)).isInstanceOf(org.gedkit.core.error.ProtocolException.class);
    }
  }

  @Test
  void legacyServer_dates_areReadInTheConfiguredZone() {
    emu.dateStyle(ParapheurEmulator.DateStyle.LEGACY_20_03, ZoneId.of("Europe/Paris"));
    try (ParapheurClient client = rest().toBuilder().serverZone(ZoneId.of("Europe/Paris")).build()) {
      assertThat(client.documents().history(DOC_SIGNED).get(0).date())
          .hasValue(OffsetDateTime.parse("2026-01-01T01:00:00+01:00"));
    }
  }
}
