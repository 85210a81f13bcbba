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
 * A synchronisation slot in use (seed {@code /fzen} example, section slots.recents).
 *
 * @param id user id (wire {@code id}); never null, empty when the server omits it
 * @param user full name (wire {@code user}); never null, empty when the server omits it
 * @param login login (wire {@code login}); never null, empty when the server omits it
 * @param ip IP address (wire {@code ip}); never null, empty when the server omits it
 * @param userAgent client software (wire {@code user_agent}); never null, empty when the server omits it
 * @param computer computer name (wire {@code computer}); never null, empty when the server omits it
 * @param date last connection, Unix timestamp; empty when online (wire {@code date}); never null, empty when the server omits it
 * @param state online or offline (wire {@code state}); never null, empty when the server omits it
 * @param type client type (wire {@code type}); never null, empty when the server omits it
 * @param env environment (wire {@code env}); never null, empty when the server omits it
 * @param geo geolocation (wire {@code geo}); never null, empty when the server omits it
 * @param extra wire fields this SDK does not know yet; never null
 */
public record PlatformConnection(
    @JsonProperty("id") @JsonDeserialize(contentUsing = NetExplorerJson.LenientLong.class) Optional<Long> id,
    @JsonProperty("user") Optional<String> user,
    @JsonProperty("login") Optional<String> login,
    @JsonProperty("ip") Optional<String> ip,
    @JsonProperty("user_agent") Optional<String> userAgent,
    @JsonProperty("computer") Optional<String> computer,
    @JsonProperty("date") @JsonDeserialize(contentUsing = NetExplorerJson.LenientLong.class) Optional<Long> date,
    @JsonProperty("state") Optional<String> state,
    @JsonProperty("type") Optional<String> type,
    @JsonProperty("env") Optional<Environment> env,
    @JsonProperty("geo") Optional<Geolocation> geo,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param id user id (wire {@code id}); never null, empty when the server omits it
   * @param user full name (wire {@code user}); never null, empty when the server omits it
   * @param login login (wire {@code login}); never null, empty when the server omits it
   * @param ip IP address (wire {@code ip}); never null, empty when the server omits it
   * @param userAgent client software (wire {@code user_agent}); never null, empty when the server omits it
   * @param computer computer name (wire {@code computer}); never null, empty when the server omits it
   * @param date last connection, Unix timestamp; empty when online (wire {@code date}); never null, empty when the server omits it
   * @param state online or offline (wire {@code state}); never null, empty when the server omits it
   * @param type client type (wire {@code type}); never null, empty when the server omits it
   * @param env environment (wire {@code env}); never null, empty when the server omits it
   * @param geo geolocation (wire {@code geo}); never null, empty when the server omits it
   * @param extra wire fields this SDK does not know yet; never null
   */
  public PlatformConnection {
    id = Norm.opt(id);
    user = Norm.opt(user);
    login = Norm.opt(login);
    ip = Norm.opt(ip);
    userAgent = Norm.opt(userAgent);
    computer = Norm.opt(computer);
    date = Norm.opt(date);
    state = Norm.opt(state);
    type = Norm.opt(type);
    env = Norm.opt(env);
    geo = Norm.opt(geo);
    extra = ExtraFields.copyOf(extra);
  }
}
