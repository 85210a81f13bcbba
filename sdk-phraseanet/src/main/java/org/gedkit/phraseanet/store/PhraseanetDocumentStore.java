package org.gedkit.phraseanet.store;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.gedkit.core.error.ErrorDetails;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.error.NotFoundException;
import org.gedkit.core.error.UnsupportedCapabilityException;
import org.gedkit.core.paging.Page;
import org.gedkit.core.paging.PagedIterable;
import org.gedkit.core.store.Capability;
import org.gedkit.core.store.Container;
import org.gedkit.core.store.DocumentInfo;
import org.gedkit.core.store.DocumentStore;
import org.gedkit.core.store.Unsupported;
import org.gedkit.core.transfer.DownloadResult;
import org.gedkit.core.transfer.DownloadTarget;
import org.gedkit.core.transfer.TransferListener;
import org.gedkit.core.transfer.UploadSource;
import org.gedkit.phraseanet.PhraseanetClient;
import org.gedkit.phraseanet.QuarantineListOptions;
import org.gedkit.phraseanet.model.QuarantineItem;

/**
 * The portable view of a Phraseanet server: its quarantine is one container, {@value #QUARANTINE}, and
 * each quarantine item is a document. Read-only, as far as the vendor page goes: {@link Capability#BROWSE}
 * (the quarantine is the only root), {@link Capability#LIST} ({@code GET /api/v1/quarantine/list/}) and
 * {@link Capability#METADATA} ({@code GET /api/v1/quarantine/item/{id}/}, with the item's SHA-256 as
 * checksum). There is no download: the API serves no route for a quarantined file's bytes. Search,
 * upload and delete are not in the vendor page either. Every unsupported call throws
 * {@link UnsupportedCapabilityException} before anything is sent.
 *
 * <p>Thread-safe. {@link #close()} closes the {@link PhraseanetClient} behind; {@link #unwrap(Class)}
 * gives it back for the rest of the API.
 */
public final class PhraseanetDocumentStore implements DocumentStore {

  /** The id of the one container: the quarantine. */
  public static final String QUARANTINE = "quarantine";
  /** How many items each listing request asks for. */
  public static final int PAGE_SIZE = 100;

  private static final Set<Capability> CAPABILITIES = Set.copyOf(EnumSet.of(Capability.BROWSE, Capability.LIST,
      Capability.METADATA));
  private static final Container QUARANTINE_CONTAINER = new Container(QUARANTINE, "Quarantine", null,
      Map.of("route", "/api/v1/quarantine/list/"));

  private final PhraseanetClient client;

  /**
   * A store over a client; closing the store closes the client.
   *
   * @param client the client
   */
  public PhraseanetDocumentStore(PhraseanetClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  @Override
  public String backend() {
    return PhraseanetClient.BACKEND;
  }

  @Override
  public Set<Capability> capabilities() {
    return CAPABILITIES;
  }

  /**
   * The one root: the quarantine. Sends nothing.
   *
   * @return the quarantine container; never null
   */
  @Override
  public PagedIterable<Container> roots() {
    return PagedIterable.of(List.of(QUARANTINE_CONTAINER));
  }

  /**
   * The quarantine holds no containers. Sends nothing.
   *
   * @param containerId {@value #QUARANTINE}
   * @return an empty listing; never null
   * @throws InvalidArgumentException when the id is null or blank
   * @throws NotFoundException when the id is not {@value #QUARANTINE}
   */
  @Override
  public PagedIterable<Container> containers(String containerId) {
    checkContainer(containerId, "store.containers");
    return PagedIterable.of(List.of());
  }

  /**
   * The quarantine items, newest first, {@value #PAGE_SIZE} per request, lazily.
   *
   * @param containerId {@value #QUARANTINE}
   * @return the items as documents; never null
   * @throws InvalidArgumentException when the id is null or blank
   * @throws NotFoundException when the id is not {@value #QUARANTINE} (nothing is sent)
   */
  @Override
  public PagedIterable<DocumentInfo> list(String containerId) {
    checkContainer(containerId, "store.list");
    return PagedIterable.offsetBased(PAGE_SIZE, req -> {
      Page<QuarantineItem> page = client.quarantine().list(new QuarantineListOptions(req.offset(), req.limit()))
          .pages().iterator().next();
      List<DocumentInfo> docs = page.items().stream().map(PhraseanetDocumentStore::toInfo).toList();
      return page.isLast() ? Page.last(docs) : Page.of(docs);
    });
  }

  @Override
  public PagedIterable<DocumentInfo> search(String text) {
    throw Unsupported.capability(backend(), Capability.SEARCH,
        "the quarantine API has no search (the records search is not offered yet, see docs/phraseanet.md)");
  }

  /**
   * A quarantine item's metadata: {@code GET /api/v1/quarantine/item/{id}/}.
   *
   * @param documentId the item id (a positive number)
   * @return the metadata; never null
   * @throws InvalidArgumentException when the id is null or blank (nothing is sent)
   * @throws NotFoundException when there is no such item, or the id is not a positive number (nothing is
   *     sent then)
   */
  @Override
  public DocumentInfo metadata(String documentId) {
    return toInfo(client.quarantine().get(itemId(documentId, "store.metadata")));
  }

  @Override
  public DownloadResult download(String documentId, DownloadTarget target, TransferListener listener) {
    throw Unsupported.capability(backend(), Capability.DOWNLOAD,
        "the Phraseanet API serves no route for a quarantined file's bytes");
  }

  @Override
  public DocumentInfo upload(String containerId, UploadSource source, TransferListener listener) {
    throw Unsupported.capability(backend(), Capability.UPLOAD,
        "the vendor page describes the quarantine read-only (no upload)");
  }

  @Override
  public void delete(String documentId) {
    throw Unsupported.capability(backend(), Capability.DELETE,
        "the vendor page describes the quarantine read-only (no accept, reject or delete)");
  }

  /**
   * The client behind ({@code PhraseanetClient.class}), or this store.
   *
   * @param type the type wanted
   * @param <T> the type
   * @return the client or this store; never null
   * @throws UnsupportedCapabilityException for any other type
   */
  @Override
  public <T> T unwrap(Class<T> type) {
    if (type != null && type.isInstance(client)) {
      return type.cast(client);
    }
    if (type != null && type.isInstance(this)) {
      return type.cast(this);
    }
    throw new UnsupportedCapabilityException("a Phraseanet store is backed by a PhraseanetClient, not "
        + (type == null ? "null" : type.getName()), ErrorDetails.of(backend(), "store.unwrap"));
  }

  /** Closes the client behind. Idempotent. */
  @Override
  public void close() {
    client.close();
  }

  @Override
  public String toString() {
    return "PhraseanetDocumentStore[" + client + "]";
  }

  /** Maps an item to the portable metadata; the item's own fields go into the vendor extras. */
  static DocumentInfo toInfo(QuarantineItem item) {
    Map<String, Object> extras = new LinkedHashMap<>(item.extra());
    extras.put("sessionId", item.session().id());
    item.session().userId().ifPresent(u -> extras.put("userId", u));
    extras.put("baseId", item.baseId());
    if (!item.uuid().isEmpty()) {
      extras.put("uuid", item.uuid());
    }
    extras.put("forced", item.forced());
    extras.put("checks", item.checks());
    if (!item.sha256().isEmpty()) {
      extras.put("sha256", item.sha256());
    }
    return new DocumentInfo(String.valueOf(item.id()), item.originalName().isBlank() ? null : item.originalName(),
        QUARANTINE, -1, item.checksum().orElse(null), null, item.createdOn().orElse(null),
        item.updatedOn().orElse(null), extras);
  }

  private void checkContainer(String containerId, String op) {
    ErrorDetails d = ErrorDetails.of(backend(), op);
    if (containerId == null || containerId.isBlank()) {
      throw new InvalidArgumentException("containerId must not be null or blank", d);
    }
    if (!QUARANTINE.equals(containerId)) {
      throw new NotFoundException("Phraseanet has one container, \"" + QUARANTINE + "\"; no container \""
          + containerId + "\"", d);
    }
  }

  private long itemId(String documentId, String op) {
    ErrorDetails d = ErrorDetails.of(backend(), op);
    if (documentId == null || documentId.isBlank()) {
      throw new InvalidArgumentException("documentId must not be null or blank", d);
    }
    long id;
    try {
      id = Long.parseLong(documentId.trim());
    } catch (NumberFormatException e) {
      id = -1;
    }
    if (id <= 0) {
      throw new NotFoundException("no quarantine item \"" + documentId + "\" (item ids are positive numbers)", d);
    }
    return id;
  }
}
