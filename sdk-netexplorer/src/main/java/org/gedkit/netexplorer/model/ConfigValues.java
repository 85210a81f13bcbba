package org.gedkit.netexplorer.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.Optional;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.netexplorer.internal.Norm;

/**
 * Configuration values (seed lines 791-796; the example of GET /publicconfig spells defaut_language).
 *
 * @param defaultLanguage default language (wire {@code default_language}); never null, empty when the server omits it
 * @param allowGuest guest access (wire {@code allow_guest}); never null, empty when the server omits it
 * @param extra wire fields this SDK does not know yet; never null
 */
public record ConfigValues(
    @JsonProperty("default_language") @JsonAlias("defaut_language") Optional<String> defaultLanguage,
    @JsonProperty("allow_guest") Optional<Boolean> allowGuest,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param defaultLanguage default language (wire {@code default_language}); never null, empty when the server omits it
   * @param allowGuest guest access (wire {@code allow_guest}); never null, empty when the server omits it
   * @param extra wire fields this SDK does not know yet; never null
   */
  public ConfigValues {
    defaultLanguage = Norm.opt(defaultLanguage);
    allowGuest = Norm.opt(allowGuest);
    extra = ExtraFields.copyOf(extra);
  }
}
