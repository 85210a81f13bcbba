package org.gedkit.netexplorer;

import java.util.List;
import org.gedkit.netexplorer.internal.Ctx;
import org.gedkit.netexplorer.internal.Routes;
import org.gedkit.netexplorer.internal.Wire;
import org.gedkit.netexplorer.model.Right;

/** Access rights on folders (seed "Droit", lines 106-119, 677-690). Thread-safe. */
public final class RightsApi {

  private final Ctx ctx;

  RightsApi(Ctx ctx) {
    this.ctx = ctx;
  }

  /**
   * One right ({@code GET /right/{rightId}}; seed lines 677-678; high confidence).
   *
   * @param rightId the right id
   * @return the Right; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public Right get(long rightId) {
    ctx.id(rightId, Routes.GET_RIGHT_RIGHTID, "rightId");
    return ctx.json(ctx.req(Routes.GET_RIGHT_RIGHTID, rightId).build(), Right.class);
  }

  /**
   * The rights of a folder (a plain array) ({@code GET /rights/{folderId}}; seed lines 679-681; high confidence).
   *
   * @param folderId the folder id
   * @return the items; never null, possibly empty
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public List<Right> list(long folderId) {
    ctx.id(folderId, Routes.GET_RIGHTS_FOLDERID, "folderId");
    return ctx.list(ctx.req(Routes.GET_RIGHTS_FOLDERID, folderId).build(), Right.class);
  }

  /**
   * Grants a right; flags not set are false ({@code POST /right}; seed lines 682-685; high confidence).
   *
   * @param folderId the folder id
   * @param targetId the user the right is granted to
   * @param flags the flags
   * @return the Right; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public Right create(long folderId, String targetId, RightFlags flags) {
    ctx.id(folderId, Routes.POST_RIGHT, "folderId");
    ctx.nonBlank(targetId, Routes.POST_RIGHT, "targetId");
    ctx.nonNull(flags, Routes.POST_RIGHT, "flags");
    return ctx.json(ctx.req(Routes.POST_RIGHT)
        .jsonBody(Wire.merge(Wire.obj("folder_id", folderId, "target_id", targetId), flags.toWire())).build(), Right.class);
  }

  /**
   * Changes the flags of a right ({@code PUT /right/{rightId}}; seed lines 686-688; high confidence).
   *
   * @param rightId the right id
   * @param flags the flags
   * @return the Right; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public Right edit(long rightId, RightFlags flags) {
    ctx.id(rightId, Routes.PUT_RIGHT_RIGHTID, "rightId");
    ctx.nonNull(flags, Routes.PUT_RIGHT_RIGHTID, "flags");
    ctx.check(!flags.toWire().isEmpty(), Routes.PUT_RIGHT_RIGHTID, "flags must set at least one field");
    return ctx.json(ctx.req(Routes.PUT_RIGHT_RIGHTID, rightId).jsonBody(flags.toWire()).build(), Right.class);
  }

  /**
   * Revokes a right ({@code DELETE /right/{rightId}}; seed lines 689-690; high confidence).
   *
   * @param rightId the right id
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public void delete(long rightId) {
    ctx.id(rightId, Routes.DELETE_RIGHT_RIGHTID, "rightId");
    ctx.ok(ctx.req(Routes.DELETE_RIGHT_RIGHTID, rightId).build());
  }
}
