package org.gedkit.qorus.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome for one order of a bulk order action ({@code PUT /api/v2/orders?action=block|cancel|retry|
 * unblock|uncancel}): the reply is a hash keyed by workflow_instanceid whose values are either a hash with
 * {@code workflow_status} or an exception string such as {@code "BLOCK-WORKFLOW-ERROR: ..."}.
 *
 * @param workflowInstanceId the order
 * @param workflowStatus the new status when the action succeeded, else null
 * @param error the exception string when it failed, else null
 */
public record OrderOutcome(long workflowInstanceId, String workflowStatus, String error) {

  /**
   * Whether the action succeeded for this order.
   *
   * @return true when there is no error
   */
  public boolean succeeded() {
    return error == null;
  }

  /**
   * The Qorus error code of a failure ({@code BLOCK-WORKFLOW-ERROR}, {@code WORKFLOW-ACCESS-ERROR}...).
   *
   * @return the code, empty on success or when the string has none
   */
  public Optional<String> errorCode() {
    if (error == null) {
      return Optional.empty();
    }
    int colon = error.indexOf(':');
    String code = (colon < 0 ? error : error.substring(0, colon)).strip();
    return code.matches("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+") ? Optional.of(code) : Optional.empty();
  }

  /**
   * Reads a bulk reply.
   *
   * @param reply the hash returned by the server (null or empty gives an empty list)
   * @return the outcomes in reply order; never null
   */
  public static List<OrderOutcome> listOf(JsonNode reply) {
    if (reply == null || !reply.isObject()) {
      return List.of();
    }
    List<OrderOutcome> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : reply.properties()) {
      long id = Long.parseLong(e.getKey().strip());
      JsonNode v = e.getValue();
      if (v.isObject()) {
        out.add(new OrderOutcome(id, v.path("workflow_status").asText(null), null));
      } else {
        out.add(new OrderOutcome(id, null, v.asText()));
      }
    }
    return Collections.unmodifiableList(out);
  }
}
