package org.gedkit.netexplorer.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.netexplorer.internal.Norm;

/**
 * One download of a share link (seed lines 277-279, {@code stats.downloads}).
 *
 * @param id event id (wire {@code id})
 * @param date when (wire {@code date}); never null, empty when the server omits it
 * @param user who, when known (wire {@code user}); never null, empty when the server omits it
 * @param userId who (id), when known (wire {@code user_id}); never null, empty when the server omits it
 * @param geo where (wire {@code geo}); never null, empty when the server omits it
 * @param env with what (wire {@code env}); never null, empty when the server omits it
 * @param extra wire fields this SDK does not know yet; never null
 */
public record DownloadEvent(
    @JsonProperty("id") long id,
    @JsonProperty("date") Optional<OffsetDateTime> date,
    @JsonProperty("user") Optional<String> user,
    @JsonProperty("user_id") Optional<String> userId,
    @JsonProperty("geo") Optional<Geolocation> geo,
    @JsonProperty("env") Optional<Environment> env,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param id event id (wire {@code id})
   * @param date when (wire {@code date}); never null, empty when the server omits it
   * @param user who, when known (wire {@code user}); never null, empty when the server omits it
   * @param userId who (id), when known (wire {@code user_id}); never null, empty when the server omits it
   * @param geo where (wire {@code geo}); never null, empty when the server omits it
   * @param env with what (wire {@code env}); never null, empty when the server omits it
   * @param extra wire fields this SDK does not know yet; never null
   */
  public DownloadEvent {
    date = Norm.opt(date);
    user = Norm.opt(user);
    userId = Norm.opt(userId);
    geo = Norm.opt(geo);
    env = Norm.opt(env);
    extra = ExtraFields.copyOf(extra);
  }
}
