package org.gedkit.ezged.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.gedkit.core.error.ErrorDetails;
import org.gedkit.core.error.GedkitException;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.error.NotFoundException;
import org.gedkit.core.error.ProtocolException;
import org.gedkit.core.error.ServerException;
import org.gedkit.core.error.UnsupportedCapabilityException;
import org.gedkit.core.paging.Page;
import org.gedkit.core.paging.PagedIterable;
import org.gedkit.core.store.Capability;
import org.gedkit.core.store.Container;
import org.gedkit.core.store.DocumentInfo;
import org.gedkit.core.store.ClientBackedStore;
import org.gedkit.core.store.Unsupported;
import org.gedkit.core.transfer.Checksum;
import org.gedkit.core.transfer.ChecksumAlgorithm;
import org.gedkit.core.transfer.DownloadResult;
import org.gedkit.core.transfer.DownloadTarget;
import org.gedkit.core.transfer.TransferListener;
import org.gedkit.core.transfer.UploadSource;
import org.gedkit.ezged.ExecOptions;
import org.gedkit.ezged.EzGedClient;
import org.gedkit.ezged.UploadOptions;
import org.gedkit.ezged.model.FileRevision;
import org.gedkit.ezged.model.Job;
import org.gedkit.ezged.model.Row;
import org.gedkit.ezged.model.SearchHit;
import org.gedkit.ezged.model.ViewNode;

/**
 * The portable view of an EzGED server. EzGED keeps files in <em>records</em> (rows of a table) that users reach
 * through <em>views</em> (queries) grouped in <em>families</em> (binders); the store maps them so:
 *
 * <ul>
 *   <li><b>containers</b>: {@code family:<QRYSET_ID>} (the roots, from {@code query/gettreearchive}), under it
 *       {@code view:<QRY_ID>}, under a view its rows as {@code record:<table>:<rsid>} (from {@code query/getexec},
 *       paged). A record has no sub-container. The table of a view's row is taken from its primary key column,
 *       the first column named {@code <TABLE>_ID}; rows without one are skipped.</li>
 *   <li><b>documents</b> live in records only: a record's files (the last revision of each,
 *       {@code docpak/loadalllastrevision}), with id {@code <table>:<rsid>:<fsfileid>} and the SHA-1 "ripe" as
 *       checksum. Listing a family or a view gives no document.</li>
 *   <li><b>search</b>: {@code query/globalsearch_v3} with the whole text as one word; each record hit gives its
 *       files (lazily, record by record; at most the server's 100 lines of hits).</li>
 *   <li><b>download</b>: {@code showdocs.php}, verified against the ripe (SHA-1), resumed with Range.</li>
 *   <li><b>upload</b> into a record: {@code pupload.php}, then {@code docpak/addpages} (appended, no OCR), then
 *       {@code jobqueue/load} until the job is finished (within {@link #jobTimeout()}); the new file is the one
 *       that was not in the record before. A failed job is a {@link ServerException}.</li>
 *   <li><b>delete is not offered</b>: the only deletion EzGED's API has, {@code doctbl/deleterowfiles}, removes a
 *       whole record with its index data and <em>all</em> its files, not one document. Use
 *       {@code unwrap(EzGedClient.class).records().deleteWithFiles(...)} for that, knowingly.</li>
 * </ul>
 *
 * <p>Thread-safe. {@link #close()} closes the client behind (logs out).
 */
public final class EzGedDocumentStore extends ClientBackedStore<EzGedClient> {

  /** The back end name. */
  public static final String BACKEND = "ezged";
  /** How long an upload waits for its {@code addpages} job by default. */
  public static final Duration DEFAULT_JOB_TIMEOUT = Duration.ofMinutes(5);

  private static final Set<Capability> CAPABILITIES = Set.copyOf(EnumSet.of(Capability.BROWSE, Capability.LIST,
      Capability.SEARCH, Capability.METADATA, Capability.DOWNLOAD, Capability.UPLOAD));
  private static final int PAGE_SIZE = 100;

  private final Duration jobTimeout;

  /**
   * A store over a client, waiting {@link #DEFAULT_JOB_TIMEOUT} for upload jobs; closing the store closes the
   * client().
   *
   * @param client the client
   */
  public EzGedDocumentStore(EzGedClient client) {
    this(client, DEFAULT_JOB_TIMEOUT);
  }

  /**
   * A store over a client; closing the store closes the client.
   *
   * @param client the client
   * @param jobTimeout how long an upload waits for its {@code addpages} job (zero or more)
   */
  public EzGedDocumentStore(EzGedClient client, Duration jobTimeout) {
    super(BACKEND, client);
    this.jobTimeout = Objects.requireNonNull(jobTimeout, "jobTimeout");
    if (jobTimeout.isNegative()) {
      throw new InvalidArgumentException("jobTimeout must not be negative, was " + jobTimeout,
          ErrorDetails.of(BACKEND, "store"));
    }
  }

  /**
   * How long an upload waits for its {@code addpages} job.
   *
   * @return the timeout; never null
   */
  public Duration jobTimeout() {
    return jobTimeout;
  }


  @Override
  public Set<Capability> capabilities() {
    return CAPABILITIES;
  }

  /**
   * The families (binders) of the view tree, as {@code family:<QRYSET_ID>}. One request on iteration.
   *
   * @return the families; never null
   */
  @Override
  public PagedIterable<Container> roots() {
    return lazyList(() -> {
      List<Container> out = new ArrayList<>();
      for (ViewNode f : client().queries().tree().families()) {
        if (f.id().isPresent()) {
          out.add(new Container("family:" + f.id().getAsLong(), f.label(), null, f.columns()));
        }
      }
      return out;
    });
  }

  /**
   * The views of a family, or the records of a view (paged, 100 a request), or nothing under a record.
   *
   * @param containerId {@code family:…}, {@code view:…} or {@code record:…}
   * @return the containers, lazily; never null
   * @throws InvalidArgumentException when the id is null or blank (nothing is sent)
   * @throws NotFoundException when the id has no known form, or (on iteration) the family does not exist
   */
  @Override
  public PagedIterable<Container> containers(String containerId) {
    Ref ref = container(containerId, "store.containers");
    return switch (ref.kind()) {
      case "family" -> lazyList(() -> {
        long familyId = ref.number(1);
        for (ViewNode f : client().queries().tree().families()) {
          if (f.id().isPresent() && f.id().getAsLong() == familyId) {
            List<Container> out = new ArrayList<>();
            for (ViewNode q : f.children()) {
              if (q.isQuery() && q.id().isPresent()) {
                out.add(new Container("view:" + q.id().getAsLong(), q.label(), ref.id(), q.columns()));
              }
            }
            return out;
          }
        }
        throw new NotFoundException("no family " + familyId + " in the view tree",
            ErrorDetails.of(BACKEND, "store.containers"));
      });
      case "view" -> {
        long queryId = ref.number(1);
        PagedIterable<Row> rows = client().queries().exec(queryId, ExecOptions.builder().pageSize(PAGE_SIZE).build());
        yield mapPages(rows, row -> recordOf(row, ref.id()).orElse(null));
      }
      default -> PagedIterable.of(List.of());
    };
  }

  /**
   * The files of a record (last revision of each, 100 a request); nothing for a family or a view.
   *
   * @param containerId {@code record:<table>:<rsid>} (or a family/view id)
   * @return the documents, lazily; never null
   * @throws InvalidArgumentException when the id is null or blank (nothing is sent)
   * @throws NotFoundException when the id has no known form
   */
  @Override
  public PagedIterable<DocumentInfo> list(String containerId) {
    Ref ref = container(containerId, "store.list");
    if (!ref.kind().equals("record")) {
      return PagedIterable.of(List.of());
    }
    return mapPages(client().files().lastRevisions(ref.part(1), ref.number(2), PAGE_SIZE), EzGedDocumentStore::toInfo);
  }

  /**
   * The files of the records {@code query/globalsearch_v3} finds for the text (taken as one word).
   *
   * @param text what to look for
   * @return the documents, lazily (the search is sent on iteration, then one record at a time); never null
   * @throws InvalidArgumentException when the text is null or blank (nothing is sent)
   */
  @Override
  public PagedIterable<DocumentInfo> search(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidArgumentException("text must not be null or blank", ErrorDetails.of(BACKEND, "store.search"));
    }
    String word = text.trim();
    return PagedIterable.cursorBased(PAGE_SIZE, req -> {
      List<String> pending;
      if (req.cursor().isEmpty()) {
        Set<String> records = new LinkedHashSet<>();
        for (SearchHit h : client().queries().globalSearch(List.of(word)).hits()) {
          String table = h.ffqn().contains(".") ? h.ffqn().substring(0, h.ffqn().indexOf('.')) : "";
          if (!table.isBlank() && h.rsid() > 0) {
            records.add(table + ":" + h.rsid());
          }
        }
        pending = new ArrayList<>(records);
      } else {
        pending = new ArrayList<>(List.of(req.cursor().get().split(",")));
      }
      List<DocumentInfo> found = new ArrayList<>();
      while (found.isEmpty() && !pending.isEmpty()) {
        String rec = pending.remove(0);
        int colon = rec.lastIndexOf(':');
        for (FileRevision f : client().files().lastRevisions(rec.substring(0, colon),
            Long.parseLong(rec.substring(colon + 1)), PAGE_SIZE)) {
          found.add(toInfo(f));
        }
      }
      return pending.isEmpty() ? Page.last(found) : Page.withCursor(found, String.join(",", pending));
    });
  }

  /**
   * A file's metadata, from its record's last revisions.
   *
   * @param documentId {@code <table>:<rsid>:<fsfileid>}
   * @return the metadata; never null
   * @throws InvalidArgumentException when the id is null or blank (nothing is sent)
   * @throws NotFoundException when the file is not (or no more) in the record, or the id has no known form
   */
  @Override
  public DocumentInfo metadata(String documentId) {
    return toInfo(revision(documentId, "store.metadata"));
  }

  /**
   * Downloads a file ({@code showdocs.php}), verified against its SHA-1 ripe; reads the metadata first.
   *
   * @param documentId {@code <table>:<rsid>:<fsfileid>}
   * @param target where the bytes go (a file appears only when complete and verified)
   * @param listener progress
   * @return the result; never null
   * @throws InvalidArgumentException when an argument is null or the id blank (nothing is sent)
   * @throws NotFoundException when the file does not exist
   * @throws org.gedkit.core.error.ChecksumMismatchException when the bytes do not match the ripe
   */
  @Override
  public DownloadResult download(String documentId, DownloadTarget target, TransferListener listener) {
    ErrorDetails d = ErrorDetails.of(BACKEND, "store.download");
    if (target == null) {
      throw new InvalidArgumentException("target must not be null", d);
    }
    FileRevision f = revision(documentId, "store.download");
    return client().files().download(f.fileId(), f.ripe(), target, listener == null ? TransferListener.none() : listener);
  }

  /**
   * Adds a file to a record: upload, {@code docpak/addpages}, wait for the job, then read the new revision.
   *
   * @param containerId {@code record:<table>:<rsid>}
   * @param source the content and its name
   * @param listener progress of the upload
   * @return the new file's metadata; never null
   * @throws InvalidArgumentException when an argument is null, or the container is not a record (nothing is sent)
   * @throws ServerException when the job fails
   * @throws org.gedkit.core.error.TransportException when the job is not finished within {@link #jobTimeout()}
   */
  @Override
  public DocumentInfo upload(String containerId, UploadSource source, TransferListener listener) {
    ErrorDetails d = ErrorDetails.of(BACKEND, "store.upload");
    Ref ref = container(containerId, "store.upload");
    if (!ref.kind().equals("record")) {
      throw new InvalidArgumentException("files are added to records (record:<table>:<rsid>), not to "
          + containerId, d);
    }
    if (source == null) {
      throw new InvalidArgumentException("source must not be null", d);
    }
    String table = ref.part(1);
    long rsid = ref.number(2);
    Set<Long> before = new HashSet<>();
    client().files().lastRevisions(table, rsid, PAGE_SIZE).forEach(f -> before.add(f.fileId()));
    String serverFile = client().uploads().upload(source, UploadOptions.defaults()
        .withListener(listener == null ? TransferListener.none() : listener)).filePath();
    long jobId = client().jobs().addPages(table, rsid, serverFile);
    Job job = client().jobs().waitFor(jobId, jobTimeout);
    if (job.failed()) {
      throw new ServerException("EzGED job " + jobId + " adding " + source.fileName() + " to " + containerId
          + " failed (" + job.statusCode() + ")", d);
    }
    FileRevision added = null;
    for (FileRevision f : client().files().lastRevisions(table, rsid, PAGE_SIZE)) {
      if (!before.contains(f.fileId()) && (added == null || f.name().equals(source.fileName()))) {
        added = f;
      }
    }
    if (added == null) {
      throw new ProtocolException("job " + jobId + " finished but record " + containerId + " shows no new file", d);
    }
    return toInfo(added);
  }

  @Override
  public void delete(String documentId) {
    throw Unsupported.capability(BACKEND, Capability.DELETE, "EzGED's only deletion (doctbl/deleterowfiles) removes"
        + " a whole record with all its files; use unwrap(EzGedClient.class).records().deleteWithFiles(...)");
  }




  // ---------------------------------------------------------------- mapping

  /** A parsed container or document id. */
  private record Ref(String id, List<String> parts, String operation) {
    String kind() {
      return parts.get(0);
    }

    String part(int i) {
      return parts.get(i);
    }

    long number(int i) {
      return Long.parseLong(parts.get(i));
    }
  }

  private static Ref container(String id, String op) {
    ErrorDetails d = ErrorDetails.of(BACKEND, op);
    if (id == null || id.isBlank()) {
      throw new InvalidArgumentException("containerId must not be null or blank", d);
    }
    String[] p = id.split(":", -1);
    boolean ok = switch (p[0]) {
      case "family", "view" -> p.length == 2 && positive(p[1]);
      case "record" -> p.length == 3 && !p[1].isBlank() && positive(p[2]);
      default -> false;
    };
    if (!ok) {
      throw new NotFoundException("no EzGED container \"" + id + "\" (family:<id>, view:<id> or record:<table>:<rsid>)",
          d);
    }
    return new Ref(id, List.of(p), op);
  }

  private FileRevision revision(String documentId, String op) {
    ErrorDetails d = ErrorDetails.of(BACKEND, op);
    if (documentId == null || documentId.isBlank()) {
      throw new InvalidArgumentException("documentId must not be null or blank", d);
    }
    String[] p = documentId.split(":", -1);
    if (p.length != 3 || p[0].isBlank() || !positive(p[1]) || !positive(p[2])) {
      throw new NotFoundException("no EzGED file \"" + documentId + "\" (ids look like <table>:<rsid>:<fsfileid>)", d);
    }
    long fileId = Long.parseLong(p[2]);
    for (FileRevision f : client().files().lastRevisions(p[0], Long.parseLong(p[1]), PAGE_SIZE)) {
      if (f.fileId() == fileId) {
        return f;
      }
    }
    throw new NotFoundException("no file " + fileId + " in record " + p[0] + " " + p[1], d);
  }

  private static boolean positive(String s) {
    return s.matches("[0-9]{1,18}") && Long.parseLong(s) > 0;
  }

  /** A view's row as a record container, when it shows its primary key ({@code <TABLE>_ID}). */
  static Optional<Container> recordOf(Row row, String viewId) {
    for (String col : row.columns().keySet()) {
      if (col.endsWith("_ID") && col.length() > 3 && col.equals(col.toUpperCase(Locale.ROOT))) {
        Optional<String> v = row.string(col);
        if (v.isPresent() && positive(v.get().trim())) {
          String table = col.substring(0, col.length() - 3).toLowerCase(Locale.ROOT);
          String rsid = v.get().trim();
          return Optional.of(new Container("record:" + table + ":" + rsid, table + "-" + rsid, viewId,
              row.columns()));
        }
      }
    }
    return Optional.empty();
  }

  static DocumentInfo toInfo(FileRevision f) {
    Map<String, Object> extras = new LinkedHashMap<>(f.columns());
    extras.put("table", f.table());
    extras.put("rsid", f.rsid());
    extras.put("fsfileid", f.fileId());
    extras.put("ripe", f.ripe());
    extras.put("rank", f.rank());
    extras.put("version", f.version());
    Checksum sum = f.ripe().trim().matches("[0-9a-fA-F]{40}") ? Checksum.of(ChecksumAlgorithm.SHA1, f.ripe().trim())
        : null;
    return new DocumentInfo(f.table() + ":" + f.rsid() + ":" + f.fileId(), f.name().isBlank() ? null : f.name(),
        "record:" + f.table() + ":" + f.rsid(), f.size(), sum, f.mime().isBlank() ? null : f.mime(),
        f.archivedAt().orElse(null), f.archivedAt().orElse(null), extras);
  }

  // ---------------------------------------------------------------- paging helpers

  /**
   * Maps an offset listing page by page (one request per page, nothing before iteration); nulls are dropped. The
   * cursor is the source offset, so dropped items do not shift the pages.
   */
  static <A, B> PagedIterable<B> mapPages(PagedIterable<A> source, Function<A, B> f) {
    return PagedIterable.cursorBased(source.pageSize(), req -> {
      long offset = req.cursor().map(Long::parseLong).orElse(0L);
      Iterator<Page<A>> it = source.skipTo(offset).pages().iterator();
      if (!it.hasNext()) {
        return Page.last(List.of());
      }
      Page<A> p = it.next();
      List<B> out = new ArrayList<>();
      for (A a : p.items()) {
        B b = f.apply(a);
        if (b != null) {
          out.add(b);
        }
      }
      long next = offset + p.items().size();
      boolean end = p.isLast() || p.items().isEmpty() || (p.totalCount().isPresent()
          ? next >= p.totalCount().getAsLong() : p.items().size() < source.pageSize());
      return end ? Page.last(out) : Page.withCursor(out, Long.toString(next));
    });
  }

  private interface ListSupplier<T> {
    List<T> get() throws GedkitException;
  }

  private static <T> PagedIterable<T> lazyList(ListSupplier<T> s) {
    return PagedIterable.offsetBased(1, req -> Page.last(s.get()));
  }
}
