package org.gedkit.netexplorer;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gedkit.core.http.ApiRequest;
import org.gedkit.core.paging.PagedIterable;
import org.gedkit.core.transfer.DownloadOptions;
import org.gedkit.core.transfer.DownloadResult;
import org.gedkit.core.transfer.DownloadTarget;
import org.gedkit.core.transfer.Downloads;
import org.gedkit.netexplorer.internal.Ctx;
import org.gedkit.netexplorer.internal.Norm;
import org.gedkit.netexplorer.internal.Routes;
import org.gedkit.netexplorer.internal.WireNames;
import org.gedkit.netexplorer.model.DocumentInfo;
import org.gedkit.netexplorer.model.FileInfo;

/** File metadata, versions, timeline, deletion and previews (seed "Fichiers", lines 540-633, 797-802). Thread-safe. */
public final class FilesApi {

  /** The page size of paged listings unless told otherwise. */
  public static final int DEFAULT_PAGE_SIZE = 100;

  private final Ctx ctx;

  FilesApi(Ctx ctx) {
    this.ctx = ctx;
  }

  /**
   * A file version ({@code GET /file/{fileId}}, seed 540-551).
   *
   * @param fileId the file (version) id
   * @param fields default, full or light
   * @return the file; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when fileId is not positive or fields is null
   */
  public FileInfo get(long fileId, FieldSet fields) {
    ctx.id(fileId, Routes.GET_FILE_FILEID, "fileId");
    ctx.nonNull(fields, Routes.GET_FILE_FILEID, "fields");
    return ctx.json(withFields(ctx.req(Routes.GET_FILE_FILEID, fileId), fields).build(), FileInfo.class);
  }

  /**
   * A file version with the server's default fields.
   *
   * @param fileId the file id
   * @return the file; never null
   */
  public FileInfo get(long fileId) {
    return get(fileId, FieldSet.DEFAULT);
  }

  static ApiRequest.Builder withFields(ApiRequest.Builder b, FieldSet fields) {
    switch (fields) {
      case FULL:
        return b.query(WireNames.FULL, 1);
      case LIGHT:
        return b.query(WireNames.LIGHT, 1);
      case DEFAULT:
        return b;
      default:
        throw new IllegalStateException(fields.name());
    }
  }

  /**
   * Recent file activity, paged ({@code GET /file/activity}, seed 552-553; medium). Lazy: nothing is sent before
   * iteration; {@code totalCount()} gives {@code nb_total_objects}.
   *
   * @param pageSize the page size
   * @return the files; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when pageSize is below 1
   */
  public PagedIterable<FileInfo> activity(int pageSize) {
    return ctx.paged(Routes.GET_FILE_ACTIVITY, pageSize, ol -> ctx.req(Routes.GET_FILE_ACTIVITY).query(WireNames.OFFSET, ol[0])
        .query(WireNames.LIMIT, ol[1]).build(), FileInfo.class);
  }

  /**
   * What the indexer knows, for now the page count ({@code GET /file/{fileId}/infos}, seed 559-564).
   *
   * @param fileId the file
   * @return the info; never null
   */
  public DocumentInfo infos(long fileId) {
    ctx.id(fileId, Routes.GET_FILE_FILEID_INFOS, "fileId");
    return ctx.json(ctx.req(Routes.GET_FILE_FILEID_INFOS, fileId).build(), DocumentInfo.class);
  }

  /**
   * The versions with their events and totals ({@code GET /file/{fileId}/timeline}, seed 565-584).
   *
   * @param fileId the file
   * @return the versions, newest first; never null
   */
  public List<FileInfo> timeline(long fileId) {
    ctx.id(fileId, Routes.GET_FILE_FILEID_TIMELINE, "fileId");
    return ctx.list(ctx.req(Routes.GET_FILE_FILEID_TIMELINE, fileId).build(), FileInfo.class);
  }

  /**
   * The versions of a file, newest first, the given one included ({@code GET /file/{fileId}/versions}, seed 585-587).
   *
   * @param fileId the file
   * @return the versions; never null
   */
  public List<FileInfo> versions(long fileId) {
    ctx.id(fileId, Routes.GET_FILE_FILEID_VERSIONS, "fileId");
    return Norm.list(ctx.json(ctx.req(Routes.GET_FILE_FILEID_VERSIONS, fileId).build(),
        new TypeReference<List<FileInfo>>() { }));
  }

  /**
   * Creates an empty file entry whose content is sent later with {@link UploadsApi#replaceContent}
   * ({@code POST /file {name,parent_id}}, seed 588-602).
   *
   * @param parentId the folder
   * @param name the file name
   * @return the file entry; never null
   */
  public FileInfo create(long parentId, String name) {
    ctx.id(parentId, Routes.POST_FILE, "parentId");
    ctx.nonBlank(name, Routes.POST_FILE, "name");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name);
    body.put("parent_id", parentId);
    return ctx.json(ctx.req(Routes.POST_FILE).jsonBody(body).build(), FileInfo.class);
  }

  /**
   * Renames and/or moves a file ({@code PUT /file/{fileId} {name,parent_id}}, seed 616-622).
   *
   * @param fileId the file
   * @param newName the new name, or null to keep it
   * @param newParentId the new folder, or null to keep it
   * @return the updated file; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when both are null or the name is blank
   */
  public FileInfo update(long fileId, String newName, Long newParentId) {
    ctx.id(fileId, Routes.PUT_FILE_FILEID, "fileId");
    ctx.check(newName != null || newParentId != null, Routes.PUT_FILE_FILEID, "newName or newParentId must be set");
    ctx.check(newName == null || !newName.isBlank(), Routes.PUT_FILE_FILEID, "newName must not be blank");
    ctx.check(newParentId == null || newParentId > 0, Routes.PUT_FILE_FILEID, "newParentId must be positive");
    Map<String, Object> body = new LinkedHashMap<>();
    if (newName != null) {
      body.put("name", newName);
    }
    if (newParentId != null) {
      body.put("parent_id", newParentId);
    }
    return ctx.json(ctx.req(Routes.PUT_FILE_FILEID, fileId).jsonBody(body).build(), FileInfo.class);
  }

  /**
   * Renames a file.
   *
   * @param fileId the file
   * @param newName the new name
   * @return the updated file; never null
   */
  public FileInfo rename(long fileId, String newName) {
    ctx.nonBlank(newName, Routes.PUT_FILE_FILEID, "newName");
    return update(fileId, newName, null);
  }

  /**
   * Moves a file to another folder.
   *
   * @param fileId the file
   * @param newParentId the folder
   * @return the updated file; never null
   */
  public FileInfo move(long fileId, long newParentId) {
    return update(fileId, null, newParentId);
  }

  /**
   * Deletes a file ({@code DELETE /file/{fileId}?trash=&versions=}, seed 624-633; the server answers {@code OK}).
   *
   * @param fileId the file
   * @param toTrash true to move it to the trash (server default), false to destroy it
   * @param versions which versions are affected
   */
  public void delete(long fileId, boolean toTrash, VersionsMode versions) {
    ctx.id(fileId, Routes.DELETE_FILE_FILEID, "fileId");
    ctx.nonNull(versions, Routes.DELETE_FILE_FILEID, "versions");
    ctx.ok(ctx.req(Routes.DELETE_FILE_FILEID, fileId).query(WireNames.TRASH, toTrash ? 1 : 0)
        .query(WireNames.VERSIONS, versions.wire()).build());
  }

  /**
   * Deletes a file and all its versions to the trash.
   *
   * @param fileId the file
   */
  public void delete(long fileId) {
    delete(fileId, true, VersionsMode.ALL);
  }

  /**
   * The preview page of a file (OnlyOffice/Office web redirect, media player, PDF; {@code GET /preview/{fileId}},
   * seed 799-802), streamed to a target.
   *
   * @param fileId the file
   * @param target where the page goes
   * @return what was downloaded; never null
   */
  public DownloadResult preview(long fileId, DownloadTarget target) {
    ctx.id(fileId, Routes.GET_PREVIEW_FILEID, "fileId");
    ctx.nonNull(target, Routes.GET_PREVIEW_FILEID, "target");
    return Downloads.download(ctx.transport(), ctx.req(Routes.GET_PREVIEW_FILEID, fileId).build(), target,
        DownloadOptions.defaults());
  }

  /**
   * A thumbnail ({@code GET /mixer/{fileId}}, seed 797-798; medium: the seed says the parameter is the file's
   * {@code thumb_token}, so that is what goes in the path).
   *
   * @param thumbToken the file's {@link FileInfo#thumbToken()}
   * @param target where the image goes
   * @return what was downloaded; never null
   */
  public DownloadResult thumbnail(String thumbToken, DownloadTarget target) {
    ctx.nonBlank(thumbToken, Routes.GET_MIXER_FILEID, "thumbToken");
    ctx.nonNull(target, Routes.GET_MIXER_FILEID, "target");
    return Downloads.download(ctx.transport(), ctx.req(Routes.GET_MIXER_FILEID, thumbToken).build(), target,
        DownloadOptions.defaults());
  }

  /**
   * Downloads files and folders as one ZIP ({@code GET /zip}; medium confidence, no seed text: the query names
   * {@code files} and {@code folders}, comma-separated ids, are guesses listed under Decisions).
   *
   * @param fileIds the files; may be empty
   * @param folderIds the folders; may be empty
   * @param target where the ZIP goes
   * @return what was downloaded; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when both lists are empty
   */
  public DownloadResult zip(List<Long> fileIds, List<Long> folderIds, DownloadTarget target) {
    ctx.nonNull(fileIds, Routes.GET_ZIP, "fileIds");
    ctx.nonNull(folderIds, Routes.GET_ZIP, "folderIds");
    ctx.nonNull(target, Routes.GET_ZIP, "target");
    ctx.check(!fileIds.isEmpty() || !folderIds.isEmpty(), Routes.GET_ZIP, "fileIds or folderIds must not be empty");
    ApiRequest.Builder b = ctx.req(Routes.GET_ZIP);
    if (!fileIds.isEmpty()) {
      b.query(WireNames.ZIP_FILES, join(fileIds, "fileIds"));
    }
    if (!folderIds.isEmpty()) {
      b.query(WireNames.ZIP_FOLDERS, join(folderIds, "folderIds"));
    }
    return Downloads.download(ctx.transport(), b.build(), target, DownloadOptions.defaults());
  }

  private String join(List<Long> ids, String name) {
    StringBuilder sb = new StringBuilder();
    for (Long id : ids) {
      ctx.check(id != null && id > 0, Routes.GET_ZIP, name + " must hold positive ids, got " + id);
      sb.append(sb.length() == 0 ? "" : ",").append(id);
    }
    return sb.toString();
  }
}
