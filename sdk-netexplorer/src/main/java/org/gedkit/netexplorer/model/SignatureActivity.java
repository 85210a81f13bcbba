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
 * One activity entry of a signature request (fields guessed).
 *
 * @param id entry id (wire {@code id})
 * @param type kind (wire {@code type}); never null, empty when the server omits it
 * @param date when (wire {@code date}); never null, empty when the server omits it
 * @param actorId the actor (wire {@code actor_id}); never null, empty when the server omits it
 * @param message details (wire {@code message}); never null, empty when the server omits it
 * @param extra wire fields this SDK does not know yet; never null
 */
public record SignatureActivity(
    @JsonProperty("id") long id,
    @JsonProperty("type") Optional<String> type,
    @JsonProperty("date") Optional<OffsetDateTime> date,
    @JsonProperty("actor_id") @JsonDeserialize(contentUsing = NetExplorerJson.LenientLong.class) Optional<Long> actorId,
    @JsonProperty("message") Optional<String> message,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param id entry id (wire {@code id})
   * @param type kind (wire {@code type}); never null, empty when the server omits it
   * @param date when (wire {@code date}); never null, empty when the server omits it
   * @param actorId the actor (wire {@code actor_id}); never null, empty when the server omits it
   * @param message details (wire {@code message}); never null, empty when the server omits it
   * @param extra wire fields this SDK does not know yet; never null
   */
  public SignatureActivity {
    type = Norm.opt(type);
    date = Norm.opt(date);
    actorId = Norm.opt(actorId);
    message = Norm.opt(message);
    extra = ExtraFields.copyOf(extra);
  }
}
