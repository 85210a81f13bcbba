package org.gedkit.core.store;

import java.util.EnumSet;
import java.util.Set;
import org.gedkit.core.paging.PagedIterable;
import org.gedkit.core.transfer.DownloadResult;
import org.gedkit.core.transfer.DownloadTarget;
import org.gedkit.core.transfer.TransferListener;
import org.gedkit.core.transfer.UploadSource;

/** A provider registered through META-INF/services in the tests, to prove ServiceLoader discovery. */
public final class FakeStoreProvider implements DocumentStoreProvider {

  /** The last configuration opened. */
  public static volatile StoreConfig lastConfig;

  @Override
  public String scheme() {
    return "fake";
  }

  @Override
  public DocumentStore open(StoreConfig config) {
    lastConfig = config;
    return new DocumentStore() {
      @Override
      public String backend() {
        return "fake";
      }

      @Override
      public Set<Capability> capabilities() {
        return EnumSet.of(Capability.METADATA);
      }

      @Override
      public PagedIterable<Container> roots() {
        throw Unsupported.capability("fake", Capability.BROWSE, "test store");
      }

      @Override
      public PagedIterable<Container> containers(String containerId) {
        throw Unsupported.capability("fake", Capability.BROWSE, "test store");
      }

      @Override
      public PagedIterable<DocumentInfo> list(String containerId) {
        throw Unsupported.capability("fake", Capability.LIST, "test store");
      }

      @Override
      public PagedIterable<DocumentInfo> search(String text) {
        throw Unsupported.capability("fake", Capability.SEARCH, "test store");
      }

      @Override
      public DocumentInfo metadata(String documentId) {
        return new DocumentInfo(documentId, "n", null, -1, null, null, null, null, null);
      }

      @Override
      public DownloadResult download(String documentId, DownloadTarget target, TransferListener listener) {
        throw Unsupported.capability("fake", Capability.DOWNLOAD, "test store");
      }

      @Override
      public DocumentInfo upload(String containerId, UploadSource source, TransferListener listener) {
        throw Unsupported.capability("fake", Capability.UPLOAD, "test store");
      }

      @Override
      public void delete(String documentId) {
        throw Unsupported.capability("fake", Capability.DELETE, "test store");
      }

      @Override
      public <T> T unwrap(Class<T> type) {
        throw Unsupported.capability("fake", Capability.METADATA, "no vendor client");
      }

      @Override
      public void close() {
        // nothing
      }
    };
  }
}
