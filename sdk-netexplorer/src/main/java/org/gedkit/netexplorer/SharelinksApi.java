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
import org.gedkit.netexplorer.model.PasswordCheck;
import org.gedkit.netexplorer.model.ShareEmail;
import org.gedkit.netexplorer.model.ShareEmailSummary;
import org.gedkit.netexplorer.model.Sharelink;

/** Share links, also called dlinks, and their e-mails (seed "Partage par lien", lines 255-299; routes known only from the listing, request parameters guessed). Thread-safe. */
public final class SharelinksApi {

  private final Ctx ctx;

  SharelinksApi(Ctx ctx) {
    this.ctx = ctx;
  }

  /**
   * Creates a share link on a file ({@code POST /sharelink}; no seed text, route from the listing; medium confidence).
   *
   * @param fileId the file id
   * @param changes the fields to set
   * @return the Sharelink; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public Sharelink create(long fileId, SharelinkChanges changes) {
    ctx.id(fileId, Routes.POST_SHARELINK, "fileId");
    ctx.nonNull(changes, Routes.POST_SHARELINK, "changes");
    return ctx.json(ctx.req(Routes.POST_SHARELINK)
        .jsonBody(Wire.merge(Wire.obj("file_id", fileId), changes.toWire())).build(), Sharelink.class);
  }

  /**
   * Downloads the content of a share link by its key; a download token (TokensApi#sharelinkDownload) goes in the query for password-protected links ({@code GET /sharelink/download/{sharelinkKey}}; no seed text, route from the listing; medium confidence).
   *
   * @param sharelinkKey the sharelink key
   * @param token a download token from TokensApi#sharelinkDownload; may be null
   * @param target where the bytes go
   * @return what was downloaded; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public DownloadResult download(String sharelinkKey, String token, DownloadTarget target) {
    ctx.nonBlank(sharelinkKey, Routes.GET_SHARELINK_DOWNLOAD_SHARELINKKEY, "sharelinkKey");
    ctx.nonNull(target, Routes.GET_SHARELINK_DOWNLOAD_SHARELINKKEY, "target");
    return Downloads.download(ctx.transport(), ctx.req(Routes.GET_SHARELINK_DOWNLOAD_SHARELINKKEY, sharelinkKey)
        .query(WireNames.TOKEN, token).build(), target, DownloadOptions.defaults());
  }

  /**
   * Sends a share link by e-mail ({@code POST /sharelink/email}; no seed text, route from the listing; medium confidence).
   *
   * @param sharelinkId the sharelink id
   * @param recipients recipient e-mail addresses
   * @param subject e-mail subject
   * @param content e-mail body
   * @return the ShareEmail; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public ShareEmail createEmail(long sharelinkId, List<String> recipients, String subject, String content) {
    ctx.id(sharelinkId, Routes.POST_SHARELINK_EMAIL, "sharelinkId");
    ctx.nonNull(recipients, Routes.POST_SHARELINK_EMAIL, "recipients");
    ctx.nonBlank(subject, Routes.POST_SHARELINK_EMAIL, "subject");
    ctx.nonBlank(content, Routes.POST_SHARELINK_EMAIL, "content");
    ctx.check(!recipients.isEmpty(), Routes.POST_SHARELINK_EMAIL, "recipients must not be empty");
    return ctx.json(ctx.req(Routes.POST_SHARELINK_EMAIL)
        .jsonBody(Wire.obj("share_id", sharelinkId, "recipients", Wire.emailObjects(recipients), "object", subject, "content", content)).build(), ShareEmail.class);
  }

  /**
   * One share-link e-mail ({@code GET /sharelink/email/{sharelinkEmailId}}; no seed text, route from the listing; medium confidence).
   *
   * @param sharelinkEmailId the sharelink email id
   * @return the ShareEmail; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public ShareEmail getEmail(long sharelinkEmailId) {
    ctx.id(sharelinkEmailId, Routes.GET_SHARELINK_EMAIL_SHARELINKEMAILID, "sharelinkEmailId");
    return ctx.json(ctx.req(Routes.GET_SHARELINK_EMAIL_SHARELINKEMAILID, sharelinkEmailId).build(), ShareEmail.class);
  }

  /**
   * Deletes a share-link e-mail ({@code DELETE /sharelink/email/{sharelinkEmailId}}; no seed text, route from the listing; medium confidence).
   *
   * @param sharelinkEmailId the sharelink email id
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public void deleteEmail(long sharelinkEmailId) {
    ctx.id(sharelinkEmailId, Routes.DELETE_SHARELINK_EMAIL_SHARELINKEMAILID, "sharelinkEmailId");
    ctx.ok(ctx.req(Routes.DELETE_SHARELINK_EMAIL_SHARELINKEMAILID, sharelinkEmailId).build());
  }

  /**
   * Updates a share-link e-mail (the listing names the path parameter sharelinkId) ({@code PUT /sharelink/email/{sharelinkId}}; no seed text, route from the listing; medium confidence).
   *
   * @param sharelinkEmailId the sharelink email id
   * @param changes the fields to set
   * @return the ShareEmail; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public ShareEmail updateEmail(long sharelinkEmailId, ShareEmailChanges changes) {
    ctx.id(sharelinkEmailId, Routes.PUT_SHARELINK_EMAIL_SHARELINKID, "sharelinkEmailId");
    ctx.nonNull(changes, Routes.PUT_SHARELINK_EMAIL_SHARELINKID, "changes");
    ctx.check(!changes.toWire().isEmpty(), Routes.PUT_SHARELINK_EMAIL_SHARELINKID, "changes must set at least one field");
    return ctx.json(ctx.req(Routes.PUT_SHARELINK_EMAIL_SHARELINKID, sharelinkEmailId)
        .jsonBody(changes.toWire()).build(), ShareEmail.class);
  }

  /**
   * A share link by its key (what a recipient sees) ({@code GET /sharelink/key/{sharelinkKey}}; no seed text, route from the listing; medium confidence).
   *
   * @param sharelinkKey the sharelink key
   * @return the Sharelink; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public Sharelink byKey(String sharelinkKey) {
    ctx.nonBlank(sharelinkKey, Routes.GET_SHARELINK_KEY_SHARELINKKEY, "sharelinkKey");
    return ctx.json(ctx.req(Routes.GET_SHARELINK_KEY_SHARELINKKEY, sharelinkKey).build(), Sharelink.class);
  }

  /**
   * Checks the password of a share link by its key ({@code POST /sharelink/key/{sharelinkKey}/passcheck}; no seed text, route from the listing; medium confidence).
   *
   * @param sharelinkKey the sharelink key
   * @param password the password to check
   * @return the PasswordCheck; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public PasswordCheck passcheckByKey(String sharelinkKey, String password) {
    ctx.nonBlank(sharelinkKey, Routes.POST_SHARELINK_KEY_SHARELINKKEY_PASSCHECK, "sharelinkKey");
    ctx.nonBlank(password, Routes.POST_SHARELINK_KEY_SHARELINKKEY_PASSCHECK, "password");
    return ctx.json(ctx.req(Routes.POST_SHARELINK_KEY_SHARELINKKEY_PASSCHECK, sharelinkKey)
        .jsonBody(Wire.obj("password", password)).build(), PasswordCheck.class);
  }

  /**
   * One share link ({@code GET /sharelink/{sharelinkId}}; no seed text, route from the listing; medium confidence).
   *
   * @param sharelinkId the sharelink id
   * @return the Sharelink; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public Sharelink get(long sharelinkId) {
    ctx.id(sharelinkId, Routes.GET_SHARELINK_SHARELINKID, "sharelinkId");
    return ctx.json(ctx.req(Routes.GET_SHARELINK_SHARELINKID, sharelinkId).build(), Sharelink.class);
  }

  /**
   * Updates a share link; only set fields change ({@code PUT /sharelink/{sharelinkId}}; no seed text, route from the listing; medium confidence).
   *
   * @param sharelinkId the sharelink id
   * @param changes the fields to set
   * @return the Sharelink; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public Sharelink update(long sharelinkId, SharelinkChanges changes) {
    ctx.id(sharelinkId, Routes.PUT_SHARELINK_SHARELINKID, "sharelinkId");
    ctx.nonNull(changes, Routes.PUT_SHARELINK_SHARELINKID, "changes");
    ctx.check(!changes.toWire().isEmpty(), Routes.PUT_SHARELINK_SHARELINKID, "changes must set at least one field");
    return ctx.json(ctx.req(Routes.PUT_SHARELINK_SHARELINKID, sharelinkId)
        .jsonBody(changes.toWire()).build(), Sharelink.class);
  }

  /**
   * Deletes a share link ({@code DELETE /sharelink/{sharelinkId}}; no seed text, route from the listing; medium confidence).
   *
   * @param sharelinkId the sharelink id
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public void delete(long sharelinkId) {
    ctx.id(sharelinkId, Routes.DELETE_SHARELINK_SHARELINKID, "sharelinkId");
    ctx.ok(ctx.req(Routes.DELETE_SHARELINK_SHARELINKID, sharelinkId).build());
  }

  /**
   * Adds a file to a share link ({@code POST /sharelink/{sharelinkId}/file}; no seed text, route from the listing; medium confidence).
   *
   * @param sharelinkId the sharelink id
   * @param fileId the file id
   * @return the Sharelink; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public Sharelink addFile(long sharelinkId, long fileId) {
    ctx.id(sharelinkId, Routes.POST_SHARELINK_SHARELINKID_FILE, "sharelinkId");
    ctx.id(fileId, Routes.POST_SHARELINK_SHARELINKID_FILE, "fileId");
    return ctx.json(ctx.req(Routes.POST_SHARELINK_SHARELINKID_FILE, sharelinkId)
        .jsonBody(Wire.obj("file_id", fileId)).build(), Sharelink.class);
  }

  /**
   * Removes a file from a share link ({@code DELETE /sharelink/{sharelinkId}/file/{fileId}}; no seed text, route from the listing; medium confidence).
   *
   * @param sharelinkId the sharelink id
   * @param fileId the file id
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public void removeFile(long sharelinkId, long fileId) {
    ctx.id(sharelinkId, Routes.DELETE_SHARELINK_SHARELINKID_FILE_FILEID, "sharelinkId");
    ctx.id(fileId, Routes.DELETE_SHARELINK_SHARELINKID_FILE_FILEID, "fileId");
    ctx.ok(ctx.req(Routes.DELETE_SHARELINK_SHARELINKID_FILE_FILEID, sharelinkId, fileId).build());
  }

  /**
   * Adds a folder to a share link ({@code POST /sharelink/{sharelinkId}/folder}; no seed text, route from the listing; medium confidence).
   *
   * @param sharelinkId the sharelink id
   * @param folderId the folder id
   * @return the Sharelink; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public Sharelink addFolder(long sharelinkId, long folderId) {
    ctx.id(sharelinkId, Routes.POST_SHARELINK_SHARELINKID_FOLDER, "sharelinkId");
    ctx.id(folderId, Routes.POST_SHARELINK_SHARELINKID_FOLDER, "folderId");
    return ctx.json(ctx.req(Routes.POST_SHARELINK_SHARELINKID_FOLDER, sharelinkId)
        .jsonBody(Wire.obj("folder_id", folderId)).build(), Sharelink.class);
  }

  /**
   * Checks the password of a share link by its id ({@code POST /sharelink/{sharelinkId}/passcheck}; no seed text, route from the listing; medium confidence).
   *
   * @param sharelinkId the sharelink id
   * @param password the password to check
   * @return the PasswordCheck; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public PasswordCheck passcheck(long sharelinkId, String password) {
    ctx.id(sharelinkId, Routes.POST_SHARELINK_SHARELINKID_PASSCHECK, "sharelinkId");
    ctx.nonBlank(password, Routes.POST_SHARELINK_SHARELINKID_PASSCHECK, "password");
    return ctx.json(ctx.req(Routes.POST_SHARELINK_SHARELINKID_PASSCHECK, sharelinkId)
        .jsonBody(Wire.obj("password", password)).build(), PasswordCheck.class);
  }

  /**
   * The user's share links, page by page ({@code GET /sharelinks}; no seed text, route from the listing; medium confidence).
   *
   * @param pageSize page size (at least 1)
   * @return a lazy listing (nothing is fetched before iteration); never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public PagedIterable<Sharelink> list(int pageSize) {
    return ctx.paged(Routes.GET_SHARELINKS, pageSize, ol -> ctx.req(Routes.GET_SHARELINKS)
        .query(WireNames.OFFSET, ol[0]).query(WireNames.LIMIT, ol[1]).build(), Sharelink.class);
  }

  /**
   * The share-link e-mails sent, page by page ({@code GET /sharelinks/emails}; no seed text, route from the listing; medium confidence).
   *
   * @param pageSize page size (at least 1)
   * @return a lazy listing (nothing is fetched before iteration); never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public PagedIterable<ShareEmailSummary> listEmails(int pageSize) {
    return ctx.paged(Routes.GET_SHARELINKS_EMAILS, pageSize, ol -> ctx.req(Routes.GET_SHARELINKS_EMAILS)
        .query(WireNames.OFFSET, ol[0]).query(WireNames.LIMIT, ol[1]).build(), ShareEmailSummary.class);
  }
}
