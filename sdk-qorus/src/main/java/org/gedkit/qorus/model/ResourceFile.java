package org.gedkit.qorus.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import org.gedkit.core.json.ExtraFields;

/**
 * A service resource file.
 *
 * <p>Values the server may omit are null; lists and maps are never null.
 *
 * @param name {@code name}
 * @param type {@code type}
 * @param data {@code data}
 * @param extra wire keys this SDK does not know yet
 */
public record ResourceFile(
    @JsonProperty("name") String name,
    @JsonProperty("type") String type,
    @JsonProperty("data") Object data,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components.
   *
   * @param name {@code name}
   * @param type {@code type}
   * @param data {@code data}
   * @param extra wire keys this SDK does not know yet
   */
  public ResourceFile {
    extra = ExtraFields.copyOf(extra);
  }
}
