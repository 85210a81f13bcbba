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
 * A share sent by e-mail (seed "Partage par email", lines 280-289).
 *
 * @param id unique numeric id (wire {@code id})
 * @param object subject (wire {@code object}); never null, empty when the server omits it
 * @param content body (wire {@code content}); never null, empty when the server omits it
 * @param ownerId creator's id (wire {@code owner_id}); never null, empty when the server omits it
 * @param shareId the attached share link (wire {@code share_id}); never null, empty when the server omits it
 * @param creationDate creation (wire {@code creation_date}); never null, empty when the server omits it
 * @param recipients recipients (wire {@code recipients}); never null, empty when absent
 * @param extra wire fields this SDK does not know yet; never null
 */
public record ShareEmail(
    @JsonProperty("id") long id,
    @JsonProperty("object") Optional<String> object,
    @JsonProperty("content") Optional<String> content,
    @JsonProperty("owner_id") Optional<String> ownerId,
    @JsonProperty("share_id") @JsonDeserialize(contentUsing = NetExplorerJson.LenientLong.class) Optional<Long> shareId,
    @JsonProperty("creation_date") Optional<OffsetDateTime> creationDate,
    @JsonProperty("recipients") List<EmailRecipient> recipients,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param id unique numeric id (wire {@code id})
   * @param object subject (wire {@code object}); never null, empty when the server omits it
   * @param content body (wire {@code content}); never null, empty when the server omits it
   * @param ownerId creator's id (wire {@code owner_id}); never null, empty when the server omits it
   * @param shareId the attached share link (wire {@code share_id}); never null, empty when the server omits it
   * @param creationDate creation (wire {@code creation_date}); never null, empty when the server omits it
   * @param recipients recipients (wire {@code recipients}); never null, empty when absent
   * @param extra wire fields this SDK does not know yet; never null
   */
  public ShareEmail {
    object = Norm.opt(object);
    content = Norm.opt(content);
    ownerId = Norm.opt(ownerId);
    shareId = Norm.opt(shareId);
    creationDate = Norm.opt(creationDate);
    recipients = Norm.list(recipients);
    extra = ExtraFields.copyOf(extra);
  }
}
