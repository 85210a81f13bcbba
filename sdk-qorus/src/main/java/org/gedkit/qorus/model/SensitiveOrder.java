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
 * An order found by a sensitive data search or purge (its values are secret: {@code toString()} masks them).
 *
 * <p>Values the server may omit are null; lists and maps are never null.
 *
 * @param name {@code name}
 * @param version {@code version}
 * @param workflowInstanceId {@code workflow_instanceid}
 * @param workflowId {@code workflowid}
 * @param workflowStatus {@code workflowstatus}
 * @param statusSessionId {@code status_sessionid}
 * @param started {@code started}
 * @param completed {@code completed}
 * @param modified {@code modified}
 * @param parentWorkflowInstanceId {@code parent_workflow_instanceid}
 * @param synchronous {@code synchronous}
 * @param businessError {@code business_error}
 * @param operatorLock {@code operator_lock}
 * @param noteCount {@code note_count}
 * @param warningCount {@code warning_count}
 * @param errorCount {@code error_count}
 * @param customStatus {@code custom_status}
 * @param priority {@code priority}
 * @param scheduled {@code scheduled}
 * @param customStatusDesc {@code custom_status_desc}
 * @param actions {@code actions}
 * @param archive {@code archive}
 * @param skey {@code skey}
 * @param svalue {@code svalue}
 * @param sensitiveData {@code sensitive_data}
 * @param extra wire keys this SDK does not know yet
 */
public record SensitiveOrder(
    @JsonProperty("name") String name,
    @JsonProperty("version") String version,
    @JsonProperty("workflow_instanceid") Long workflowInstanceId,
    @JsonProperty("workflowid") Long workflowId,
    @JsonProperty("workflowstatus") String workflowStatus,
    @JsonProperty("status_sessionid") Long statusSessionId,
    @JsonProperty("started") OffsetDateTime started,
    @JsonProperty("completed") OffsetDateTime completed,
    @JsonProperty("modified") OffsetDateTime modified,
    @JsonProperty("parent_workflow_instanceid") Long parentWorkflowInstanceId,
    @JsonProperty("synchronous") Object synchronous,
    @JsonProperty("business_error") Object businessError,
    @JsonProperty("operator_lock") Object operatorLock,
    @JsonProperty("note_count") Integer noteCount,
    @JsonProperty("warning_count") Integer warningCount,
    @JsonProperty("error_count") Integer errorCount,
    @JsonProperty("custom_status") String customStatus,
    @JsonProperty("priority") Integer priority,
    @JsonProperty("scheduled") OffsetDateTime scheduled,
    @JsonProperty("custom_status_desc") String customStatusDesc,
    @JsonProperty("actions") List<String> actions,
    @JsonProperty("archive") Object archive,
    @JsonProperty("skey") String skey,
    @JsonProperty("svalue") String svalue,
    @JsonProperty("sensitive_data") Map<String, Object> sensitiveData,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components.
   *
   * @param name {@code name}
   * @param version {@code version}
   * @param workflowInstanceId {@code workflow_instanceid}
   * @param workflowId {@code workflowid}
   * @param workflowStatus {@code workflowstatus}
   * @param statusSessionId {@code status_sessionid}
   * @param started {@code started}
   * @param completed {@code completed}
   * @param modified {@code modified}
   * @param parentWorkflowInstanceId {@code parent_workflow_instanceid}
   * @param synchronous {@code synchronous}
   * @param businessError {@code business_error}
   * @param operatorLock {@code operator_lock}
   * @param noteCount {@code note_count}
   * @param warningCount {@code warning_count}
   * @param errorCount {@code error_count}
   * @param customStatus {@code custom_status}
   * @param priority {@code priority}
   * @param scheduled {@code scheduled}
   * @param customStatusDesc {@code custom_status_desc}
   * @param actions {@code actions}
   * @param archive {@code archive}
   * @param skey {@code skey}
   * @param svalue {@code svalue}
   * @param sensitiveData {@code sensitive_data}
   * @param extra wire keys this SDK does not know yet
   */
  public SensitiveOrder {
    actions = ModelCollections.copyOf(actions);
    sensitiveData = ModelCollections.copyOf(sensitiveData);
    extra = ExtraFields.copyOf(extra);
  }

  @Override
  public String toString() {
    return "SensitiveOrder[workflowInstanceId=" + workflowInstanceId + ", skey=" + skey + ", svalue=***, sensitiveData=***]";
  }
}
