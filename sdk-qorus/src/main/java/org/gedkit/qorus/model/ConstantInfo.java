package org.gedkit.qorus.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.Map;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.core.json.ModelCollections;

/**
 * A Qorus constant object ({@code /api/v2/constants}).
 *
 * <p>Values the server may omit are null; lists and maps are never null.
 *
 * @param constantId {@code constantid}
 * @param name {@code name}
 * @param version {@code version}
 * @param description {@code description}
 * @param author {@code author}
 * @param created {@code created}
 * @param modified {@code modified}
 * @param source {@code source}
 * @param line {@code line}
 * @param body {@code body}
 * @param tags {@code tags}
 * @param offset {@code offset}
 * @param host {@code host}
 * @param user {@code user}
 * @param createdBy {@code createdby}
 * @param modifiedBy {@code modifiedby}
 * @param extra wire keys this SDK does not know yet
 */
public record ConstantInfo(
    @JsonProperty("constantid") Long constantId,
    @JsonProperty("name") String name,
    @JsonProperty("version") String version,
    @JsonProperty("description") String description,
    @JsonProperty("author") String author,
    @JsonProperty("created") OffsetDateTime created,
    @JsonProperty("modified") OffsetDateTime modified,
    @JsonProperty("source") String source,
    @JsonProperty("line") Long line,
    @JsonProperty("body") String body,
    @JsonProperty("tags") Map<String, Object> tags,
    @JsonProperty("offset") Object offset,
    @JsonProperty("host") String host,
    @JsonProperty("user") String user,
    @JsonProperty("createdby") String createdBy,
    @JsonProperty("modifiedby") String modifiedBy,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components.
   *
   * @param constantId {@code constantid}
   * @param name {@code name}
   * @param version {@code version}
   * @param description {@code description}
   * @param author {@code author}
   * @param created {@code created}
   * @param modified {@code modified}
   * @param source {@code source}
   * @param line {@code line}
   * @param body {@code body}
   * @param tags {@code tags}
   * @param offset {@code offset}
   * @param host {@code host}
   * @param user {@code user}
   * @param createdBy {@code createdby}
   * @param modifiedBy {@code modifiedby}
   * @param extra wire keys this SDK does not know yet
   */
  public ConstantInfo {
    tags = ModelCollections.copyOf(tags);
    extra = ExtraFields.copyOf(extra);
  }
}
