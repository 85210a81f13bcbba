package org.gedkit.qorus.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import org.gedkit.core.json.ExtraFields;

/**
 * One element of the reply of a multi-object action ({@code PUT /api/v2/workflows?action=enable}, {@code jobs?action=run}, ...); the flag key named after the action is in {@code extra()}.
 *
 * <p>Values the server may omit are null; lists and maps are never null.
 *
 * @param arg {@code arg}
 * @param info {@code info}
 * @param workflowId {@code workflowid}
 * @param jobId {@code jobid}
 * @param serviceId {@code serviceid}
 * @param type {@code type}
 * @param name {@code name}
 * @param version {@code version}
 * @param jobInstanceId {@code job_instanceid}
 * @param status {@code status}
 * @param started {@code started}
 * @param stopped {@code stopped}
 * @param autostart {@code autostart}
 * @param updated {@code updated}
 * @param execId {@code exec_id}
 * @param extra wire keys this SDK does not know yet
 */
public record ObjectActionResult(
    @JsonProperty("arg") Object arg,
    @JsonProperty("info") String info,
    @JsonProperty("workflowid") Long workflowId,
    @JsonProperty("jobid") Long jobId,
    @JsonProperty("serviceid") Long serviceId,
    @JsonProperty("type") String type,
    @JsonProperty("name") String name,
    @JsonProperty("version") String version,
    @JsonProperty("job_instanceid") Long jobInstanceId,
    @JsonProperty("status") String status,
    @JsonProperty("started") Object started,
    @JsonProperty("stopped") Object stopped,
    @JsonProperty("autostart") Integer autostart,
    @JsonProperty("updated") Object updated,
    @JsonProperty("exec_id") Long execId,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components.
   *
   * @param arg {@code arg}
   * @param info {@code info}
   * @param workflowId {@code workflowid}
   * @param jobId {@code jobid}
   * @param serviceId {@code serviceid}
   * @param type {@code type}
   * @param name {@code name}
   * @param version {@code version}
   * @param jobInstanceId {@code job_instanceid}
   * @param status {@code status}
   * @param started {@code started}
   * @param stopped {@code stopped}
   * @param autostart {@code autostart}
   * @param updated {@code updated}
   * @param execId {@code exec_id}
   * @param extra wire keys this SDK does not know yet
   */
  public ObjectActionResult {
    extra = ExtraFields.copyOf(extra);
  }
}
