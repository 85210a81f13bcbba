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
 * Per-user size (seed {@code /fzen} example).
 *
 * @param id user id (wire {@code id}); never null, empty when the server omits it
 * @param user full name (wire {@code user}); never null, empty when the server omits it
 * @param login login (wire {@code login}); never null, empty when the server omits it
 * @param size bytes (wire {@code size}); never null, empty when the server omits it
 * @param extra wire fields this SDK does not know yet; never null
 */
public record UserSize(
    @JsonProperty("id") @JsonDeserialize(contentUsing = NetExplorerJson.LenientLong.class) Optional<Long> id,
    @JsonProperty("user") Optional<String> user,
    @JsonProperty("login") Optional<String> login,
    @JsonProperty("size") @JsonDeserialize(contentUsing = NetExplorerJson.LenientLong.class) Optional<Long> size,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param id user id (wire {@code id}); never null, empty when the server omits it
   * @param user full name (wire {@code user}); never null, empty when the server omits it
   * @param login login (wire {@code login}); never null, empty when the server omits it
   * @param size bytes (wire {@code size}); never null, empty when the server omits it
   * @param extra wire fields this SDK does not know yet; never null
   */
  public UserSize {
    id = Norm.opt(id);
    user = Norm.opt(user);
    login = Norm.opt(login);
    size = Norm.opt(size);
    extra = ExtraFields.copyOf(extra);
  }
}
