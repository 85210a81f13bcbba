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
 * A tag (route known only from the listing; fields guessed).
 *
 * @param id unique id (wire {@code id})
 * @param name name (wire {@code name}); never null, empty when the server omits it
 * @param color color (wire {@code color}); never null, empty when the server omits it
 * @param categoryId category (wire {@code category_id}); never null, empty when the server omits it
 * @param extra wire fields this SDK does not know yet; never null
 */
public record Tag(
    @JsonProperty("id") long id,
    @JsonProperty("name") Optional<String> name,
    @JsonProperty("color") Optional<String> color,
    @JsonProperty("category_id") @JsonDeserialize(contentUsing = NetExplorerJson.LenientLong.class) Optional<Long> categoryId,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param id unique id (wire {@code id})
   * @param name name (wire {@code name}); never null, empty when the server omits it
   * @param color color (wire {@code color}); never null, empty when the server omits it
   * @param categoryId category (wire {@code category_id}); never null, empty when the server omits it
   * @param extra wire fields this SDK does not know yet; never null
   */
  public Tag {
    name = Norm.opt(name);
    color = Norm.opt(color);
    categoryId = Norm.opt(categoryId);
    extra = ExtraFields.copyOf(extra);
  }
}
