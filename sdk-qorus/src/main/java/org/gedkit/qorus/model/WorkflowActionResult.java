package org.gedkit.qorus.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.core.json.ModelCollections;

/**
 * The reply of an action on one workflow (enable, disable, autostart, deprecate, start...).
 *
 * <p>Values the server may omit are null; lists and maps are never null.
 *
 * @param workflowId {@code workflowid}
 * @param name {@code name}
 * @param version {@code version}
 * @param info {@code info}
 * @param updated {@code updated}
 * @param autostart {@code autostart}
 * @param started {@code started}
 * @param stopped {@code stopped}
 * @param ids {@code ids}
 * @param exec {@code exec}
 * @param extra wire keys this SDK does not know yet
 */
public record WorkflowActionResult(
    @JsonProperty("workflowid") Long workflowId,
    @JsonProperty("name") String name,
    @JsonProperty("version") String version,
    @JsonProperty("info") String info,
    @JsonProperty("updated") Object updated,
    @JsonProperty("autostart") Integer autostart,
    @JsonProperty("started") Object started,
    @JsonProperty("stopped") Object stopped,
    @JsonProperty("ids") List<Object> ids,
    @JsonProperty("exec") Object exec,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components.
   *
   * @param workflowId {@code workflowid}
   * @param name {@code name}
   * @param version {@code version}
   * @param info {@code info}
   * @param updated {@code updated}
   * @param autostart {@code autostart}
   * @param started {@code started}
   * @param stopped {@code stopped}
   * @param ids {@code ids}
   * @param exec {@code exec}
   * @param extra wire keys this SDK does not know yet
   */
  public WorkflowActionResult {
    ids = ModelCollections.copyOf(ids);
    extra = ExtraFields.copyOf(extra);
  }
}
