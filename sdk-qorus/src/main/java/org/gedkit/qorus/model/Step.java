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
 * A workflow step ({@code /api/v2/steps}).
 *
 * <p>Values the server may omit are null; lists and maps are never null.
 *
 * @param stepId {@code stepid}
 * @param name {@code name}
 * @param version {@code version}
 * @param stepType {@code steptype}
 * @param arrayType {@code arraytype}
 * @param desc {@code desc}
 * @param description {@code description}
 * @param author {@code author}
 * @param created {@code created}
 * @param modified {@code modified}
 * @param functions {@code functions}
 * @param tags {@code tags}
 * @param source {@code source}
 * @param line {@code line}
 * @param extra wire keys this SDK does not know yet
 */
public record Step(
    @JsonProperty("stepid") Long stepId,
    @JsonProperty("name") String name,
    @JsonProperty("version") String version,
    @JsonProperty("steptype") String stepType,
    @JsonProperty("arraytype") String arrayType,
    @JsonProperty("desc") String desc,
    @JsonProperty("description") String description,
    @JsonProperty("author") String author,
    @JsonProperty("created") OffsetDateTime created,
    @JsonProperty("modified") OffsetDateTime modified,
    @JsonProperty("functions") List<Object> functions,
    @JsonProperty("tags") Map<String, Object> tags,
    @JsonProperty("source") String source,
    @JsonProperty("line") Long line,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components.
   *
   * @param stepId {@code stepid}
   * @param name {@code name}
   * @param version {@code version}
   * @param stepType {@code steptype}
   * @param arrayType {@code arraytype}
   * @param desc {@code desc}
   * @param description {@code description}
   * @param author {@code author}
   * @param created {@code created}
   * @param modified {@code modified}
   * @param functions {@code functions}
   * @param tags {@code tags}
   * @param source {@code source}
   * @param line {@code line}
   * @param extra wire keys this SDK does not know yet
   */
  public Step {
    functions = ModelCollections.copyOf(functions);
    tags = ModelCollections.copyOf(tags);
    extra = ExtraFields.copyOf(extra);
  }
}
