package org.gedkit.netexplorer;

import java.nio.file.Path;
import org.gedkit.core.http.ApiRequest;
import org.gedkit.core.transfer.Checksum;
import org.gedkit.core.transfer.ChecksumAlgorithm;
import org.gedkit.core.transfer.DownloadOptions;
import org.gedkit.core.transfer.DownloadResult;
import org.gedkit.core.transfer.DownloadTarget;
import org.gedkit.core.transfer.Downloads;
import org.gedkit.core.transfer.FileNameSanitizer;
import org.gedkit.netexplorer.internal.Ctx;
import org.gedkit.netexplorer.internal.Routes;
import org.gedkit.netexplorer.internal.WireNames;
import org.gedkit.netexplorer.model.AccessToken;
import org.gedkit.netexplorer.model.FileInfo;

/**
 * Downloads (seed lines 554-558): streamed to a path (temporary sibling, atomic move) or a stream, resumed with
 * HTTP Range after a dropped connection, checked against the file's MD5 ({@code hash}) when the server gives one:
 * the result says {@code VERIFIED}, or {@code NOT_VERIFIABLE} when the hash is missing (e.g. right after an
 * upload). Thread-safe.
 */
public final class DownloadsApi {

  private final Ctx ctx;

  DownloadsApi(Ctx ctx) {
    this.ctx = ctx;
  }

  /**
   * Downloads a file ({@code GET /file/{fileId}/download}). With {@code verify} on and no MD5 given, the file's
   * metadata is read first to learn its hash.
   *
   * @param fileId the file
   * @param target where the bytes go
   * @param options listener, verification, resumes
   * @return what was downloaded; never null
   * @throws org.gedkit.core.error.ChecksumMismatchException when the bytes do not match the server's MD5
   */
  public DownloadResult download(long fileId, DownloadTarget target, TransferOptions options) {
    ctx.id(fileId, Routes.GET_FILE_FILEID_DOWNLOAD, "fileId");
    ctx.nonNull(target, Routes.GET_FILE_FILEID_DOWNLOAD, "target");
    ctx.nonNull(options, Routes.GET_FILE_FILEID_DOWNLOAD, "options");
    String md5 = options.md5().orElse(null);
    if (md5 == null && options.verify()) {
      md5 = new FilesApi(ctx).get(fileId).hash().orElse(null);
    }
    return run(ctx.req(Routes.GET_FILE_FILEID_DOWNLOAD, fileId).build(), target, options, md5);
  }

  /**
   * Downloads a file whose metadata is in hand, checked against its {@code hash} when present.
   *
   * @param file the file
   * @param target where the bytes go
   * @param options listener, verification, resumes
   * @return what was downloaded; never null
   */
  public DownloadResult download(FileInfo file, DownloadTarget target, TransferOptions options) {
    ctx.nonNull(file, Routes.GET_FILE_FILEID_DOWNLOAD, "file");
    ctx.nonNull(options, Routes.GET_FILE_FILEID_DOWNLOAD, "options");
    ctx.id(file.id(), Routes.GET_FILE_FILEID_DOWNLOAD, "file.id");
    ctx.nonNull(target, Routes.GET_FILE_FILEID_DOWNLOAD, "target");
    String md5 = options.md5().orElse(options.verify() ? file.hash().orElse(null) : null);
    return run(ctx.req(Routes.GET_FILE_FILEID_DOWNLOAD, file.id()).build(), target, options, md5);
  }

  /**
   * Downloads a file into a directory under its server name, sanitised for the local disk.
   *
   * @param fileId the file
   * @param directory the directory
   * @param options listener, verification, resumes
   * @return what was downloaded (its path is the file written); never null
   */
  public DownloadResult downloadInto(long fileId, Path directory, TransferOptions options) {
    ctx.nonNull(directory, Routes.GET_FILE_FILEID_DOWNLOAD, "directory");
    FileInfo f = new FilesApi(ctx).get(fileId);
    return download(f, DownloadTarget.toPath(directory.resolve(FileNameSanitizer.sanitize(f.name()))), options);
  }

  /**
   * Downloads with a download token, without the session ({@code GET /file/download?token=}, seed 554-556; the
   * token's query name is inferred). Get the token from {@link TokensApi#file}.
   *
   * @param token the download token
   * @param target where the bytes go
   * @param options listener, expected MD5, resumes
   * @return what was downloaded; never null
   */
  public DownloadResult downloadWithToken(AccessToken token, DownloadTarget target, TransferOptions options) {
    ctx.nonNull(token, Routes.GET_FILE_DOWNLOAD, "token");
    ctx.nonBlank(token.token(), Routes.GET_FILE_DOWNLOAD, "token");
    ctx.nonNull(target, Routes.GET_FILE_DOWNLOAD, "target");
    ctx.nonNull(options, Routes.GET_FILE_DOWNLOAD, "options");
    ApiRequest req = ctx.req(Routes.GET_FILE_DOWNLOAD).query(WireNames.TOKEN, token.token()).authenticated(false)
        .build();
    return run(req, target, options, options.md5().orElse(null));
  }

  private DownloadResult run(ApiRequest req, DownloadTarget target, TransferOptions options, String md5) {
    DownloadOptions.Builder b = DownloadOptions.builder().listener(options.listener())
        .maxResumes(options.maxResumes()).computeChecksum(ChecksumAlgorithm.MD5);
    if (md5 != null && !md5.isBlank()) {
      b.expectedChecksum(Checksum.of(ChecksumAlgorithm.MD5, md5.trim()));
    }
    return Downloads.download(ctx.transport(), req, target, b.build());
  }
}
