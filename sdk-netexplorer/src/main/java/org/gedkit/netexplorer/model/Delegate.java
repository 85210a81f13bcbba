package org.gedkit.netexplorer.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.Optional;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.netexplorer.internal.Norm;

/**
 * A group delegate (seed "Délégué", lines 201-211; deprecated, replaced by the Manager role).
 *
 * @param id unique numeric id (wire {@code id})
 * @param user the delegate's full name (wire {@code user}); never null, empty when the server omits it
 * @param userId the delegate's id (wire {@code user_id}); never null, empty when the server omits it
 * @param groupId the group (wire {@code group_id}); never null, empty when the server omits it
 * @param users may manage the group's users (wire {@code users}); never null, empty when the server omits it
 * @param security may manage access rights (wire {@code security}); never null, empty when the server omits it
 * @param alerts may set e-mail alerts (wire {@code alerts}); never null, empty when the server omits it
 * @param extra wire fields this SDK does not know yet; never null
 */
public record Delegate(
    @JsonProperty("id") long id,
    @JsonProperty("user") Optional<String> user,
    @JsonProperty("user_id") Optional<String> userId,
    @JsonProperty("group_id") Optional<String> groupId,
    @JsonProperty("users") Optional<Boolean> users,
    @JsonProperty("security") Optional<Boolean> security,
    @JsonProperty("alerts") Optional<Boolean> alerts,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param id unique numeric id (wire {@code id})
   * @param user the delegate's full name (wire {@code user}); never null, empty when the server omits it
   * @param userId the delegate's id (wire {@code user_id}); never null, empty when the server omits it
   * @param groupId the group (wire {@code group_id}); never null, empty when the server omits it
   * @param users may manage the group's users (wire {@code users}); never null, empty when the server omits it
   * @param security may manage access rights (wire {@code security}); never null, empty when the server omits it
   * @param alerts may set e-mail alerts (wire {@code alerts}); never null, empty when the server omits it
   * @param extra wire fields this SDK does not know yet; never null
   */
  public Delegate {
    user = Norm.opt(user);
    userId = Norm.opt(userId);
    groupId = Norm.opt(groupId);
    users = Norm.opt(users);
    security = Norm.opt(security);
    alerts = Norm.opt(alerts);
    extra = ExtraFields.copyOf(extra);
  }
}
