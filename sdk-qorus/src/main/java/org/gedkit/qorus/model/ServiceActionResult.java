package org.gedkit.qorus.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import org.gedkit.core.json.ExtraFields;

/**
 * The reply of an action on one service (enable, disable...).
 *
 * <p>Values the server may omit are null; lists and maps are never null.
 *
 * @param serviceId {@code serviceid}
 * @param type {@code type}
 * @param name {@code name}
 * @param version {@code version}
 * @param info {@code info}
 * @param extra wire keys this SDK does not know yet
 */
public record ServiceActionResult(
    @JsonProperty("serviceid") Long serviceId,
    @JsonProperty("type") String type,
    @JsonProperty("name") String name,
    @JsonProperty("version") String version,
    @JsonProperty("info") String info,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components.
   *
   * @param serviceId {@code serviceid}
   * @param type {@code type}
   * @param name {@code name}
   * @param version {@code version}
   * @param info {@code info}
   * @param extra wire keys this SDK does not know yet
   */
  public ServiceActionResult {
    extra = ExtraFields.copyOf(extra);
  }
}
