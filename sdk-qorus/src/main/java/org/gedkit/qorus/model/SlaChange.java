package org.gedkit.qorus.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import org.gedkit.core.json.ExtraFields;

/**
 * The reply of an SLA association change (setJob, setMethod, removeJob, removeMethod).
 *
 * <p>Values the server may omit are null; lists and maps are never null.
 *
 * @param job {@code job}
 * @param service {@code service}
 * @param method {@code method}
 * @param slaId {@code slaid}
 * @param removed {@code removed}
 * @param extra wire keys this SDK does not know yet
 */
public record SlaChange(
    @JsonProperty("job") String job,
    @JsonProperty("service") String service,
    @JsonProperty("method") String method,
    @JsonProperty("slaid") Long slaId,
    @JsonProperty("removed") Boolean removed,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components.
   *
   * @param job {@code job}
   * @param service {@code service}
   * @param method {@code method}
   * @param slaId {@code slaid}
   * @param removed {@code removed}
   * @param extra wire keys this SDK does not know yet
   */
  public SlaChange {
    extra = ExtraFields.copyOf(extra);
  }
}
