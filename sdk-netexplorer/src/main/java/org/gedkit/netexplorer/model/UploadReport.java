package org.gedkit.netexplorer.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import org.gedkit.core.json.ExtraFields;

/**
 * One entry of a chunked-upload report (seed lines 612-615): the index of the next missing chunk.
 *
 * @param missing index (0-based) of the next missing chunk (wire {@code missing})
 * @param extra wire fields this SDK does not know yet; never null
 */
public record UploadReport(
    @JsonProperty("missing") int missing,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param missing index (0-based) of the next missing chunk (wire {@code missing})
   * @param extra wire fields this SDK does not know yet; never null
   */
  public UploadReport {
    extra = ExtraFields.copyOf(extra);
  }
}
