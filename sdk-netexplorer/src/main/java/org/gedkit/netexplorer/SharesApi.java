package org.gedkit.netexplorer;

import java.util.List;
import org.gedkit.core.paging.PagedIterable;
import org.gedkit.core.transfer.DownloadOptions;
import org.gedkit.core.transfer.DownloadResult;
import org.gedkit.core.transfer.DownloadTarget;
import org.gedkit.core.transfer.Downloads;
import org.gedkit.netexplorer.internal.Ctx;
import org.gedkit.netexplorer.internal.Routes;
import org.gedkit.netexplorer.internal.Wire;
import org.gedkit.netexplorer.internal.WireNames;
import org.gedkit.netexplorer.model.AccessToken;
import org.gedkit.netexplorer.model.PasswordCheck;
import org.gedkit.netexplorer.model.Share;
import org.gedkit.netexplorer.model.ShareActivity;
import org.gedkit.netexplorer.model.ShareContentItem;
import org.gedkit.netexplorer.model.ShareEmail;
import org.gedkit.netexplorer.model.ShareEmailSummary;

/** Shares (new-style share links holding several roots), their e-mails and zips (seed "Partage" and "Contenu de partage", lines 225-254; routes known only from the listing, request parameters guessed). Thread-safe. */
public final class SharesApi {

  private final Ctx ctx;

  SharesApi(Ctx ctx) {
    this.ctx = ctx;
  }

  /**
   * Creates a share of files and folders ({@code POST /share}; no seed text, route from the listing; medium confidence).
   *
   * @param changes the fields to set
   * @return the Share; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public Share create(ShareChanges changes) {
    ctx.nonNull(changes, Routes.POST_SHARE, "changes");
    ctx.check(!changes.toWire().isEmpty(), Routes.POST_SHARE, "changes must set at least one field");
    return ctx.json(ctx.req(Routes.POST_SHARE).jsonBody(changes.toWire()).build(), Share.class);
  }

  /**
   * The content of a share, at its roots or inside one of its folders (folderId may be null) ({@code GET /share/content/{shareKey}/[{folderId}]}; no seed text, route from the listing; medium confidence).
   *
   * @param shareKey the share key
   * @param folderId the folder id; may be null
   * @return the items; never null, possibly empty
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public List<ShareContentItem> content(String shareKey, Long folderId) {
    ctx.nonBlank(shareKey, Routes.GET_SHARE_CONTENT_SHAREKEY_FOLDERID_OPT, "shareKey");
    return ctx.list(ctx.req(Routes.GET_SHARE_CONTENT_SHAREKEY_FOLDERID_OPT, shareKey, folderId).build(), ShareContentItem.class);
  }

  /**
   * Downloads one file of a share (query names guessed: key, guid) ({@code GET /share/download/file}; no seed text, route from the listing; medium confidence).
   *
   * @param shareKey the share key
   * @param guid the guid
   * @param target where the bytes go
   * @return what was downloaded; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public DownloadResult downloadFile(String shareKey, String guid, DownloadTarget target) {
    ctx.nonBlank(shareKey, Routes.GET_SHARE_DOWNLOAD_FILE, "shareKey");
    ctx.nonBlank(guid, Routes.GET_SHARE_DOWNLOAD_FILE, "guid");
    ctx.nonNull(target, Routes.GET_SHARE_DOWNLOAD_FILE, "target");
    return Downloads.download(ctx.transport(), ctx.req(Routes.GET_SHARE_DOWNLOAD_FILE)
        .query("key", shareKey)
        .query("guid", guid).build(), target, DownloadOptions.defaults());
  }

  /**
   * Sends a share by e-mail ({@code POST /share/email}; no seed text, route from the listing; medium confidence).
   *
   * @param shareId the share id
   * @param recipients recipient e-mail addresses
   * @param subject e-mail subject
   * @param content e-mail body
   * @return the ShareEmail; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public ShareEmail createEmail(long shareId, List<String> recipients, String subject, String content) {
    ctx.id(shareId, Routes.POST_SHARE_EMAIL, "shareId");
    ctx.nonNull(recipients, Routes.POST_SHARE_EMAIL, "recipients");
    ctx.nonBlank(subject, Routes.POST_SHARE_EMAIL, "subject");
    ctx.nonBlank(content, Routes.POST_SHARE_EMAIL, "content");
    ctx.check(!recipients.isEmpty(), Routes.POST_SHARE_EMAIL, "recipients must not be empty");
    return ctx.json(ctx.req(Routes.POST_SHARE_EMAIL)
        .jsonBody(Wire.obj("share_id", shareId, "recipients", Wire.emailObjects(recipients), "object", subject, "content", content)).build(), ShareEmail.class);
  }

  /**
   * One share e-mail ({@code GET /share/email/{shareEmailId}}; no seed text, route from the listing; medium confidence).
   *
   * @param shareEmailId the share email id
   * @return the ShareEmail; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public ShareEmail getEmail(long shareEmailId) {
    ctx.id(shareEmailId, Routes.GET_SHARE_EMAIL_SHAREEMAILID, "shareEmailId");
    return ctx.json(ctx.req(Routes.GET_SHARE_EMAIL_SHAREEMAILID, shareEmailId).build(), ShareEmail.class);
  }

  /**
   * Updates a share e-mail ({@code PUT /share/email/{shareEmailId}}; no seed text, route from the listing; medium confidence).
   *
   * @param shareEmailId the share email id
   * @param changes the fields to set
   * @return the ShareEmail; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public ShareEmail updateEmail(long shareEmailId, ShareEmailChanges changes) {
    ctx.id(shareEmailId, Routes.PUT_SHARE_EMAIL_SHAREEMAILID, "shareEmailId");
    ctx.nonNull(changes, Routes.PUT_SHARE_EMAIL_SHAREEMAILID, "changes");
    ctx.check(!changes.toWire().isEmpty(), Routes.PUT_SHARE_EMAIL_SHAREEMAILID, "changes must set at least one field");
    return ctx.json(ctx.req(Routes.PUT_SHARE_EMAIL_SHAREEMAILID, shareEmailId)
        .jsonBody(changes.toWire()).build(), ShareEmail.class);
  }

  /**
   * Deletes a share e-mail ({@code DELETE /share/email/{shareEmailId}}; no seed text, route from the listing; medium confidence).
   *
   * @param shareEmailId the share email id
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public void deleteEmail(long shareEmailId) {
    ctx.id(shareEmailId, Routes.DELETE_SHARE_EMAIL_SHAREEMAILID, "shareEmailId");
    ctx.ok(ctx.req(Routes.DELETE_SHARE_EMAIL_SHAREEMAILID, shareEmailId).build());
  }

  /**
   * The activity of a share e-mail ({@code GET /share/email/{shareEmailId}/activity}; no seed text, route from the listing; medium confidence).
   *
   * @param shareEmailId the share email id
   * @return the items; never null, possibly empty
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public List<ShareActivity> emailActivity(long shareEmailId) {
    ctx.id(shareEmailId, Routes.GET_SHARE_EMAIL_SHAREEMAILID_ACTIVITY, "shareEmailId");
    return ctx.list(ctx.req(Routes.GET_SHARE_EMAIL_SHAREEMAILID_ACTIVITY, shareEmailId).build(), ShareActivity.class);
  }

  /**
   * A share by its key (what a recipient sees) ({@code GET /share/key/{shareKey}}; no seed text, route from the listing; medium confidence).
   *
   * @param shareKey the share key
   * @return the Share; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public Share byKey(String shareKey) {
    ctx.nonBlank(shareKey, Routes.GET_SHARE_KEY_SHAREKEY, "shareKey");
    return ctx.json(ctx.req(Routes.GET_SHARE_KEY_SHAREKEY, shareKey).build(), Share.class);
  }

  /**
   * Checks the password of a share ({@code POST /share/key/{shareKey}/passcheck}; no seed text, route from the listing; medium confidence).
   *
   * @param shareKey the share key
   * @param password the password to check
   * @return the PasswordCheck; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public PasswordCheck passcheck(String shareKey, String password) {
    ctx.nonBlank(shareKey, Routes.POST_SHARE_KEY_SHAREKEY_PASSCHECK, "shareKey");
    ctx.nonBlank(password, Routes.POST_SHARE_KEY_SHAREKEY_PASSCHECK, "password");
    return ctx.json(ctx.req(Routes.POST_SHARE_KEY_SHAREKEY_PASSCHECK, shareKey)
        .jsonBody(Wire.obj("password", password)).build(), PasswordCheck.class);
  }

  /**
   * Sends the access code of a share by SMS (body guessed) ({@code POST /share/key/{shareKey}/sms}; no seed text, route from the listing; medium confidence).
   *
   * @param shareKey the share key
   * @param phone the phone number to send the code to
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public void sendSms(String shareKey, String phone) {
    ctx.nonBlank(shareKey, Routes.POST_SHARE_KEY_SHAREKEY_SMS, "shareKey");
    ctx.nonBlank(phone, Routes.POST_SHARE_KEY_SHAREKEY_SMS, "phone");
    ctx.ok(ctx.req(Routes.POST_SHARE_KEY_SHAREKEY_SMS, shareKey)
        .jsonBody(Wire.obj("phone", phone)).build());
  }

  /**
   * One share ({@code GET /share/{shareId}}; no seed text, route from the listing; medium confidence).
   *
   * @param shareId the share id
   * @return the Share; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public Share get(long shareId) {
    ctx.id(shareId, Routes.GET_SHARE_SHAREID, "shareId");
    return ctx.json(ctx.req(Routes.GET_SHARE_SHAREID, shareId).build(), Share.class);
  }

  /**
   * Updates a share; only set fields change ({@code PUT /share/{shareId}}; no seed text, route from the listing; medium confidence).
   *
   * @param shareId the share id
   * @param changes the fields to set
   * @return the Share; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public Share update(long shareId, ShareChanges changes) {
    ctx.id(shareId, Routes.PUT_SHARE_SHAREID, "shareId");
    ctx.nonNull(changes, Routes.PUT_SHARE_SHAREID, "changes");
    ctx.check(!changes.toWire().isEmpty(), Routes.PUT_SHARE_SHAREID, "changes must set at least one field");
    return ctx.json(ctx.req(Routes.PUT_SHARE_SHAREID, shareId).jsonBody(changes.toWire()).build(), Share.class);
  }

  /**
   * Deletes a share ({@code DELETE /share/{shareId}}; no seed text, route from the listing; medium confidence).
   *
   * @param shareId the share id
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public void delete(long shareId) {
    ctx.id(shareId, Routes.DELETE_SHARE_SHAREID, "shareId");
    ctx.ok(ctx.req(Routes.DELETE_SHARE_SHAREID, shareId).build());
  }

  /**
   * The activity of a share ({@code GET /share/{shareId}/activity}; no seed text, route from the listing; medium confidence).
   *
   * @param shareId the share id
   * @return the items; never null, possibly empty
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public List<ShareActivity> activity(long shareId) {
    ctx.id(shareId, Routes.GET_SHARE_SHAREID_ACTIVITY, "shareId");
    return ctx.list(ctx.req(Routes.GET_SHARE_SHAREID_ACTIVITY, shareId).build(), ShareActivity.class);
  }

  /**
   * The user's shares, page by page ({@code GET /shares}; no seed text, route from the listing; medium confidence).
   *
   * @param pageSize page size (at least 1)
   * @return a lazy listing (nothing is fetched before iteration); never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public PagedIterable<Share> list(int pageSize) {
    return ctx.paged(Routes.GET_SHARES, pageSize, ol -> ctx.req(Routes.GET_SHARES)
        .query(WireNames.OFFSET, ol[0]).query(WireNames.LIMIT, ol[1]).build(), Share.class);
  }

  /**
   * The share e-mails sent, page by page ({@code GET /shares/emails}; no seed text, route from the listing; medium confidence).
   *
   * @param pageSize page size (at least 1)
   * @return a lazy listing (nothing is fetched before iteration); never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public PagedIterable<ShareEmailSummary> listEmails(int pageSize) {
    return ctx.paged(Routes.GET_SHARES_EMAILS, pageSize, ol -> ctx.req(Routes.GET_SHARES_EMAILS)
        .query(WireNames.OFFSET, ol[0]).query(WireNames.LIMIT, ol[1]).build(), ShareEmailSummary.class);
  }

  /**
   * Downloads a whole share as a zip ({@code GET /zip/share/{shareKey}}; no seed text, route from the listing; medium confidence).
   *
   * @param shareKey the share key
   * @param target where the bytes go
   * @return what was downloaded; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public DownloadResult zipShare(String shareKey, DownloadTarget target) {
    ctx.nonBlank(shareKey, Routes.GET_ZIP_SHARE_SHAREKEY, "shareKey");
    ctx.nonNull(target, Routes.GET_ZIP_SHARE_SHAREKEY, "target");
    return Downloads.download(ctx.transport(), ctx.req(Routes.GET_ZIP_SHARE_SHAREKEY, shareKey).build(), target, DownloadOptions.defaults());
  }

  /**
   * A token for a zip of some files of a share (body guessed: key, guids) ({@code POST /zip/token/share}; no seed text, route from the listing; medium confidence).
   *
   * @param shareKey the share key
   * @param guids GUIDs of the files of the share to zip
   * @return the AccessToken; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public AccessToken zipToken(String shareKey, List<String> guids) {
    ctx.nonBlank(shareKey, Routes.POST_ZIP_TOKEN_SHARE, "shareKey");
    ctx.nonNull(guids, Routes.POST_ZIP_TOKEN_SHARE, "guids");
    return ctx.json(ctx.req(Routes.POST_ZIP_TOKEN_SHARE)
        .jsonBody(Wire.obj("key", shareKey, "guids", guids)).build(), AccessToken.class);
  }
}
