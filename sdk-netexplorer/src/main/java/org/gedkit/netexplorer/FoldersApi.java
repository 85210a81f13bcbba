package org.gedkit.netexplorer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gedkit.core.http.ApiResponse;
import org.gedkit.netexplorer.internal.Ctx;
import org.gedkit.netexplorer.internal.Routes;
import org.gedkit.netexplorer.internal.WireNames;
import org.gedkit.netexplorer.model.FileInfo;
import org.gedkit.netexplorer.model.FileOrFolder;
import org.gedkit.netexplorer.model.Folder;
import org.gedkit.netexplorer.model.Quotas;
import org.gedkit.netexplorer.model.SearchResult;

/** Folders (seed "Dossiers", lines 379-540) and the sync helpers (lines 941-957). Thread-safe. */
public final class FoldersApi {

  private final Ctx ctx;

  FoldersApi(Ctx ctx) {
    this.ctx = ctx;
  }

  /**
   * A folder, with its content down to the requested depth ({@code GET /folder/{folderId}}, seed 379-431).
   *
   * @param folderId the folder id
   * @param query depth, filter, full/light...; {@link FolderQuery#defaults()} for none
   * @return the folder; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when folderId is not positive or query is null
   */
  public Folder get(long folderId, FolderQuery query) {
    ctx.id(folderId, Routes.GET_FOLDER_FOLDERID, "folderId");
    ctx.nonNull(query, Routes.GET_FOLDER_FOLDERID, "query");
    return ctx.json(Ctx.query(ctx.req(Routes.GET_FOLDER_FOLDERID, folderId), query.toQuery()).build(), Folder.class);
  }

  /**
   * A folder with default options.
   *
   * @param folderId the folder id
   * @return the folder; never null
   */
  public Folder get(long folderId) {
    return get(folderId, FolderQuery.defaults());
  }

  /**
   * Searches below a folder ({@code GET /folder/{folderId}} with a search term; the reply is
   * {@code {"folders":[...],"files":[...]}}, seed line 431).
   *
   * @param folderId where to search
   * @param query options including {@link FolderQuery.Builder#search(String)}
   * @return the matches; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when the query has no search term
   */
  public SearchResult search(long folderId, FolderQuery query) {
    ctx.id(folderId, Routes.GET_FOLDER_FOLDERID, "folderId");
    ctx.nonNull(query, Routes.GET_FOLDER_FOLDERID, "query");
    Object term = query.toQuery().get(WireNames.SEARCH);
    ctx.check(term != null && !term.toString().isBlank(), Routes.GET_FOLDER_FOLDERID,
        "query must hold a search term (FolderQuery.builder().search(term))");
    return ctx.json(Ctx.query(ctx.req(Routes.GET_FOLDER_FOLDERID, folderId), query.toQuery()).build(),
        SearchResult.class);
  }

  /**
   * A folder with its timeline events in {@link Folder#events()} ({@code GET /folder/{folderId}/timeline}, seed 432-435).
   *
   * @param folderId the folder id
   * @return the folder; never null
   */
  public Folder timeline(long folderId) {
    ctx.id(folderId, Routes.GET_FOLDER_FOLDERID_TIMELINE, "folderId");
    return ctx.json(ctx.req(Routes.GET_FOLDER_FOLDERID_TIMELINE, folderId).build(), Folder.class);
  }

  /**
   * The user's root folders ({@code GET /folders}, seed 436-481; a JSON array).
   *
   * @param query depth, filter, full/light...
   * @return the roots; never null
   */
  public List<Folder> roots(FolderQuery query) {
    ctx.nonNull(query, Routes.GET_FOLDERS, "query");
    return ctx.list(Ctx.query(ctx.req(Routes.GET_FOLDERS), query.toQuery()).build(), Folder.class);
  }

  /**
   * Creates a folder ({@code POST /folder {name,parent_id,quota,purge_frequency}}, seed 482-508).
   *
   * @param parentId the parent folder (0 only for administrators)
   * @param name the name
   * @param options quota and purge frequency; {@link FolderUpdate#none()} for none
   * @return the folder created; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when name is blank or parentId negative
   */
  public Folder create(long parentId, String name, FolderUpdate options) {
    ctx.check(parentId >= 0, Routes.POST_FOLDER, "parentId must not be negative, was " + parentId);
    ctx.nonBlank(name, Routes.POST_FOLDER, "name");
    ctx.nonNull(options, Routes.POST_FOLDER, "options");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name);
    body.put("parent_id", parentId);
    body.putAll(options.toWire());
    return ctx.json(ctx.req(Routes.POST_FOLDER).jsonBody(body).build(), Folder.class);
  }

  /**
   * Updates a folder: rename, move, quota, purge ({@code PUT /folder/{folderId}}, seed 509-535). Only set fields change.
   *
   * @param folderId the folder
   * @param update the changes
   * @return the updated folder; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when update is empty
   */
  public Folder update(long folderId, FolderUpdate update) {
    ctx.id(folderId, Routes.PUT_FOLDER_FOLDERID, "folderId");
    ctx.nonNull(update, Routes.PUT_FOLDER_FOLDERID, "update");
    ctx.check(!update.toWire().isEmpty(), Routes.PUT_FOLDER_FOLDERID, "update must change at least one field");
    return ctx.json(ctx.req(Routes.PUT_FOLDER_FOLDERID, folderId).jsonBody(update.toWire()).build(), Folder.class);
  }

  /**
   * Renames a folder.
   *
   * @param folderId the folder
   * @param name the new name
   * @return the updated folder; never null
   */
  public Folder rename(long folderId, String name) {
    ctx.nonBlank(name, Routes.PUT_FOLDER_FOLDERID, "name");
    return update(folderId, FolderUpdate.builder().name(name).build());
  }

  /**
   * Moves a folder under another parent.
   *
   * @param folderId the folder
   * @param newParentId the new parent
   * @return the updated folder; never null
   */
  public Folder move(long folderId, long newParentId) {
    ctx.check(newParentId >= 0, Routes.PUT_FOLDER_FOLDERID, "newParentId must not be negative, was " + newParentId);
    return update(folderId, FolderUpdate.builder().parentId(newParentId).build());
  }

  /**
   * Deletes a folder: to the trash ({@code trash=1}, the server default) or for good ({@code trash=0})
   * ({@code DELETE /folder/{folderId}}, seed 536-540).
   *
   * @param folderId the folder
   * @param toTrash true to move it to the trash, false to destroy it
   */
  public void delete(long folderId, boolean toTrash) {
    ctx.id(folderId, Routes.DELETE_FOLDER_FOLDERID, "folderId");
    ctx.ok(ctx.req(Routes.DELETE_FOLDER_FOLDERID, folderId).query(WireNames.TRASH, toTrash ? 1 : 0).build());
  }

  /**
   * The path of a folder as names, e.g. {@code Documents/Partagé/} ({@code GET /path}, seed 941-946; medium,
   * query name guessed).
   *
   * @param folderId the folder
   * @return the path; a trailing {@code /} means a folder
   */
  public String pathOfFolder(long folderId) {
    ctx.id(folderId, Routes.GET_PATH, "folderId");
    return pathText(ctx.req(Routes.GET_PATH).query(WireNames.PATH_FOLDER, folderId).build());
  }

  /**
   * The path of a file as names ({@code GET /path}; medium, query name guessed).
   *
   * @param fileId the file
   * @return the path, e.g. {@code Documents/Partagé/x.docx}
   */
  public String pathOfFile(long fileId) {
    ctx.id(fileId, Routes.GET_PATH, "fileId");
    return pathText(ctx.req(Routes.GET_PATH).query(WireNames.PATH_FILE, fileId).build());
  }

  private String pathText(org.gedkit.core.http.ApiRequest req) {
    return ctx.transport().execute(req, r -> {
      JsonNode o = r.jsonTree().get("object");
      if (o == null || !o.isTextual()) {
        throw r.protocolError("expected {\"object\": \"<path>\"}");
      }
      return o.asText();
    });
  }

  /**
   * The file or folder at a path ({@code GET /objectpath}, seed 947-948; medium, query name guessed).
   *
   * @param path the path of names; a trailing {@code /} means a folder
   * @return the object; never null
   */
  public FileOrFolder objectAtPath(String path) {
    ctx.nonBlank(path, Routes.GET_OBJECTPATH, "path");
    return ctx.transport().execute(ctx.req(Routes.GET_OBJECTPATH).query(WireNames.PATH, path).build(), r -> {
      JsonNode o = r.jsonTree().get("object");
      if (o == null || !o.isObject()) {
        throw r.protocolError("expected {\"object\": {...}}");
      }
      return fileOrFolder(r, o, path.endsWith("/") ? Boolean.FALSE : Boolean.TRUE);
    });
  }

  /**
   * Whether a folder is below another ({@code GET /ischildof}, seed 949: answers {@code OK}; medium, names guessed).
   *
   * @param childId the supposed descendant
   * @param parentId the supposed ancestor
   * @return true when the server answers OK
   */
  public boolean isChildOf(long childId, long parentId) {
    ctx.id(childId, Routes.GET_ISCHILDOF, "childId");
    ctx.id(parentId, Routes.GET_ISCHILDOF, "parentId");
    return ctx.transport().execute(ctx.req(Routes.GET_ISCHILDOF).query(WireNames.CHILD, childId)
        .query(WireNames.PARENT, parentId).build(), r -> {
          String t = Ctx.text(r, 4096).trim();
          return t.equals("OK") || t.equals("\"OK\"") || t.equals("true");
        });
  }

  /**
   * Platform and user quotas ({@code GET /quotas}, seed 950-957); a quota that is empty means none.
   *
   * @return the quotas; never null
   */
  public Quotas quotas() {
    return ctx.json(ctx.req(Routes.GET_QUOTAS).build(), Quotas.class);
  }

  /**
   * Platform, user and folder quotas ({@code GET /quotas?folder=}, seed 950-957; the query name is a guess).
   *
   * @param folderId the folder whose quota is wanted
   * @return the quotas, {@link Quotas#folder()} set; never null
   */
  public Quotas quotas(long folderId) {
    ctx.id(folderId, Routes.GET_QUOTAS, "folderId");
    return ctx.json(ctx.req(Routes.GET_QUOTAS).query(WireNames.QUOTA_FOLDER, folderId).build(), Quotas.class);
  }

  static FileOrFolder fileOrFolder(ApiResponse r, JsonNode o, Boolean fileHint) {
    boolean file;
    if (o.has("is_file")) {
      file = o.get("is_file").asBoolean();
    } else if (o.has("hash") || o.has("guid") || o.has("nb_versions") || o.has("file_type") || o.has("thumb_token")) {
      file = true;
    } else if (o.has("can_read") || o.has("content") || o.has("nb_d_files") || o.has("nb_files")) {
      file = false;
    } else {
      file = fileHint != null && fileHint;
    }
    return file ? new FileOrFolder(Optional.of(r.convert(o, FileInfo.class)), Optional.empty())
        : new FileOrFolder(Optional.empty(), Optional.of(r.convert(o, Folder.class)));
  }
}
