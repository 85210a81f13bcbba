package org.gedkit.parapheur.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.gedkit.core.error.ChecksumMismatchException;
import org.gedkit.core.error.ErrorDetails;
import org.gedkit.core.error.GedkitException;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.error.NotFoundException;
import org.gedkit.core.error.ProtocolException;
import org.gedkit.core.error.TransportException;
import org.gedkit.core.error.UnsupportedCapabilityException;
import org.gedkit.core.paging.PagedIterable;
import org.gedkit.core.store.Capability;
import org.gedkit.core.store.Container;
import org.gedkit.core.store.DocumentInfo;
import org.gedkit.core.store.ClientBackedStore;
import org.gedkit.core.store.Unsupported;
import org.gedkit.core.transfer.Checksum;
import org.gedkit.core.transfer.ChecksumAlgorithm;
import org.gedkit.core.transfer.ChecksumVerification;
import org.gedkit.core.transfer.DownloadResult;
import org.gedkit.core.transfer.DownloadTarget;
import org.gedkit.core.transfer.ProgressTracker;
import org.gedkit.core.transfer.TransferListener;
import org.gedkit.core.transfer.UploadSource;
import org.gedkit.parapheur.ExtractedArchive;
import org.gedkit.parapheur.ParapheurClient;
import org.gedkit.parapheur.ProofArchive;
import org.gedkit.parapheur.ProofOptions;
import org.gedkit.parapheur.model.HistoryEntry;
import org.gedkit.parapheur.model.SignedDocument;

/**
 * The portable view of a Maarch Parapheur server: documents by id, nothing else. The API Gedkit wraps
 * has no listing, search, upload or delete, so the store offers {@link Capability#METADATA} (from the
 * document's history) and {@link Capability#DOWNLOAD} (through the proof route, in stream mode) only;
 * every other call throws {@link UnsupportedCapabilityException} before anything is sent.
 *
 * <p><b>Metadata</b> ({@code GET /rest/documents/{id}/history?mode=json}): the name is the signed document's
 * file name (the last signer's validation), the checksum its SHA-512 fingerprint, the media type its MIME
 * type; created is the first entry's date, modified the last entry's that is not a {@code VIEW} (reading
 * adds a {@code VIEW} entry on the server, so the very last entry is usually the read itself); the whole
 * history is in {@code vendorExtras().get("history")}. The size is unknown.
 *
 * <p><b>Download</b> reads the history (for the fingerprint), then the whole proof folder
 * ({@code GET /rest/documents/{id}/proof?mode=stream}) into a private temporary directory, extracts it
 * safely ({@link ProofArchive}), checks the signed document against the fingerprint when the history gives
 * one, and only then writes to the target. With {@link Content#SIGNED_DOCUMENT} (the default) the target
 * receives the signed document, whose SHA-512 is the metadata's checksum; with {@link Content#PROOF_FOLDER}
 * it receives the folder ZIP itself. A fingerprint mismatch is a {@link ChecksumMismatchException} and
 * nothing is written. The listener follows the writing to the target.
 *
 * <p>Thread-safe. {@link #close()} closes the {@link ParapheurClient} behind; {@link #unwrap(Class)} gives
 * it back for the rest of the API.
 */
public final class ParapheurDocumentStore extends ClientBackedStore<ParapheurClient> {

  /** What {@link #download} delivers. */
  public enum Content {
    /**
     * The signed document ({@value ProofArchive#MAIN_DOCUMENT} of the proof folder), checked against the
     * fingerprint: its SHA-512 is the metadata's checksum. The default.
     */
    SIGNED_DOCUMENT,
    /**
     * The whole proof folder as a ZIP, delivered once its signed document was checked against the
     * fingerprint (the metadata's checksum is then that of the document inside, not of the ZIP).
     */
    PROOF_FOLDER
  }

  private static final Set<Capability> CAPABILITIES = Set.copyOf(EnumSet.of(Capability.METADATA,
      Capability.DOWNLOAD));
  private static final String NO_LISTING = "the Maarch Parapheur API Gedkit wraps reaches documents by id only"
      + " (history and proof); it has no listing";

  private final Content content;
  private final Clock clock = Clock.systemUTC();

  /**
   * A store over a client delivering {@link Content#SIGNED_DOCUMENT}; closing the store closes the client.
   *
   * @param client the client
   */
  public ParapheurDocumentStore(ParapheurClient client) {
    this(client, Content.SIGNED_DOCUMENT);
  }

  /**
   * A store over a client; closing the store closes the client.
   *
   * @param client the client
   * @param content what {@link #download} delivers
   */
  public ParapheurDocumentStore(ParapheurClient client, Content content) {
    super(ParapheurClient.BACKEND, client);
    this.content = InvalidArgumentException.requireNonNull(content, "content", ParapheurClient.BACKEND);
  }

  /**
   * What {@link #download} delivers.
   *
   * @return the content kind; never null
   */
  public Content content() {
    return content;
  }


  @Override
  public Set<Capability> capabilities() {
    return CAPABILITIES;
  }

  @Override
  public PagedIterable<Container> roots() {
    throw Unsupported.capability(backend(), Capability.BROWSE, NO_LISTING);
  }

  @Override
  public PagedIterable<Container> containers(String containerId) {
    throw Unsupported.capability(backend(), Capability.BROWSE, NO_LISTING);
  }

  @Override
  public PagedIterable<DocumentInfo> list(String containerId) {
    throw Unsupported.capability(backend(), Capability.LIST, NO_LISTING);
  }

  @Override
  public PagedIterable<DocumentInfo> search(String text) {
    throw Unsupported.capability(backend(), Capability.SEARCH, NO_LISTING);
  }

  /**
   * A document's metadata, from its history. The server adds a {@code VIEW} entry for the read.
   *
   * @param documentId the document id (a positive number)
   * @return the metadata; never null
   * @throws InvalidArgumentException when the id is null or blank (nothing is sent)
   * @throws NotFoundException when the document does not exist, or the id is not a positive number (nothing
   *     is sent then)
   * @throws org.gedkit.core.error.PermissionDeniedException when it is out of the user's perimeter
   */
  @Override
  public DocumentInfo metadata(String documentId) {
    long id = documentId(documentId, "store.metadata");
    return toInfo(id, client().documents().history(id));
  }

  /**
   * Downloads the signed document (or the proof folder, see {@link Content}), checked against the history's
   * fingerprint when it gives one.
   *
   * @param documentId the document id (a positive number)
   * @param target where the bytes go (a file is replaced only when complete)
   * @param listener progress of the writing to the target
   * @return the bytes written, their SHA-512 and whether the fingerprint was checked; never null
   * @throws InvalidArgumentException when an argument is null or the id blank (nothing is sent)
   * @throws NotFoundException when the document does not exist
   * @throws org.gedkit.core.error.ConflictException while the document's workflow is not finished
   * @throws ChecksumMismatchException when the signed document does not match the fingerprint (nothing is
   *     written)
   * @throws ProtocolException when the folder is not a safe ZIP holding the signed document
   */
  @Override
  public DownloadResult download(String documentId, DownloadTarget target, TransferListener listener) {
    long id = documentId(documentId, "store.download");
    ErrorDetails d = ErrorDetails.of(backend(), "store.download");
    if (target == null) {
      throw new InvalidArgumentException("target must not be null", d);
    }
    Optional<Checksum> fingerprint = signedDocument(client().documents().history(id)).flatMap(SignedDocument::checksum);
    Path work = null;
    try {
      work = Files.createTempDirectory("gedkit-parapheur-");
      Path zip = work.resolve("folder.zip");
      client().documents().proof(id, ProofOptions.defaults(), zip);
      ExtractedArchive files = ProofArchive.extract(zip, work.resolve("folder"));
      Path main = files.find(ProofArchive.MAIN_DOCUMENT).orElseThrow(() -> new ProtocolException(
          "the proof folder of document " + id + " holds no " + ProofArchive.MAIN_DOCUMENT, d));
      ChecksumVerification verification = ChecksumVerification.NOT_VERIFIABLE;
      if (fingerprint.isPresent()) {
        Checksum actual = Checksum.compute(ChecksumAlgorithm.SHA512, main);
        if (!actual.equals(fingerprint.get())) {
          throw new ChecksumMismatchException(d, ChecksumAlgorithm.SHA512.jcaName(), fingerprint.get().hex(),
              actual.hex());
        }
        verification = ChecksumVerification.VERIFIED;
      }
      Path delivered = content == Content.SIGNED_DOCUMENT ? main : zip;
      return deliver(delivered, target, listener, verification, "document " + id, d);
    } catch (IOException e) {
      throw new TransportException("cannot use a temporary directory: " + e.getMessage(), d, false, e);
    } finally {
      deleteTree(work);
    }
  }

  @Override
  public DocumentInfo upload(String containerId, UploadSource source, TransferListener listener) {
    throw Unsupported.capability(backend(), Capability.UPLOAD,
        "documents enter Maarch Parapheur through its workflow; the API Gedkit wraps has no upload");
  }

  @Override
  public void delete(String documentId) {
    throw Unsupported.capability(backend(), Capability.DELETE,
        "a signature book keeps its documents; the API Gedkit wraps has no delete");
  }

  @Override
  public String toString() {
    return "ParapheurDocumentStore[" + client() + ", " + content + "]";
  }

  // ---------------------------------------------------------------- mapping

  /** The signed document of the last signer's validation. */
  private static Optional<SignedDocument> signedDocument(List<HistoryEntry> history) {
    Optional<SignedDocument> last = Optional.empty();
    for (HistoryEntry e : history) {
      if (e.document().isPresent()) {
        last = e.document();
      }
    }
    return last;
  }

  static DocumentInfo toInfo(long id, List<HistoryEntry> history) {
    Optional<SignedDocument> signed = signedDocument(history);
    OffsetDateTime created = history.stream().map(HistoryEntry::date).flatMap(Optional::stream).findFirst()
        .orElse(null);
    OffsetDateTime modified = null;
    for (HistoryEntry e : history) {
      if (!e.isType("VIEW") && e.date().isPresent()) {
        modified = e.date().get();
      }
    }
    Map<String, Object> extras = new LinkedHashMap<>();
    extras.put("signed", signed.isPresent());
    signed.ifPresent(s -> extras.put("signedDocument", signedMap(s)));
    List<Map<String, Object>> entries = new ArrayList<>();
    for (HistoryEntry e : history) {
      entries.add(entryMap(e));
    }
    extras.put("history", List.copyOf(entries));
    String name = signed.map(SignedDocument::filename).filter(f -> !f.isBlank()).orElse(null);
    return new DocumentInfo(String.valueOf(id), name, null, -1,
        signed.flatMap(SignedDocument::checksum).orElse(null), signed.flatMap(SignedDocument::mimeType).orElse(null),
        created, modified, extras);
  }

  private static Map<String, Object> signedMap(SignedDocument s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("filename", s.filename());
    m.put("fingerprint", s.fingerprint());
    s.mimeType().ifPresent(v -> m.put("mimeType", v));
    s.certificate().ifPresent(v -> m.put("certificate", v));
    return java.util.Collections.unmodifiableMap(m);
  }

  private static Map<String, Object> entryMap(HistoryEntry e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", e.rawCode());
    m.put("type", e.type());
    e.date().ifPresent(v -> m.put("date", v.toString()));
    m.put("user", e.user().displayName());
    e.user().id().ifPresent(v -> m.put("userId", v));
    e.user().ip().ifPresent(v -> m.put("ip", v));
    m.put("message", e.message());
    m.put("data", e.data());
    e.document().ifPresent(s -> m.put("document", signedMap(s)));
    return java.util.Collections.unmodifiableMap(m);
  }

  // ---------------------------------------------------------------- transfer

  private DownloadResult deliver(Path source, DownloadTarget target, TransferListener listener,
      ChecksumVerification verification, String name, ErrorDetails d) throws IOException {
    long size = Files.size(source);
    ProgressTracker progress = new ProgressTracker(listener, name, size, clock);
    progress.started();
    MessageDigest digest = ChecksumAlgorithm.SHA512.newDigest();
    try {
      Path file = target.path().orElse(null);
      if (file != null) {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path part = Files.createTempFile(dir, "." + file.getFileName(), ".part");
        try {
          try (OutputStream out = Files.newOutputStream(part)) {
            copy(source, out, digest, progress);
          }
          Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
          Files.deleteIfExists(part);
        }
      } else {
        OutputStream out = target.stream().orElseThrow();
        copy(source, out, digest, progress);
        out.flush();
      }
      progress.completed();
      return new DownloadResult(progress.transferred(), file, Checksum.of(ChecksumAlgorithm.SHA512, digest),
          verification, 0);
    } catch (IOException e) {
      TransportException failure = new TransportException("cannot write " + target + ": " + e.getMessage(), d,
          false, e);
      progress.failed(failure);
      throw failure;
    } catch (GedkitException e) {
      progress.failed(e);
      throw e;
    }
  }

  private static void copy(Path source, OutputStream out, MessageDigest digest, ProgressTracker progress)
      throws IOException {
    byte[] buf = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(source)) {
      int n;
      while ((n = in.read(buf)) > 0) {
        digest.update(buf, 0, n);
        out.write(buf, 0, n);
        progress.add(n);
      }
    }
  }

  private static void deleteTree(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException ignored) {
          // best effort: a temporary file
        }
      });
    } catch (IOException ignored) {
      // best effort
    }
  }

  private long documentId(String documentId, String op) {
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
      throw new NotFoundException("no document \"" + documentId + "\" (Maarch Parapheur ids are positive numbers)",
          d);
    }
    return id;
  }
}
