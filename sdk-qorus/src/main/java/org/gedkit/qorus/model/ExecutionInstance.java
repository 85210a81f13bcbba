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
 * A running workflow execution instance ({@code /api/v2/exec}).
 *
 * <p>Values the server may omit are null; lists and maps are never null.
 *
 * @param executionId {@code executionid}
 * @param name {@code name}
 * @param version {@code version}
 * @param workflowId {@code workflowid}
 * @param mode {@code mode}
 * @param status {@code status}
 * @param iterations {@code iterations}
 * @param totalOrders {@code totalorders}
 * @param cachedOrders {@code cached_orders}
 * @param startTime {@code starttime}
 * @param remote {@code remote}
 * @param sync {@code sync}
 * @param options {@code options}
 * @param groups {@code groups}
 * @param alerts {@code alerts}
 * @param logUrl {@code log_url}
 * @param extra wire keys this SDK does not know yet
 */
public record ExecutionInstance(
    @JsonProperty("executionid") Long executionId,
    @JsonProperty("name") String name,
    @JsonProperty("version") String version,
    @JsonProperty("workflowid") Long workflowId,
    @JsonProperty("mode") String mode,
    @JsonProperty("status") String status,
    @JsonProperty("iterations") Long iterations,
    @JsonProperty("totalorders") Long totalOrders,
    @JsonProperty("cached_orders") Long cachedOrders,
    @JsonProperty("starttime") OffsetDateTime startTime,
    @JsonProperty("remote") Boolean remote,
    @JsonProperty("sync") Boolean sync,
    @JsonProperty("options") Map<String, Object> options,
    @JsonProperty("groups") List<Object> groups,
    @JsonProperty("alerts") List<Object> alerts,
    @JsonProperty("log_url") String logUrl,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components.
   *
   * @param executionId {@code executionid}
   * @param name {@code name}
   * @param version {@code version}
   * @param workflowId {@code workflowid}
   * @param mode {@code mode}
   * @param status {@code status}
   * @param iterations {@code iterations}
   * @param totalOrders {@code totalorders}
   * @param cachedOrders {@code cached_orders}
   * @param startTime {@code starttime}
   * @param remote {@code remote}
   * @param sync {@code sync}
   * @param options {@code options}
   * @param groups {@code groups}
   * @param alerts {@code alerts}
   * @param logUrl {@code log_url}
   * @param extra wire keys this SDK does not know yet
   */
  public ExecutionInstance {
    options = ModelCollections.copyOf(options);
    groups = ModelCollections.copyOf(groups);
    alerts = ModelCollections.copyOf(alerts);
    extra = ExtraFields.copyOf(extra);
  }
}
