package org.gedkit.qorus.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.Map;
import org.gedkit.core.json.ExtraFields;

/**
 * An asynchronous step queue ({@code /api/v2/async-queues}).
 *
 * <p>Values the server may omit are null; lists and maps are never null.
 *
 * @param queueId {@code queueid}
 * @param name {@code name}
 * @param description {@code description}
 * @param author {@code author}
 * @param version {@code version}
 * @param created {@code created}
 * @param modified {@code modified}
 * @param extra wire keys this SDK does not know yet
 */
public record AsyncQueue(
    @JsonProperty("queueid") Long queueId,
    @JsonProperty("name") String name,
    @JsonProperty("description") String description,
    @JsonProperty("author") String author,
    @JsonProperty("version") String version,
    @JsonProperty("created") OffsetDateTime created,
    @JsonProperty("modified") OffsetDateTime modified,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components.
   *
   * @param queueId {@code queueid}
   * @param name {@code name}
   * @param description {@code description}
   * @param author {@code author}
   * @param version {@code version}
   * @param created {@code created}
   * @param modified {@code modified}
   * @param extra wire keys this SDK does not know yet
   */
  public AsyncQueue {
    extra = ExtraFields.copyOf(extra);
  }
}
