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
 * A job result (job instance).
 *
 * <p>Values the server may omit are null; lists and maps are never null.
 *
 * @param name {@code name}
 * @param version {@code version}
 * @param jobId {@code jobid}
 * @param jobInstanceId {@code job_instanceid}
 * @param sessionId {@code sessionid}
 * @param jobStatus {@code jobstatus}
 * @param info {@code info}
 * @param started {@code started}
 * @param completed {@code completed}
 * @param modified {@code modified}
 * @param errors {@code errors}
 * @param audit {@code audit}
 * @param extra wire keys this SDK does not know yet
 */
public record JobResult(
    @JsonProperty("name") String name,
    @JsonProperty("version") String version,
    @JsonProperty("jobid") Long jobId,
    @JsonProperty("job_instanceid") Long jobInstanceId,
    @JsonProperty("sessionid") Long sessionId,
    @JsonProperty("jobstatus") String jobStatus,
    @JsonProperty("info") Object info,
    @JsonProperty("started") OffsetDateTime started,
    @JsonProperty("completed") OffsetDateTime completed,
    @JsonProperty("modified") OffsetDateTime modified,
    @JsonProperty("errors") List<Object> errors,
    @JsonProperty("audit") List<Object> audit,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components.
   *
   * @param name {@code name}
   * @param version {@code version}
   * @param jobId {@code jobid}
   * @param jobInstanceId {@code job_instanceid}
   * @param sessionId {@code sessionid}
   * @param jobStatus {@code jobstatus}
   * @param info {@code info}
   * @param started {@code started}
   * @param completed {@code completed}
   * @param modified {@code modified}
   * @param errors {@code errors}
   * @param audit {@code audit}
   * @param extra wire keys this SDK does not know yet
   */
  public JobResult {
    errors = ModelCollections.copyOf(errors);
    audit = ModelCollections.copyOf(audit);
    extra = ExtraFields.copyOf(extra);
  }
}
