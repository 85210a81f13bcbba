package org.gedkit.netexplorer;

import java.util.List;
import org.gedkit.core.paging.PagedIterable;
import org.gedkit.netexplorer.internal.Ctx;
import org.gedkit.netexplorer.internal.Routes;
import org.gedkit.netexplorer.internal.Wire;
import org.gedkit.netexplorer.internal.WireNames;
import org.gedkit.netexplorer.model.InvitableUser;
import org.gedkit.netexplorer.model.Invitation;

/** Invitations to folders (seed "Invitation", lines 167-178, 728-737). Thread-safe. */
public final class InvitationsApi {

  private final Ctx ctx;

  InvitationsApi(Ctx ctx) {
    this.ctx = ctx;
  }

  /**
   * The invitations of a folder ({@code GET /invites/{folderId}}; seed lines 728-729; high confidence).
   *
   * @param folderId the folder id
   * @return the items; never null, possibly empty
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public List<Invitation> list(long folderId) {
    ctx.id(folderId, Routes.GET_INVITES_FOLDERID, "folderId");
    return ctx.list(ctx.req(Routes.GET_INVITES_FOLDERID, folderId).build(), Invitation.class);
  }

  /**
   * Users that can be invited on a folder, page by page ({@code GET /invite/users/{folderId}}; seed lines 730-732; medium confidence).
   *
   * @param folderId the folder id
   * @param pageSize page size (at least 1)
   * @return a lazy listing (nothing is fetched before iteration); never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public PagedIterable<InvitableUser> invitableUsers(long folderId, int pageSize) {
    ctx.id(folderId, Routes.GET_INVITE_USERS_FOLDERID, "folderId");
    return ctx.paged(Routes.GET_INVITE_USERS_FOLDERID, pageSize, ol -> ctx.req(Routes.GET_INVITE_USERS_FOLDERID, folderId)
        .query(WireNames.OFFSET, ol[0]).query(WireNames.LIMIT, ol[1]).build(), InvitableUser.class);
  }

  /**
   * Invites someone (e-mail) on a folder with a rights mask ({@code POST /invite}; seed lines 733; high confidence).
   *
   * @param target the e-mail of the person to invite
   * @param folderId the folder id
   * @param rights the rights mask applied at account creation (3 = read and download in the seed example)
   * @return the Invitation; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public Invitation create(String target, long folderId, int rights) {
    ctx.nonBlank(target, Routes.POST_INVITE, "target");
    ctx.id(folderId, Routes.POST_INVITE, "folderId");
    ctx.check(rights >= 0, Routes.POST_INVITE, "rights must not be negative, was " + rights);
    return ctx.json(ctx.req(Routes.POST_INVITE)
        .jsonBody(Wire.obj("target", target, "folder", folderId, "rights", rights)).build(), Invitation.class);
  }

  /**
   * Changes an invitation ({@code PUT /invite/{invitationId}}; seed lines 734-735; high confidence).
   *
   * @param invitationId the invitation id
   * @param changes the fields to set
   * @return the Invitation; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public Invitation edit(String invitationId, InvitationChanges changes) {
    ctx.nonBlank(invitationId, Routes.PUT_INVITE_INVITATIONID, "invitationId");
    ctx.nonNull(changes, Routes.PUT_INVITE_INVITATIONID, "changes");
    ctx.check(!changes.toWire().isEmpty(), Routes.PUT_INVITE_INVITATIONID, "changes must set at least one field");
    return ctx.json(ctx.req(Routes.PUT_INVITE_INVITATIONID, invitationId)
        .jsonBody(changes.toWire()).build(), Invitation.class);
  }

  /**
   * Deletes an invitation ({@code DELETE /invite/{inviteId}}; seed lines 736-737; high confidence).
   *
   * @param inviteId the invite id
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public void delete(String inviteId) {
    ctx.nonBlank(inviteId, Routes.DELETE_INVITE_INVITEID, "inviteId");
    ctx.ok(ctx.req(Routes.DELETE_INVITE_INVITEID, inviteId).build());
  }
}
