package org.gedkit.netexplorer.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.Optional;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.netexplorer.internal.Norm;

/**
 * The state of a workflow instance (seed line 334).
 *
 * @param id state id (wire {@code id}); never null, empty when the server omits it
 * @param name translation key of the name (wire {@code name}); never null, empty when the server omits it
 * @param extra wire fields this SDK does not know yet; never null
 */
public record WorkflowState(
    @JsonProperty("id") Optional<Integer> id,
    @JsonProperty("name") Optional<String> name,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param id state id (wire {@code id}); never null, empty when the server omits it
   * @param name translation key of the name (wire {@code name}); never null, empty when the server omits it
   * @param extra wire fields this SDK does not know yet; never null
   */
  public WorkflowState {
    id = Norm.opt(id);
    name = Norm.opt(name);
    extra = ExtraFields.copyOf(extra);
  }
}
