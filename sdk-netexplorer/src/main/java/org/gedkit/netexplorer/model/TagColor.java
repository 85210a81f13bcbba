package org.gedkit.netexplorer.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.Optional;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.netexplorer.internal.Norm;

/**
 * A color available for tags (fields guessed).
 *
 * @param id color id (wire {@code id}); never null, empty when the server omits it
 * @param name name (wire {@code name}); never null, empty when the server omits it
 * @param color color code (wire {@code color}); never null, empty when the server omits it
 * @param extra wire fields this SDK does not know yet; never null
 */
public record TagColor(
    @JsonProperty("id") Optional<String> id,
    @JsonProperty("name") Optional<String> name,
    @JsonProperty("color") Optional<String> color,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param id color id (wire {@code id}); never null, empty when the server omits it
   * @param name name (wire {@code name}); never null, empty when the server omits it
   * @param color color code (wire {@code color}); never null, empty when the server omits it
   * @param extra wire fields this SDK does not know yet; never null
   */
  public TagColor {
    id = Norm.opt(id);
    name = Norm.opt(name);
    color = Norm.opt(color);
    extra = ExtraFields.copyOf(extra);
  }
}
