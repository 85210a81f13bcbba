package org.gedkit.netexplorer;

import org.gedkit.core.paging.PagedIterable;
import org.gedkit.netexplorer.internal.Ctx;
import org.gedkit.netexplorer.internal.Routes;
import org.gedkit.netexplorer.internal.Wire;
import org.gedkit.netexplorer.internal.WireNames;
import org.gedkit.netexplorer.model.Group;

/** Groups of users (seed "Groupe", lines 179-185, 738-745). Thread-safe. */
public final class GroupsApi {

  private final Ctx ctx;

  GroupsApi(Ctx ctx) {
    this.ctx = ctx;
  }

  /**
   * One group ({@code GET /group/{groupId}}; seed lines 738-740; high confidence).
   *
   * @param groupId the group id
   * @return the Group; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public Group get(String groupId) {
    ctx.nonBlank(groupId, Routes.GET_GROUP_GROUPID, "groupId");
    return ctx.json(ctx.req(Routes.GET_GROUP_GROUPID, groupId).build(), Group.class);
  }

  /**
   * Every group, page by page ({@code GET /groups}; seed lines 741; high confidence).
   *
   * @param pageSize page size (at least 1)
   * @return a lazy listing (nothing is fetched before iteration); never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public PagedIterable<Group> list(int pageSize) {
    return ctx.paged(Routes.GET_GROUPS, pageSize, ol -> ctx.req(Routes.GET_GROUPS)
        .query(WireNames.OFFSET, ol[0]).query(WireNames.LIMIT, ol[1]).build(), Group.class);
  }

  /**
   * Updates a group; only set fields change ({@code PUT /group/{groupId}}; seed lines 742-743; high confidence).
   *
   * @param groupId the group id
   * @param changes the fields to set
   * @return the Group; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public Group update(String groupId, GroupChanges changes) {
    ctx.nonBlank(groupId, Routes.PUT_GROUP_GROUPID, "groupId");
    ctx.nonNull(changes, Routes.PUT_GROUP_GROUPID, "changes");
    ctx.check(!changes.toWire().isEmpty(), Routes.PUT_GROUP_GROUPID, "changes must set at least one field");
    return ctx.json(ctx.req(Routes.PUT_GROUP_GROUPID, groupId).jsonBody(changes.toWire()).build(), Group.class);
  }

  /**
   * Deletes a group ({@code DELETE /group/{groupId}}; seed lines 744-745; high confidence).
   *
   * @param groupId the group id
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public void delete(String groupId) {
    ctx.nonBlank(groupId, Routes.DELETE_GROUP_GROUPID, "groupId");
    ctx.ok(ctx.req(Routes.DELETE_GROUP_GROUPID, groupId).build());
  }

  /**
   * Creates a group (body guessed from the Group object: login = name) ({@code POST /group}; no seed text, route from the listing; medium confidence).
   *
   * @param name the name
   * @param changes the fields to set
   * @return the Group; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public Group create(String name, GroupChanges changes) {
    ctx.nonBlank(name, Routes.POST_GROUP, "name");
    ctx.nonNull(changes, Routes.POST_GROUP, "changes");
    return ctx.json(ctx.req(Routes.POST_GROUP)
        .jsonBody(Wire.merge(Wire.obj("login", name), changes.toWire())).build(), Group.class);
  }
}
