package org.gedkit.netexplorer;

import org.gedkit.core.paging.PagedIterable;
import org.gedkit.netexplorer.internal.Ctx;
import org.gedkit.netexplorer.internal.Routes;
import org.gedkit.netexplorer.internal.Wire;
import org.gedkit.netexplorer.internal.WireNames;
import org.gedkit.netexplorer.model.Delegate;

/** Group delegates (seed "Délégué", lines 201-211, 758-770; deprecated by the vendor, replaced by the Manager role). Thread-safe. */
public final class DelegatesApi {

  private final Ctx ctx;

  DelegatesApi(Ctx ctx) {
    this.ctx = ctx;
  }

  /**
   * One delegate ({@code GET /delegate/{delegateId}}; seed lines 758-761; high confidence).
   *
   * @param delegateId the delegate id
   * @return the Delegate; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public Delegate get(long delegateId) {
    ctx.id(delegateId, Routes.GET_DELEGATE_DELEGATEID, "delegateId");
    return ctx.json(ctx.req(Routes.GET_DELEGATE_DELEGATEID, delegateId).build(), Delegate.class);
  }

  /**
   * The delegates of a group, page by page ({@code GET /delegates/{groupId}}; seed lines 762-764; high confidence).
   *
   * @param groupId the group id
   * @param pageSize page size (at least 1)
   * @return a lazy listing (nothing is fetched before iteration); never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public PagedIterable<Delegate> list(String groupId, int pageSize) {
    ctx.nonBlank(groupId, Routes.GET_DELEGATES_GROUPID, "groupId");
    return ctx.paged(Routes.GET_DELEGATES_GROUPID, pageSize, ol -> ctx.req(Routes.GET_DELEGATES_GROUPID, groupId)
        .query(WireNames.OFFSET, ol[0]).query(WireNames.LIMIT, ol[1]).build(), Delegate.class);
  }

  /**
   * Updates a delegate; only set fields change ({@code PUT /delegate/{delegateId}}; seed lines 765-768; high confidence).
   *
   * @param delegateId the delegate id
   * @param changes the fields to set
   * @return the Delegate; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public Delegate update(long delegateId, DelegateChanges changes) {
    ctx.id(delegateId, Routes.PUT_DELEGATE_DELEGATEID, "delegateId");
    ctx.nonNull(changes, Routes.PUT_DELEGATE_DELEGATEID, "changes");
    ctx.check(!changes.toWire().isEmpty(), Routes.PUT_DELEGATE_DELEGATEID, "changes must set at least one field");
    return ctx.json(ctx.req(Routes.PUT_DELEGATE_DELEGATEID, delegateId)
        .jsonBody(changes.toWire()).build(), Delegate.class);
  }

  /**
   * Deletes a delegate ({@code DELETE /delegate/{delegateId}}; seed lines 769-770; high confidence).
   *
   * @param delegateId the delegate id
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public void delete(long delegateId) {
    ctx.id(delegateId, Routes.DELETE_DELEGATE_DELEGATEID, "delegateId");
    ctx.ok(ctx.req(Routes.DELETE_DELEGATE_DELEGATEID, delegateId).build());
  }

  /**
   * Makes a user delegate of a group (body guessed from the Delegate object) ({@code POST /delegate}; no seed text, route from the listing; medium confidence).
   *
   * @param userId the user id
   * @param groupId the group id
   * @param changes the fields to set
   * @return the Delegate; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public Delegate create(String userId, String groupId, DelegateChanges changes) {
    ctx.nonBlank(userId, Routes.POST_DELEGATE, "userId");
    ctx.nonBlank(groupId, Routes.POST_DELEGATE, "groupId");
    ctx.nonNull(changes, Routes.POST_DELEGATE, "changes");
    return ctx.json(ctx.req(Routes.POST_DELEGATE)
        .jsonBody(Wire.merge(Wire.obj("user_id", userId, "group_id", groupId), changes.toWire())).build(), Delegate.class);
  }
}
