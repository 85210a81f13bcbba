package org.gedkit.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.error.UnsupportedCapabilityException;
import org.gedkit.core.paging.PagedIterable;
import org.gedkit.core.transfer.DownloadResult;
import org.gedkit.core.transfer.DownloadTarget;
import org.gedkit.core.transfer.TransferListener;
import org.gedkit.core.transfer.UploadSource;
import org.junit.jupiter.api.Test;

class ClientBackedStoreTest {

  static final class FakeClient implements AutoCloseable {
    final AtomicInteger closes = new AtomicInteger();

    @Override
    public void close() {
      closes.incrementAndGet();
    }

    @Override
    public String toString() {
      return "FakeClient";
    }
  }

  static final class Store extends ClientBackedStore<FakeClient> {
    Store(FakeClient c) {
      super("fake", c);
    }

    @Override
    public Set<Capability> capabilities() {
      return Set.of(Capability.METADATA);
    }

    @Override
    public PagedIterable<Container> roots() {
      throw Unsupported.capability(backend(), Capability.BROWSE, "no");
    }

    @Override
    public PagedIterable<Container> containers(String containerId) {
      throw Unsupported.capability(backend(), Capability.BROWSE, "no");
    }

    @Override
    public PagedIterable<DocumentInfo> list(String containerId) {
      throw Unsupported.capability(backend(), Capability.LIST, "no");
    }

    @Override
    public PagedIterable<DocumentInfo> search(String text) {
      throw Unsupported.capability(backend(), Capability.SEARCH, "no");
    }

    @Override
    public DocumentInfo metadata(String documentId) {
      long id = requireNumericId(documentId, "documentId", Capability.METADATA);
      return new DocumentInfo(String.valueOf(id), "n", null, -1, null, null, null, null, null);
    }

    @Override
    public DownloadResult download(String documentId, DownloadTarget target, TransferListener listener) {
      requireNonNull(target, "target", Capability.DOWNLOAD);
      throw Unsupported.capability(backend(), Capability.DOWNLOAD, "no");
    }

    @Override
    public DocumentInfo upload(String containerId, UploadSource source, TransferListener listener) {
      requireId(containerId, "containerId", Capability.UPLOAD);
      throw Unsupported.capability(backend(), Capability.UPLOAD, "no");
    }

    @Override
    public void delete(String documentId) {
      throw Unsupported.capability(backend(), Capability.DELETE, "no");
    }
  }

  @Test
  void unwrap_givesTheClientOrTheStore_andRefusesOtherTypes() {
    FakeClient client = new FakeClient();
    Store store = new Store(client);
    assertThat(store.unwrap(FakeClient.class)).isSameAs(client);
    assertThat(store.unwrap(Store.class)).isSameAs(store);
    assertThatThrownBy(() -> store.unwrap(String.class)).isInstanceOf(UnsupportedCapabilityException.class)
        .hasMessageContaining("FakeClient");
    assertThat(store.backend()).isEqualTo("fake");
    assertThat(store.toString()).contains("FakeClient");
  }

  @Test
  void close_closesTheClient() {
    FakeClient client = new FakeClient();
    new Store(client).close();
    assertThat(client.closes).hasValue(1);
  }

  @Test
  void argumentChecks_nameTheArgumentAndTheOperation() {
    Store store = new Store(new FakeClient());
    assertThat(store.metadata(" 42 ").id()).isEqualTo("42");
    assertThatThrownBy(() -> store.metadata(null)).isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("documentId").hasMessageContaining("store.metadata");
    assertThatThrownBy(() -> store.metadata("abc")).isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("positive number");
    assertThatThrownBy(() -> store.metadata("-3")).isInstanceOf(InvalidArgumentException.class);
    assertThatThrownBy(() -> store.download("1", null, TransferListener.none()))
        .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("target");
    assertThatThrownBy(() -> store.upload(" ", UploadSource.ofBytes(new byte[1], "x"), TransferListener.none()))
        .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("containerId");
  }
}
