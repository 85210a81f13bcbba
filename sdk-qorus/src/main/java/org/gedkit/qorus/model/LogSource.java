package org.gedkit.qorus.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import org.gedkit.core.json.ExtraFields;

/**
 * A log source ({@code /api/v2/logs}).
 *
 * <p>Values the server may omit are null; lists and maps are never null.
 *
 * @param type {@code type}
 * @param log {@code log}
 * @param logUrl {@code log_url}
 * @param name {@code name}
 * @param version {@code version}
 * @param workflowId {@code workflowid}
 * @param serviceId {@code serviceid}
 * @param jobId {@code jobid}
 * @param serviceType {@code servicetype}
 * @param extra wire keys this SDK does not know yet
 */
public record LogSource(
    @JsonProperty("type") String type,
    @JsonProperty("log") String log,
    @JsonProperty("log_url") String logUrl,
    @JsonProperty("name") String name,
    @JsonProperty("version") String version,
    @JsonProperty("workflowid") Long workflowId,
    @JsonProperty("serviceid") Long serviceId,
    @JsonProperty("jobid") Long jobId,
    @JsonProperty("servicetype") String serviceType,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components.
   *
   * @param type {@code type}
   * @param log {@code log}
   * @param logUrl {@code log_url}
   * @param name {@code name}
   * @param version {@code version}
   * @param workflowId {@code workflowid}
   * @param serviceId {@code serviceid}
   * @param jobId {@code jobid}
   * @param serviceType {@code servicetype}
   * @param extra wire keys this SDK does not know yet
   */
  public LogSource {
    extra = ExtraFields.copyOf(extra);
  }
}
