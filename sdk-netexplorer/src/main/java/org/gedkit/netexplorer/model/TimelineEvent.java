package org.gedkit.netexplorer.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.netexplorer.internal.Norm;

/**
 * A timeline event of a file or folder (seed lines 435, 565-584). Types: 1 annotation, 2 share link, 3 download, 4 preview, 6 lock, 9 aggregate.
 *
 * @param id event id (wire {@code id})
 * @param type event type (wire {@code type})
 * @param subtype for aggregates (type 9), the type of the aggregated events (wire {@code subtype}); never null, empty when the server omits it
 * @param date when it happened (wire {@code date}); never null, empty when the server omits it
 * @param geo where, from the IP (wire {@code geo}); never null, empty when the server omits it
 * @param env the user's software (wire {@code env}); never null, empty when the server omits it
 * @param owner who, full name (wire {@code owner}); never null, empty when the server omits it
 * @param ownerId who, id (wire {@code owner_id}); never null, empty when the server omits it
 * @param data type-dependent data (annotation, share link, lock...) as plain JSON values (wire {@code data}); never null, empty when the server omits it
 * @param extended aggregated or related recent events (wire {@code extended}); never null, empty when absent
 * @param responses replies to an annotation event (wire {@code responses}); never null, empty when absent
 * @param extra wire fields this SDK does not know yet; never null
 */
public record TimelineEvent(
    @JsonProperty("id") long id,
    @JsonProperty("type") int type,
    @JsonProperty("subtype") Optional<Integer> subtype,
    @JsonProperty("date") Optional<OffsetDateTime> date,
    @JsonProperty("geo") Optional<Geolocation> geo,
    @JsonProperty("env") Optional<Environment> env,
    @JsonProperty("owner") Optional<String> owner,
    @JsonProperty("owner_id") Optional<String> ownerId,
    @JsonProperty("data") Optional<Object> data,
    @JsonProperty("extended") List<TimelineEvent> extended,
    @JsonProperty("responses") List<TimelineEvent> responses,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param id event id (wire {@code id})
   * @param type event type (wire {@code type})
   * @param subtype for aggregates (type 9), the type of the aggregated events (wire {@code subtype}); never null, empty when the server omits it
   * @param date when it happened (wire {@code date}); never null, empty when the server omits it
   * @param geo where, from the IP (wire {@code geo}); never null, empty when the server omits it
   * @param env the user's software (wire {@code env}); never null, empty when the server omits it
   * @param owner who, full name (wire {@code owner}); never null, empty when the server omits it
   * @param ownerId who, id (wire {@code owner_id}); never null, empty when the server omits it
   * @param data type-dependent data (annotation, share link, lock...) as plain JSON values (wire {@code data}); never null, empty when the server omits it
   * @param extended aggregated or related recent events (wire {@code extended}); never null, empty when absent
   * @param responses replies to an annotation event (wire {@code responses}); never null, empty when absent
   * @param extra wire fields this SDK does not know yet; never null
   */
  public TimelineEvent {
    subtype = Norm.opt(subtype);
    date = Norm.opt(date);
    geo = Norm.opt(geo);
    env = Norm.opt(env);
    owner = Norm.opt(owner);
    ownerId = Norm.opt(ownerId);
    data = Norm.opt(data);
    extended = Norm.list(extended);
    responses = Norm.list(responses);
    extra = ExtraFields.copyOf(extra);
  }
}
