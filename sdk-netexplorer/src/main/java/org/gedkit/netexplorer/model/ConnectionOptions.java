package org.gedkit.netexplorer.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.netexplorer.internal.Norm;

/**
 * Connection options of a user or group (seed "Options de connexion", lines 186-200).
 *
 * @param targetId the user or group (wire {@code target_id}); never null, empty when the server omits it
 * @param target its name (wire {@code target}); never null, empty when the server omits it
 * @param targetIsGroup whether it is a group (wire {@code target_isgroup}); never null, empty when the server omits it
 * @param ips IP allow-list; empty Optional = no filter (null), an empty list = blocked (wire {@code ips}); never null, empty when the server omits it
 * @param days allowed days mask (Monday 2 ... Sunday 64 per the seed example 62 = Monday-Friday) (wire {@code days}); never null, empty when the server omits it
 * @param hourStart GMT time from which login is allowed (HH:mm:ss) (wire {@code hour_start}); never null, empty when the server omits it
 * @param hourEnd GMT time after which login is refused (HH:mm:ss) (wire {@code hour_end}); never null, empty when the server omits it
 * @param canNetsync may use synchronisation (wire {@code can_netsync}); never null, empty when the server omits it
 * @param oauthBlocked blocked applications mask (1 web, 2 mobile, 4 Outlook) (wire {@code oauth_blocked}); never null, empty when the server omits it
 * @param inherited inherited from a group (wire {@code inherited}); never null, empty when the server omits it
 * @param extra wire fields this SDK does not know yet; never null
 */
public record ConnectionOptions(
    @JsonProperty("target_id") Optional<String> targetId,
    @JsonProperty("target") Optional<String> target,
    @JsonProperty("target_isgroup") Optional<Boolean> targetIsGroup,
    @JsonProperty("ips") Optional<List<String>> ips,
    @JsonProperty("days") Optional<Integer> days,
    @JsonProperty("hour_start") Optional<String> hourStart,
    @JsonProperty("hour_end") Optional<String> hourEnd,
    @JsonProperty("can_netsync") Optional<Boolean> canNetsync,
    @JsonProperty("oauth_blocked") Optional<Integer> oauthBlocked,
    @JsonProperty("inherited") Optional<Boolean> inherited,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param targetId the user or group (wire {@code target_id}); never null, empty when the server omits it
   * @param target its name (wire {@code target}); never null, empty when the server omits it
   * @param targetIsGroup whether it is a group (wire {@code target_isgroup}); never null, empty when the server omits it
   * @param ips IP allow-list; empty Optional = no filter (null), an empty list = blocked (wire {@code ips}); never null, empty when the server omits it
   * @param days allowed days mask (Monday 2 ... Sunday 64 per the seed example 62 = Monday-Friday) (wire {@code days}); never null, empty when the server omits it
   * @param hourStart GMT time from which login is allowed (HH:mm:ss) (wire {@code hour_start}); never null, empty when the server omits it
   * @param hourEnd GMT time after which login is refused (HH:mm:ss) (wire {@code hour_end}); never null, empty when the server omits it
   * @param canNetsync may use synchronisation (wire {@code can_netsync}); never null, empty when the server omits it
   * @param oauthBlocked blocked applications mask (1 web, 2 mobile, 4 Outlook) (wire {@code oauth_blocked}); never null, empty when the server omits it
   * @param inherited inherited from a group (wire {@code inherited}); never null, empty when the server omits it
   * @param extra wire fields this SDK does not know yet; never null
   */
  public ConnectionOptions {
    targetId = Norm.opt(targetId);
    target = Norm.opt(target);
    targetIsGroup = Norm.opt(targetIsGroup);
    ips = Norm.opt(ips);
    days = Norm.opt(days);
    hourStart = Norm.opt(hourStart);
    hourEnd = Norm.opt(hourEnd);
    canNetsync = Norm.opt(canNetsync);
    oauthBlocked = Norm.opt(oauthBlocked);
    inherited = Norm.opt(inherited);
    extra = ExtraFields.copyOf(extra);
  }
}
