package org.gedkit.qorus.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.Map;
import org.gedkit.core.json.ExtraFields;

/**
 * The reply of an action on one job (enable, disable, run, schedule, setActive, setExpiry...).
 *
 * <p>Values the server may omit are null; lists and maps are never null.
 *
 * @param jobId {@code jobid}
 * @param name {@code name}
 * @param version {@code version}
 * @param info {@code info}
 * @param jobInstanceId {@code job_instanceid}
 * @param status {@code status}
 * @param schedule {@code schedule}
 * @param duration {@code duration}
 * @param active {@code active}
 * @param expiryDate {@code expiry_date}
 * @param extra wire keys this SDK does not know yet
 */
public record JobActionResult(
    @JsonProperty("jobid") Long jobId,
    @JsonProperty("name") String name,
    @JsonProperty("version") String version,
    @JsonProperty("info") String info,
    @JsonProperty("job_instanceid") Long jobInstanceId,
    @JsonProperty("status") String status,
    @JsonProperty("schedule") String schedule,
    @JsonProperty("duration") Long duration,
    @JsonProperty("active") Boolean active,
    @JsonProperty("expiry_date") OffsetDateTime expiryDate,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components.
   *
   * @param jobId {@code jobid}
   * @param name {@code name}
   * @param version {@code version}
   * @param info {@code info}
   * @param jobInstanceId {@code job_instanceid}
   * @param status {@code status}
   * @param schedule {@code schedule}
   * @param duration {@code duration}
   * @param active {@code active}
   * @param expiryDate {@code expiry_date}
   * @param extra wire keys this SDK does not know yet
   */
  public JobActionResult {
    extra = ExtraFields.copyOf(extra);
  }
}
