package org.gedkit.netexplorer.store;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
import org.gedkit.core.store.ClientBackedStore;
import org.gedkit.core.transfer.Checksum;
import org.gedkit.core.transfer.ChecksumAlgorithm;
import org.gedkit.core.transfer.DownloadResult;
import org.gedkit.core.transfer.DownloadTarget;
import org.gedkit.core.transfer.TransferListener;
import org.gedkit.core.transfer.UploadSource;
import org.gedkit.netexplorer.FolderQuery;
import org.gedkit.netexplorer.NetExplorerClient;
import org.gedkit.netexplorer.TransferOptions;
import org.gedkit.netexplorer.model.FileInfo;
import org.gedkit.netexplorer.model.Folder;

/**
 * The portable view of a NetExplorer platform: folders are containers, files are documents, ids are the
 * platform's numeric ids as text. Every capability is offered:
 *
 * <ul>
 *   <li><b>browse</b>: {@code GET /folders} for the roots, {@code GET /folder/{id}?depth=1&filter=1} for the
 *       sub-folders;</li>
 *   <li><b>list</b>: {@code GET /folder/{id}?depth=1&filter=2}, sent on iteration. The API returns a folder's
 *       content in one reply (it has no paging for it), so the listing is one page;</li>
 *   <li><b>search</b>: {@code GET /folder/{root}?search=…&recursive=1} below each root in turn (names, the
 *       server's default switches), lazily root by root, each file once;</li>
 *   <li><b>metadata</b>: {@code GET /file/{id}}; the checksum is the file's {@code hash} (MD5);</li>
 *   <li><b>download</b>: {@code GET /file/{id}/download} after the metadata, verified against the MD5, resumed
 *       with Range; {@code NOT_VERIFIABLE} when the server gives no hash;</li>
 *   <li><b>upload</b>: one multipart {@code POST /file/upload} up to {@link #chunkThreshold()} bytes, chunked
 *       above it (the source must then be a path or bytes); a file of the same name becomes a new version;</li>
 *   <li><b>delete</b>: {@code DELETE /file/{id}} to the trash, all versions (restore it with
 *       {@code unwrap(NetExplorerClient.class).trash()}).</li>
 * </ul>
 *
 * <p>Thread-safe. {@link #close()} closes the client behind (logs out when it logged in).
 */
public final class NetExplorerDocumentStore extends ClientBackedStore<NetExplorerClient> {

  /** The back end name. */
  public static final String BACKEND = "netexplorer";

  private static final Set<Capability> CAPABILITIES = Set.copyOf(EnumSet.allOf(Capability.class));

  private final long chunkThreshold;

  /**
   * A store over a client, chunking uploads above {@link TransferOptions#DEFAULT_CHUNK_SIZE}; closing the store
   * closes the client.
   *
   * @param client the client
   */
  public NetExplorerDocumentStore(NetExplorerClient client) {
    this(client, TransferOptions.DEFAULT_CHUNK_SIZE);
  }

  /**
   * A store over a client; closing the store closes the client.
   *
   * @param client the client
   * @param chunkThreshold sources longer than this go in chunks of this size (at least 1)
   */
  public NetExplorerDocumentStore(NetExplorerClient client, long chunkThreshold) {
    super(BACKEND, client);
    if (chunkThreshold < 1) {
      throw new InvalidArgumentException("chunkThreshold must be at least 1, was " + chunkThreshold,
          ErrorDetails.of(BACKEND, "store"));
    }
    this.chunkThreshold = chunkThreshold;
  }

  /**
   * Above how many bytes an upload goes in chunks (and the chunk size).
   *
   * @return the threshold in bytes
   */
  public long chunkThreshold() {
    return chunkThreshold;
  }


  @Override
  public Set<Capability> capabilities() {
    return CAPABILITIES;
  }

  @Override
  public PagedIterable<Container> roots() {
    return PagedIterable.offsetBased(1, req -> {
      List<Container> out = new ArrayList<>();
      for (Folder f : client().folders().roots(FolderQuery.defaults())) {
        out.add(toContainer(f));
      }
      return Page.last(out);
    });
  }

  /**
   * The sub-folders of a folder (one request, on iteration).
   *
   * @param containerId the folder id
   * @return the folders; never null
   * @throws InvalidArgumentException when the id is null or blank (nothing is sent)
   * @throws NotFoundException when the id is not a positive number (nothing is sent) or, on iteration, the folder
   *     does not exist
   */
  @Override
  public PagedIterable<Container> containers(String containerId) {
    long id = id(containerId, "containerId", "store.containers");
    return PagedIterable.offsetBased(1, req -> {
      Folder f = client().folders().get(id, FolderQuery.builder().depth(1).filter(FolderQuery.Filter.FOLDERS).build());
      List<Container> out = new ArrayList<>();
      f.content().ifPresent(c -> c.folders().forEach(x -> out.add(toContainer(x))));
      return Page.last(out);
    });
  }

  /**
   * The files of a folder (one request, on iteration: the API does not page a folder's content).
   *
   * @param containerId the folder id
   * @return the files; never null
   * @throws InvalidArgumentException when the id is null or blank (nothing is sent)
   * @throws NotFoundException when the id is not a positive number (nothing is sent) or, on iteration, the folder
   *     does not exist
   */
  @Override
  public PagedIterable<DocumentInfo> list(String containerId) {
    long id = id(containerId, "containerId", "store.list");
    return PagedIterable.offsetBased(1, req -> {
      Folder f = client().folders().get(id, FolderQuery.builder().depth(1).filter(FolderQuery.Filter.FILES).build());
      List<DocumentInfo> out = new ArrayList<>();
      f.content().ifPresent(c -> c.files().forEach(x -> out.add(toInfo(x))));
      return Page.last(out);
    });
  }

  /**
   * The files whose name matches the text, below every root folder (one request per root, on iteration).
   *
   * @param text what to look for
   * @return the files, each once; never null
   * @throws InvalidArgumentException when the text is null or blank (nothing is sent)
   */
  @Override
  public PagedIterable<DocumentInfo> search(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidArgumentException("text must not be null or blank", ErrorDetails.of(BACKEND, "store.search"));
    }
    String term = text.trim();
    return PagedIterable.cursorBased(1, req -> {
      List<String> pending = new ArrayList<>();
      Set<String> seen = new LinkedHashSet<>();
      if (req.cursor().isEmpty()) {
        client().folders().roots(FolderQuery.defaults()).forEach(f -> pending.add(Long.toString(f.id())));
      } else {
        String[] state = req.cursor().get().split("\\|", -1);
        pending.addAll(List.of(state[0].split(",")));
        if (!state[1].isEmpty()) {
          seen.addAll(List.of(state[1].split(",")));
        }
      }
      List<DocumentInfo> found = new ArrayList<>();
      while (found.isEmpty() && !pending.isEmpty()) {
        long root = Long.parseLong(pending.remove(0));
        for (FileInfo f : client().folders().search(root, FolderQuery.builder().search(term).build()).files()) {
          if (seen.add(Long.toString(f.id()))) {
            found.add(toInfo(f));
          }
        }
      }
      return pending.isEmpty() ? Page.last(found)
          : Page.withCursor(found, String.join(",", pending) + "|" + String.join(",", seen));
    });
  }

  /**
   * A file's metadata ({@code GET /file/{id}}).
   *
   * @param documentId the file id
   * @return the metadata; never null
   * @throws InvalidArgumentException when the id is null or blank (nothing is sent)
   * @throws NotFoundException when the file does not exist, or the id is not a positive number (nothing is sent)
   */
  @Override
  public DocumentInfo metadata(String documentId) {
    return toInfo(client().files().get(id(documentId, "documentId", "store.metadata")));
  }

  /**
   * Downloads a file, verified against its MD5 when the server gives one ({@code NOT_VERIFIABLE} otherwise).
   *
   * @param documentId the file id
   * @param target where the bytes go (a file appears only when complete and verified)
   * @param listener progress
   * @return the result; never null
   * @throws InvalidArgumentException when an argument is null or the id blank (nothing is sent)
   * @throws NotFoundException when the file does not exist
   * @throws org.gedkit.core.error.ChecksumMismatchException when the bytes do not match the MD5
   */
  @Override
  public DownloadResult download(String documentId, DownloadTarget target, TransferListener listener) {
    long id = id(documentId, "documentId", "store.download");
    if (target == null) {
      throw new InvalidArgumentException("target must not be null", ErrorDetails.of(BACKEND, "store.download"));
    }
    FileInfo f = client().files().get(id);
    return client().downloads().download(f, target,
        TransferOptions.builder().listener(listener == null ? TransferListener.none() : listener).verify(true).build());
  }

  /**
   * Uploads a file into a folder, in chunks above {@link #chunkThreshold()}.
   *
   * @param containerId the folder id
   * @param source the content and its name
   * @param listener progress
   * @return the file; never null
   * @throws InvalidArgumentException when an argument is null, or a large source is a stream (nothing is sent)
   */
  @Override
  public DocumentInfo upload(String containerId, UploadSource source, TransferListener listener) {
    long folder = id(containerId, "containerId", "store.upload");
    if (source == null) {
      throw new InvalidArgumentException("source must not be null", ErrorDetails.of(BACKEND, "store.upload"));
    }
    TransferOptions.Builder o = TransferOptions.builder().listener(listener == null ? TransferListener.none() : listener);
    if (source.length() > chunkThreshold) {
      return toInfo(client().uploads().uploadChunked(folder, source, o.chunkSize(chunkThreshold).build()));
    }
    return toInfo(client().uploads().upload(folder, source, o.build()));
  }

  /**
   * Moves a file (all its versions) to the trash.
   *
   * @param documentId the file id
   * @throws InvalidArgumentException when the id is null or blank (nothing is sent)
   * @throws NotFoundException when the file does not exist, or the id is not a positive number (nothing is sent)
   */
  @Override
  public void delete(String documentId) {
    client().files().delete(id(documentId, "documentId", "store.delete"));
  }




  // ---------------------------------------------------------------- mapping

  private static long id(String value, String name, String op) {
    ErrorDetails d = ErrorDetails.of(BACKEND, op);
    if (value == null || value.isBlank()) {
      throw new InvalidArgumentException(name + " must not be null or blank", d);
    }
    String v = value.trim();
    if (!v.matches("[0-9]{1,18}") || Long.parseLong(v) <= 0) {
      throw new NotFoundException("no NetExplorer object \"" + value + "\" (ids are positive numbers)", d);
    }
    return Long.parseLong(v);
  }

  static Container toContainer(Folder f) {
    Map<String, Object> extras = new LinkedHashMap<>(f.extra());
    f.owner().ifPresent(v -> extras.put("owner", v));
    f.ownerId().ifPresent(v -> extras.put("ownerId", v));
    f.creation().ifPresent(v -> extras.put("creation", v.toString()));
    f.modification().ifPresent(v -> extras.put("modification", v.toString()));
    f.path().ifPresent(v -> extras.put("path", v));
    extras.put("canWrite", f.canWrite());
    extras.put("canDelete", f.canDelete());
    String parent = f.parentId().filter(p -> p > 0).map(String::valueOf).orElse(null);
    return new Container(Long.toString(f.id()), f.name().isBlank() ? null : f.name(), parent, extras);
  }

  static DocumentInfo toInfo(FileInfo f) {
    Map<String, Object> extras = new LinkedHashMap<>(f.extra());
    f.guid().ifPresent(v -> extras.put("guid", v));
    f.owner().ifPresent(v -> extras.put("owner", v));
    f.ownerId().ifPresent(v -> extras.put("ownerId", v));
    f.hash().ifPresent(v -> extras.put("hash", v));
    f.nbVersions().ifPresent(v -> extras.put("nbVersions", v));
    f.fileType().ifPresent(v -> extras.put("fileType", v));
    f.path().ifPresent(v -> extras.put("path", v));
    extras.put("canDownload", f.canDownload());
    extras.put("canDelete", f.canDelete());
    Checksum sum = f.hash().map(String::trim).filter(h -> h.matches("[0-9a-fA-F]{32}"))
        .map(h -> Checksum.of(ChecksumAlgorithm.MD5, h)).orElse(null);
    return new DocumentInfo(Long.toString(f.id()), f.name().isBlank() ? null : f.name(),
        f.parentId().filter(p -> p > 0).map(String::valueOf).orElse(null), f.size().orElse(-1L), sum, null,
        f.creation().orElse(null), f.modification().orElse(null), extras);
  }
}
