package org.gedkit.qorus.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import org.gedkit.core.json.ExtraFields;

/**
 * The counts returned by the system property update actions.
 *
 * <p>Values the server may omit are null; lists and maps are never null.
 *
 * @param insert {@code INSERT}
 * @param update {@code UPDATE}
 * @param delete {@code DELETE}
 * @param ignored {@code IGNORED}
 * @param extra wire keys this SDK does not know yet
 */
public record PropertyUpdateCounts(
    @JsonProperty("INSERT") Long insert,
    @JsonProperty("UPDATE") Long update,
    @JsonProperty("DELETE") Long delete,
    @JsonProperty("IGNORED") Long ignored,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components.
   *
   * @param insert {@code INSERT}
   * @param update {@code UPDATE}
   * @param delete {@code DELETE}
   * @param ignored {@code IGNORED}
   * @param extra wire keys this SDK does not know yet
   */
  public PropertyUpdateCounts {
    extra = ExtraFields.copyOf(extra);
  }
}
