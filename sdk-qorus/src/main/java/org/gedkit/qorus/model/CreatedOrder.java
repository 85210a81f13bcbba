package org.gedkit.qorus.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import org.gedkit.core.json.ExtraFields;

/**
 * The reply of {@code createOrder}: the new order ID.
 *
 * <p>Values the server may omit are null; lists and maps are never null.
 *
 * @param workflowInstanceId {@code workflow_instanceid}
 * @param duplicate {@code duplicate}
 * @param extra wire keys this SDK does not know yet
 */
public record CreatedOrder(
    @JsonProperty("workflow_instanceid") Long workflowInstanceId,
    @JsonProperty("duplicate") Boolean duplicate,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components.
   *
   * @param workflowInstanceId {@code workflow_instanceid}
   * @param duplicate {@code duplicate}
   * @param extra wire keys this SDK does not know yet
   */
  public CreatedOrder {
    extra = ExtraFields.copyOf(extra);
  }
}
