package org.gedkit.qorus.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import org.gedkit.core.json.ExtraFields;

/**
 * The public instance information ({@code GET /api/v2/public/info}).
 *
 * <p>Values the server may omit are null; lists and maps are never null.
 *
 * @param noauth {@code noauth}
 * @param instanceKey {@code instance-key}
 * @param omqSchema {@code omq-schema}
 * @param omqVersion {@code omq-version}
 * @param omqBuild {@code omq-build}
 * @param qoreVersion {@code qore-version}
 * @param extra wire keys this SDK does not know yet
 */
public record PublicInfo(
    @JsonProperty("noauth") Boolean noauth,
    @JsonProperty("instance-key") String instanceKey,
    @JsonProperty("omq-schema") String omqSchema,
    @JsonProperty("omq-version") String omqVersion,
    @JsonProperty("omq-build") String omqBuild,
    @JsonProperty("qore-version") String qoreVersion,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components.
   *
   * @param noauth {@code noauth}
   * @param instanceKey {@code instance-key}
   * @param omqSchema {@code omq-schema}
   * @param omqVersion {@code omq-version}
   * @param omqBuild {@code omq-build}
   * @param qoreVersion {@code qore-version}
   * @param extra wire keys this SDK does not know yet
   */
  public PublicInfo {
    extra = ExtraFields.copyOf(extra);
  }
}
