package org.gedkit.netexplorer.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.gedkit.core.Gedkit;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.error.NotFoundException;
import org.gedkit.core.store.Capability;
import org.gedkit.core.store.Container;
import org.gedkit.core.store.DocumentInfo;
import org.gedkit.core.store.DocumentStore;
import org.gedkit.core.transfer.Checksum;
import org.gedkit.core.transfer.ChecksumAlgorithm;
import org.gedkit.core.transfer.ChecksumVerification;
import org.gedkit.core.transfer.DownloadResult;
import org.gedkit.core.transfer.DownloadTarget;
import org.gedkit.core.transfer.TransferListener;
import org.gedkit.core.transfer.UploadSource;
import org.gedkit.netexplorer.NetExplorerClient;
import org.gedkit.testkit.netexplorer.NetExplorerEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The NetExplorer store's mapping, against the emulator, opened through {@code Gedkit.connect}. */
class NetExplorerDocumentStoreTest {

  private NetExplorerEmulator emulator;

  @BeforeEach
  void start() {
    emulator = new NetExplorerEmulator().start();
    emulator.addFolder(10, "Contrats", 1, "15");
    emulator.addFile(10, "contrat-2024.pdf", "%PDF contrat".getBytes(StandardCharsets.UTF_8));
    emulator.addFile(1, "lisez-moi.txt", "bonjour".getBytes(StandardCharsets.UTF_8));
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  private DocumentStore connect(Map<String, String> settings) {
    return Gedkit.connect("netexplorer+" + emulator.baseUrl(), settings);
  }

  private DocumentStore connect() {
    return connect(Map.of("user", "smithj", "password", "secret"));
  }

  @Test
  void connect_opensAWorkingStore() {
    assertThat(Gedkit.schemes()).contains("netexplorer");
    try (DocumentStore store = connect()) {
      assertThat(store.backend()).isEqualTo("netexplorer");
      assertThat(store.capabilities()).containsExactlyInAnyOrder(Capability.values());
      assertThat(store.unwrap(NetExplorerClient.class)).isNotNull();
      assertThat(store.roots().toList()).extracting(Container::name).contains("Documents");
    }
    assertThat(emulator.logins()).isEqualTo(1);
  }

  @Test
  void connect_refusesMissingSettingsBeforeSending() {
    org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("GEDKIT_NETEXPLORER_USER") == null
        && System.getenv("GEDKIT_NETEXPLORER_PASSWORD") == null && System.getenv("GEDKIT_NETEXPLORER_TOKEN") == null,
        "GEDKIT_NETEXPLORER_* credentials are set in this environment");
    assertThatThrownBy(() -> connect(Map.of())).isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("token");
    assertThatThrownBy(() -> connect(Map.of("user", "smithj"))).isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("password");
    assertThatThrownBy(() -> connect(Map.of("user", "u", "password", "p", "chunkThreshold", "-3")))
        .isInstanceOf(InvalidArgumentException.class);
    assertThat(emulator.requests()).isEmpty();
  }

  @Test
  void browseListSearch() {
    try (DocumentStore store = connect()) {
      assertThat(store.containers("1").toList()).singleElement().satisfies(c -> {
        assertThat(c.id()).isEqualTo("10");
        assertThat(c.name()).isEqualTo("Contrats");
        assertThat(c.parentId()).isEqualTo("1");
      });
      assertThat(store.list("1").toList()).extracting(DocumentInfo::name).containsExactly("lisez-moi.txt");
      assertThat(store.list("10").toList()).extracting(DocumentInfo::name).containsExactly("contrat-2024.pdf");
      assertThat(store.search("contrat").toList()).extracting(DocumentInfo::name).containsExactly("contrat-2024.pdf");
      assertThat(store.search("absent").toList()).isEmpty();
      assertThatThrownBy(() -> store.list("999").toList()).isInstanceOf(NotFoundException.class);
    }
  }

  @Test
  void listingIsLazy() {
    try (DocumentStore store = connect()) {
      store.list("1");
      store.containers("1");
      store.search("x");
      store.roots();
    }
    assertThat(emulator.requests()).isEmpty();
  }

  @Test
  void uploadChunkedAboveTheThreshold_downloadVerified_deleteToTrash() {
    byte[] content = "0123456789".repeat(100).getBytes(StandardCharsets.UTF_8);
    try (DocumentStore store = connect(Map.of("user", "smithj", "password", "secret", "chunkThreshold", "300"))) {
      DocumentInfo d = store.upload("10", UploadSource.ofBytes(content, "big.txt"), TransferListener.none());
      assertThat(emulator.receivedChunks()).containsExactly(0, 1, 2, 3);
      assertThat(d.checksum()).contains(Checksum.compute(ChecksumAlgorithm.MD5, content));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      DownloadResult r = store.download(d.id(), DownloadTarget.toStream(out), TransferListener.none());
      assertThat(out.toByteArray()).isEqualTo(content);
      assertThat(r.verification()).isEqualTo(ChecksumVerification.VERIFIED);
      store.delete(d.id());
      assertThatThrownBy(() -> store.metadata(d.id())).isInstanceOf(NotFoundException.class);
      assertThat(store.unwrap(NetExplorerClient.class).trash().list().toString()).contains("big.txt");
    }
  }

  @Test
  void download_withoutAHashIsNotVerifiable() {
    emulator.hashAfterUpload(false);
    try (DocumentStore store = connect()) {
      DocumentInfo d = store.upload("10", UploadSource.ofBytes(new byte[] {1, 2, 3}, "nohash.bin"),
          TransferListener.none());
      assertThat(store.metadata(d.id()).checksum()).isEmpty();
      DownloadResult r = store.download(d.id(), DownloadTarget.toStream(new ByteArrayOutputStream()),
          TransferListener.none());
      assertThat(r.verification()).isEqualTo(ChecksumVerification.NOT_VERIFIABLE);
    }
  }

  @Test
  void badIds_areRefusedBeforeSending() {
    try (DocumentStore store = connect()) {
      assertThatThrownBy(() -> store.metadata("abc")).isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> store.delete("0")).isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> store.list(null)).isInstanceOf(InvalidArgumentException.class);
      assertThatThrownBy(() -> store.upload("1", null, TransferListener.none()))
          .isInstanceOf(InvalidArgumentException.class);
      assertThatThrownBy(() -> store.search(" ")).isInstanceOf(InvalidArgumentException.class);
    }
    assertThat(emulator.requests()).isEmpty();
    assertThat(List.of(emulator.writes())).containsExactly(0L);
  }
}
