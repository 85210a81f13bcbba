package org.gedkit.core.store;

import java.util.Set;
import org.gedkit.core.error.GedkitException;
import org.gedkit.core.error.UnsupportedCapabilityException;
import org.gedkit.core.paging.PagedIterable;
import org.gedkit.core.transfer.DownloadResult;
import org.gedkit.core.transfer.DownloadTarget;
import org.gedkit.core.transfer.TransferListener;
import org.gedkit.core.transfer.UploadSource;

/**
 * The portable view of a document back end: browse containers, list and search documents, read
 * metadata, download with verification, upload, delete — the same way on every back end. What a back
 * end cannot do is said by {@link #capabilities()}; calling it throws
 * {@link UnsupportedCapabilityException} (nothing is sent). The vendor's full API stays available
 * through {@link #unwrap(Class)}.
 *
 * <p>Open one with {@code Gedkit.connect("netexplorer+https://acme.netexplorer.pro")}, or from an
 * adapter client. Implementations are thread-safe; {@link #close()} closes the client behind.
 */
public interface DocumentStore extends AutoCloseable {

  /**
   * The back end name, e.g. {@code ezged}.
   *
   * @return the name; never null
   */
  String backend();

  /**
   * What this store can do.
   *
   * @return the capabilities; never null
   */
  Set<Capability> capabilities();

  /**
   * Whether this store can do something.
   *
   * @param capability the capability
   * @return true when supported
   */
  default boolean supports(Capability capability) {
    return capabilities().contains(capability);
  }

  /**
   * The top containers (root folders, views, quarantine...).
   *
   * @return the containers, lazily; never null
   * @throws UnsupportedCapabilityException without {@link Capability#BROWSE}
   */
  PagedIterable<Container> roots();

  /**
   * The containers directly under a container.
   *
   * @param containerId the container's id
   * @return the containers, lazily; never null
   * @throws UnsupportedCapabilityException without {@link Capability#BROWSE}
   */
  PagedIterable<Container> containers(String containerId);

  /**
   * The documents directly in a container.
   *
   * @param containerId the container's id
   * @return the documents, lazily; never null
   * @throws UnsupportedCapabilityException without {@link Capability#LIST}
   */
  PagedIterable<DocumentInfo> list(String containerId);

  /**
   * The documents matching a text.
   *
   * @param text what to look for
   * @return the documents, lazily; never null
   * @throws UnsupportedCapabilityException without {@link Capability#SEARCH}
   */
  PagedIterable<DocumentInfo> search(String text);

  /**
   * A document's metadata.
   *
   * @param documentId the document's id
   * @return the metadata; never null
   * @throws GedkitException ({@code NotFoundException} when it does not exist)
   */
  DocumentInfo metadata(String documentId);

  /**
   * Downloads a document, verifying the server's checksum when it gives one.
   *
   * @param documentId the document's id
   * @param target where the bytes go
   * @param listener progress
   * @return what was downloaded and verified; never null
   * @throws UnsupportedCapabilityException without {@link Capability#DOWNLOAD}
   */
  DownloadResult download(String documentId, DownloadTarget target, TransferListener listener);

  /**
   * Uploads a document into a container.
   *
   * @param containerId the container's id
   * @param source the content and its name
   * @param listener progress
   * @return the new document's metadata; never null
   * @throws UnsupportedCapabilityException without {@link Capability#UPLOAD}
   */
  DocumentInfo upload(String containerId, UploadSource source, TransferListener listener);

  /**
   * Deletes a document.
   *
   * @param documentId the document's id
   * @throws UnsupportedCapabilityException without {@link Capability#DELETE}
   */
  void delete(String documentId);

  /**
   * The vendor client behind this store, for what the portable view does not cover.
   *
   * @param type the client type, e.g. {@code NetExplorerClient.class}
   * @param <T> the type
   * @return the client; never null
   * @throws UnsupportedCapabilityException when the store is not backed by that type
   */
  <T> T unwrap(Class<T> type);

  /** Closes the client behind (logs out). Idempotent. */
  @Override
  void close();
}
