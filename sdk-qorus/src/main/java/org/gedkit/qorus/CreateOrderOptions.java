package org.gedkit.qorus;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Arguments of {@code createOrder} and {@code execSynchronous} (POST /api/v2/workflows/{id_or_name}); {@code sensitive_data} is only sent over https.
 *
 * <p>Immutable; start from {@link #defaults()} and chain the {@code with...} methods.
 *
 * @param staticData {@code staticdata}, null to leave out
 * @param externalOrderInstanceId {@code external_order_instanceid}, null to leave out
 * @param dynamicData {@code dynamicdata}, null to leave out
 * @param orderKeys {@code orderkeys}, null to leave out
 * @param globalUniqueKey {@code global_unique_key}, null to leave out
 * @param workflowSpecificUniqueKey {@code workflow_specific_unique_key}, null to leave out
 * @param workflowUniqueKey {@code workflow_unique_key}, null to leave out
 * @param parentWorkflowInstanceId {@code parent_workflow_instanceid}, null to leave out
 * @param priority {@code priority}, null to leave out
 * @param scheduled {@code scheduled}, null to leave out
 * @param status {@code status}, null to leave out
 * @param sensitiveData {@code sensitive_data}, null to leave out
 */
public record CreateOrderOptions(Map<String, Object> staticData, String externalOrderInstanceId, Map<String, Object> dynamicData, Map<String, Object> orderKeys, Map<String, Object> globalUniqueKey, Map<String, Object> workflowSpecificUniqueKey, Map<String, Object> workflowUniqueKey, Long parentWorkflowInstanceId, Integer priority, OffsetDateTime scheduled, String status, Map<String, Object> sensitiveData) {

  /**
   * Checks the arguments.
   *
   * @param staticData {@code staticdata}, null to leave out
   * @param externalOrderInstanceId {@code external_order_instanceid}, null to leave out
   * @param dynamicData {@code dynamicdata}, null to leave out
   * @param orderKeys {@code orderkeys}, null to leave out
   * @param globalUniqueKey {@code global_unique_key}, null to leave out
   * @param workflowSpecificUniqueKey {@code workflow_specific_unique_key}, null to leave out
   * @param workflowUniqueKey {@code workflow_unique_key}, null to leave out
   * @param parentWorkflowInstanceId {@code parent_workflow_instanceid}, null to leave out
   * @param priority {@code priority}, null to leave out
   * @param scheduled {@code scheduled}, null to leave out
   * @param status {@code status}, null to leave out
   * @param sensitiveData {@code sensitive_data}, null to leave out
   * @throws org.gedkit.core.error.InvalidArgumentException when a number is negative
   */
  public CreateOrderOptions {
    if (parentWorkflowInstanceId != null && parentWorkflowInstanceId < 0) {
      throw new org.gedkit.core.error.InvalidArgumentException("parentWorkflowInstanceId must not be negative, got " + parentWorkflowInstanceId,
          org.gedkit.core.error.ErrorDetails.of("qorus", "CreateOrderOptions"));
    }
    if (priority != null && priority < 0) {
      throw new org.gedkit.core.error.InvalidArgumentException("priority must not be negative, got " + priority,
          org.gedkit.core.error.ErrorDetails.of("qorus", "CreateOrderOptions"));
    }
  }

  /**
   * No optional argument set.
   *
   * @return the defaults
   */
  public static CreateOrderOptions defaults() {
    return new CreateOrderOptions(null, null, null, null, null, null, null, null, null, null, null, null);
  }

  /**
   * A copy with {@code staticdata} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public CreateOrderOptions withStaticData(Map<String, Object> value) {
    return new CreateOrderOptions(value, externalOrderInstanceId, dynamicData, orderKeys, globalUniqueKey, workflowSpecificUniqueKey, workflowUniqueKey, parentWorkflowInstanceId, priority, scheduled, status, sensitiveData);
  }
  /**
   * A copy with {@code external_order_instanceid} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public CreateOrderOptions withExternalOrderInstanceId(String value) {
    return new CreateOrderOptions(staticData, value, dynamicData, orderKeys, globalUniqueKey, workflowSpecificUniqueKey, workflowUniqueKey, parentWorkflowInstanceId, priority, scheduled, status, sensitiveData);
  }
  /**
   * A copy with {@code dynamicdata} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public CreateOrderOptions withDynamicData(Map<String, Object> value) {
    return new CreateOrderOptions(staticData, externalOrderInstanceId, value, orderKeys, globalUniqueKey, workflowSpecificUniqueKey, workflowUniqueKey, parentWorkflowInstanceId, priority, scheduled, status, sensitiveData);
  }
  /**
   * A copy with {@code orderkeys} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public CreateOrderOptions withOrderKeys(Map<String, Object> value) {
    return new CreateOrderOptions(staticData, externalOrderInstanceId, dynamicData, value, globalUniqueKey, workflowSpecificUniqueKey, workflowUniqueKey, parentWorkflowInstanceId, priority, scheduled, status, sensitiveData);
  }
  /**
   * A copy with {@code global_unique_key} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public CreateOrderOptions withGlobalUniqueKey(Map<String, Object> value) {
    return new CreateOrderOptions(staticData, externalOrderInstanceId, dynamicData, orderKeys, value, workflowSpecificUniqueKey, workflowUniqueKey, parentWorkflowInstanceId, priority, scheduled, status, sensitiveData);
  }
  /**
   * A copy with {@code workflow_specific_unique_key} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public CreateOrderOptions withWorkflowSpecificUniqueKey(Map<String, Object> value) {
    return new CreateOrderOptions(staticData, externalOrderInstanceId, dynamicData, orderKeys, globalUniqueKey, value, workflowUniqueKey, parentWorkflowInstanceId, priority, scheduled, status, sensitiveData);
  }
  /**
   * A copy with {@code workflow_unique_key} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public CreateOrderOptions withWorkflowUniqueKey(Map<String, Object> value) {
    return new CreateOrderOptions(staticData, externalOrderInstanceId, dynamicData, orderKeys, globalUniqueKey, workflowSpecificUniqueKey, value, parentWorkflowInstanceId, priority, scheduled, status, sensitiveData);
  }
  /**
   * A copy with {@code parent_workflow_instanceid} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public CreateOrderOptions withParentWorkflowInstanceId(Long value) {
    return new CreateOrderOptions(staticData, externalOrderInstanceId, dynamicData, orderKeys, globalUniqueKey, workflowSpecificUniqueKey, workflowUniqueKey, value, priority, scheduled, status, sensitiveData);
  }
  /**
   * A copy with {@code priority} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public CreateOrderOptions withPriority(Integer value) {
    return new CreateOrderOptions(staticData, externalOrderInstanceId, dynamicData, orderKeys, globalUniqueKey, workflowSpecificUniqueKey, workflowUniqueKey, parentWorkflowInstanceId, value, scheduled, status, sensitiveData);
  }
  /**
   * A copy with {@code scheduled} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public CreateOrderOptions withScheduled(OffsetDateTime value) {
    return new CreateOrderOptions(staticData, externalOrderInstanceId, dynamicData, orderKeys, globalUniqueKey, workflowSpecificUniqueKey, workflowUniqueKey, parentWorkflowInstanceId, priority, value, status, sensitiveData);
  }
  /**
   * A copy with {@code status} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public CreateOrderOptions withStatus(String value) {
    return new CreateOrderOptions(staticData, externalOrderInstanceId, dynamicData, orderKeys, globalUniqueKey, workflowSpecificUniqueKey, workflowUniqueKey, parentWorkflowInstanceId, priority, scheduled, value, sensitiveData);
  }
  /**
   * A copy with {@code sensitive_data} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public CreateOrderOptions withSensitiveData(Map<String, Object> value) {
    return new CreateOrderOptions(staticData, externalOrderInstanceId, dynamicData, orderKeys, globalUniqueKey, workflowSpecificUniqueKey, workflowUniqueKey, parentWorkflowInstanceId, priority, scheduled, status, value);
  }

  /**
   * The wire arguments (null values are left out when sent).
   *
   * @return the arguments, in document order
   */
  public Map<String, Object> toArgs() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("staticdata", staticData);
    m.put("external_order_instanceid", externalOrderInstanceId);
    m.put("dynamicdata", dynamicData);
    m.put("orderkeys", orderKeys);
    m.put("global_unique_key", globalUniqueKey);
    m.put("workflow_specific_unique_key", workflowSpecificUniqueKey);
    m.put("workflow_unique_key", workflowUniqueKey);
    m.put("parent_workflow_instanceid", parentWorkflowInstanceId);
    m.put("priority", priority);
    m.put("scheduled", scheduled);
    m.put("status", status);
    m.put("sensitive_data", sensitiveData);
    return m;
  }

  @Override
  public String toString() {
    return "CreateOrderOptions[staticData=" + staticData + ", externalOrderInstanceId=" + externalOrderInstanceId
        + ", orderKeys=" + orderKeys + ", globalUniqueKey=" + globalUniqueKey + ", workflowSpecificUniqueKey="
        + workflowSpecificUniqueKey + ", workflowUniqueKey=" + workflowUniqueKey + ", priority=" + priority
        + ", status=" + status + ", sensitiveData=" + (sensitiveData == null ? "null" : "***") + "]";
  }
}
