package org.gedkit.netexplorer;

import org.gedkit.core.paging.PagedIterable;
import org.gedkit.netexplorer.internal.Ctx;
import org.gedkit.netexplorer.internal.Routes;
import org.gedkit.netexplorer.internal.Wire;
import org.gedkit.netexplorer.internal.WireNames;
import org.gedkit.netexplorer.model.Email;

/** E-mail objects used by alerts and sendings (seed "Email", lines 212-224, 771-778). Thread-safe. */
public final class EmailsApi {

  private final Ctx ctx;

  EmailsApi(Ctx ctx) {
    this.ctx = ctx;
  }

  /**
   * One e-mail ({@code GET /email/{emailId}}; seed lines 771-772; high confidence).
   *
   * @param emailId the email id
   * @return the Email; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public Email get(long emailId) {
    ctx.id(emailId, Routes.GET_EMAIL_EMAILID, "emailId");
    return ctx.json(ctx.req(Routes.GET_EMAIL_EMAILID, emailId).build(), Email.class);
  }

  /**
   * Every e-mail, page by page ({@code GET /emails}; seed lines 773; high confidence).
   *
   * @param pageSize page size (at least 1)
   * @return a lazy listing (nothing is fetched before iteration); never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public PagedIterable<Email> list(int pageSize) {
    return ctx.paged(Routes.GET_EMAILS, pageSize, ol -> ctx.req(Routes.GET_EMAILS)
        .query(WireNames.OFFSET, ol[0]).query(WireNames.LIMIT, ol[1]).build(), Email.class);
  }

  /**
   * Creates an e-mail; only the type EM_TE_ALERT is available at creation ({@code POST /email}; seed lines 774-775; high confidence).
   *
   * @param subject e-mail subject
   * @param content e-mail body
   * @param changes the fields to set
   * @return the Email; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public Email create(String subject, String content, EmailChanges changes) {
    ctx.nonBlank(subject, Routes.POST_EMAIL, "subject");
    ctx.nonBlank(content, Routes.POST_EMAIL, "content");
    ctx.nonNull(changes, Routes.POST_EMAIL, "changes");
    return ctx.json(ctx.req(Routes.POST_EMAIL)
        .jsonBody(Wire.merge(Wire.obj("object", subject, "content", content), changes.toWire())).build(), Email.class);
  }

  /**
   * Updates an e-mail; only set fields change ({@code PUT /email/{emailId}}; seed lines 775-776; high confidence).
   *
   * @param emailId the email id
   * @param changes the fields to set
   * @return the Email; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public Email update(long emailId, EmailChanges changes) {
    ctx.id(emailId, Routes.PUT_EMAIL_EMAILID, "emailId");
    ctx.nonNull(changes, Routes.PUT_EMAIL_EMAILID, "changes");
    ctx.check(!changes.toWire().isEmpty(), Routes.PUT_EMAIL_EMAILID, "changes must set at least one field");
    return ctx.json(ctx.req(Routes.PUT_EMAIL_EMAILID, emailId).jsonBody(changes.toWire()).build(), Email.class);
  }

  /**
   * Deletes an e-mail ({@code DELETE /email/{emailId}}; seed lines 777-778; high confidence).
   *
   * @param emailId the email id
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public void delete(long emailId) {
    ctx.id(emailId, Routes.DELETE_EMAIL_EMAILID, "emailId");
    ctx.ok(ctx.req(Routes.DELETE_EMAIL_EMAILID, emailId).build());
  }
}
