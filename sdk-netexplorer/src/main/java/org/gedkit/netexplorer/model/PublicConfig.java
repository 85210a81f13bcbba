package org.gedkit.netexplorer.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.Optional;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.netexplorer.internal.Norm;

/**
 * The public configuration ({@code GET /publicconfig}, seed 791-792).
 *
 * @param config configuration values (wire {@code config}); never null, empty when the server omits it
 * @param extra wire fields this SDK does not know yet; never null
 */
public record PublicConfig(
    @JsonProperty("config") Optional<ConfigValues> config,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param config configuration values (wire {@code config}); never null, empty when the server omits it
   * @param extra wire fields this SDK does not know yet; never null
   */
  public PublicConfig {
    config = Norm.opt(config);
    extra = ExtraFields.copyOf(extra);
  }
}
