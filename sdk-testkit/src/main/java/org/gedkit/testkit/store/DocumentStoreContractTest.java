package org.gedkit.testkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.gedkit.core.error.GedkitException;
import org.gedkit.core.error.NotFoundException;
import org.gedkit.core.error.UnsupportedCapabilityException;
import org.gedkit.core.store.Capability;
import org.gedkit.core.store.Container;
import org.gedkit.core.store.DocumentInfo;
import org.gedkit.core.store.DocumentStore;
import org.gedkit.core.transfer.ChecksumVerification;
import org.gedkit.core.transfer.DownloadResult;
import org.gedkit.core.transfer.DownloadTarget;
import org.gedkit.core.transfer.TransferEvent;
import org.gedkit.core.transfer.TransferListener;
import org.gedkit.core.transfer.UploadSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The conformance kit of the portable view: the same scenarios for every {@link DocumentStore}
 * implementation, each run against its emulator. Subclass it, open the store on an emulator with known
 * content, and say where that content is. Scenarios whose capability the store lacks check that the
 * call throws {@link UnsupportedCapabilityException} instead.
 */
public abstract class DocumentStoreContractTest {

  /** The store under test, opened before each scenario. */
  protected DocumentStore store;

  /** A temporary directory for downloads. */
  @TempDir
  protected Path tempDir;

  /** Creates the kit. */
  protected DocumentStoreContractTest() {}

  /**
   * Opens the store under test (typically on an emulator started here).
   *
   * @return the store; never null
   */
  protected abstract DocumentStore openStore();

  /** Stops whatever {@link #openStore()} started (the emulator). */
  protected abstract void stopBackend();

  /**
   * A container that holds at least one document.
   *
   * @return the container id
   */
  protected abstract String populatedContainerId();

  /**
   * A container documents can be uploaded into, when the store supports uploads.
   *
   * @return the container id
   */
  protected String writableContainerId() {
    return populatedContainerId();
  }

  /**
   * A text that finds at least one document, when the store supports search.
   *
   * @return the text
   */
  protected String searchText() {
    return "a";
  }

  /**
   * An id no document has.
   *
   * @return the id
   */
  protected String unknownDocumentId() {
    return "999999999";
  }

  /** Opens the store. */
  @BeforeEach
  void openStoreUnderTest() {
    store = openStore();
  }

  /** Closes the store and the back end. */
  @AfterEach
  void closeStoreUnderTest() {
    try {
      if (store != null) {
        store.close();
      }
    } finally {
      stopBackend();
    }
  }

  @Test
  void capabilities_areDeclared() {
    assertThat(store.backend()).isNotBlank();
    assertThat(store.capabilities()).isNotEmpty();
    for (Capability c : Capability.values()) {
      assertThat(store.supports(c)).isEqualTo(store.capabilities().contains(c));
    }
  }

  @Test
  void unsupportedCapabilities_throwTypedErrors() {
    Set<Capability> missing = EnumSet.complementOf(EnumSet.copyOf(store.capabilities()));
    for (Capability c : missing) {
      assertThatThrownBy(() -> invoke(c)).as("calling %s", c).isInstanceOf(UnsupportedCapabilityException.class);
    }
  }

  private void invoke(Capability c) {
    switch (c) {
      case BROWSE -> store.roots().iterator().hasNext();
      case LIST -> store.list(populatedContainerId()).iterator().hasNext();
      case SEARCH -> store.search(searchText()).iterator().hasNext();
      case METADATA -> store.metadata(unknownDocumentId());
      case DOWNLOAD -> store.download(unknownDocumentId(), DownloadTarget.toStream(new ByteArrayOutputStream()),
          TransferListener.none());
      case UPLOAD -> store.upload(writableContainerId(), UploadSource.ofBytes(new byte[] {1}, "x.bin"),
          TransferListener.none());
      case DELETE -> store.delete(unknownDocumentId());
      default -> throw new IllegalStateException(c.name());
    }
  }

  @Test
  void roots_listTopContainers() {
    assumeTrue(store.supports(Capability.BROWSE), "no BROWSE capability");
    List<Container> roots = new ArrayList<>();
    store.roots().forEach(roots::add);
    assertThat(roots).isNotEmpty().allSatisfy(c -> assertThat(c.id()).isNotBlank());
  }

  @Test
  void list_givesDocumentsWithIdsAndNames() {
    assumeTrue(store.supports(Capability.LIST), "no LIST capability");
    List<DocumentInfo> docs = new ArrayList<>();
    store.list(populatedContainerId()).forEach(docs::add);
    assertThat(docs).isNotEmpty().allSatisfy(d -> {
      assertThat(d.id()).isNotBlank();
      assertThat(d.name()).isNotBlank();
    });
  }

  @Test
  void metadata_ofAListedDocumentMatches() {
    assumeTrue(store.supports(Capability.LIST) && store.supports(Capability.METADATA), "no LIST/METADATA");
    DocumentInfo listed = store.list(populatedContainerId()).iterator().next();
    DocumentInfo meta = store.metadata(listed.id());
    assertThat(meta.id()).isEqualTo(listed.id());
    assertThat(meta.name()).isEqualTo(listed.name());
  }

  @Test
  void metadata_ofAnUnknownDocumentIsNotFound() {
    assumeTrue(store.supports(Capability.METADATA), "no METADATA capability");
    assertThatThrownBy(() -> store.metadata(unknownDocumentId())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void download_toAFileIsCompleteAndVerifiedWhenTheServerGivesAChecksum() throws Exception {
    assumeTrue(store.supports(Capability.LIST) && store.supports(Capability.DOWNLOAD), "no LIST/DOWNLOAD");
    DocumentInfo doc = store.list(populatedContainerId()).iterator().next();
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
    if (doc.size().isPresent()) {
      assertThat(r.bytes()).isEqualTo(doc.size().getAsLong());
    }
    if (doc.checksum().isPresent()) {
      assertThat(r.verification()).isEqualTo(ChecksumVerification.VERIFIED);
    }
    assertThat(progress.get()).isEqualTo(r.bytes());
    try (var files = Files.list(tempDir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("download.bin");
    }
  }

  @Test
  void upload_thenReadBack_roundTripsTheBytes() {
    assumeTrue(store.supports(Capability.UPLOAD), "no UPLOAD capability");
    byte[] content = ("gedkit conformance " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
    DocumentInfo created = store.upload(writableContainerId(), UploadSource.ofBytes(content, "conformance.txt"),
        TransferListener.none());
    assertThat(created.id()).isNotBlank();
    if (store.supports(Capability.DOWNLOAD)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      store.download(created.id(), DownloadTarget.toStream(out), TransferListener.none());
      assertThat(out.toByteArray()).isEqualTo(content);
    }
    if (store.supports(Capability.DELETE)) {
      store.delete(created.id());
      if (store.supports(Capability.METADATA)) {
        assertThatThrownBy(() -> store.metadata(created.id())).isInstanceOf(NotFoundException.class);
      }
    }
  }

  @Test
  void search_findsSomething() {
    assumeTrue(store.supports(Capability.SEARCH), "no SEARCH capability");
    assertThat(store.search(searchText()).iterator().hasNext()).isTrue();
  }

  @Test
  void badArguments_areRejectedBeforeSending() {
    assertThatThrownBy(() -> store.metadata(null)).isInstanceOf(GedkitException.class);
    assertThatThrownBy(() -> store.metadata(" ")).isInstanceOf(GedkitException.class);
  }

  @Test
  void close_isIdempotent() {
    store.close();
    store.close();
  }
}
