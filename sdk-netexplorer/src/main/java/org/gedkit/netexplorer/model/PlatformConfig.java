package org.gedkit.netexplorer.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.Optional;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.netexplorer.internal.Norm;

/**
 * The private platform configuration ({@code GET /config}, seed 789-790); other keys stay in extra().
 *
 * @param features feature switches (wire {@code features}); never null, empty when the server omits it
 * @param config configuration values, when nested (wire {@code config}); never null, empty when the server omits it
 * @param extra wire fields this SDK does not know yet; never null
 */
public record PlatformConfig(
    @JsonProperty("features") Optional<ConfigFeatures> features,
    @JsonProperty("config") Optional<ConfigValues> config,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param features feature switches (wire {@code features}); never null, empty when the server omits it
   * @param config configuration values, when nested (wire {@code config}); never null, empty when the server omits it
   * @param extra wire fields this SDK does not know yet; never null
   */
  public PlatformConfig {
    features = Norm.opt(features);
    config = Norm.opt(config);
    extra = ExtraFields.copyOf(extra);
  }
}
