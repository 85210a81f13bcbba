package org.gedkit.netexplorer.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.gedkit.core.store.DocumentInfo;
import org.gedkit.core.store.DocumentStore;
import org.gedkit.core.transfer.Checksum;
import org.gedkit.core.transfer.ChecksumAlgorithm;
import org.gedkit.netexplorer.NetExplorerClient;
import org.gedkit.testkit.netexplorer.NetExplorerEmulator;
import org.gedkit.testkit.store.DocumentStoreContractTest;
import org.junit.jupiter.api.Test;

/** The conformance kit, run on the NetExplorer store against the emulator (folder 1 holds two files). */
class NetExplorerDocumentStoreContractTest extends DocumentStoreContractTest {

  private static final byte[] REPORT = "annual report, almost empty".getBytes(StandardCharsets.UTF_8);

  private NetExplorerEmulator emulator;

  @Override
  protected DocumentStore openStore() {
    emulator = new NetExplorerEmulator().start();
    emulator.addFile(1, "annual-report.txt", REPORT);
    emulator.addFile(1, "notes.md", "# notes".getBytes(StandardCharsets.UTF_8));
    return NetExplorerClient.builder().baseUrl(emulator.baseUrl()).credentials("smithj", "secret")
        .clock(emulator.clock()).sleeper(d -> emulator.clock().advance(d)).build().asDocumentStore();
  }

  @Override
  protected void stopBackend() {
    if (emulator != null) {
      emulator.close();
    }
  }

  @Override
  protected String populatedContainerId() {
    return "1";
  }

  @Override
  protected String searchText() {
    return "report";
  }

  @Test
  void listedDocuments_carryTheMd5() {
    DocumentInfo d = store.list("1").iterator().next();
    assertThat(d.name()).isEqualTo("annual-report.txt");
    assertThat(d.checksum()).contains(Checksum.compute(ChecksumAlgorithm.MD5, REPORT));
    assertThat(d.containerId()).isEqualTo("1");
    assertThat(d.size()).hasValue(REPORT.length);
  }
}
