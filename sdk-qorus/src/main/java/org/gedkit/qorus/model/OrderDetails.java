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
 * A workflow order with its data ({@code GET /api/v2/orders/{id}}); {@code sensitive_data} only over https.
 *
 * <p>Values the server may omit are null; lists and maps are never null.
 *
 * @param name {@code name}
 * @param version {@code version}
 * @param author {@code author}
 * @param workflowInstanceId {@code workflow_instanceid}
 * @param workflowId {@code workflowid}
 * @param workflowStatus {@code workflowstatus}
 * @param statusSessionId {@code status_sessionid}
 * @param parentWorkflowInstanceId {@code parent_workflow_instanceid}
 * @param subworkflow {@code subworkflow}
 * @param synchronous {@code synchronous}
 * @param errors {@code errors}
 * @param businessError {@code business_error}
 * @param workflowStatusOrig {@code workflowstatus_orig}
 * @param customStatus {@code custom_status}
 * @param scheduled {@code scheduled}
 * @param priority {@code priority}
 * @param started {@code started}
 * @param completed {@code completed}
 * @param modified {@code modified}
 * @param operatorLock {@code operator_lock}
 * @param noteCount {@code note_count}
 * @param deprecated {@code deprecated}
 * @param autostart {@code autostart}
 * @param manualAutostart {@code manual_autostart}
 * @param maxInstances {@code max_instances}
 * @param externalOrderInstanceId {@code external_order_instanceid}
 * @param staticData {@code staticdata}
 * @param dynamicData {@code dynamicdata}
 * @param sensitiveData {@code sensitive_data}
 * @param hasSensitiveData {@code has_sensitive_data}
 * @param keys {@code keys}
 * @param warningCount {@code warning_count}
 * @param errorCount {@code error_count}
 * @param stepInstances {@code StepInstances}
 * @param errorInstances {@code ErrorInstances}
 * @param hierarchyInfo {@code HierarchyInfo}
 * @param auditEvents {@code AuditEvents}
 * @param lastModified {@code LastModified}
 * @param actions {@code actions}
 * @param notes {@code notes}
 * @param extra wire keys this SDK does not know yet
 */
public record OrderDetails(
    @JsonProperty("name") String name,
    @JsonProperty("version") String version,
    @JsonProperty("author") String author,
    @JsonProperty("workflow_instanceid") Long workflowInstanceId,
    @JsonProperty("workflowid") Long workflowId,
    @JsonProperty("workflowstatus") String workflowStatus,
    @JsonProperty("status_sessionid") Long statusSessionId,
    @JsonProperty("parent_workflow_instanceid") Long parentWorkflowInstanceId,
    @JsonProperty("subworkflow") Object subworkflow,
    @JsonProperty("synchronous") Object synchronous,
    @JsonProperty("errors") Object errors,
    @JsonProperty("business_error") Object businessError,
    @JsonProperty("workflowstatus_orig") String workflowStatusOrig,
    @JsonProperty("custom_status") String customStatus,
    @JsonProperty("scheduled") OffsetDateTime scheduled,
    @JsonProperty("priority") Integer priority,
    @JsonProperty("started") OffsetDateTime started,
    @JsonProperty("completed") OffsetDateTime completed,
    @JsonProperty("modified") OffsetDateTime modified,
    @JsonProperty("operator_lock") Object operatorLock,
    @JsonProperty("note_count") Integer noteCount,
    @JsonProperty("deprecated") Boolean deprecated,
    @JsonProperty("autostart") Object autostart,
    @JsonProperty("manual_autostart") Boolean manualAutostart,
    @JsonProperty("max_instances") Object maxInstances,
    @JsonProperty("external_order_instanceid") String externalOrderInstanceId,
    @JsonProperty("staticdata") Map<String, Object> staticData,
    @JsonProperty("dynamicdata") Map<String, Object> dynamicData,
    @JsonProperty("sensitive_data") Map<String, Object> sensitiveData,
    @JsonProperty("has_sensitive_data") Boolean hasSensitiveData,
    @JsonProperty("keys") Map<String, Object> keys,
    @JsonProperty("warning_count") Integer warningCount,
    @JsonProperty("error_count") Integer errorCount,
    @JsonProperty("StepInstances") List<Object> stepInstances,
    @JsonProperty("ErrorInstances") List<Object> errorInstances,
    @JsonProperty("HierarchyInfo") Map<String, Object> hierarchyInfo,
    @JsonProperty("AuditEvents") List<Object> auditEvents,
    @JsonProperty("LastModified") OffsetDateTime lastModified,
    @JsonProperty("actions") List<String> actions,
    @JsonProperty("notes") List<Object> notes,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components.
   *
   * @param name {@code name}
   * @param version {@code version}
   * @param author {@code author}
   * @param workflowInstanceId {@code workflow_instanceid}
   * @param workflowId {@code workflowid}
   * @param workflowStatus {@code workflowstatus}
   * @param statusSessionId {@code status_sessionid}
   * @param parentWorkflowInstanceId {@code parent_workflow_instanceid}
   * @param subworkflow {@code subworkflow}
   * @param synchronous {@code synchronous}
   * @param errors {@code errors}
   * @param businessError {@code business_error}
   * @param workflowStatusOrig {@code workflowstatus_orig}
   * @param customStatus {@code custom_status}
   * @param scheduled {@code scheduled}
   * @param priority {@code priority}
   * @param started {@code started}
   * @param completed {@code completed}
   * @param modified {@code modified}
   * @param operatorLock {@code operator_lock}
   * @param noteCount {@code note_count}
   * @param deprecated {@code deprecated}
   * @param autostart {@code autostart}
   * @param manualAutostart {@code manual_autostart}
   * @param maxInstances {@code max_instances}
   * @param externalOrderInstanceId {@code external_order_instanceid}
   * @param staticData {@code staticdata}
   * @param dynamicData {@code dynamicdata}
   * @param sensitiveData {@code sensitive_data}
   * @param hasSensitiveData {@code has_sensitive_data}
   * @param keys {@code keys}
   * @param warningCount {@code warning_count}
   * @param errorCount {@code error_count}
   * @param stepInstances {@code StepInstances}
   * @param errorInstances {@code ErrorInstances}
   * @param hierarchyInfo {@code HierarchyInfo}
   * @param auditEvents {@code AuditEvents}
   * @param lastModified {@code LastModified}
   * @param actions {@code actions}
   * @param notes {@code notes}
   * @param extra wire keys this SDK does not know yet
   */
  public OrderDetails {
    staticData = ModelCollections.copyOf(staticData);
    dynamicData = ModelCollections.copyOf(dynamicData);
    sensitiveData = ModelCollections.copyOf(sensitiveData);
    keys = ModelCollections.copyOf(keys);
    stepInstances = ModelCollections.copyOf(stepInstances);
    errorInstances = ModelCollections.copyOf(errorInstances);
    hierarchyInfo = ModelCollections.copyOf(hierarchyInfo);
    auditEvents = ModelCollections.copyOf(auditEvents);
    actions = ModelCollections.copyOf(actions);
    notes = ModelCollections.copyOf(notes);
    extra = ExtraFields.copyOf(extra);
  }

  @Override
  public String toString() {
    return "OrderDetails[workflowInstanceId=" + workflowInstanceId + ", name=" + name + ", status=" + workflowStatus
        + ", sensitiveData=" + (sensitiveData.isEmpty() ? "{}" : "***") + "]";
  }
}
