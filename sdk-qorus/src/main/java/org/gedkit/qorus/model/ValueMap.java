package org.gedkit.qorus.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.Map;
import org.gedkit.core.json.ExtraFields;

/**
 * A value map ({@code /api/v2/valuemaps}).
 *
 * <p>Values the server may omit are null; lists and maps are never null.
 *
 * @param id {@code id}
 * @param name {@code name}
 * @param description {@code description}
 * @param author {@code author}
 * @param valueType {@code valuetype}
 * @param created {@code created}
 * @param modified {@code modified}
 * @param throwsException {@code throws_exception}
 * @param mapSize {@code mapsize}
 * @param dateFormat {@code dateformat}
 * @param extra wire keys this SDK does not know yet
 */
public record ValueMap(
    @JsonProperty("id") Long id,
    @JsonProperty("name") String name,
    @JsonProperty("description") String description,
    @JsonProperty("author") String author,
    @JsonProperty("valuetype") String valueType,
    @JsonProperty("created") OffsetDateTime created,
    @JsonProperty("modified") OffsetDateTime modified,
    @JsonProperty("throws_exception") Boolean throwsException,
    @JsonProperty("mapsize") Long mapSize,
    @JsonProperty("dateformat") String dateFormat,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components.
   *
   * @param id {@code id}
   * @param name {@code name}
   * @param description {@code description}
   * @param author {@code author}
   * @param valueType {@code valuetype}
   * @param created {@code created}
   * @param modified {@code modified}
   * @param throwsException {@code throws_exception}
   * @param mapSize {@code mapsize}
   * @param dateFormat {@code dateformat}
   * @param extra wire keys this SDK does not know yet
   */
  public ValueMap {
    extra = ExtraFields.copyOf(extra);
  }
}
