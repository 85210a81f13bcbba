package org.gedkit.netexplorer.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.netexplorer.internal.NetExplorerJson;
import org.gedkit.netexplorer.internal.Norm;

/**
 * A share link, also called dlink (seed "Partage par lien", lines 255-279). Its toString() hides secrets.
 *
 * @param id unique numeric id (wire {@code id})
 * @param key download key (opens the link to whoever holds it) (wire {@code key}); never null, empty when the server omits it; a secret, hidden by toString()
 * @param files files of the link (wire {@code files}); never null, empty when absent
 * @param fileId the file (in the example) (wire {@code file_id}); never null, empty when the server omits it
 * @param file the file name (in the example) (wire {@code file}); never null, empty when the server omits it
 * @param fileSize the file size (in the example) (wire {@code file_size}); never null, empty when the server omits it
 * @param isValid still downloadable (wire {@code is_valid}); never null, empty when the server omits it
 * @param expirationDate expiry; empty = none (wire {@code expiration_date}); never null, empty when the server omits it
 * @param passwordProtected password key; empty = no password (wire {@code password_protected}); never null, empty when the server omits it
 * @param remainingDownloads downloads left (wire {@code remaining_downloads}); never null, empty when the server omits it
 * @param thumbToken thumbnail key (wire {@code thumb_token}); never null, empty when the server omits it; a secret, hidden by toString()
 * @param fileType image or document (wire {@code file_type}); never null, empty when the server omits it
 * @param owner creator's full name (wire {@code owner}); never null, empty when the server omits it
 * @param ownerId creator's id (wire {@code owner_id}); never null, empty when the server omits it
 * @param nbDownloads downloads so far (owner only) (wire {@code nb_downloads}); never null, empty when the server omits it
 * @param maxDownloads download limit (owner only) (wire {@code max_downloads}); never null, empty when the server omits it
 * @param notifyOwner notify the owner on download (owner only) (wire {@code notify}); never null, empty when the server omits it
 * @param autoupdate follows the newest version (wire {@code autoupdate}); never null, empty when the server omits it
 * @param onlyPreview preview only (wire {@code only_preview}); never null, empty when the server omits it
 * @param type link type (wire {@code type}); never null, empty when the server omits it
 * @param forceDl forces download (wire {@code force_dl}); never null, empty when the server omits it
 * @param accessToken token for password-protected content (2 h) (wire {@code access_token}); never null, empty when the server omits it; a secret, hidden by toString()
 * @param downloadToken deprecated download token; use TokensApi (wire {@code download_token}); never null, empty when the server omits it; a secret, hidden by toString()
 * @param stats statistics (owner only) (wire {@code stats}); never null, empty when the server omits it
 * @param extra wire fields this SDK does not know yet; never null
 */
public record Sharelink(
    @JsonProperty("id") long id,
    @JsonProperty("key") Optional<String> key,
    @JsonProperty("files") List<FileInfo> files,
    @JsonProperty("file_id") @JsonDeserialize(contentUsing = NetExplorerJson.LenientLong.class) Optional<Long> fileId,
    @JsonProperty("file") Optional<String> file,
    @JsonProperty("file_size") @JsonDeserialize(contentUsing = NetExplorerJson.LenientLong.class) Optional<Long> fileSize,
    @JsonProperty("is_valid") Optional<Boolean> isValid,
    @JsonProperty("expiration_date") Optional<OffsetDateTime> expirationDate,
    @JsonProperty("password_protected") Optional<String> passwordProtected,
    @JsonProperty("remaining_downloads") Optional<Integer> remainingDownloads,
    @JsonProperty("thumb_token") Optional<String> thumbToken,
    @JsonProperty("file_type") Optional<String> fileType,
    @JsonProperty("owner") Optional<String> owner,
    @JsonProperty("owner_id") Optional<String> ownerId,
    @JsonProperty("nb_downloads") Optional<Integer> nbDownloads,
    @JsonProperty("max_downloads") Optional<Integer> maxDownloads,
    @JsonProperty("notify") Optional<Boolean> notifyOwner,
    @JsonProperty("autoupdate") Optional<Boolean> autoupdate,
    @JsonProperty("only_preview") Optional<Boolean> onlyPreview,
    @JsonProperty("type") Optional<Integer> type,
    @JsonProperty("force_dl") Optional<Boolean> forceDl,
    @JsonProperty("access_token") Optional<String> accessToken,
    @JsonProperty("download_token") Optional<String> downloadToken,
    @JsonProperty("stats") Optional<SharelinkStats> stats,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param id unique numeric id (wire {@code id})
   * @param key download key (opens the link to whoever holds it) (wire {@code key}); never null, empty when the server omits it; a secret, hidden by toString()
   * @param files files of the link (wire {@code files}); never null, empty when absent
   * @param fileId the file (in the example) (wire {@code file_id}); never null, empty when the server omits it
   * @param file the file name (in the example) (wire {@code file}); never null, empty when the server omits it
   * @param fileSize the file size (in the example) (wire {@code file_size}); never null, empty when the server omits it
   * @param isValid still downloadable (wire {@code is_valid}); never null, empty when the server omits it
   * @param expirationDate expiry; empty = none (wire {@code expiration_date}); never null, empty when the server omits it
   * @param passwordProtected password key; empty = no password (wire {@code password_protected}); never null, empty when the server omits it
   * @param remainingDownloads downloads left (wire {@code remaining_downloads}); never null, empty when the server omits it
   * @param thumbToken thumbnail key (wire {@code thumb_token}); never null, empty when the server omits it; a secret, hidden by toString()
   * @param fileType image or document (wire {@code file_type}); never null, empty when the server omits it
   * @param owner creator's full name (wire {@code owner}); never null, empty when the server omits it
   * @param ownerId creator's id (wire {@code owner_id}); never null, empty when the server omits it
   * @param nbDownloads downloads so far (owner only) (wire {@code nb_downloads}); never null, empty when the server omits it
   * @param maxDownloads download limit (owner only) (wire {@code max_downloads}); never null, empty when the server omits it
   * @param notifyOwner notify the owner on download (owner only) (wire {@code notify}); never null, empty when the server omits it
   * @param autoupdate follows the newest version (wire {@code autoupdate}); never null, empty when the server omits it
   * @param onlyPreview preview only (wire {@code only_preview}); never null, empty when the server omits it
   * @param type link type (wire {@code type}); never null, empty when the server omits it
   * @param forceDl forces download (wire {@code force_dl}); never null, empty when the server omits it
   * @param accessToken token for password-protected content (2 h) (wire {@code access_token}); never null, empty when the server omits it; a secret, hidden by toString()
   * @param downloadToken deprecated download token; use TokensApi (wire {@code download_token}); never null, empty when the server omits it; a secret, hidden by toString()
   * @param stats statistics (owner only) (wire {@code stats}); never null, empty when the server omits it
   * @param extra wire fields this SDK does not know yet; never null
   */
  public Sharelink {
    key = Norm.opt(key);
    files = Norm.list(files);
    fileId = Norm.opt(fileId);
    file = Norm.opt(file);
    fileSize = Norm.opt(fileSize);
    isValid = Norm.opt(isValid);
    expirationDate = Norm.opt(expirationDate);
    passwordProtected = Norm.opt(passwordProtected);
    remainingDownloads = Norm.opt(remainingDownloads);
    thumbToken = Norm.opt(thumbToken);
    fileType = Norm.opt(fileType);
    owner = Norm.opt(owner);
    ownerId = Norm.opt(ownerId);
    nbDownloads = Norm.opt(nbDownloads);
    maxDownloads = Norm.opt(maxDownloads);
    notifyOwner = Norm.opt(notifyOwner);
    autoupdate = Norm.opt(autoupdate);
    onlyPreview = Norm.opt(onlyPreview);
    type = Norm.opt(type);
    forceDl = Norm.opt(forceDl);
    accessToken = Norm.opt(accessToken);
    downloadToken = Norm.opt(downloadToken);
    stats = Norm.opt(stats);
    extra = ExtraFields.copyOf(extra);
  }

  @Override
  public String toString() {
    return "Sharelink[" + "id=" + id + ", " + "key=" + (key.isPresent() ? "***" : "<none>") + ", " + "files=" + files + ", " + "fileId=" + fileId + ", " + "file=" + file + ", " + "fileSize=" + fileSize + ", " + "isValid=" + isValid + ", " + "expirationDate=" + expirationDate + ", " + "passwordProtected=" + passwordProtected + ", " + "remainingDownloads=" + remainingDownloads + ", " + "thumbToken=" + (thumbToken.isPresent() ? "***" : "<none>") + ", " + "fileType=" + fileType + ", " + "owner=" + owner + ", " + "ownerId=" + ownerId + ", " + "nbDownloads=" + nbDownloads + ", " + "maxDownloads=" + maxDownloads + ", " + "notifyOwner=" + notifyOwner + ", " + "autoupdate=" + autoupdate + ", " + "onlyPreview=" + onlyPreview + ", " + "type=" + type + ", " + "forceDl=" + forceDl + ", " + "accessToken=" + (accessToken.isPresent() ? "***" : "<none>") + ", " + "downloadToken=" + (downloadToken.isPresent() ? "***" : "<none>") + ", " + "stats=" + stats + ", " + "extra=" + extra.keySet() + "]";
  }
}
