package org.gedkit.netexplorer.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.Optional;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.netexplorer.internal.Norm;

/**
 * The user's environment (seed lines 350-355).
 *
 * @param browser browser or software with version (wire {@code browser}); never null, empty when the server omits it
 * @param os operating system (wire {@code os}); never null, empty when the server omits it
 * @param osType numeric OS id (wire {@code os_type}); never null, empty when the server omits it
 * @param extra wire fields this SDK does not know yet; never null
 */
public record Environment(
    @JsonProperty("browser") Optional<String> browser,
    @JsonProperty("os") Optional<String> os,
    @JsonProperty("os_type") Optional<Integer> osType,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param browser browser or software with version (wire {@code browser}); never null, empty when the server omits it
   * @param os operating system (wire {@code os}); never null, empty when the server omits it
   * @param osType numeric OS id (wire {@code os_type}); never null, empty when the server omits it
   * @param extra wire fields this SDK does not know yet; never null
   */
  public Environment {
    browser = Norm.opt(browser);
    os = Norm.opt(os);
    osType = Norm.opt(osType);
    extra = ExtraFields.copyOf(extra);
  }
}
