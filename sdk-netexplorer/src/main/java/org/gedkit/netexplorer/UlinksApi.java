package org.gedkit.netexplorer;

import java.util.List;
import org.gedkit.core.paging.PagedIterable;
import org.gedkit.netexplorer.internal.Ctx;
import org.gedkit.netexplorer.internal.Routes;
import org.gedkit.netexplorer.internal.Wire;
import org.gedkit.netexplorer.internal.WireNames;
import org.gedkit.netexplorer.model.PasswordCheck;
import org.gedkit.netexplorer.model.ShareEmail;
import org.gedkit.netexplorer.model.ShareEmailSummary;
import org.gedkit.netexplorer.model.Ulink;

/** Upload links (seed "Lien de dépôt", lines 300-309, 779-788; e-mail, key and SMS routes known only from the listing). Thread-safe. */
public final class UlinksApi {

  private final Ctx ctx;

  UlinksApi(Ctx ctx) {
    this.ctx = ctx;
  }

  /**
   * One upload link ({@code GET /ulink/{ulinkId}}; seed lines 779-780; high confidence).
   *
   * @param ulinkId the ulink id
   * @return the Ulink; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public Ulink get(long ulinkId) {
    ctx.id(ulinkId, Routes.GET_ULINK_ULINKID, "ulinkId");
    return ctx.json(ctx.req(Routes.GET_ULINK_ULINKID, ulinkId).build(), Ulink.class);
  }

  /**
   * The user's upload links, page by page ({@code GET /ulinks}; seed lines 781; high confidence).
   *
   * @param pageSize page size (at least 1)
   * @return a lazy listing (nothing is fetched before iteration); never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public PagedIterable<Ulink> list(int pageSize) {
    return ctx.paged(Routes.GET_ULINKS, pageSize, ol -> ctx.req(Routes.GET_ULINKS)
        .query(WireNames.OFFSET, ol[0]).query(WireNames.LIMIT, ol[1]).build(), Ulink.class);
  }

  /**
   * Updates an upload link; only set fields change ({@code PUT /ulink/{ulinkId}}; seed lines 782-786; high confidence).
   *
   * @param ulinkId the ulink id
   * @param changes the fields to set
   * @return the Ulink; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public Ulink update(long ulinkId, UlinkChanges changes) {
    ctx.id(ulinkId, Routes.PUT_ULINK_ULINKID, "ulinkId");
    ctx.nonNull(changes, Routes.PUT_ULINK_ULINKID, "changes");
    ctx.check(!changes.toWire().isEmpty(), Routes.PUT_ULINK_ULINKID, "changes must set at least one field");
    return ctx.json(ctx.req(Routes.PUT_ULINK_ULINKID, ulinkId).jsonBody(changes.toWire()).build(), Ulink.class);
  }

  /**
   * Deletes an upload link ({@code DELETE /ulink/{ulinkId}}; seed lines 787-788; high confidence).
   *
   * @param ulinkId the ulink id
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public void delete(long ulinkId) {
    ctx.id(ulinkId, Routes.DELETE_ULINK_ULINKID, "ulinkId");
    ctx.ok(ctx.req(Routes.DELETE_ULINK_ULINKID, ulinkId).build());
  }

  /**
   * Creates an upload link into a folder (body guessed from the Ulink object) ({@code POST /ulink}; no seed text, route from the listing; medium confidence).
   *
   * @param folderId the folder id
   * @param changes the fields to set
   * @return the Ulink; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public Ulink create(long folderId, UlinkChanges changes) {
    ctx.id(folderId, Routes.POST_ULINK, "folderId");
    ctx.nonNull(changes, Routes.POST_ULINK, "changes");
    return ctx.json(ctx.req(Routes.POST_ULINK)
        .jsonBody(Wire.merge(Wire.obj("folder_id", folderId), changes.toWire())).build(), Ulink.class);
  }

  /**
   * Sends an upload link by e-mail (body guessed like share e-mails, with ulink_id) ({@code POST /ulink/email}; no seed text, route from the listing; medium confidence).
   *
   * @param ulinkId the ulink id
   * @param recipients recipient e-mail addresses
   * @param subject e-mail subject
   * @param content e-mail body
   * @return the ShareEmail; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public ShareEmail createEmail(long ulinkId, List<String> recipients, String subject, String content) {
    ctx.id(ulinkId, Routes.POST_ULINK_EMAIL, "ulinkId");
    ctx.nonNull(recipients, Routes.POST_ULINK_EMAIL, "recipients");
    ctx.nonBlank(subject, Routes.POST_ULINK_EMAIL, "subject");
    ctx.nonBlank(content, Routes.POST_ULINK_EMAIL, "content");
    ctx.check(!recipients.isEmpty(), Routes.POST_ULINK_EMAIL, "recipients must not be empty");
    return ctx.json(ctx.req(Routes.POST_ULINK_EMAIL)
        .jsonBody(Wire.obj("ulink_id", ulinkId, "recipients", Wire.emailObjects(recipients), "object", subject, "content", content)).build(), ShareEmail.class);
  }

  /**
   * One upload-link e-mail ({@code GET /ulink/email/{ulinkEmailId}}; no seed text, route from the listing; medium confidence).
   *
   * @param ulinkEmailId the ulink email id
   * @return the ShareEmail; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public ShareEmail getEmail(long ulinkEmailId) {
    ctx.id(ulinkEmailId, Routes.GET_ULINK_EMAIL_ULINKEMAILID, "ulinkEmailId");
    return ctx.json(ctx.req(Routes.GET_ULINK_EMAIL_ULINKEMAILID, ulinkEmailId).build(), ShareEmail.class);
  }

  /**
   * Updates an upload-link e-mail ({@code PUT /ulink/email/{ulinkEmailId}}; no seed text, route from the listing; medium confidence).
   *
   * @param ulinkEmailId the ulink email id
   * @param changes the fields to set
   * @return the ShareEmail; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public ShareEmail updateEmail(long ulinkEmailId, ShareEmailChanges changes) {
    ctx.id(ulinkEmailId, Routes.PUT_ULINK_EMAIL_ULINKEMAILID, "ulinkEmailId");
    ctx.nonNull(changes, Routes.PUT_ULINK_EMAIL_ULINKEMAILID, "changes");
    ctx.check(!changes.toWire().isEmpty(), Routes.PUT_ULINK_EMAIL_ULINKEMAILID, "changes must set at least one field");
    return ctx.json(ctx.req(Routes.PUT_ULINK_EMAIL_ULINKEMAILID, ulinkEmailId)
        .jsonBody(changes.toWire()).build(), ShareEmail.class);
  }

  /**
   * Deletes an upload-link e-mail ({@code DELETE /ulink/email/{ulinkEmailId}}; no seed text, route from the listing; medium confidence).
   *
   * @param ulinkEmailId the ulink email id
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public void deleteEmail(long ulinkEmailId) {
    ctx.id(ulinkEmailId, Routes.DELETE_ULINK_EMAIL_ULINKEMAILID, "ulinkEmailId");
    ctx.ok(ctx.req(Routes.DELETE_ULINK_EMAIL_ULINKEMAILID, ulinkEmailId).build());
  }

  /**
   * An upload link by its key (what a depositor sees) ({@code GET /ulink/key/{ulinkKey}}; no seed text, route from the listing; medium confidence).
   *
   * @param ulinkKey the ulink key
   * @return the Ulink; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public Ulink byKey(String ulinkKey) {
    ctx.nonBlank(ulinkKey, Routes.GET_ULINK_KEY_ULINKKEY, "ulinkKey");
    return ctx.json(ctx.req(Routes.GET_ULINK_KEY_ULINKKEY, ulinkKey).build(), Ulink.class);
  }

  /**
   * Checks the password of an upload link ({@code POST /ulink/key/{ulinkKey}/passcheck}; no seed text, route from the listing; medium confidence).
   *
   * @param ulinkKey the ulink key
   * @param password the password to check
   * @return the PasswordCheck; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public PasswordCheck passcheck(String ulinkKey, String password) {
    ctx.nonBlank(ulinkKey, Routes.POST_ULINK_KEY_ULINKKEY_PASSCHECK, "ulinkKey");
    ctx.nonBlank(password, Routes.POST_ULINK_KEY_ULINKKEY_PASSCHECK, "password");
    return ctx.json(ctx.req(Routes.POST_ULINK_KEY_ULINKKEY_PASSCHECK, ulinkKey)
        .jsonBody(Wire.obj("password", password)).build(), PasswordCheck.class);
  }

  /**
   * Sends the access code of an upload link by SMS (body guessed) ({@code POST /ulink/key/{ulinkKey}/sms}; no seed text, route from the listing; medium confidence).
   *
   * @param ulinkKey the ulink key
   * @param phone the phone number to send the code to
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public void sendSms(String ulinkKey, String phone) {
    ctx.nonBlank(ulinkKey, Routes.POST_ULINK_KEY_ULINKKEY_SMS, "ulinkKey");
    ctx.nonBlank(phone, Routes.POST_ULINK_KEY_ULINKKEY_SMS, "phone");
    ctx.ok(ctx.req(Routes.POST_ULINK_KEY_ULINKKEY_SMS, ulinkKey)
        .jsonBody(Wire.obj("phone", phone)).build());
  }

  /**
   * The upload-link e-mails sent, page by page ({@code GET /ulinks/emails}; no seed text, route from the listing; medium confidence).
   *
   * @param pageSize page size (at least 1)
   * @return a lazy listing (nothing is fetched before iteration); never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public PagedIterable<ShareEmailSummary> listEmails(int pageSize) {
    return ctx.paged(Routes.GET_ULINKS_EMAILS, pageSize, ol -> ctx.req(Routes.GET_ULINKS_EMAILS)
        .query(WireNames.OFFSET, ol[0]).query(WireNames.LIMIT, ol[1]).build(), ShareEmailSummary.class);
  }
}
