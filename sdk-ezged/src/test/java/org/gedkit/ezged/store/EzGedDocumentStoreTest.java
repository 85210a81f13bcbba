package org.gedkit.ezged.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.gedkit.core.Gedkit;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.error.NotFoundException;
import org.gedkit.core.error.TransportException;
import org.gedkit.core.error.UnsupportedCapabilityException;
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
import org.gedkit.ezged.EzGedClient;
import org.gedkit.testkit.MutableClock;
import org.gedkit.testkit.ezged.EzGedEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The EzGED store's mapping, against the emulator, opened through {@code Gedkit.connect}. */
class EzGedDocumentStoreTest {

  private EzGedEmulator emulator;

  @BeforeEach
  void start() {
    emulator = new EzGedEmulator(MutableClock.startingNow(), 250).start();
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  private DocumentStore connect() {
    return Gedkit.connect("ezged+" + emulator.baseUrl(), Map.of("user", "admin", "password", "admin"));
  }

  @Test
  void connect_opensAWorkingStore() {
    assertThat(Gedkit.schemes()).contains("ezged");
    try (DocumentStore store = connect()) {
      assertThat(store.backend()).isEqualTo("ezged");
      assertThat(store.capabilities()).doesNotContain(Capability.DELETE).contains(Capability.UPLOAD);
      assertThat(store.unwrap(EzGedClient.class)).isNotNull();
      assertThat(store.unwrap(EzGedDocumentStore.class)).isSameAs(store);
      assertThat(store.list("record:courriers:107").toList()).singleElement()
          .satisfies(d -> assertThat(d.name()).isEqualTo("loremipsum.pdf"));
    }
    assertThat(emulator.logins()).isEqualTo(1);
  }

  @Test
  void connect_refusesMissingCredentialsBeforeSending() {
    org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("GEDKIT_EZGED_USER") == null
        && System.getenv("GEDKIT_EZGED_PASSWORD") == null, "GEDKIT_EZGED_* credentials are set in this environment");
    String url = "ezged+" + emulator.baseUrl();
    assertThatThrownBy(() -> Gedkit.connect(url, Map.of())).isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("user");
    assertThatThrownBy(() -> Gedkit.connect(url, Map.of("user", "admin"))).isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("password");
    assertThatThrownBy(() -> Gedkit.connect(url, Map.of("user", "a", "password", "b", "jobTimeout", "soon")))
        .isInstanceOf(InvalidArgumentException.class);
    assertThat(emulator.requests()).isEmpty();
  }

  @Test
  void browse_familiesViewsRecords() {
    try (DocumentStore store = connect()) {
      List<Container> roots = store.roots().toList();
      assertThat(roots).extracting(Container::id).containsExactly("family:1");
      assertThat(roots.get(0).name()).isEqualTo("Courriers");
      List<Container> views = store.containers("family:1").toList();
      assertThat(views).extracting(Container::id).containsExactly("view:2", "view:3");
      assertThat(views).allSatisfy(v -> assertThat(v.parentId()).isEqualTo("family:1"));
      List<Container> records = store.containers("view:2").toList();
      assertThat(records).hasSize(250);
      assertThat(records.get(106).id()).isEqualTo("record:courriers:107");
      assertThat(records.get(106).parentId()).isEqualTo("view:2");
      assertThat(records.get(106).vendorExtras()).containsKey("COURRIERS_OBJET");
      assertThat(store.containers("record:courriers:107").toList()).isEmpty();
      assertThat(store.list("view:2").toList()).isEmpty();
      assertThatThrownBy(() -> store.containers("family:9").toList()).isInstanceOf(NotFoundException.class);
    }
    // 250 records at 100 a request
    assertThat(emulator.requests()).filteredOn(r -> "query/getexec".equals(r.query().get("service"))).hasSize(3);
  }

  @Test
  void containers_areLazy() {
    try (DocumentStore store = connect()) {
      store.containers("view:2");
      store.list("record:courriers:107");
      store.search("Relance");
    }
    assertThat(emulator.requests()).allSatisfy(r -> assertThat(r.query().get("service"))
        .isIn("sec/authenticate", "secses/delete", null));
  }

  @Test
  void search_givesTheFilesOfTheRecordsFound() {
    try (DocumentStore store = connect()) {
      List<DocumentInfo> found = store.search("Relance 107").toList();
      assertThat(found).extracting(DocumentInfo::name).containsExactly("loremipsum.pdf");
      assertThat(store.search("nothing like this").toList()).isEmpty();
      assertThatThrownBy(() -> store.search(" ")).isInstanceOf(InvalidArgumentException.class);
    }
  }

  @Test
  void search_walksTheRecordHitsLazily_skippingRecordsWithoutFiles() {
    emulator.addFile("courriers", 112, "relance-112.pdf", "application/pdf", new byte[] {1, 2, 3});
    try (DocumentStore store = connect()) {
      var it = store.search("Relance").iterator();
      assertThat(it.next().name()).isEqualTo("loremipsum.pdf");
      long revisionCalls = emulator.requests().stream()
          .filter(r -> "docpak/loadalllastrevision".equals(r.query().get("service"))).count();
      assertThat(revisionCalls).isEqualTo(22); // records 2, 7, ..., 107: one request each, stopping at the first files
      assertThat(it.next().name()).isEqualTo("relance-112.pdf");
    }
  }

  @Test
  void viewRowsWithoutAPrimaryKey_areNotRecords() {
    assertThat(EzGedDocumentStore.recordOf(new org.gedkit.ezged.model.Row(Map.of("type", "row", "OBJET", "x")),
        "view:2")).isEmpty();
    assertThat(EzGedDocumentStore.recordOf(new org.gedkit.ezged.model.Row(Map.of("type", "row", "FACTURES_ID", "9")),
        "view:4")).get().satisfies(c -> {
          assertThat(c.id()).isEqualTo("record:factures:9");
          assertThat(c.parentId()).isEqualTo("view:4");
        });
  }

  @Test
  void upload_addsPagesWaitsForTheJobAndGivesTheNewFile() {
    byte[] content = "hello ezged".getBytes(StandardCharsets.UTF_8);
    try (EzGedDocumentStore store = EzGedClient.builder().baseUrl(emulator.baseUrl()).credentials("admin", "admin")
        .clock(emulator.clock()).sleeper(d -> emulator.clock().advance(d)).build().asDocumentStore()) {
      DocumentInfo d = store.upload("record:courriers:5", UploadSource.ofBytes(content, "note.txt"),
          TransferListener.none());
      assertThat(d.name()).isEqualTo("note.txt");
      assertThat(d.containerId()).isEqualTo("record:courriers:5");
      assertThat(d.checksum()).contains(Checksum.compute(ChecksumAlgorithm.SHA1, content));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      DownloadResult r = store.download(d.id(), DownloadTarget.toStream(out), TransferListener.none());
      assertThat(out.toByteArray()).isEqualTo(content);
      assertThat(r.verification()).isEqualTo(ChecksumVerification.VERIFIED);
      assertThat(store.metadata(d.id())).isEqualTo(d);
    }
    assertThat(emulator.fileIds("courriers", 5)).hasSize(1);
  }

  @Test
  void upload_whoseJobDoesNotFinishInTime_isATransportError() {
    emulator.jobDuration(Duration.ofHours(1));
    try (DocumentStore store = new EzGedDocumentStore(EzGedClient.builder().baseUrl(emulator.baseUrl())
        .credentials("admin", "admin").clock(emulator.clock()).sleeper(d -> emulator.clock().advance(d)).build(),
        Duration.ofSeconds(10))) {
      assertThatThrownBy(() -> store.upload("record:courriers:5", UploadSource.ofBytes(new byte[] {1}, "x.bin"),
          TransferListener.none())).isInstanceOf(TransportException.class);
    }
  }

  @Test
  void upload_onlyIntoRecords() {
    try (DocumentStore store = connect()) {
      UploadSource s = UploadSource.ofBytes(new byte[] {1}, "x.bin");
      assertThatThrownBy(() -> store.upload("view:2", s, TransferListener.none()))
          .isInstanceOf(InvalidArgumentException.class);
      assertThatThrownBy(() -> store.upload("record:courriers:5", null, TransferListener.none()))
          .isInstanceOf(InvalidArgumentException.class);
    }
    assertThat(emulator.writes()).isZero();
  }

  @Test
  void badIds_areRefusedBeforeSending() {
    try (DocumentStore store = connect()) {
      assertThatThrownBy(() -> store.metadata("107")).isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> store.metadata("courriers:x:1")).isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> store.list("folder:1")).isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> store.containers(null)).isInstanceOf(InvalidArgumentException.class);
      assertThatThrownBy(() -> store.download("courriers:107:1", null, TransferListener.none()))
          .isInstanceOf(InvalidArgumentException.class);
      assertThatThrownBy(() -> store.delete("courriers:107:1")).isInstanceOf(UnsupportedCapabilityException.class)
          .hasMessageContaining("deleterowfiles");
      assertThatThrownBy(() -> store.unwrap(String.class)).isInstanceOf(UnsupportedCapabilityException.class);
    }
    assertThat(emulator.requests()).isEmpty();
  }
}
