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
 * One event of a share or share e-mail activity (route known only from the listing; fields guessed from DownloadEvent).
 *
 * @param id event id (wire {@code id})
 * @param type kind of event (wire {@code type}); never null, empty when the server omits it
 * @param date when (wire {@code date}); never null, empty when the server omits it
 * @param user who (wire {@code user}); never null, empty when the server omits it
 * @param userId who (id) (wire {@code user_id}); never null, empty when the server omits it
 * @param email recipient address, for e-mail shares (wire {@code email}); never null, empty when the server omits it
 * @param geo where (wire {@code geo}); never null, empty when the server omits it
 * @param env with what (wire {@code env}); never null, empty when the server omits it
 * @param extra wire fields this SDK does not know yet; never null
 */
public record ShareActivity(
    @JsonProperty("id") long id,
    @JsonProperty("type") Optional<String> type,
    @JsonProperty("date") Optional<OffsetDateTime> date,
    @JsonProperty("user") Optional<String> user,
    @JsonProperty("user_id") Optional<String> userId,
    @JsonProperty("email") Optional<String> email,
    @JsonProperty("geo") Optional<Geolocation> geo,
    @JsonProperty("env") Optional<Environment> env,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param id event id (wire {@code id})
   * @param type kind of event (wire {@code type}); never null, empty when the server omits it
   * @param date when (wire {@code date}); never null, empty when the server omits it
   * @param user who (wire {@code user}); never null, empty when the server omits it
   * @param userId who (id) (wire {@code user_id}); never null, empty when the server omits it
   * @param email recipient address, for e-mail shares (wire {@code email}); never null, empty when the server omits it
   * @param geo where (wire {@code geo}); never null, empty when the server omits it
   * @param env with what (wire {@code env}); never null, empty when the server omits it
   * @param extra wire fields this SDK does not know yet; never null
   */
  public ShareActivity {
    type = Norm.opt(type);
    date = Norm.opt(date);
    user = Norm.opt(user);
    userId = Norm.opt(userId);
    email = Norm.opt(email);
    geo = Norm.opt(geo);
    env = Norm.opt(env);
    extra = ExtraFields.copyOf(extra);
  }
}
