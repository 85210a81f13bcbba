package org.gedkit.qorus.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.Map;
import org.gedkit.core.json.ExtraFields;

/**
 * A note on a workflow order.
 *
 * <p>Values the server may omit are null; lists and maps are never null.
 *
 * @param noteId {@code note_id}
 * @param workflowInstanceId {@code workflow_instanceid}
 * @param saved {@code saved}
 * @param username {@code username}
 * @param note {@code note}
 * @param created {@code created}
 * @param modified {@code modified}
 * @param count {@code count}
 * @param extra wire keys this SDK does not know yet
 */
public record OrderNote(
    @JsonProperty("note_id") Long noteId,
    @JsonProperty("workflow_instanceid") Long workflowInstanceId,
    @JsonProperty("saved") Object saved,
    @JsonProperty("username") String username,
    @JsonProperty("note") String note,
    @JsonProperty("created") OffsetDateTime created,
    @JsonProperty("modified") OffsetDateTime modified,
    @JsonProperty("count") Integer count,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components.
   *
   * @param noteId {@code note_id}
   * @param workflowInstanceId {@code workflow_instanceid}
   * @param saved {@code saved}
   * @param username {@code username}
   * @param note {@code note}
   * @param created {@code created}
   * @param modified {@code modified}
   * @param count {@code count}
   * @param extra wire keys this SDK does not know yet
   */
  public OrderNote {
    extra = ExtraFields.copyOf(extra);
  }
}
