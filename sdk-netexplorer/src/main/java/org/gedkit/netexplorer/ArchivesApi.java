package org.gedkit.netexplorer;

import org.gedkit.netexplorer.internal.Ctx;
import org.gedkit.netexplorer.internal.Routes;
import org.gedkit.netexplorer.internal.Wire;
import org.gedkit.netexplorer.model.FileInfo;
import org.gedkit.netexplorer.model.Folder;

/** Archived files and folders (seed lines 862-881). Thread-safe. */
public final class ArchivesApi {

  private final Ctx ctx;

  ArchivesApi(Ctx ctx) {
    this.ctx = ctx;
  }

  /**
   * An archived folder ({@code GET /archive/folder/{folderId}}; seed lines 862-863; high confidence).
   *
   * @param folderId the folder id
   * @return the Folder; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public Folder getFolder(long folderId) {
    ctx.id(folderId, Routes.GET_ARCHIVE_FOLDER_FOLDERID, "folderId");
    return ctx.json(ctx.req(Routes.GET_ARCHIVE_FOLDER_FOLDERID, folderId).build(), Folder.class);
  }

  /**
   * An archived file ({@code GET /archive/file/{fileId}}; seed lines 864-865; high confidence).
   *
   * @param fileId the file id
   * @return the FileInfo; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public FileInfo getFile(long fileId) {
    ctx.id(fileId, Routes.GET_ARCHIVE_FILE_FILEID, "fileId");
    return ctx.json(ctx.req(Routes.GET_ARCHIVE_FILE_FILEID, fileId).build(), FileInfo.class);
  }

  /**
   * Archives a folder ({@code PUT /folder/{folderId}/archive}; seed lines 866-867; high confidence).
   *
   * @param folderId the folder id
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public void archiveFolder(long folderId) {
    ctx.id(folderId, Routes.PUT_FOLDER_FOLDERID_ARCHIVE, "folderId");
    ctx.ok(ctx.req(Routes.PUT_FOLDER_FOLDERID_ARCHIVE, folderId).build());
  }

  /**
   * Unarchives a folder ({@code PUT /archive/folder/{folderId}/unarchive}; seed lines 868-869; high confidence).
   *
   * @param folderId the folder id
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public void unarchiveFolder(long folderId) {
    ctx.id(folderId, Routes.PUT_ARCHIVE_FOLDER_FOLDERID_UNARCHIVE, "folderId");
    ctx.ok(ctx.req(Routes.PUT_ARCHIVE_FOLDER_FOLDERID_UNARCHIVE, folderId).build());
  }

  /**
   * Archives a file ({@code PUT /file/{fileId}/archive}; seed lines 870-871; high confidence).
   *
   * @param fileId the file id
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public void archiveFile(long fileId) {
    ctx.id(fileId, Routes.PUT_FILE_FILEID_ARCHIVE, "fileId");
    ctx.ok(ctx.req(Routes.PUT_FILE_FILEID_ARCHIVE, fileId).build());
  }

  /**
   * Unarchives a file ({@code PUT /archive/file/{fileId}/unarchive}; seed lines 872-873; high confidence).
   *
   * @param fileId the file id
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public void unarchiveFile(long fileId) {
    ctx.id(fileId, Routes.PUT_ARCHIVE_FILE_FILEID_UNARCHIVE, "fileId");
    ctx.ok(ctx.req(Routes.PUT_ARCHIVE_FILE_FILEID_UNARCHIVE, fileId).build());
  }

  /**
   * Edits an archived folder ({@code PUT /archive/folder/{folderId}}; seed lines 874-875; high confidence).
   *
   * @param folderId the folder id
   * @param changes the fields to set
   * @return the Folder; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public Folder updateFolder(long folderId, ArchiveChanges changes) {
    ctx.id(folderId, Routes.PUT_ARCHIVE_FOLDER_FOLDERID, "folderId");
    ctx.nonNull(changes, Routes.PUT_ARCHIVE_FOLDER_FOLDERID, "changes");
    ctx.check(!changes.toWire().isEmpty(), Routes.PUT_ARCHIVE_FOLDER_FOLDERID, "changes must set at least one field");
    return ctx.json(ctx.req(Routes.PUT_ARCHIVE_FOLDER_FOLDERID, folderId)
        .jsonBody(changes.toWire()).build(), Folder.class);
  }

  /**
   * Edits an archived file ({@code PUT /archive/file/{fileId}}; seed lines 876-877; high confidence).
   *
   * @param fileId the file id
   * @param changes the fields to set
   * @return the FileInfo; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public FileInfo updateFile(long fileId, ArchiveChanges changes) {
    ctx.id(fileId, Routes.PUT_ARCHIVE_FILE_FILEID, "fileId");
    ctx.nonNull(changes, Routes.PUT_ARCHIVE_FILE_FILEID, "changes");
    ctx.check(!changes.toWire().isEmpty(), Routes.PUT_ARCHIVE_FILE_FILEID, "changes must set at least one field");
    return ctx.json(ctx.req(Routes.PUT_ARCHIVE_FILE_FILEID, fileId)
        .jsonBody(changes.toWire()).build(), FileInfo.class);
  }

  /**
   * Deletes an archived folder ({@code DELETE /archive/folder/{folderId}}; seed lines 878-879; high confidence).
   *
   * @param folderId the folder id
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public void deleteFolder(long folderId) {
    ctx.id(folderId, Routes.DELETE_ARCHIVE_FOLDER_FOLDERID, "folderId");
    ctx.ok(ctx.req(Routes.DELETE_ARCHIVE_FOLDER_FOLDERID, folderId).build());
  }

  /**
   * Deletes an archived file ({@code DELETE /archive/file/{fileId}}; seed lines 880-881; high confidence).
   *
   * @param fileId the file id
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public void deleteFile(long fileId) {
    ctx.id(fileId, Routes.DELETE_ARCHIVE_FILE_FILEID, "fileId");
    ctx.ok(ctx.req(Routes.DELETE_ARCHIVE_FILE_FILEID, fileId).build());
  }

  /**
   * Creates a folder in the archives (body guessed like POST /folder) ({@code POST /archive/folder}; no seed text, route from the listing; medium confidence).
   *
   * @param name the name
   * @param parentId the parent id
   * @return the Folder; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public Folder createFolder(String name, long parentId) {
    ctx.nonBlank(name, Routes.POST_ARCHIVE_FOLDER, "name");
    ctx.id(parentId, Routes.POST_ARCHIVE_FOLDER, "parentId");
    return ctx.json(ctx.req(Routes.POST_ARCHIVE_FOLDER)
        .jsonBody(Wire.obj("name", name, "parent_id", parentId)).build(), Folder.class);
  }
}
