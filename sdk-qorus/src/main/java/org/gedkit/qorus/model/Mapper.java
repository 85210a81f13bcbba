package org.gedkit.qorus.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.Map;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.core.json.ModelCollections;

/**
 * A data mapper ({@code /api/v2/mappers}).
 *
 * <p>Values the server may omit are null; lists and maps are never null.
 *
 * @param mapperId {@code mapperid}
 * @param name {@code name}
 * @param version {@code version}
 * @param desc {@code desc}
 * @param type {@code type}
 * @param author {@code author}
 * @param created {@code created}
 * @param modified {@code modified}
 * @param options {@code options}
 * @param fields {@code fields}
 * @param optionSource {@code option_source}
 * @param fieldSource {@code field_source}
 * @param valid {@code valid}
 * @param error {@code error}
 * @param extra wire keys this SDK does not know yet
 */
public record Mapper(
    @JsonProperty("mapperid") Long mapperId,
    @JsonProperty("name") String name,
    @JsonProperty("version") String version,
    @JsonProperty("desc") String desc,
    @JsonProperty("type") String type,
    @JsonProperty("author") String author,
    @JsonProperty("created") OffsetDateTime created,
    @JsonProperty("modified") OffsetDateTime modified,
    @JsonProperty("options") Object options,
    @JsonProperty("fields") Object fields,
    @JsonProperty("option_source") Map<String, Object> optionSource,
    @JsonProperty("field_source") Map<String, Object> fieldSource,
    @JsonProperty("valid") Boolean valid,
    @JsonProperty("error") String error,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components.
   *
   * @param mapperId {@code mapperid}
   * @param name {@code name}
   * @param version {@code version}
   * @param desc {@code desc}
   * @param type {@code type}
   * @param author {@code author}
   * @param created {@code created}
   * @param modified {@code modified}
   * @param options {@code options}
   * @param fields {@code fields}
   * @param optionSource {@code option_source}
   * @param fieldSource {@code field_source}
   * @param valid {@code valid}
   * @param error {@code error}
   * @param extra wire keys this SDK does not know yet
   */
  public Mapper {
    optionSource = ModelCollections.copyOf(optionSource);
    fieldSource = ModelCollections.copyOf(fieldSource);
    extra = ExtraFields.copyOf(extra);
  }
}
