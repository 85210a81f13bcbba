package org.gedkit.qorus.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import org.gedkit.core.json.ExtraFields;

/**
 * An error definition (global or workflow-specific).
 *
 * <p>Values the server may omit are null; lists and maps are never null.
 *
 * @param error {@code error}
 * @param description {@code description}
 * @param severity {@code severity}
 * @param retryFlag {@code retry_flag}
 * @param retryDelaySecs {@code retry_delay_secs}
 * @param businessFlag {@code business_flag}
 * @param type {@code type}
 * @param workflowId {@code workflowid}
 * @param manuallyUpdated {@code manually_updated}
 * @param extra wire keys this SDK does not know yet
 */
public record WorkflowError(
    @JsonProperty("error") String error,
    @JsonProperty("description") String description,
    @JsonProperty("severity") String severity,
    @JsonProperty("retry_flag") Boolean retryFlag,
    @JsonProperty("retry_delay_secs") Long retryDelaySecs,
    @JsonProperty("business_flag") Boolean businessFlag,
    @JsonProperty("type") String type,
    @JsonProperty("workflowid") Long workflowId,
    @JsonProperty("manually_updated") Object manuallyUpdated,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components.
   *
   * @param error {@code error}
   * @param description {@code description}
   * @param severity {@code severity}
   * @param retryFlag {@code retry_flag}
   * @param retryDelaySecs {@code retry_delay_secs}
   * @param businessFlag {@code business_flag}
   * @param type {@code type}
   * @param workflowId {@code workflowid}
   * @param manuallyUpdated {@code manually_updated}
   * @param extra wire keys this SDK does not know yet
   */
  public WorkflowError {
    extra = ExtraFields.copyOf(extra);
  }
}
