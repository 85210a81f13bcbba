package org.gedkit.netexplorer.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.Optional;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.netexplorer.internal.Norm;

/**
 * The flux type of a workflow instance (seed line 334).
 *
 * @param id flux id (1 validation, 2 handwritten signature, 3 eIDAS simple, 4 multi validation, 5 eIDAS advanced) (wire {@code id}); never null, empty when the server omits it
 * @param name translation key of the name (wire {@code name}); never null, empty when the server omits it
 * @param description translation key of the description (wire {@code description}); never null, empty when the server omits it
 * @param extra wire fields this SDK does not know yet; never null
 */
public record WorkflowFlux(
    @JsonProperty("id") Optional<Integer> id,
    @JsonProperty("name") Optional<String> name,
    @JsonProperty("description") Optional<String> description,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param id flux id (1 validation, 2 handwritten signature, 3 eIDAS simple, 4 multi validation, 5 eIDAS advanced) (wire {@code id}); never null, empty when the server omits it
   * @param name translation key of the name (wire {@code name}); never null, empty when the server omits it
   * @param description translation key of the description (wire {@code description}); never null, empty when the server omits it
   * @param extra wire fields this SDK does not know yet; never null
   */
  public WorkflowFlux {
    id = Norm.opt(id);
    name = Norm.opt(name);
    description = Norm.opt(description);
    extra = ExtraFields.copyOf(extra);
  }
}
