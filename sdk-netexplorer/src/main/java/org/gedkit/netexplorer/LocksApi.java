package org.gedkit.netexplorer;

import org.gedkit.core.paging.PagedIterable;
import org.gedkit.netexplorer.internal.Ctx;
import org.gedkit.netexplorer.internal.Routes;
import org.gedkit.netexplorer.internal.WireNames;
import org.gedkit.netexplorer.model.Lock;

/** File locks (seed "Verrou", lines 96-105, 668-676). Thread-safe. */
public final class LocksApi {

  private final Ctx ctx;

  LocksApi(Ctx ctx) {
    this.ctx = ctx;
  }

  /**
   * The lock of a file ({@code GET /lock/{fileId}}; seed lines 668-669; high confidence).
   *
   * @param fileId the file id
   * @return the Lock; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public Lock get(long fileId) {
    ctx.id(fileId, Routes.GET_LOCK_FILEID, "fileId");
    return ctx.json(ctx.req(Routes.GET_LOCK_FILEID, fileId).build(), Lock.class);
  }

  /**
   * The locks under a folder, page by page ({@code GET /locks/{folderId}}; seed lines 670-672; high confidence).
   *
   * @param folderId the folder id
   * @param pageSize page size (at least 1)
   * @return a lazy listing (nothing is fetched before iteration); never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public PagedIterable<Lock> list(long folderId, int pageSize) {
    ctx.id(folderId, Routes.GET_LOCKS_FOLDERID, "folderId");
    return ctx.paged(Routes.GET_LOCKS_FOLDERID, pageSize, ol -> ctx.req(Routes.GET_LOCKS_FOLDERID, folderId)
        .query(WireNames.OFFSET, ol[0]).query(WireNames.LIMIT, ol[1]).build(), Lock.class);
  }

  /**
   * Locks a file for the current user ({@code PUT /lock/{fileId}}; seed lines 673-674; high confidence).
   *
   * @param fileId the file id
   * @return the Lock; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public Lock lock(long fileId) {
    ctx.id(fileId, Routes.PUT_LOCK_FILEID, "fileId");
    return ctx.json(ctx.req(Routes.PUT_LOCK_FILEID, fileId).build(), Lock.class);
  }

  /**
   * Removes the lock of a file ({@code DELETE /lock/{fileId}}; seed lines 675-676; high confidence).
   *
   * @param fileId the file id
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public void unlock(long fileId) {
    ctx.id(fileId, Routes.DELETE_LOCK_FILEID, "fileId");
    ctx.ok(ctx.req(Routes.DELETE_LOCK_FILEID, fileId).build());
  }
}
