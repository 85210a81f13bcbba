package org.gedkit.qorus.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.core.json.ModelCollections;

/**
 * The reply of {@code execSynchronous}: the order ID, its final status and dynamic data.
 *
 * <p>Values the server may omit are null; lists and maps are never null.
 *
 * @param workflowInstanceId {@code workflow_instanceid}
 * @param status {@code status}
 * @param dynamicData {@code dynamicdata}
 * @param extra wire keys this SDK does not know yet
 */
public record SynchronousOrderResult(
    @JsonProperty("workflow_instanceid") Long workflowInstanceId,
    @JsonProperty("status") String status,
    @JsonProperty("dynamicdata") Map<String, Object> dynamicData,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components.
   *
   * @param workflowInstanceId {@code workflow_instanceid}
   * @param status {@code status}
   * @param dynamicData {@code dynamicdata}
   * @param extra wire keys this SDK does not know yet
   */
  public SynchronousOrderResult {
    dynamicData = ModelCollections.copyOf(dynamicData);
    extra = ExtraFields.copyOf(extra);
  }
}
