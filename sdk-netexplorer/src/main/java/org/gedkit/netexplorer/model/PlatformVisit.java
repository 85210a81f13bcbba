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
 * A recent visit (seed {@code /fzen} example, section visits).
 *
 * @param id user id (wire {@code id}); never null, empty when the server omits it
 * @param user full name (wire {@code user}); never null, empty when the server omits it
 * @param login login (wire {@code login}); never null, empty when the server omits it
 * @param lastSeen last activity, Unix timestamp (sent as a string) (wire {@code last_seen}); never null, empty when the server omits it
 * @param actions number of actions (wire {@code actions}); never null, empty when the server omits it
 * @param external external user (wire {@code external}); never null, empty when the server omits it
 * @param extra wire fields this SDK does not know yet; never null
 */
public record PlatformVisit(
    @JsonProperty("id") @JsonDeserialize(contentUsing = NetExplorerJson.LenientLong.class) Optional<Long> id,
    @JsonProperty("user") Optional<String> user,
    @JsonProperty("login") Optional<String> login,
    @JsonProperty("last_seen") @JsonDeserialize(contentUsing = NetExplorerJson.LenientLong.class) Optional<Long> lastSeen,
    @JsonProperty("actions") Optional<Integer> actions,
    @JsonProperty("external") Optional<Boolean> external,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param id user id (wire {@code id}); never null, empty when the server omits it
   * @param user full name (wire {@code user}); never null, empty when the server omits it
   * @param login login (wire {@code login}); never null, empty when the server omits it
   * @param lastSeen last activity, Unix timestamp (sent as a string) (wire {@code last_seen}); never null, empty when the server omits it
   * @param actions number of actions (wire {@code actions}); never null, empty when the server omits it
   * @param external external user (wire {@code external}); never null, empty when the server omits it
   * @param extra wire fields this SDK does not know yet; never null
   */
  public PlatformVisit {
    id = Norm.opt(id);
    user = Norm.opt(user);
    login = Norm.opt(login);
    lastSeen = Norm.opt(lastSeen);
    actions = Norm.opt(actions);
    external = Norm.opt(external);
    extra = ExtraFields.copyOf(extra);
  }
}
