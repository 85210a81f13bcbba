package org.gedkit.qorus.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.Map;
import org.gedkit.core.json.ExtraFields;

/**
 * A workflow synchronization event ({@code /api/v2/sync-events}).
 *
 * <p>Values the server may omit are null; lists and maps are never null.
 *
 * @param eventTypeId {@code event_typeid}
 * @param name {@code name}
 * @param eventName {@code eventname}
 * @param eventKey {@code eventkey}
 * @param posted {@code posted}
 * @param created {@code created}
 * @param modified {@code modified}
 * @param extra wire keys this SDK does not know yet
 */
public record SyncEvent(
    @JsonProperty("event_typeid") Long eventTypeId,
    @JsonProperty("name") String name,
    @JsonProperty("eventname") String eventName,
    @JsonProperty("eventkey") String eventKey,
    @JsonProperty("posted") Boolean posted,
    @JsonProperty("created") OffsetDateTime created,
    @JsonProperty("modified") OffsetDateTime modified,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components.
   *
   * @param eventTypeId {@code event_typeid}
   * @param name {@code name}
   * @param eventName {@code eventname}
   * @param eventKey {@code eventkey}
   * @param posted {@code posted}
   * @param created {@code created}
   * @param modified {@code modified}
   * @param extra wire keys this SDK does not know yet
   */
  public SyncEvent {
    extra = ExtraFields.copyOf(extra);
  }
}
