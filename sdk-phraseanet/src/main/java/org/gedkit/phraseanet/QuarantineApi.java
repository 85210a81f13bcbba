package org.gedkit.phraseanet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.gedkit.core.error.ChecksumMismatchException;
import org.gedkit.core.error.ErrorDetails;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.error.TransportException;
import org.gedkit.core.http.ApiRequest;
import org.gedkit.core.http.HttpTransport;
import org.gedkit.core.paging.Page;
import org.gedkit.core.paging.PagedIterable;
import org.gedkit.core.transfer.Checksum;
import org.gedkit.core.transfer.ChecksumAlgorithm;
import org.gedkit.phraseanet.internal.QuarantineWire;
import org.gedkit.phraseanet.model.QuarantineItem;

/**
 * The Phraseanet quarantine: documents an upload sent aside because a check failed (same checksum or
 * UUID already in a database...). Vendor document: "Lister les documents de la quarantaine"
 * ({@code GET /api/v1/quarantine/list/}); the item route {@code GET /api/v1/quarantine/item/{id}/} is
 * what real servers serve beside it.
 *
 * <p>Thread-safe. Get it from {@link PhraseanetClient#quarantine()}.
 */
public final class QuarantineApi {

  /** Operation name of {@link #list(QuarantineListOptions)}. */
  public static final String OP_LIST = "quarantine.list";
  /** Operation name of {@link #get(long)}. */
  public static final String OP_GET = "quarantine.get";
  /** Operation name of the local file check. */
  public static final String OP_CHECK_FILE = "quarantine.checkFile";

  private final HttpTransport transport;

  QuarantineApi(HttpTransport transport) {
    this.transport = transport;
  }

  /**
   * Lists the quarantine with the default options (10 per page), lazily.
   *
   * @return the items, fetched page by page while iterating; never null
   * @see #list(QuarantineListOptions)
   */
  public PagedIterable<QuarantineItem> list() {
    return list(QuarantineListOptions.defaults());
  }

  /**
   * Lists the quarantine, lazily: nothing is sent before iteration, then one
   * {@code GET /api/v1/quarantine/list/?offset_start=&per_page=} per page. The server gives no total,
   * so the listing ends on the first page shorter than {@code per_page} (vendor document "Lister les
   * documents de la quarantaine", parameters {@code offset_start} and {@code per_page}).
   *
   * @param options where to start and the page size
   * @return the items; never null
   * @throws InvalidArgumentException when {@code options} is null (checked before sending)
   * @throws org.gedkit.core.error.GedkitException while iterating, when a page cannot be fetched
   */
  public PagedIterable<QuarantineItem> list(QuarantineListOptions options) {
    if (options == null) {
      throw new InvalidArgumentException("options must not be null", transport.details(OP_LIST));
    }
    int perPage = options.perPage();
    PagedIterable<QuarantineItem> all = PagedIterable.offsetBased(transport.details(OP_LIST), perPage, req -> {
      ApiRequest request = ApiRequest.get(OP_LIST)
          .path("api/v1/quarantine/list/")
          .query("offset_start", req.offset())
          .query("per_page", req.limit())
          .build();
      QuarantineWire.ListPage page = transport.execute(request, QuarantineWire::list);
      boolean shortPage = page.items().size() < req.limit()
          || (page.perPage() > 0 && page.items().size() < page.perPage());
      return shortPage ? Page.last(page.items()) : Page.of(page.items());
    });
    return options.offsetStart() == 0 ? all : all.skipTo(options.offsetStart());
  }

  /**
   * Reads one quarantine item: {@code GET /api/v1/quarantine/item/{id}/}.
   *
   * @param id the item id; positive
   * @return the item; never null
   * @throws InvalidArgumentException when the id is not positive (checked before sending)
   * @throws org.gedkit.core.error.NotFoundException when there is no such item
   * @throws org.gedkit.core.error.GedkitException on any other failure
   */
  public QuarantineItem get(long id) {
    if (id <= 0) {
      throw new InvalidArgumentException("id must be positive, was " + id, transport.details(OP_GET));
    }
    ApiRequest request = ApiRequest.get(OP_GET)
        .path("api/v1/quarantine/item")
        .pathParam(id)
        .trailingSlash()
        .build();
    return transport.execute(request, QuarantineWire::one);
  }

  /**
   * Whether a local file has the SHA-256 of a quarantine item (e.g. before submitting it again). The
   * file is read as a stream, never whole in memory.
   *
   * @param item the item
   * @param file a regular file
   * @return true when the digests are equal
   * @throws InvalidArgumentException when an argument is null, the file is not a regular file, or the
   *     item has no well-formed SHA-256
   * @throws TransportException when the file cannot be read
   */
  public static boolean matchesLocalFile(QuarantineItem item, Path file) {
    Checksum expected = expected(item, file);
    return expected.equals(Checksum.compute(ChecksumAlgorithm.SHA256, file));
  }

  /**
   * Checks that a local file has the SHA-256 of a quarantine item, streaming the file.
   *
   * @param item the item
   * @param file a regular file
   * @return the file's checksum (equal to the item's); never null
   * @throws ChecksumMismatchException when the file's digest differs
   * @throws InvalidArgumentException when an argument is null, the file is not a regular file, or the
   *     item has no well-formed SHA-256
   * @throws TransportException when the file cannot be read
   */
  public static Checksum verifyLocalFile(QuarantineItem item, Path file) {
    Checksum expected = expected(item, file);
    Checksum actual = Checksum.compute(ChecksumAlgorithm.SHA256, file);
    if (!expected.equals(actual)) {
      throw new ChecksumMismatchException(ErrorDetails.of(PhraseanetClient.BACKEND, OP_CHECK_FILE),
          ChecksumAlgorithm.SHA256.jcaName(), expected.hex(), actual.hex());
    }
    return actual;
  }

  private static Checksum expected(QuarantineItem item, Path file) {
    ErrorDetails ctx = ErrorDetails.of(PhraseanetClient.BACKEND, OP_CHECK_FILE);
    if (item == null) {
      throw new InvalidArgumentException("item must not be null", ctx);
    }
    if (file == null) {
      throw new InvalidArgumentException("file must not be null", ctx);
    }
    if (!Files.isRegularFile(Objects.requireNonNull(file))) {
      throw new InvalidArgumentException("file is not a regular file: " + file, ctx);
    }
    return item.checksum().orElseThrow(() -> new InvalidArgumentException(
        "quarantine item " + item.id() + " has no well-formed SHA-256 (was \"" + item.sha256() + "\")", ctx));
  }

  @Override
  public String toString() {
    return "QuarantineApi[" + transport + "]";
  }
}
