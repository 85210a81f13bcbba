package org.gedkit.netexplorer.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.Optional;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.netexplorer.internal.Norm;

/**
 * Geolocation of an IP (seed lines 356-362).
 *
 * @param city nearest city (wire {@code city}); never null, empty when the server omits it
 * @param country country (wire {@code country}); never null, empty when the server omits it
 * @param loc city and country (wire {@code loc}); never null, empty when the server omits it
 * @param extra wire fields this SDK does not know yet; never null
 */
public record Geolocation(
    @JsonProperty("city") Optional<String> city,
    @JsonProperty("country") Optional<String> country,
    @JsonProperty("loc") Optional<String> loc,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param city nearest city (wire {@code city}); never null, empty when the server omits it
   * @param country country (wire {@code country}); never null, empty when the server omits it
   * @param loc city and country (wire {@code loc}); never null, empty when the server omits it
   * @param extra wire fields this SDK does not know yet; never null
   */
  public Geolocation {
    city = Norm.opt(city);
    country = Norm.opt(country);
    loc = Norm.opt(loc);
    extra = ExtraFields.copyOf(extra);
  }
}
