package org.gedkit.qorus.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import org.gedkit.core.json.ExtraFields;

/**
 * A REST System Option Hash ({@code GET /api/v2/system/options}).
 *
 * <p>Values the server may omit are null; lists and maps are never null.
 *
 * @param name {@code name}
 * @param value {@code value}
 * @param expects {@code expects}
 * @param desc {@code desc}
 * @param defaultValue {@code default}
 * @param startupOnly {@code startup-only}
 * @param status {@code status}
 * @param workflow {@code workflow}
 * @param service {@code service}
 * @param job {@code job}
 * @param extra wire keys this SDK does not know yet
 */
public record SystemOption(
    @JsonProperty("name") String name,
    @JsonProperty("value") Object value,
    @JsonProperty("expects") String expects,
    @JsonProperty("desc") String desc,
    @JsonProperty("default") Object defaultValue,
    @JsonProperty("startup-only") Boolean startupOnly,
    @JsonProperty("status") String status,
    @JsonProperty("workflow") Boolean workflow,
    @JsonProperty("service") Boolean service,
    @JsonProperty("job") Boolean job,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components.
   *
   * @param name {@code name}
   * @param value {@code value}
   * @param expects {@code expects}
   * @param desc {@code desc}
   * @param defaultValue {@code default}
   * @param startupOnly {@code startup-only}
   * @param status {@code status}
   * @param workflow {@code workflow}
   * @param service {@code service}
   * @param job {@code job}
   * @param extra wire keys this SDK does not know yet
   */
  public SystemOption {
    extra = ExtraFields.copyOf(extra);
  }
}
