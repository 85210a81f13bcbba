package org.gedkit.phraseanet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.gedkit.core.Gedkit;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.error.NotFoundException;
import org.gedkit.core.error.UnsupportedCapabilityException;
import org.gedkit.core.store.Capability;
import org.gedkit.core.store.Container;
import org.gedkit.core.store.DocumentInfo;
import org.gedkit.core.store.DocumentStore;
import org.gedkit.core.transfer.Checksum;
import org.gedkit.core.transfer.ChecksumAlgorithm;
import org.gedkit.core.transfer.DownloadTarget;
import org.gedkit.core.transfer.TransferListener;
import org.gedkit.core.transfer.UploadSource;
import org.gedkit.phraseanet.PhraseanetClient;
import org.gedkit.testkit.MutableClock;
import org.gedkit.testkit.phraseanet.PhraseanetEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Phraseanet store beyond the conformance kit: connect, paging, mapping, nothing sent when refused. */
class PhraseanetDocumentStoreTest {

  private PhraseanetEmulator emulator;

  @BeforeEach
  void start() {
    emulator = new PhraseanetEmulator(250, "store-token", MutableClock.startingNow()).start();
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  private DocumentStore connect() {
    return Gedkit.connect("phraseanet+" + emulator.baseUrl(), Map.of("token", emulator.accessToken()));
  }

  @Test
  void connect_opensAWorkingStoreFoundThroughTheServiceLoader() {
    assertThat(Gedkit.schemes()).contains("phraseanet");
    try (DocumentStore store = connect()) {
      assertThat(store).isInstanceOf(PhraseanetDocumentStore.class);
      assertThat(store.backend()).isEqualTo("phraseanet");
      assertThat(store.capabilities()).containsExactlyInAnyOrder(Capability.BROWSE, Capability.LIST,
          Capability.METADATA);
      DocumentInfo first = store.list("quarantine").iterator().next();
      assertThat(first.id()).isEqualTo("250");
      assertThat(store.unwrap(PhraseanetClient.class).quarantine().get(250).originalName()).isEqualTo(first.name());
    }
  }

  @Test
  void connect_withoutATokenIsRefusedBeforeSending() {
    org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("GEDKIT_PHRASEANET_TOKEN") == null,
        "GEDKIT_PHRASEANET_TOKEN is set in this environment");
    assertThatThrownBy(() -> Gedkit.connect("phraseanet+" + emulator.baseUrl(), Map.of()))
        .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("token");
    assertThat(emulator.requests()).isEmpty();
  }

  @Test
  void connect_withAWrongTokenFailsOnTheFirstCall() {
    try (DocumentStore store = Gedkit.connect("phraseanet+" + emulator.baseUrl(), Map.of("token", "wrong"))) {
      assertThatThrownBy(() -> store.metadata("1"))
          .isInstanceOf(org.gedkit.core.error.AuthenticationException.class)
          .hasMessageNotContaining("wrong");
    }
  }

  @Test
  void roots_areTheQuarantineAlone_andNothingIsSent() {
    try (DocumentStore store = connect()) {
      List<Container> roots = store.roots().toList();
      assertThat(roots).extracting(Container::id).containsExactly("quarantine");
      assertThat(roots.get(0).parent()).isEmpty();
      assertThat(store.containers("quarantine").toList()).isEmpty();
      assertThatThrownBy(() -> store.containers("other")).isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> store.containers(" ")).isInstanceOf(InvalidArgumentException.class);
    }
    assertThat(emulator.requests()).isEmpty();
  }

  @Test
  void list_pagesThroughTheWholeQuarantineInServerOrder() {
    try (DocumentStore store = connect()) {
      List<DocumentInfo> all = store.list("quarantine").toList();
      assertThat(all).extracting(DocumentInfo::id)
          .containsExactlyElementsOf(emulator.itemIds().stream().map(String::valueOf).toList());
      assertThat(all).allSatisfy(d -> assertThat(d.containerId()).isEqualTo("quarantine"));
    }
    // 100 + 100 + 50: the short page ends the listing
    assertThat(emulator.listRequests()).isEqualTo(3);
    assertThat(emulator.requests()).allSatisfy(c -> assertThat(c.query()).containsEntry("per_page", "100"));
  }

  @Test
  void list_ofAnotherContainerIsNotFoundBeforeSending() {
    try (DocumentStore store = connect()) {
      assertThatThrownBy(() -> store.list("records")).isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> store.list(null)).isInstanceOf(InvalidArgumentException.class);
    }
    assertThat(emulator.requests()).isEmpty();
  }

  @Test
  void metadata_mapsTheItem() {
    try (DocumentStore store = connect()) {
      DocumentInfo d = store.metadata("12");
      assertThat(d.id()).isEqualTo("12");
      assertThat(d.name()).isEqualTo("document-12.jpg");
      assertThat(d.containerId()).isEqualTo("quarantine");
      assertThat(d.size()).isEmpty();
      assertThat(d.checksum()).contains(Checksum.compute(ChecksumAlgorithm.SHA256, emulator.documentBytes(12)));
      assertThat(d.created()).isPresent();
      assertThat(d.modified()).isEqualTo(d.created());
      assertThat(d.vendorExtras()).containsEntry("baseId", 1L).containsEntry("forced", false)
          .containsEntry("sessionId", 5012L).containsEntry("userId", 1L).containsKey("uuid")
          .containsEntry("checks", List.of("A file with the same checksum already exists in database",
              "A file with the same UUID already exists in database"));
      // the MySQL zero date gives no modification date
      assertThat(store.metadata("11").modified()).isEmpty();
      // no usr_id on the wire, no userId extra
      assertThat(store.metadata("10").vendorExtras()).doesNotContainKey("userId");
    }
  }

  @Test
  void metadata_ofANonNumericIdIsNotFoundWithoutSending() {
    try (DocumentStore store = connect()) {
      assertThatThrownBy(() -> store.metadata("abc")).isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> store.metadata("-3")).isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> store.metadata(null)).isInstanceOf(InvalidArgumentException.class);
    }
    assertThat(emulator.requests()).isEmpty();
  }

  @Test
  void unsupportedCalls_throwBeforeSendingAndSayWhy() {
    try (DocumentStore store = connect()) {
      assertThatThrownBy(() -> store.download("1", DownloadTarget.toStream(new ByteArrayOutputStream()),
          TransferListener.none())).isInstanceOf(UnsupportedCapabilityException.class)
          .hasMessageContaining("DOWNLOAD");
      assertThatThrownBy(() -> store.upload("quarantine", UploadSource.ofBytes(new byte[] {1}, "x"),
          TransferListener.none())).isInstanceOf(UnsupportedCapabilityException.class);
      assertThatThrownBy(() -> store.delete("1")).isInstanceOf(UnsupportedCapabilityException.class);
      assertThatThrownBy(() -> store.search("x")).isInstanceOf(UnsupportedCapabilityException.class);
      assertThatThrownBy(() -> store.unwrap(String.class)).isInstanceOf(UnsupportedCapabilityException.class);
      assertThat(store.unwrap(PhraseanetDocumentStore.class)).isSameAs(store);
    }
    assertThat(emulator.requests()).isEmpty();
  }

  @Test
  void close_closesTheClient() {
    DocumentStore store = connect();
    PhraseanetClient client = store.unwrap(PhraseanetClient.class);
    store.close();
    assertThat(client.isClosed()).isTrue();
    assertThat(store.toString()).doesNotContain(emulator.accessToken());
  }
}
