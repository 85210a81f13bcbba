package org.gedkit.netexplorer;

import org.gedkit.netexplorer.internal.Ctx;
import org.gedkit.netexplorer.internal.Routes;
import org.gedkit.netexplorer.model.ConnectionOptions;

/** Connection options of users and groups (seed "Options de connexion", lines 186-200, 746-757). Thread-safe. */
public final class ConnectionOptionsApi {

  private final Ctx ctx;

  ConnectionOptionsApi(Ctx ctx) {
    this.ctx = ctx;
  }

  /**
   * The connection options of a user or group ({@code GET /option/{userId}}; seed lines 746-747; high confidence).
   *
   * @param targetId the target id
   * @return the ConnectionOptions; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public ConnectionOptions get(String targetId) {
    ctx.nonBlank(targetId, Routes.GET_OPTION_USERID, "targetId");
    return ctx.json(ctx.req(Routes.GET_OPTION_USERID, targetId).build(), ConnectionOptions.class);
  }

  /**
   * Sets connection options explicitly ({@code PUT /option/{userId}}; seed lines 748-755; high confidence).
   *
   * @param targetId the target id
   * @param changes the fields to set
   * @return the ConnectionOptions; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public ConnectionOptions update(String targetId, ConnectionOptionsChanges changes) {
    ctx.nonBlank(targetId, Routes.PUT_OPTION_USERID, "targetId");
    ctx.nonNull(changes, Routes.PUT_OPTION_USERID, "changes");
    ctx.check(!changes.toWire().isEmpty(), Routes.PUT_OPTION_USERID, "changes must set at least one field");
    return ctx.json(ctx.req(Routes.PUT_OPTION_USERID, targetId)
        .jsonBody(changes.toWire()).build(), ConnectionOptions.class);
  }

  /**
   * Removes the explicit options (the group ones apply again) ({@code DELETE /option/{userId}}; seed lines 756-757; high confidence).
   *
   * @param targetId the target id
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public void delete(String targetId) {
    ctx.nonBlank(targetId, Routes.DELETE_OPTION_USERID, "targetId");
    ctx.ok(ctx.req(Routes.DELETE_OPTION_USERID, targetId).build());
  }
}
