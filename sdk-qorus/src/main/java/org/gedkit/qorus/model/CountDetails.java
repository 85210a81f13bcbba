package org.gedkit.qorus.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import org.gedkit.core.json.ExtraFields;

/**
 * A count with details, returned by multi-workflow actions ({@code disable}, {@code reset}, {@code stop}, {@code stopAll}).
 *
 * <p>Values the server may omit are null; lists and maps are never null.
 *
 * @param count {@code count}
 * @param workflows {@code workflows}
 * @param details {@code details}
 * @param msg {@code msg}
 * @param extra wire keys this SDK does not know yet
 */
public record CountDetails(
    @JsonProperty("count") Long count,
    @JsonProperty("workflows") Object workflows,
    @JsonProperty("details") Object details,
    @JsonProperty("msg") String msg,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components.
   *
   * @param count {@code count}
   * @param workflows {@code workflows}
   * @param details {@code details}
   * @param msg {@code msg}
   * @param extra wire keys this SDK does not know yet
   */
  public CountDetails {
    extra = ExtraFields.copyOf(extra);
  }
}
