package org.gedkit.ezged.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.gedkit.core.store.DocumentInfo;
import org.gedkit.core.store.DocumentStore;
import org.gedkit.core.transfer.Checksum;
import org.gedkit.core.transfer.ChecksumAlgorithm;
import org.gedkit.ezged.EzGedClient;
import org.gedkit.testkit.MutableClock;
import org.gedkit.testkit.ezged.EzGedEmulator;
import org.gedkit.testkit.store.DocumentStoreContractTest;
import org.junit.jupiter.api.Test;

/**
 * The conformance kit, run on the EzGED store against the emulator (200 rows; record 107 holds a PDF). The
 * client's sleeper advances the emulator's clock, so upload jobs finish without waiting.
 */
class EzGedDocumentStoreContractTest extends DocumentStoreContractTest {

  private EzGedEmulator emulator;

  @Override
  protected DocumentStore openStore() {
    emulator = new EzGedEmulator(MutableClock.startingNow(), 200).start();
    return EzGedClient.builder().baseUrl(emulator.baseUrl()).credentials("admin", "admin").clock(emulator.clock())
        .sleeper(d -> emulator.clock().advance(d)).build().asDocumentStore();
  }

  @Override
  protected void stopBackend() {
    if (emulator != null) {
      emulator.close();
    }
  }

  @Override
  protected String populatedContainerId() {
    return "record:courriers:" + EzGedEmulator.RECORD_WITH_FILE;
  }

  @Override
  protected String searchText() {
    return "Relance 107";
  }

  @Override
  protected String unknownDocumentId() {
    return "courriers:107:999999";
  }

  @Test
  void listedDocuments_carryTheRipeAsSha1() {
    DocumentInfo d = store.list(populatedContainerId()).iterator().next();
    long fileId = emulator.fileIds("courriers", EzGedEmulator.RECORD_WITH_FILE).get(0);
    assertThat(d.id()).isEqualTo("courriers:107:" + fileId);
    assertThat(d.checksum()).contains(Checksum.of(ChecksumAlgorithm.SHA1, emulator.ripe(fileId).orElseThrow()));
    assertThat(d.containerId()).isEqualTo(populatedContainerId());
  }
}
