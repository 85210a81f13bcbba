package org.gedkit.qorus.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.Map;
import org.gedkit.core.json.ExtraFields;

/**
 * A row of a workflow order processing summary ({@code processingSummary} actions).
 *
 * <p>Values the server may omit are null; lists and maps are never null.
 *
 * @param workflowId {@code workflowid}
 * @param name {@code name}
 * @param version {@code version}
 * @param count {@code count}
 * @param minStarted {@code minstarted}
 * @param maxCompleted {@code maxcompleted}
 * @param minDuration {@code minduration}
 * @param avgDuration {@code avgduration}
 * @param maxDuration {@code maxduration}
 * @param minProcessing {@code minprocessing}
 * @param avgProcessing {@code avgprocessing}
 * @param maxProcessing {@code maxprocessing}
 * @param extra wire keys this SDK does not know yet
 */
public record ProcessingSummary(
    @JsonProperty("workflowid") Long workflowId,
    @JsonProperty("name") String name,
    @JsonProperty("version") String version,
    @JsonProperty("count") Long count,
    @JsonProperty("minstarted") OffsetDateTime minStarted,
    @JsonProperty("maxcompleted") OffsetDateTime maxCompleted,
    @JsonProperty("minduration") Object minDuration,
    @JsonProperty("avgduration") Object avgDuration,
    @JsonProperty("maxduration") Object maxDuration,
    @JsonProperty("minprocessing") Object minProcessing,
    @JsonProperty("avgprocessing") Object avgProcessing,
    @JsonProperty("maxprocessing") Object maxProcessing,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components.
   *
   * @param workflowId {@code workflowid}
   * @param name {@code name}
   * @param version {@code version}
   * @param count {@code count}
   * @param minStarted {@code minstarted}
   * @param maxCompleted {@code maxcompleted}
   * @param minDuration {@code minduration}
   * @param avgDuration {@code avgduration}
   * @param maxDuration {@code maxduration}
   * @param minProcessing {@code minprocessing}
   * @param avgProcessing {@code avgprocessing}
   * @param maxProcessing {@code maxprocessing}
   * @param extra wire keys this SDK does not know yet
   */
  public ProcessingSummary {
    extra = ExtraFields.copyOf(extra);
  }
}
