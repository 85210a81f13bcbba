package org.gedkit.netexplorer.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.netexplorer.internal.NetExplorerJson;
import org.gedkit.netexplorer.internal.Norm;

/**
 * An upload link (seed "Lien de dépôt", lines 300-309). Its toString() hides secrets.
 *
 * @param id unique numeric id (wire {@code id})
 * @param key access key (opens the upload link to whoever holds it) (wire {@code key}); never null, empty when the server omits it; a secret, hidden by toString()
 * @param folder destination folder name (owner only) (wire {@code folder}); never null, empty when the server omits it
 * @param folderId destination folder; empty when it no longer exists (wire {@code folder_id}); never null, empty when the server omits it
 * @param isValid still usable (wire {@code is_valid}); never null, empty when the server omits it
 * @param expirationDate expiry (in the example) (wire {@code expiration_date}); never null, empty when the server omits it
 * @param owner owner's full name (wire {@code owner}); never null, empty when the server omits it
 * @param ownerId owner's id (wire {@code owner_id}); never null, empty when the server omits it
 * @param extra wire fields this SDK does not know yet; never null
 */
public record Ulink(
    @JsonProperty("id") long id,
    @JsonProperty("key") Optional<String> key,
    @JsonProperty("folder") Optional<String> folder,
    @JsonProperty("folder_id") @JsonDeserialize(contentUsing = NetExplorerJson.LenientLong.class) Optional<Long> folderId,
    @JsonProperty("is_valid") Optional<Boolean> isValid,
    @JsonProperty("expiration_date") Optional<OffsetDateTime> expirationDate,
    @JsonProperty("owner") Optional<String> owner,
    @JsonProperty("owner_id") Optional<String> ownerId,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param id unique numeric id (wire {@code id})
   * @param key access key (opens the upload link to whoever holds it) (wire {@code key}); never null, empty when the server omits it; a secret, hidden by toString()
   * @param folder destination folder name (owner only) (wire {@code folder}); never null, empty when the server omits it
   * @param folderId destination folder; empty when it no longer exists (wire {@code folder_id}); never null, empty when the server omits it
   * @param isValid still usable (wire {@code is_valid}); never null, empty when the server omits it
   * @param expirationDate expiry (in the example) (wire {@code expiration_date}); never null, empty when the server omits it
   * @param owner owner's full name (wire {@code owner}); never null, empty when the server omits it
   * @param ownerId owner's id (wire {@code owner_id}); never null, empty when the server omits it
   * @param extra wire fields this SDK does not know yet; never null
   */
  public Ulink {
    key = Norm.opt(key);
    folder = Norm.opt(folder);
    folderId = Norm.opt(folderId);
    isValid = Norm.opt(isValid);
    expirationDate = Norm.opt(expirationDate);
    owner = Norm.opt(owner);
    ownerId = Norm.opt(ownerId);
    extra = ExtraFields.copyOf(extra);
  }

  @Override
  public String toString() {
    return "Ulink[" + "id=" + id + ", " + "key=" + (key.isPresent() ? "***" : "<none>") + ", " + "folder=" + folder + ", " + "folderId=" + folderId + ", " + "isValid=" + isValid + ", " + "expirationDate=" + expirationDate + ", " + "owner=" + owner + ", " + "ownerId=" + ownerId + ", " + "extra=" + extra.keySet() + "]";
  }
}
