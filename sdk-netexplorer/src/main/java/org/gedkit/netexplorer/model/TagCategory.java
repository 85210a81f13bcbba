package org.gedkit.netexplorer.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.netexplorer.internal.Norm;

/**
 * A tag category (fields guessed).
 *
 * @param id unique id (wire {@code id})
 * @param name name (wire {@code name}); never null, empty when the server omits it
 * @param color color (wire {@code color}); never null, empty when the server omits it
 * @param tags tags of the category (wire {@code tags}); never null, empty when absent
 * @param extra wire fields this SDK does not know yet; never null
 */
public record TagCategory(
    @JsonProperty("id") long id,
    @JsonProperty("name") Optional<String> name,
    @JsonProperty("color") Optional<String> color,
    @JsonProperty("tags") List<Tag> tags,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param id unique id (wire {@code id})
   * @param name name (wire {@code name}); never null, empty when the server omits it
   * @param color color (wire {@code color}); never null, empty when the server omits it
   * @param tags tags of the category (wire {@code tags}); never null, empty when absent
   * @param extra wire fields this SDK does not know yet; never null
   */
  public TagCategory {
    name = Norm.opt(name);
    color = Norm.opt(color);
    tags = Norm.list(tags);
    extra = ExtraFields.copyOf(extra);
  }
}
