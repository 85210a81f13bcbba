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
 * A signature field placed on a document (fields guessed from the workflow signature_fields, seed 855).
 *
 * @param id field id (wire {@code id})
 * @param actorId the actor who signs here (wire {@code actor_id}); never null, empty when the server omits it
 * @param page page (wire {@code page}); never null, empty when the server omits it
 * @param x x (from the bottom left) (wire {@code x}); never null, empty when the server omits it
 * @param y y (from the bottom left) (wire {@code y}); never null, empty when the server omits it
 * @param width width (wire {@code width}); never null, empty when the server omits it
 * @param height height (wire {@code height}); never null, empty when the server omits it
 * @param extra wire fields this SDK does not know yet; never null
 */
public record SignatureField(
    @JsonProperty("id") long id,
    @JsonProperty("actor_id") @JsonDeserialize(contentUsing = NetExplorerJson.LenientLong.class) Optional<Long> actorId,
    @JsonProperty("page") Optional<Integer> page,
    @JsonProperty("x") Optional<Double> x,
    @JsonProperty("y") Optional<Double> y,
    @JsonProperty("width") Optional<Double> width,
    @JsonProperty("height") Optional<Double> height,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param id field id (wire {@code id})
   * @param actorId the actor who signs here (wire {@code actor_id}); never null, empty when the server omits it
   * @param page page (wire {@code page}); never null, empty when the server omits it
   * @param x x (from the bottom left) (wire {@code x}); never null, empty when the server omits it
   * @param y y (from the bottom left) (wire {@code y}); never null, empty when the server omits it
   * @param width width (wire {@code width}); never null, empty when the server omits it
   * @param height height (wire {@code height}); never null, empty when the server omits it
   * @param extra wire fields this SDK does not know yet; never null
   */
  public SignatureField {
    actorId = Norm.opt(actorId);
    page = Norm.opt(page);
    x = Norm.opt(x);
    y = Norm.opt(y);
    width = Norm.opt(width);
    height = Norm.opt(height);
    extra = ExtraFields.copyOf(extra);
  }
}
