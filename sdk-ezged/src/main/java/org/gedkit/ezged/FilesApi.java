package org.gedkit.ezged;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gedkit.core.error.ChecksumMismatchException;
import org.gedkit.core.error.GedkitException;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.http.ApiRequest;
import org.gedkit.core.paging.Page;
import org.gedkit.core.paging.PagedIterable;
import org.gedkit.core.transfer.Checksum;
import org.gedkit.core.transfer.ChecksumAlgorithm;
import org.gedkit.core.transfer.DownloadOptions;
import org.gedkit.core.transfer.DownloadResult;
import org.gedkit.core.transfer.DownloadTarget;
import org.gedkit.core.transfer.Downloads;
import org.gedkit.core.transfer.TransferListener;
import org.gedkit.ezged.internal.Envelope;
import org.gedkit.ezged.internal.EzGedContext;
import org.gedkit.ezged.internal.RowsReply;
import org.gedkit.ezged.internal.Wire;
import org.gedkit.ezged.model.FileRevision;
import org.gedkit.ezged.model.Row;

/**
 * Files of records (document sections "Lister les fichiers" and "Visualiser un fichier"). Thread-safe.
 */
public final class FilesApi {

  private static final int DEFAULT_PAGE_SIZE = 20;

  private final EzGedContext ctx;

  FilesApi(EzGedContext ctx) {
    this.ctx = ctx;
  }

  /**
   * The last revision of every file (all pages) of a record ({@code docpak/loadalllastrevision} with
   * {@code fsfileinfo=1} and {@code docpakpage=*}), 20 per request.
   *
   * @param table the table ({@code docpaktbl}), e.g. {@code courriers}
   * @param rsid the record id ({@code docpakrsid}), e.g. the {@code COURRIERS_ID}
   * @return the revisions, fetched lazily; never null
   * @throws InvalidArgumentException when the table is blank or the id not positive
   */
  public PagedIterable<FileRevision> lastRevisions(String table, long rsid) {
    return lastRevisions(table, rsid, DEFAULT_PAGE_SIZE);
  }

  /**
   * Same as {@link #lastRevisions(String, long)} with another page size ({@code limitgridlines}).
   *
   * @param table the table
   * @param rsid the record id
   * @param pageSize revisions per request, at least 1
   * @return the revisions, fetched lazily; never null
   * @throws InvalidArgumentException when an argument is invalid
   */
  public PagedIterable<FileRevision> lastRevisions(String table, long rsid, int pageSize) {
    ctx.requireText(Wire.LAST_REVISIONS, "table", table);
    ctx.requirePositive(Wire.LAST_REVISIONS, "rsid", rsid);
    // the core checks the page size (InvalidArgumentException naming this operation)
    return PagedIterable.offsetBased(ctx.details(Wire.LAST_REVISIONS), pageSize, page -> {
      ApiRequest req = Wire.serviceGet(Wire.LAST_REVISIONS).query("fsfileinfo", 1).query("docpakrsid", rsid)
          .query("docpaktbl", table).query("docpakpage", "*").query("limitstart", page.offset())
          .query("limitgridlines", page.limit()).build();
      return ctx.transport().execute(req, r -> {
        List<FileRevision> out = new ArrayList<>();
        for (Row row : RowsReply.read(r).rows()) {
          out.add(FileRevision.of(row));
        }
        return Page.of(out);
      });
    });
  }

  /**
   * Downloads a file to a path, verified against its SHA-1 ripe ({@code showdocs.php}). The file appears only when
   * complete and verified (a temporary sibling is moved into place); a dropped connection resumes with HTTP Range.
   *
   * @param file the revision (from {@link #lastRevisions})
   * @param target the file to write (replaced if it exists)
   * @return the result; never null
   * @throws ChecksumMismatchException when the bytes do not match the ripe
   * @throws GedkitException on any other failure; nothing is left at the target
   */
  public DownloadResult download(FileRevision file, Path target) {
    ctx.requireNonNull(Wire.SHOWDOCS, "file", file);
    ctx.requireNonNull(Wire.SHOWDOCS, "target", target);
    return download(file.fileId(), file.ripe(), DownloadTarget.toPath(target), TransferListener.none());
  }

  /**
   * Downloads a file to a path with progress, verified against its SHA-1 ripe ({@code showdocs.php}).
   *
   * @param file the revision
   * @param target the file to write (replaced if it exists)
   * @param listener progress listener (the total is unknown until the server says it)
   * @return the result; never null
   * @throws ChecksumMismatchException when the bytes do not match the ripe
   * @throws GedkitException on any other failure; nothing is left at the target
   */
  public DownloadResult download(FileRevision file, Path target, TransferListener listener) {
    ctx.requireNonNull(Wire.SHOWDOCS, "file", file);
    ctx.requireNonNull(Wire.SHOWDOCS, "target", target);
    return download(file.fileId(), file.ripe(), DownloadTarget.toPath(target), listener);
  }

  /**
   * Downloads a file to a stream (not closed), verified against its SHA-1 ripe once the last byte is written.
   *
   * @param file the revision
   * @param out the stream
   * @return the result; never null
   * @throws ChecksumMismatchException when the bytes do not match the ripe
   * @throws GedkitException on any other failure
   */
  public DownloadResult download(FileRevision file, OutputStream out) {
    ctx.requireNonNull(Wire.SHOWDOCS, "file", file);
    ctx.requireNonNull(Wire.SHOWDOCS, "out", out);
    return download(file.fileId(), file.ripe(), DownloadTarget.toStream(out), TransferListener.none());
  }

  /**
   * Downloads a file by id and ripe ({@code showdocs.php?fsfileid=…&fsfileripe=…}) with progress.
   *
   * @param fileId {@code fsfileid}
   * @param ripe {@code fsfileripe}: the SHA-1 of the file; when it is not a SHA-1 hex the result says
   *     {@code NOT_VERIFIABLE}
   * @param target a path or a stream
   * @param listener progress listener
   * @return the result; never null
   * @throws InvalidArgumentException when an argument is invalid
   * @throws ChecksumMismatchException when the bytes do not match the ripe
   * @throws GedkitException on any other failure
   */
  public DownloadResult download(long fileId, String ripe, DownloadTarget target, TransferListener listener) {
    ctx.requirePositive(Wire.SHOWDOCS, "fileId", fileId);
    ctx.requireText(Wire.SHOWDOCS, "ripe", ripe);
    ctx.requireNonNull(Wire.SHOWDOCS, "target", target);
    ctx.requireNonNull(Wire.SHOWDOCS, "listener", listener);
    ApiRequest req = ApiRequest.get(Wire.SHOWDOCS).path(Wire.SHOWDOCS_PATH).query("fsfileid", fileId)
        .query("fsfileripe", ripe).build();
    DownloadOptions.Builder o = DownloadOptions.builder().listener(listener);
    if (ripe.trim().matches("[0-9a-fA-F]{40}")) {
      o.expectedChecksum(Checksum.of(ChecksumAlgorithm.SHA1, ripe));
    } else {
      o.computeChecksum(ChecksumAlgorithm.SHA1);
    }
    return Downloads.download(ctx.transport(), req, target, o.build());
  }
}
