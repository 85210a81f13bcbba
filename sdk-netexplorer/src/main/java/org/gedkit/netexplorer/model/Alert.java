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
 * An e-mail alert on a folder (seed "Alerte", lines 120-131).
 *
 * @param id unique numeric id (wire {@code id})
 * @param folderId the folder (wire {@code folder_id}); never null, empty when the server omits it
 * @param targetId the alerted user or group (wire {@code target_id}); never null, empty when the server omits it
 * @param target the user's full name or the group name (wire {@code target}); never null, empty when the server omits it
 * @param targetIsGroup whether the target is a group (wire {@code target_isgroup}); never null, empty when the server omits it
 * @param active whether the alert is active (in the example, not in the schema) (wire {@code active}); never null, empty when the server omits it
 * @param email id of the Email object used to send the alert (wire {@code email}); never null, empty when the server omits it
 * @param expirationDate expiry; empty = none (wire {@code expiration_date}); never null, empty when the server omits it
 * @param owner creator's full name (wire {@code owner}); never null, empty when the server omits it
 * @param ownerId creator's id (wire {@code owner_id}); never null, empty when the server omits it
 * @param extra wire fields this SDK does not know yet; never null
 */
public record Alert(
    @JsonProperty("id") long id,
    @JsonProperty("folder_id") @JsonDeserialize(contentUsing = NetExplorerJson.LenientLong.class) Optional<Long> folderId,
    @JsonProperty("target_id") Optional<String> targetId,
    @JsonProperty("target") Optional<String> target,
    @JsonProperty("target_isgroup") Optional<Boolean> targetIsGroup,
    @JsonProperty("active") Optional<Boolean> active,
    @JsonProperty("email") @JsonDeserialize(contentUsing = NetExplorerJson.LenientLong.class) Optional<Long> email,
    @JsonProperty("expiration_date") Optional<OffsetDateTime> expirationDate,
    @JsonProperty("owner") Optional<String> owner,
    @JsonProperty("owner_id") Optional<String> ownerId,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param id unique numeric id (wire {@code id})
   * @param folderId the folder (wire {@code folder_id}); never null, empty when the server omits it
   * @param targetId the alerted user or group (wire {@code target_id}); never null, empty when the server omits it
   * @param target the user's full name or the group name (wire {@code target}); never null, empty when the server omits it
   * @param targetIsGroup whether the target is a group (wire {@code target_isgroup}); never null, empty when the server omits it
   * @param active whether the alert is active (in the example, not in the schema) (wire {@code active}); never null, empty when the server omits it
   * @param email id of the Email object used to send the alert (wire {@code email}); never null, empty when the server omits it
   * @param expirationDate expiry; empty = none (wire {@code expiration_date}); never null, empty when the server omits it
   * @param owner creator's full name (wire {@code owner}); never null, empty when the server omits it
   * @param ownerId creator's id (wire {@code owner_id}); never null, empty when the server omits it
   * @param extra wire fields this SDK does not know yet; never null
   */
  public Alert {
    folderId = Norm.opt(folderId);
    targetId = Norm.opt(targetId);
    target = Norm.opt(target);
    targetIsGroup = Norm.opt(targetIsGroup);
    active = Norm.opt(active);
    email = Norm.opt(email);
    expirationDate = Norm.opt(expirationDate);
    owner = Norm.opt(owner);
    ownerId = Norm.opt(ownerId);
    extra = ExtraFields.copyOf(extra);
  }
}
