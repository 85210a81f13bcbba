package org.gedkit.netexplorer.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.netexplorer.internal.NetExplorerJson;
import org.gedkit.netexplorer.internal.Norm;

/**
 * A total and per-user sizes (seed {@code /fzen} example).
 *
 * @param total total bytes (wire {@code total}); never null, empty when the server omits it
 * @param users per user (wire {@code users}); never null, empty when absent
 * @param extra wire fields this SDK does not know yet; never null
 */
public record UserSizes(
    @JsonProperty("total") @JsonDeserialize(contentUsing = NetExplorerJson.LenientLong.class) Optional<Long> total,
    @JsonProperty("users") List<UserSize> users,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param total total bytes (wire {@code total}); never null, empty when the server omits it
   * @param users per user (wire {@code users}); never null, empty when absent
   * @param extra wire fields this SDK does not know yet; never null
   */
  public UserSizes {
    total = Norm.opt(total);
    users = Norm.list(users);
    extra = ExtraFields.copyOf(extra);
  }
}
