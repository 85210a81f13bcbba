package org.gedkit.netexplorer.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;
import java.util.Optional;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.netexplorer.internal.NetExplorerJson;
import org.gedkit.netexplorer.internal.Norm;

/**
 * A user's quota and usage ({@code GET /user/{userId}/quota}, seed lines 705-707).
 *
 * @param quota the quota in bytes; empty = none (wire {@code quota}); never null, empty when the server omits it
 * @param user bytes used by the user (wire {@code user}); never null, empty when the server omits it
 * @param extra wire fields this SDK does not know yet; never null
 */
public record UserQuota(
    @JsonProperty("quota") @JsonDeserialize(contentUsing = NetExplorerJson.LenientLong.class) Optional<Long> quota,
    @JsonProperty("user") @JsonDeserialize(contentUsing = NetExplorerJson.LenientLong.class) Optional<Long> user,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param quota the quota in bytes; empty = none (wire {@code quota}); never null, empty when the server omits it
   * @param user bytes used by the user (wire {@code user}); never null, empty when the server omits it
   * @param extra wire fields this SDK does not know yet; never null
   */
  public UserQuota {
    quota = Norm.opt(quota);
    user = Norm.opt(user);
    extra = ExtraFields.copyOf(extra);
  }
}
