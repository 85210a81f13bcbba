package org.gedkit.netexplorer.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.Optional;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.netexplorer.internal.Norm;

/**
 * What the indexer knows about a file (seed lines 559-564); only the page count for now.
 *
 * @param length number of pages (a string on the wire) (wire {@code length}); never null, empty when the server omits it
 * @param extra wire fields this SDK does not know yet; never null
 */
public record DocumentInfo(
    @JsonProperty("length") Optional<Integer> length,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param length number of pages (a string on the wire) (wire {@code length}); never null, empty when the server omits it
   * @param extra wire fields this SDK does not know yet; never null
   */
  public DocumentInfo {
    length = Norm.opt(length);
    extra = ExtraFields.copyOf(extra);
  }
}
