package org.gedkit.parapheur.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.gedkit.core.auth.Credentials;
import org.gedkit.core.store.DocumentInfo;
import org.gedkit.core.store.DocumentStore;
import org.gedkit.core.transfer.Checksum;
import org.gedkit.core.transfer.ChecksumAlgorithm;
import org.gedkit.core.transfer.ChecksumVerification;
import org.gedkit.core.transfer.DownloadResult;
import org.gedkit.core.transfer.DownloadTarget;
import org.gedkit.core.transfer.TransferEvent;
import org.gedkit.core.transfer.TransferListener;
import org.gedkit.parapheur.ParapheurClient;
import org.gedkit.testkit.parapheur.ParapheurEmulator;
import org.gedkit.testkit.store.DocumentStoreContractTest;
import org.junit.jupiter.api.Test;

/**
 * The conformance kit, run on the Parapheur store against the emulator's sample data.
 *
 * <p>The store has no LIST, so the kit's list-based scenarios (list, metadata of a listed document,
 * download of a listed document) skip themselves; the two tests below run the same checks on a known
 * document id instead. {@link #populatedContainerId()} names no real container: Parapheur has none, and the
 * kit only passes it to calls that must throw {@code UnsupportedCapabilityException}.
 */
class ParapheurDocumentStoreContractTest extends DocumentStoreContractTest {

  private ParapheurEmulator emulator;

  @Override
  protected DocumentStore openStore() {
    emulator = ParapheurEmulator.withSampleData().start();
    return ParapheurClient.builder().baseUrl(emulator.baseUrl())
        .credentials(Credentials.password(ParapheurEmulator.SAMPLE_REST_LOGIN, ParapheurEmulator.SAMPLE_REST_PASSWORD))
        .sleeper(wait -> { }).build().asDocumentStore();
  }

  @Override
  protected void stopBackend() {
    if (emulator != null) {
      emulator.close();
    }
  }

  /** Parapheur has no containers; the kit only uses this id in calls that must be refused. */
  @Override
  protected String populatedContainerId() {
    return "no-container";
  }

  @Test
  void metadata_ofAKnownDocument_hasTheFingerprintAsChecksum() {
    DocumentInfo meta = store.metadata(String.valueOf(ParapheurEmulator.DOC_SIGNED));
    assertThat(meta.id()).isEqualTo("251");
    assertThat(meta.name()).isNotBlank();
    assertThat(meta.checksum()).contains(Checksum.of(ChecksumAlgorithm.SHA512,
        emulator.fingerprint(ParapheurEmulator.DOC_SIGNED)));
  }

  /** The kit's download scenario, on a known document instead of a listed one. */
  @Test
  void download_ofAKnownDocumentToAFileIsCompleteAndVerified() throws Exception {
    DocumentInfo doc = store.metadata(String.valueOf(ParapheurEmulator.DOC_SIGNED));
    Path target = tempDir.resolve("download.bin");
    AtomicLong progress = new AtomicLong();
    DownloadResult r = store.download(doc.id(), DownloadTarget.toPath(target), new TransferListener() {
      @Override
      public void onProgress(TransferEvent e) {
        progress.set(e.bytesTransferred());
      }
    });
    assertThat(target).exists();
    assertThat(Files.size(target)).isEqualTo(r.bytes());
    assertThat(r.verification()).isEqualTo(ChecksumVerification.VERIFIED);
    assertThat(r.checksum()).isEqualTo(doc.checksum());
    assertThat(progress.get()).isEqualTo(r.bytes());
    try (var files = Files.list(tempDir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("download.bin");
    }
  }
}
