package org.gedkit.qorus.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.core.json.ModelCollections;

/**
 * A release ({@code /api/v2/releases}).
 *
 * <p>Values the server may omit are null; lists and maps are never null.
 *
 * @param releaseId {@code releaseid}
 * @param name {@code name}
 * @param description {@code description}
 * @param created {@code created}
 * @param modified {@code modified}
 * @param files {@code files}
 * @param extra wire keys this SDK does not know yet
 */
public record Release(
    @JsonProperty("releaseid") Long releaseId,
    @JsonProperty("name") String name,
    @JsonProperty("description") String description,
    @JsonProperty("created") OffsetDateTime created,
    @JsonProperty("modified") OffsetDateTime modified,
    @JsonProperty("files") List<Object> files,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components.
   *
   * @param releaseId {@code releaseid}
   * @param name {@code name}
   * @param description {@code description}
   * @param created {@code created}
   * @param modified {@code modified}
   * @param files {@code files}
   * @param extra wire keys this SDK does not know yet
   */
  public Release {
    files = ModelCollections.copyOf(files);
    extra = ExtraFields.copyOf(extra);
  }
}
