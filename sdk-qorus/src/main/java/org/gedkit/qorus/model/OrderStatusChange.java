package org.gedkit.qorus.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import org.gedkit.core.json.ExtraFields;

/**
 * The result of an order status action (block, cancel, retry, setError...): the counts updated and the new status.
 *
 * <p>Values the server may omit are null; lists and maps are never null.
 *
 * @param workflowStatus {@code workflow_status}
 * @param oldStatus {@code old_status}
 * @param stepsUpdated {@code steps_updated}
 * @param segmentsUpdated {@code segments_updated}
 * @param workflowUpdated {@code workflow_updated}
 * @param cached {@code cached}
 * @param queuedDetachedSegments {@code queued_detached_segments}
 * @param queuedSubworkflows {@code queued_subworkflows}
 * @param queuedAsyncMessages {@code queued_async_messages}
 * @param queuedSyncEvents {@code queued_sync_events}
 * @param queuedAsyncRetries {@code queued_async_retries}
 * @param queuedRetries {@code queued_retries}
 * @param queuedFixedRetries {@code queued_fixed_retries}
 * @param extra wire keys this SDK does not know yet
 */
public record OrderStatusChange(
    @JsonProperty("workflow_status") String workflowStatus,
    @JsonProperty("old_status") String oldStatus,
    @JsonProperty("steps_updated") Long stepsUpdated,
    @JsonProperty("segments_updated") Long segmentsUpdated,
    @JsonProperty("workflow_updated") Object workflowUpdated,
    @JsonProperty("cached") Object cached,
    @JsonProperty("queued_detached_segments") Long queuedDetachedSegments,
    @JsonProperty("queued_subworkflows") Long queuedSubworkflows,
    @JsonProperty("queued_async_messages") Long queuedAsyncMessages,
    @JsonProperty("queued_sync_events") Long queuedSyncEvents,
    @JsonProperty("queued_async_retries") Long queuedAsyncRetries,
    @JsonProperty("queued_retries") Long queuedRetries,
    @JsonProperty("queued_fixed_retries") Long queuedFixedRetries,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components.
   *
   * @param workflowStatus {@code workflow_status}
   * @param oldStatus {@code old_status}
   * @param stepsUpdated {@code steps_updated}
   * @param segmentsUpdated {@code segments_updated}
   * @param workflowUpdated {@code workflow_updated}
   * @param cached {@code cached}
   * @param queuedDetachedSegments {@code queued_detached_segments}
   * @param queuedSubworkflows {@code queued_subworkflows}
   * @param queuedAsyncMessages {@code queued_async_messages}
   * @param queuedSyncEvents {@code queued_sync_events}
   * @param queuedAsyncRetries {@code queued_async_retries}
   * @param queuedRetries {@code queued_retries}
   * @param queuedFixedRetries {@code queued_fixed_retries}
   * @param extra wire keys this SDK does not know yet
   */
  public OrderStatusChange {
    extra = ExtraFields.copyOf(extra);
  }
}
