package org.gedkit.qorus.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.Map;
import org.gedkit.core.json.ExtraFields;

/**
 * An error instance of a workflow order ({@code listErrors} actions).
 *
 * <p>Values the server may omit are null; lists and maps are never null.
 *
 * @param name {@code name}
 * @param version {@code version}
 * @param workflowInstanceId {@code workflow_instanceid}
 * @param workflowId {@code workflowid}
 * @param stepId {@code stepid}
 * @param stepName {@code stepname}
 * @param stepVersion {@code stepversion}
 * @param ind {@code ind}
 * @param workflowStatus {@code workflowstatus}
 * @param started {@code started}
 * @param completed {@code completed}
 * @param parentWorkflowInstanceId {@code parent_workflow_instanceid}
 * @param customStatus {@code custom_status}
 * @param priority {@code priority}
 * @param scheduled {@code scheduled}
 * @param errorInstanceId {@code error_instanceid}
 * @param error {@code error}
 * @param description {@code description}
 * @param info {@code info}
 * @param severity {@code severity}
 * @param created {@code created}
 * @param retry {@code retry}
 * @param businessError {@code business_error}
 * @param customStatusDesc {@code custom_status_desc}
 * @param extra wire keys this SDK does not know yet
 */
public record OrderError(
    @JsonProperty("name") String name,
    @JsonProperty("version") String version,
    @JsonProperty("workflow_instanceid") Long workflowInstanceId,
    @JsonProperty("workflowid") Long workflowId,
    @JsonProperty("stepid") Long stepId,
    @JsonProperty("stepname") String stepName,
    @JsonProperty("stepversion") String stepVersion,
    @JsonProperty("ind") Integer ind,
    @JsonProperty("workflowstatus") String workflowStatus,
    @JsonProperty("started") OffsetDateTime started,
    @JsonProperty("completed") OffsetDateTime completed,
    @JsonProperty("parent_workflow_instanceid") Long parentWorkflowInstanceId,
    @JsonProperty("custom_status") String customStatus,
    @JsonProperty("priority") Integer priority,
    @JsonProperty("scheduled") OffsetDateTime scheduled,
    @JsonProperty("error_instanceid") Long errorInstanceId,
    @JsonProperty("error") String error,
    @JsonProperty("description") String description,
    @JsonProperty("info") String info,
    @JsonProperty("severity") String severity,
    @JsonProperty("created") OffsetDateTime created,
    @JsonProperty("retry") Object retry,
    @JsonProperty("business_error") Object businessError,
    @JsonProperty("custom_status_desc") String customStatusDesc,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components.
   *
   * @param name {@code name}
   * @param version {@code version}
   * @param workflowInstanceId {@code workflow_instanceid}
   * @param workflowId {@code workflowid}
   * @param stepId {@code stepid}
   * @param stepName {@code stepname}
   * @param stepVersion {@code stepversion}
   * @param ind {@code ind}
   * @param workflowStatus {@code workflowstatus}
   * @param started {@code started}
   * @param completed {@code completed}
   * @param parentWorkflowInstanceId {@code parent_workflow_instanceid}
   * @param customStatus {@code custom_status}
   * @param priority {@code priority}
   * @param scheduled {@code scheduled}
   * @param errorInstanceId {@code error_instanceid}
   * @param error {@code error}
   * @param description {@code description}
   * @param info {@code info}
   * @param severity {@code severity}
   * @param created {@code created}
   * @param retry {@code retry}
   * @param businessError {@code business_error}
   * @param customStatusDesc {@code custom_status_desc}
   * @param extra wire keys this SDK does not know yet
   */
  public OrderError {
    extra = ExtraFields.copyOf(extra);
  }
}
