package org.gedkit.netexplorer;

import java.util.Map;
import org.gedkit.netexplorer.internal.Ctx;
import org.gedkit.netexplorer.internal.Routes;
import org.gedkit.netexplorer.internal.WireNames;
import org.gedkit.netexplorer.model.FileOrFolder;
import org.gedkit.netexplorer.model.TrashItem;
import org.gedkit.netexplorer.model.TrashListing;

/** The trash (seed "Corbeille", lines 641-654). Thread-safe. */
public final class TrashApi {

  private final Ctx ctx;

  TrashApi(Ctx ctx) {
    this.ctx = ctx;
  }

  /**
   * One trash item ({@code GET /trash/{trashId}}).
   *
   * @param trashId the item id
   * @return the item; never null
   */
  public TrashItem get(long trashId) {
    ctx.id(trashId, Routes.GET_TRASH_TRASHID, "trashId");
    return ctx.json(ctx.req(Routes.GET_TRASH_TRASHID, trashId).build(), TrashItem.class);
  }

  /**
   * The trash, split into folders and files ({@code GET /trashes}).
   *
   * @return the listing; never null
   */
  public TrashListing list() {
    return ctx.json(ctx.req(Routes.GET_TRASHES).build(), TrashListing.class);
  }

  /**
   * Restores an item into a folder ({@code PUT /trash/{trashId} {"folder_id"}}); the reply is the restored file or folder.
   *
   * @param trashId the item
   * @param folderId the folder to restore into
   * @return the restored object; never null
   */
  public FileOrFolder restore(long trashId, long folderId) {
    ctx.id(trashId, Routes.PUT_TRASH_TRASHID, "trashId");
    ctx.id(folderId, Routes.PUT_TRASH_TRASHID, "folderId");
    return ctx.transport().execute(ctx.req(Routes.PUT_TRASH_TRASHID, trashId)
        .jsonBody(Map.of("folder_id", folderId)).build(), r -> FoldersApi.fileOrFolder(r, r.jsonTree(), null));
  }

  /**
   * Destroys an item for good ({@code DELETE /trash/{trashId}}).
   *
   * @param trashId the item
   */
  public void destroy(long trashId) {
    ctx.id(trashId, Routes.DELETE_TRASH_TRASHID, "trashId");
    ctx.ok(ctx.req(Routes.DELETE_TRASH_TRASHID, trashId).build());
  }

  /**
   * Purges the current user's trash ({@code DELETE /trashes}).
   */
  public void purge() {
    ctx.ok(ctx.req(Routes.DELETE_TRASHES).build());
  }

  /**
   * Purges every user's trash (administrators; {@code DELETE /trashes} with the value {@code all}, its parameter
   * name guessed as {@code purge}).
   */
  public void purgeAll() {
    ctx.ok(ctx.req(Routes.DELETE_TRASHES).query(WireNames.PURGE, "all").build());
  }
}
