package org.gedkit.netexplorer.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;
import java.util.Optional;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.netexplorer.internal.NetExplorerJson;
import org.gedkit.netexplorer.internal.Norm;

/**
 * An object attached to a workflow instance (seed line 334).
 *
 * @param type object type (file) (wire {@code type}); never null, empty when the server omits it
 * @param id object id (wire {@code id}); never null, empty when the server omits it
 * @param extra wire fields this SDK does not know yet; never null
 */
public record WorkflowObject(
    @JsonProperty("type") Optional<String> type,
    @JsonProperty("id") @JsonDeserialize(contentUsing = NetExplorerJson.LenientLong.class) Optional<Long> id,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param type object type (file) (wire {@code type}); never null, empty when the server omits it
   * @param id object id (wire {@code id}); never null, empty when the server omits it
   * @param extra wire fields this SDK does not know yet; never null
   */
  public WorkflowObject {
    type = Norm.opt(type);
    id = Norm.opt(id);
    extra = ExtraFields.copyOf(extra);
  }
}
